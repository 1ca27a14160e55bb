import type {Node} from 'unist'
import type {CodeBreakdown} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {Problem} from './report.js'
import type {RuleId} from './rules.js'

/** A network defined once in a file with `id=…` and reused with `model=…`. */
export interface NamedModel {
  readonly attributes: Readonly<Record<string, string>>
  readonly node: Node
  /** The model's count when a directive read it from its Python code (then `attributes` is empty). */
  readonly code?: CodeBreakdown | undefined
  /** The Python it was read from, as the page writes it (for quizzes exported with their model). */
  readonly source?: string | undefined
  /** Set once a later directive names it; an unused model is worth a warning. */
  used: boolean
  /** Its directive has problems that leave its numbers unknown: it defines the name, not a model. */
  readonly broken?: true | undefined
}

/** The named models of one file, in the order they were defined. */
export type ModelRegistry = Map<string, NamedModel>

/** The warning for a model defined with `id=…` that no later directive names. */
export function unusedModelProblem(name: string, node: Node): Problem {
  return {
    ruleId: 'unused-model',
    reason: `The model ${quote(name)} is defined here but no later directive uses it (${quote(`model=${name}`)}); remove the \`id\` or check the spelling where it is used.`,
    node,
    at: {attribute: 'id', part: 'value'},
    warning: true
  }
}

/** The problem of a second directive defining a model named `id`, which `first` already defines. */
export function duplicateModelProblem(id: string, first: NamedModel, node: Node): Problem {
  const line = first.node.position?.start.line
  return {
    ruleId: 'duplicate-model',
    at: {attribute: 'id', part: 'value'},
    reason: `A model named ${quote(id)} is already defined${line ? ` on line ${line}` : ''}; give this one another \`id\`.`,
    node
  }
}

/** Attributes that change no count: what a solution shows and how it looks, what a quiz asks. */
const viewAttributes: ReadonlySet<string> = new Set([
  'show',
  'class',
  'ask',
  'answer',
  'type',
  'remember',
  'seed'
])

/** Problems of a directive's place in the page, not of its network. */
const placeRules: ReadonlySet<RuleId> = new Set<RuleId>([
  'nested-directive',
  'missing-closing-fence'
])

/**
 * Whether a problem leaves a directive's numbers known (an invalid `show`,
 * a duplicate `class`, a misplaced `ask`): its model is still defined, so
 * that later directives naming it are checked against it, not told of the
 * same fault again. A problem of any other attribute, or of none, may change
 * the numbers.
 */
export function leavesNumbers(problem: Problem): boolean {
  if (placeRules.has(problem.ruleId)) return true
  // The others a directive is kept for are each at an attribute's name or value.
  const at = problem.at as {readonly attribute?: string} | undefined
  return viewAttributes.has(at?.attribute as string)
}

/**
 * A directive with `id=…` whose numbers are unknown (its problems say why)
 * still claims its name, so that a later `model=…` naming it is told the
 * model has errors, not that there is none. Nothing when the name is taken.
 */
export function noteBrokenModel(node: DirectiveLike, models: ModelRegistry): void {
  const id = node.attributes?.id?.trim()
  // A broken model is no unused one: its own problems are reported.
  if (id && !models.has(id)) models.set(id, {attributes: {}, node, used: true, broken: true})
}

/** The problem of a directive naming (at its `model=…`) a model whose own directive has errors. */
export function brokenModelProblem(name: string, model: NamedModel, node: Node): Problem {
  const line = model.node.position?.start.line
  return {
    ruleId: 'unknown-model',
    at: {attribute: 'model', part: 'value'},
    reason: `The model ${quote(name)}${line ? ` (line ${line})` : ''} has errors, so its numbers are unknown: fix them there, and this directive is checked against it.`,
    node
  }
}
