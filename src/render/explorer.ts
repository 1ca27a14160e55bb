import type {Breakdown, ExplorerChoice} from '../core/index.js'
import {descriptionInput, explorerSizes} from '../core/index.js'
import type {ExplorerConfig, ExplorerPlacement} from './explorer-controls.js'
import {explorerConfig, explorerControls} from './explorer-controls.js'
import {explorerNumbers} from './explorer-numbers.js'
import {explorerSolution} from './explorer-solution.js'
import {explorerStylesheet} from './explorer-style.js'
import {foldTitle} from './fold-title.js'
import type {RnnBlock, RnnHtml} from './nodes.js'
import {rnnBlock} from './nodes.js'
import type {NumberFormat} from './number-format.js'
import type {SolutionMode} from './solution.js'
import {presentSolution} from './solution.js'
import type {SolutionStrings} from './strings.js'

export interface ExplorerSettings {
  readonly mode: SolutionMode
  readonly strings: SolutionStrings
  readonly format: NumberFormat
  /** Its fields' ids, and whether it carries the page's explorer stylesheet. */
  readonly placement: ExplorerPlacement & {readonly stylesheet: boolean}
  /** What `vary=…` lets students change besides the sizes. */
  readonly choices: readonly ExplorerChoice[]
}

/** An explorer's generated content and the configuration its script reads. */
export interface Explorer {
  readonly content: Array<RnnBlock | RnnHtml>
  /** `undefined` in a student build, which shows no solution and so nothing to explore. */
  readonly config: ExplorerConfig | undefined
}

/**
 * An explorer of a network: the worked solution at the author's sizes (as
 * the settings present solutions), after the controls its script reveals.
 */
export function renderExplorer(breakdown: Breakdown, settings: ExplorerSettings): Explorer {
  const {strings, format, placement} = settings
  if (settings.mode === 'hide') return {content: [], config: undefined}
  const solution = explorerSolution(breakdown, explorerNumbers(breakdown, format), strings)
  const summary = foldTitle(strings.summary, breakdown, settings)
  return {
    content: [
      ...(placement.stylesheet ? [stylesheet()] : []),
      // The controls first: the table a change rewrites is right below them, not a screen away.
      controlsOf(breakdown, settings),
      ...presentSolution(solution, summary, settings.mode)
    ],
    config: explorerConfig(
      descriptionInput(breakdown.description),
      settings.choices,
      strings,
      format
    )
  }
}

function stylesheet(): RnnHtml {
  return {
    type: 'rnnHtml',
    children: [],
    form: true,
    data: {hName: 'style', hChildren: [{type: 'text', value: explorerStylesheet}]}
  }
}

function controlsOf(
  breakdown: Breakdown,
  settings: Pick<ExplorerSettings, 'placement' | 'strings' | 'choices'>
): RnnHtml {
  const {description} = breakdown
  const sizes = explorerSizes(description)
  return explorerControls(
    description,
    settings.choices,
    sizes,
    settings.placement,
    settings.strings
  )
}

/**
 * An explorer as a whole element for a widget (MyST's, in a shadow root
 * with no KaTeX): its stylesheet, its controls and a table whose formulas
 * are plain symbols, after the page's own worked solution.
 */
export function explorerWidgetBlock(
  breakdown: Breakdown,
  settings: Omit<ExplorerSettings, 'mode'>
): RnnBlock {
  const {strings, format} = settings
  const config = explorerConfig(
    descriptionInput(breakdown.description),
    settings.choices,
    strings,
    format
  )
  const solution = explorerSolution(breakdown, explorerNumbers(breakdown, format), strings, false)
  return rnnBlock(
    'div',
    ['rnn', 'rnn-explorer'],
    [stylesheet(), controlsOf(breakdown, settings), ...solution],
    {dataRnnExplorer: JSON.stringify(config)}
  )
}
