import type {BlockContent, Code} from 'mdast'
import type {Breakdown} from '../core/index.js'
import type {DiagramPlacement} from './diagram/index.js'
import {diagramBlock} from './diagram/index.js'
import {foldHolding, foldNetwork, foldTitle} from './fold-title.js'
import {frameworkSummary} from './framework-summary.js'
import {derivationLatex, shapesLatex} from './latex.js'
import {displayMath} from './math-nodes.js'
import type {RnnBlock} from './nodes.js'
import {rnnBlock, rnnHtml} from './nodes.js'
import type {NumberFormat} from './number-format.js'
import {frameworkCode} from './python/index.js'
import {scrollRegion} from './scroll-region.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {solutionTable} from './table.js'

/**
 * The Python that reproduces the count, as a fenced `python` block: HTML
 * gets `pre > code.language-python`, which sites' highlighters pick up.
 */
export function codeBlock(breakdown: Breakdown): Code {
  return {type: 'code', lang: 'python', meta: null, value: frameworkCode(breakdown)}
}

/** The parts a solution can show, in the order they appear. */
export const solutionParts = [
  'diagram',
  'table',
  'derivation',
  'shapes',
  'summary',
  'code'
] as const
export type SolutionPart = (typeof solutionParts)[number]

/** The parts shown unless a page or directive asks for others: the worked solution itself (the diagram, HTML only, is asked for). */
export const defaultSolutionParts: readonly SolutionPart[] = ['table', 'derivation', 'shapes']

/** Show the solution, fold it into a `details` element, or leave it out (student builds). */
export type SolutionMode = 'show' | 'collapse' | 'hide'

export interface SolutionSettings {
  readonly parts: readonly SolutionPart[]
  readonly mode: SolutionMode
  readonly strings: SolutionStrings
  readonly format: NumberFormat
  /** The diagram's ids and whether it carries the page's diagram stylesheet; `rnn-diagram` with it when not given. */
  readonly diagram?: DiagramPlacement | undefined
}

/** The mdast of each chosen part, in the fixed order of `solutionParts`. */
export function solutionContent(
  breakdown: Breakdown,
  settings: Pick<SolutionSettings, 'parts' | 'strings' | 'format' | 'diagram'>
): BlockContent[] {
  // Wide parts scroll in a labelled box of their own (the diagram scales, code scrolls by itself).
  const network = foldNetwork(breakdown, settings.strings)
  const region = (part: keyof SolutionStrings['regions'], content: BlockContent) =>
    scrollRegion(content, fillTemplate(settings.strings.regions[part], {network}))
  const build: Record<SolutionPart, () => BlockContent> = {
    diagram: () =>
      diagramBlock(breakdown, {
        strings: settings.strings,
        format: settings.format,
        ...(settings.diagram ?? {id: 'rnn-diagram', stylesheet: true})
      }),
    table: () => region('table', solutionTable(breakdown, settings.strings, settings.format)),
    derivation: () =>
      region(
        'derivation',
        displayMath(derivationLatex(breakdown, settings.strings, settings.format))
      ),
    shapes: () => region('shapes', displayMath(shapesLatex(breakdown, settings.strings))),
    summary: () =>
      region('summary', frameworkSummary(breakdown, settings.strings, settings.format)),
    code: () => codeBlock(breakdown)
  }
  return solutionParts.filter((part) => settings.parts.includes(part)).map((part) => build[part]())
}

/**
 * Present a solution's content as the mode asks: in a `div`, folded into a
 * `details` element behind a summary line, or not at all (student builds).
 */
export function presentSolution(
  content: BlockContent[],
  summaryText: string,
  mode: SolutionMode
): RnnBlock[] {
  const className = ['rnn-solution']
  if (mode === 'hide') return []
  if (mode === 'show') return [rnnBlock('div', className, content)]

  const summary = rnnHtml('summary', {}, [{type: 'text', value: summaryText}])
  return [rnnBlock('details', className, [summary, ...content])]
}

/** The generated solution for a breakdown, presented as the settings ask. */
export function renderSolution(breakdown: Breakdown, settings: SolutionSettings): RnnBlock[] {
  // Hidden solutions are not built at all: `check` and student builds skip the work.
  if (settings.mode === 'hide') return []
  // The title names the network, never its count: a folded solution gives nothing away.
  const summary = foldHolding(
    foldTitle(settings.strings.summary, breakdown, settings),
    breakdown,
    settings
  )
  return presentSolution(solutionContent(breakdown, settings), summary, settings.mode)
}
