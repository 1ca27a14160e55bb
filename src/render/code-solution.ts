import type {BlockContent} from 'mdast'
import type {CodeBreakdown} from '../core/code/index.js'
import {codeNetwork} from '../core/code/index.js'
import {codeDerivationLatex} from './code-derivation.js'
import {codeShapes} from './code-shapes.js'
import {codeSummary} from './code-summary.js'
import {codeSolutionTable} from './code-table.js'
import {codeDiagramBlock} from './diagram/code-diagram.js'
import {displayMath} from './math-nodes.js'
import type {RnnBlock} from './nodes.js'
import {formatCount} from './number-format.js'
import {scrollRegion} from './scroll-region.js'
import type {SolutionPart, SolutionSettings} from './solution.js'
import {presentSolution, solutionParts} from './solution.js'
import {fillTemplate} from './strings.js'

/** The parts a model read from code can show: all but `code`, which the page already holds. */
export const codeSolutionParts = solutionParts.filter(
  (part): part is Exclude<SolutionPart, 'code'> => part !== 'code'
)

/** What a model read from code shows when neither page nor site chose: its table and derivation. */
export const codeDefaultParts: readonly SolutionPart[] = ['table', 'derivation']

/**
 * The solution of a model read from code: each part of `parts` it can show
 * (`code` it cannot: the code is on the page), in the order of
 * `solutionParts`, presented as the mode says.
 */
export function renderCodeSolution(
  breakdown: CodeBreakdown,
  settings: SolutionSettings
): RnnBlock[] {
  if (settings.mode === 'hide') return []
  const {strings, format} = settings
  const network = codeNetwork(breakdown)
  const region = (part: keyof typeof strings.regions, content: BlockContent) =>
    scrollRegion(content, fillTemplate(strings.regions[part], {network}))
  const build: Record<Exclude<SolutionPart, 'code'>, () => BlockContent> = {
    diagram: () =>
      codeDiagramBlock(breakdown, {
        strings,
        format,
        ...(settings.diagram ?? {id: 'rnn-diagram', stylesheet: true})
      }),
    table: () => region('table', codeSolutionTable(breakdown, format, strings.code)),
    derivation: () =>
      region('derivation', displayMath(codeDerivationLatex(breakdown, format, strings.code))),
    shapes: () => region('shapes', codeShapes(breakdown, strings.code)),
    summary: () => region('summary', codeSummary(breakdown, strings, format))
  }
  const content = codeSolutionParts
    .filter((part) => settings.parts.includes(part))
    .map((part) => build[part]())
  const summary = fillTemplate(strings.summary, {
    network,
    total: formatCount(breakdown.total, format)
  })
  return presentSolution(content, summary, settings.mode)
}
