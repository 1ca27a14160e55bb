import type {BlockContent, Paragraph} from 'mdast'
import type {Breakdown} from '../core/index.js'
import {derivationLatex, shapesLatex} from './latex.js'
import {displayMath} from './math-nodes.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import type {RnnSolution} from './solution-node.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {solutionTable} from './table.js'

/** The parts a solution can show, in the order they appear. */
export const solutionParts = ['table', 'derivation', 'shapes'] as const
export type SolutionPart = (typeof solutionParts)[number]

/** Show the solution, fold it into a `details` element, or leave it out (student builds). */
export type SolutionMode = 'show' | 'collapse' | 'hide'

export interface SolutionSettings {
  readonly parts: readonly SolutionPart[]
  readonly mode: SolutionMode
  readonly strings: SolutionStrings
  readonly format: NumberFormat
}

/** The mdast of each chosen part, in the fixed order of `solutionParts`. */
export function solutionContent(
  breakdown: Breakdown,
  settings: Pick<SolutionSettings, 'parts' | 'strings' | 'format'>
): BlockContent[] {
  const build: Record<SolutionPart, () => BlockContent> = {
    table: () => solutionTable(breakdown, settings.strings, settings.format),
    derivation: () => displayMath(derivationLatex(breakdown, settings.strings, settings.format)),
    shapes: () => displayMath(shapesLatex(breakdown, settings.strings))
  }
  return solutionParts.filter((part) => settings.parts.includes(part)).map((part) => build[part]())
}

/** Wrap content as a solution: shown, or collapsed behind a summary line. */
export function wrapSolution(
  content: BlockContent[],
  total: number,
  settings: Pick<SolutionSettings, 'mode' | 'strings' | 'format'>
): RnnSolution {
  const className = ['rnn-solution']
  if (settings.mode !== 'collapse') {
    return {type: 'rnnSolution', children: content, data: {hName: 'div', hProperties: {className}}}
  }

  const summary: Paragraph = {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: fillTemplate(settings.strings.summary, {total: formatCount(total, settings.format)})
      }
    ],
    data: {hName: 'summary', rnnSummary: true}
  }
  return {
    type: 'rnnSolution',
    children: [summary, ...content],
    data: {hName: 'details', hProperties: {className}}
  }
}

/** The whole generated solution for a breakdown, or nothing when solutions are hidden. */
export function renderSolution(
  breakdown: Breakdown,
  settings: SolutionSettings
): RnnSolution | undefined {
  if (settings.mode === 'hide') return undefined
  return wrapSolution(solutionContent(breakdown, settings), breakdown.total, settings)
}
