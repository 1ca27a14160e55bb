import {describe, expect, it} from 'vitest'
import {solveCodeBlock} from '../../src/directives/code-solution.js'
import {createFileContext} from '../../src/directives/file-context.js'
import {resolveOptions} from '../../src/directives/options.js'

const code = {value: 'model = nn.GRU(2, 3)', lang: 'python'}
const settings = resolveOptions({})

describe('solveCodeBlock, as an adapter without positions calls it', () => {
  it('reads a directive without attributes', () => {
    const solved = solveCodeBlock({type: 'x'}, code, [], ['table'], createFileContext(), settings)
    expect(solved.ok && solved.breakdown.total).toBe(63)
  })

  it('names a duplicate model without the line of one that has none', () => {
    const context = createFileContext()
    const node = {type: 'x', attributes: {id: 'a'}}
    expect(solveCodeBlock(node, code, [], [], context, settings).ok).toBe(true)
    context.models.set('b', {attributes: {}, node: {type: 'x'}, used: false})
    const again = solveCodeBlock(
      {type: 'x', attributes: {id: 'b'}},
      code,
      [],
      [],
      context,
      settings
    )
    expect(again.ok ? [] : again.problems.map((problem) => problem.reason)).toEqual([
      'A model named `b` is already defined; give this one another `id`.'
    ])
  })
})
