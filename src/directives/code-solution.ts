import type {CodeBreakdown} from '../core/code/index.js'
import {quote} from '../core/index.js'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {codeDefaultParts, defaultSolutionParts, renderCodeSolution} from '../render/index.js'
import type {CodeContent} from './code-content.js'
import {readCodeContent} from './code-content.js'
import type {DirectiveLike} from './directive-attributes.js'
import {splitAttributes} from './directive-attributes.js'
import type {FileContext} from './file-context.js'
import {diagramIdFor} from './file-context.js'
import {duplicateModelProblem, leavesNumbers, noteBrokenModel} from './models.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'
import {codeShowProblems} from './show-attribute.js'

/** The attributes a directive whose content is model code takes. */
export const codeAttributes = ['id', 'model', 'sizes', 'class', 'show'] as const

export type CodeSolution =
  | {
      readonly ok: true
      readonly breakdown: CodeBreakdown
      readonly solution: RnnBlock[]
      readonly classes: readonly string[]
    }
  | {readonly ok: false; readonly problems: readonly Problem[]}

const attributeValue = (node: DirectiveLike, name: string) => node.attributes?.[name] ?? undefined

/** Attributes a code-form directive does not take (a size belongs in the code or in `sizes`). */
function unknownAttributes(node: DirectiveLike): Problem[] {
  return Object.keys(node.attributes ?? {})
    .filter((name) => !(codeAttributes as readonly string[]).includes(name))
    .map((name) => ({
      ruleId: 'unknown-attribute' as const,
      reason: `${quote(name)} does not apply to a model read from code: its sizes come from the code, or from \`sizes="name=value"\`; it takes ${codeAttributes.map((known) => `\`${known}\``).join(', ')}.`,
      node,
      at: {attribute: name, part: 'name' as const}
    }))
}

/** The reader's problems as the page's, each at the code's own text (`sizes` at its value). */
function codeProblems(node: DirectiveLike, code: CodeContent): CodeSolution {
  const reading = readCodeContent(code, {
    model: attributeValue(node, 'model'),
    sizes: attributeValue(node, 'sizes')
  })
  if (reading.ok) return {ok: true, breakdown: reading.breakdown, solution: [], classes: []}
  return {
    ok: false,
    problems: reading.problems.map((problem) => ({
      ruleId: problem.ruleId,
      reason: problem.message,
      node,
      ...(problem.attribute
        ? {at: {attribute: problem.attribute, part: 'value' as const}}
        : {place: problem.place})
    }))
  }
}

/**
 * The parts a model read from code shows: those asked for but `code` (the
 * code is on the page); its table and derivation when nobody chose, or when
 * only `code` was asked for.
 */
export function codeParts(parts: readonly SolutionPart[]): readonly SolutionPart[] {
  const shown = parts.filter((part) => part !== 'code')
  return parts === defaultSolutionParts || shown.length === 0 ? codeDefaultParts : shown
}

/**
 * The solution of an `rnn` directive whose content is a model's Python:
 * read by the code reader, rendered as its table and derivation; with
 * `id=…` it is registered for inline quantities (`total`, `trainable`,
 * `non-trainable`, a layer's name) to name. `problems` are those the syntax
 * adapter already found.
 */
export function solveCodeBlock(
  node: DirectiveLike,
  code: CodeContent,
  problems: readonly Problem[],
  parts: readonly SolutionPart[],
  context: FileContext,
  settings: Settings
): CodeSolution {
  const found = [...problems, ...unknownAttributes(node), ...codeShowProblems(node)]
  const read = codeProblems(node, code)
  const id = attributeValue(node, 'id')
  const first = id ? context.models.get(id) : undefined
  if (id && first && !first.broken) found.push(duplicateModelProblem(id, first, node))
  // A model whose problems leave its numbers known (an invalid `show`) is defined all the same.
  else if (id && read.ok && found.every(leavesNumbers))
    context.models.set(id, {
      attributes: {},
      node,
      used: false,
      code: read.breakdown,
      source: code.value
    })
  noteBrokenModel(node, context.models)
  if (!read.ok) return {ok: false, problems: [...found, ...read.problems]}
  if (found.length > 0) return {ok: false, problems: found}
  const shown = codeParts(parts)
  const solution = renderCodeSolution(read.breakdown, {
    ...settings,
    parts: shown,
    diagram: diagramIdFor(shown, context)
  })
  return {ok: true, breakdown: read.breakdown, solution, classes: splitAttributes(node).classes}
}
