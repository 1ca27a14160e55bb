import fc from 'fast-check'
import {describe, it} from 'vitest'
// @ts-expect-error: plain JS shared with the fuzz scripts.
import {exportProperties} from '../fuzz/hostile-exports.js'
import {exported, pageQuizzes} from './quizzes.js'

// One choice quiz and one number question: every field kind an export writes.
const quizzes = pageQuizzes(`# Page

## Choice

:::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=A}
How many *input* and recurrent parameters?

- 12, 20
- 20, 12
:::

## Number

::rnn-quiz[How many parameters in **all**?]{inputs=3 units=4 ask=total type=number}
`)

// Bounded here; `npm run fuzz` runs the same properties for thousands of cases (FUZZ_RUNS).
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 60)

describe('exports of hostile text and URLs (fast-check)', () => {
  const all = exportProperties(
    (value: never, format: 'moodle' | 'gift' | 'qti') => exported(value, format),
    quizzes
  ) as Record<string, fc.IProperty<unknown[]>>
  for (const [name, property] of Object.entries(all)) {
    it(name, () => {
      fc.assert(property, {numRuns: fuzzRuns, seed: 20261207})
    })
  }
})
