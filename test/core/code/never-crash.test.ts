import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'
import {randomKerasPrograms} from '../../helpers/random-keras-programs.js'
import {randomTorchPrograms} from '../../helpers/random-torch-programs.js'

// Whatever the text, the reader answers: a breakdown of exact integers, or
// problems whose offsets lie inside the text. Never a throw.

const folder = new URL('../../fixtures/code/', import.meta.url)
const sources = [
  ...readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.py'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8')),
  ...randomTorchPrograms(20, 7).map((program) => program.code),
  ...randomKerasPrograms(20, 7).map((program) => program.code)
]

function answers(code: string): void {
  const analysis = readModelCode(code, {sizes: {'len(corpus.dictionary)': 50}})
  if (analysis.ok) {
    for (const term of analysis.breakdown.terms) expect(Number.isSafeInteger(term.count)).toBe(true)
    expect(analysis.breakdown.total).toBe(
      analysis.breakdown.trainable + analysis.breakdown.nonTrainable
    )
  } else {
    for (const problem of analysis.problems) {
      expect(problem.from).toBeGreaterThanOrEqual(0)
      expect(problem.to).toBeLessThanOrEqual(code.length)
      expect(problem.from).toBeLessThanOrEqual(problem.to)
      expect(problem.ruleId).toMatch(/^[a-z-]+$/)
    }
  }
}

describe('the reader never crashes', () => {
  it('on model code with characters deleted, inserted or swapped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(3),
            fc.constantFrom('(', ')', ',', '=', '0', 'x', '\n', ' ', ':', '*', '.', '[')
          ),
          {maxLength: 4}
        ),
        (source, edits) => {
          let code = source
          for (const [at, cut, insert] of edits) {
            const place = at % (code.length + 1)
            code = code.slice(0, place) + insert + code.slice(place + cut)
          }
          answers(code)
        }
      ),
      {numRuns: 300}
    )
  })

  it('on any text', () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), answers), {numRuns: 300})
  })
})
