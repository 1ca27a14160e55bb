import type {CodeBreakdown} from '../core/code/index.js'
import {latexText} from './latex.js'
import {english} from './locales/en.js'
import type {NumberFormat} from './number-format.js'
import {formatCountLatex} from './number-format.js'
import type {CodeStrings} from './strings.js'

/**
 * The derivation of a model read from code: one line per layer with
 * parameters (its tensors' counts summed to the layer's), then the total as
 * the sum of the layers, and its trainable split when some are frozen.
 */
export function codeDerivationLatex(
  breakdown: CodeBreakdown,
  format: NumberFormat,
  words: CodeStrings = english.code
): string {
  const number = (value: number) => formatCountLatex(value, format)
  const sum = (values: readonly number[]) => values.map(number).join(' + ')
  const counted = breakdown.layers.filter((layer) => layer.params > 0)
  const layerLine = (layer: (typeof counted)[number]) => {
    const counts = breakdown.terms
      .filter((term) => term.layer === layer.name)
      .map((term) => term.count)
    const parts = counts.length > 1 ? `${sum(counts)} = ` : ''
    return `N_{${latexText(layer.name || words.modelSymbol)}} &= ${parts}${number(layer.params)}`
  }
  const totalParts = counted.length > 1 ? `${sum(counted.map((layer) => layer.params))} = ` : ''
  const lines = [
    ...counted.map(layerLine),
    `N &= ${totalParts}${number(breakdown.total)}`,
    ...(breakdown.nonTrainable > 0
      ? [
          `N_{${latexText(words.trainableSymbol)}} &= ${number(breakdown.trainable)}`,
          `N_{${latexText(words.nonTrainableSymbol)}} &= ${number(breakdown.nonTrainable)}`
        ]
      : [])
  ]
  return ['\\begin{aligned}', lines.join(' \\\\\n'), '\\end{aligned}'].join('\n')
}
