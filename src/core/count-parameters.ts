import type {Breakdown, GroupCounts, GroupName, Term} from './breakdown.js'
import type {DescriptionInput, NetworkDescription} from './description.js'
import type {Wiring} from './description-graph.js'
import {describedGraph, standardWiring} from './description-graph.js'
import {exactProduct, exactSum, maxSafe} from './exact.js'
import {graphTerms} from './graph-terms.js'
import type {DescriptionProblem} from './problem.js'
import {DescriptionError} from './problem.js'
import {groupNames, inGroup} from './quantity.js'
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
  // Reading the description is cheap; counting it is memoised by the description read (`counted`).
  const validation = validateDescription(input, options)
  return validation.ok ? breakdownOf(validation.description) : validation
}

/** Keep at most `countedLimit` entries, the oldest dropped first. */
function remember(memo: Map<string, Analysis>, key: string, analysis: Analysis): void {
  if (memo.size >= countedLimit) memo.delete(memo.keys().next().value as string)
  memo.set(key, analysis)
}

export type {Wiring} from './description-graph.js'

/**
 * Breakdowns already worked out, by description and wiring: a page counts
 * the same networks again (models, quiz mistakes), and the language server
 * counts every directive of a page on each keystroke. Breakdowns and
 * problems are read-only, so one can be shared. Bounded: the oldest is
 * dropped first.
 */
const counted = new Map<string, Analysis>()
const countedLimit = 4096

/** The terms of a validated description, refusing totals a number cannot hold exactly. */
export function breakdownOf(
  description: NetworkDescription,
  wiring: Wiring = standardWiring
): Analysis {
  // Every field of the wiring is in the key: a mistake may change any of them.
  const key = JSON.stringify([wiring, description])
  const known = counted.get(key)
  if (known) return known
  const analysis = countTerms(description, wiring)
  remember(counted, key, analysis)
  return analysis
}

/** Count the description's model graph, every tensor by its layer's spec, and label it as the lesson does. */
function countTerms(description: NetworkDescription, wiring: Wiring): Analysis {
  const layers = describedGraph(description, wiring)
  const tensors = layers.flatMap((layer) => layer.tensors)
  const total = exactSum(tensors.map((tensor) => exactProduct(tensor.factors.map((f) => f.value))))
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

  const terms = graphTerms(layers, description)
  return {
    ok: true,
    breakdown: {description, terms, groups: groupCounts(terms), total: Number(total)}
  }
}

/** Group subtotals of a list of terms: kinds, parts, and their sums. */
export function groupCounts(terms: readonly Term[]): GroupCounts {
  const sum = (group: GroupName) =>
    terms.filter((term) => inGroup(term, group)).reduce((total, term) => total + term.count, 0)
  return Object.fromEntries(groupNames.map((group) => [group, sum(group)])) as Record<
    GroupName,
    number
  >
}
