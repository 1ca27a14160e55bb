import type {CodeBreakdown} from '../core/code/index.js'
import {codeDerivationLatex} from './code-derivation.js'
import {codeSolutionTable} from './code-table.js'
import {displayMath} from './math-nodes.js'
import type {RnnBlock} from './nodes.js'
import {formatCount} from './number-format.js'
import {scrollRegion} from './scroll-region.js'
import type {SolutionSettings} from './solution.js'
import {presentSolution} from './solution.js'
import {fillTemplate} from './strings.js'

/** A model read from code in words, without its count: `PyTorch model`, `PyTorch encoder and decoder`. */
const codeNetwork = (breakdown: CodeBreakdown) =>
  `${breakdown.framework === 'keras' ? 'Keras' : 'PyTorch'} ${breakdown.models.join(' and ')}`

/**
 * The solution of a model read from code: its table by layer and the
 * derivation ending in the total (those of `parts` it has; both when it
 * asks for neither), presented as the mode says.
 */
export function renderCodeSolution(
  breakdown: CodeBreakdown,
  settings: SolutionSettings
): RnnBlock[] {
  if (settings.mode === 'hide') return []
  const network = codeNetwork(breakdown)
  const region = (part: 'table' | 'derivation') =>
    fillTemplate(settings.strings.regions[part], {network})
  const both = !settings.parts.includes('table') && !settings.parts.includes('derivation')
  const content = [
    ...(both || settings.parts.includes('table')
      ? [
          scrollRegion(
            codeSolutionTable(breakdown, settings.format, settings.strings.code),
            region('table')
          )
        ]
      : []),
    ...(both || settings.parts.includes('derivation')
      ? [
          scrollRegion(
            displayMath(codeDerivationLatex(breakdown, settings.format, settings.strings.code)),
            region('derivation')
          )
        ]
      : [])
  ]
  const summary = fillTemplate(settings.strings.summary, {
    network,
    total: formatCount(breakdown.total, settings.format)
  })
  return presentSolution(content, summary, settings.mode)
}
