import type {Breakdown, GroupCounts, Term} from './breakdown.js'
import type {DescriptionInput, NetworkDescription} from './description.js'
import {exactProduct, exactSum, maxSafe} from './exact.js'
import {buildTerm} from './layer-terms.js'
import type {Wiring} from './place-terms.js'
import {placeTerms, standardWiring} from './place-terms.js'
import type {DescriptionProblem} from './problem.js'
import {DescriptionError} from './problem.js'
import type {ValidateOptions} from './validate-description.js'
import {validateDescription} from './validate-description.js'

/** A breakdown, or every problem that prevents one. */
export type Analysis =
  | {readonly ok: true; readonly breakdown: Breakdown}
  | {readonly ok: false; readonly problems: readonly DescriptionProblem[]}

/**
 * Count every trainable parameter of a network described as an author writes
 * it. Throws a `DescriptionError` listing every problem of a bad description.
 */
export function countParameters(input: DescriptionInput | NetworkDescription): Breakdown {
  const analysis = analyseDescription(input as DescriptionInput)
  if (!analysis.ok) throw new DescriptionError(analysis.problems)
  return analysis.breakdown
}

/** Like `countParameters`, but returns problems instead of throwing. */
export function analyseDescription(input: DescriptionInput, options?: ValidateOptions): Analysis {
  const validation = validateDescription(input, options)
  if (!validation.ok) return validation
  return breakdownOf(validation.description)
}

export type {Wiring} from './place-terms.js'

/** The terms of a validated description, refusing totals a number cannot hold exactly. */
export function breakdownOf(
  description: NetworkDescription,
  wiring: Wiring = standardWiring
): Analysis {
  const placed = placeTerms(description, wiring)
  const total = exactSum(placed.map(({spec}) => exactProduct(spec.factors.map((f) => f.value))))
  if (total > maxSafe) {
    return {
      ok: false,
      problems: [
        {
          ruleId: 'too-many-parameters',
          message: `This network has ${total} parameters, more than can be counted exactly (${Number.MAX_SAFE_INTEGER}); use smaller sizes.`
        }
      ]
    }
  }

  const terms = placed.map(({spec, labelPlace, place}) =>
    buildTerm(spec, description, labelPlace, place)
  )
  return {
    ok: true,
    breakdown: {description, terms, groups: groupCounts(terms), total: Number(total)}
  }
}

/** Group subtotals of a list of terms: kinds, parts, and their sums. */
export function groupCounts(terms: readonly Term[]): GroupCounts {
  const sum = (keep: (term: Term) => boolean) =>
    terms.filter(keep).reduce((total, term) => total + term.count, 0)
  const input = sum((term) => term.group === 'input')
  const recurrent = sum((term) => term.group === 'recurrent')
  const dense = sum((term) => term.group === 'dense')
  const output = sum((term) => term.group === 'output')
  const embedding = sum((term) => term.group === 'embedding')
  return {
    embedding,
    input,
    recurrent,
    dense,
    output,
    rnn: input + recurrent,
    encoder: sum((term) => term.part === 'encoder'),
    decoder: sum((term) => term.part === 'decoder'),
    'decoder-embedding': sum((term) => term.part === 'embedding' && term.stack === 'decoder'),
    head: dense + output,
    total: embedding + input + recurrent + dense + output
  }
}
