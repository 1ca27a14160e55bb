import type {Node} from 'unist'
import type {CodeBreakdown} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {Problem} from './report.js'

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
