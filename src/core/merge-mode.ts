import type {DescriptionValue, Merge} from './description.js'
import {merges} from './description.js'
import type {Reading} from './read-value.js'
import {readChoice} from './read-value.js'
import {didYouMean} from './suggest.js'

/**
 * Read `merge`. A word that is no typo of a mode (`max`) still gets a
 * suggestion, the default `concat`: Keras's Bidirectional has no other modes.
 */
export function readMerge(raw: DescriptionValue): Reading<Merge> {
  const reading = readChoice('merge', raw, merges)
  if (reading.ok || reading.problem.ruleId !== 'invalid-choice') return reading
  if (reading.problem.suggestion !== undefined) return reading
  return {
    ok: false,
    problem: {
      ...reading.problem,
      message: `${reading.problem.message} Keras's \`Bidirectional\` joins the two directions only by these.${didYouMean('concat', (mode) => `\`${mode}\` (the default)`)}`,
      suggestion: 'concat'
    }
  }
}
