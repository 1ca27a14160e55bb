// The page `npm run bench` times models read from code on: it must stay 100
// models, half Keras and half PyTorch, 6 to 15 layers each, every one counted.
import {describe, expect, it} from 'vitest'
import {codeModelsPage} from '../../bench/code-models-page.js'
import {readModelCode} from '../../src/core/code/index.js'

const page = codeModelsPage(100)
const programs = [...page.matchAll(/```python\n([\s\S]*?)\n```/g)].map(
  (match) => match[1] as string
)

describe('the code-described models bench page', () => {
  it('holds 100 models, half Keras and half PyTorch, of 6 to 15 layers, each read without a problem', () => {
    expect(programs).toHaveLength(100)
    const read = programs.map((program) => readModelCode(program))
    const frameworks = read.map((analysis) =>
      analysis.ok ? analysis.breakdown.framework : 'problem'
    )
    expect(frameworks.filter((framework) => framework === 'keras')).toHaveLength(50)
    expect(frameworks.filter((framework) => framework === 'pytorch')).toHaveLength(50)
    const layers = read.map((analysis) => (analysis.ok ? analysis.breakdown.layers.length : 0))
    expect(Math.min(...layers)).toBe(6)
    expect(Math.max(...layers)).toBe(15)
  })
})
