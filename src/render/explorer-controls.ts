import type {ExplorerSize} from '../core/index.js'
import {limits} from '../core/index.js'
import type {RnnBlock} from './nodes.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'

/** Where an explorer goes on its page: its id (the base of its fields' ids). */
export interface ExplorerPlacement {
  readonly id: string
}

type Properties = Record<string, string | number | boolean | string[]>

/** An element only HTML has: never written to Markdown, left out where forms are (MyST's page). */
function element(tagName: string, properties: Properties, children: RnnBlock[] = []): RnnBlock {
  return {
    type: 'rnnBlock',
    children,
    data: {hName: tagName, hProperties: properties, rnnHtmlOnly: true, rnnFormOnly: true}
  }
}

function textElement(tagName: string, properties: Properties, value: string): RnnBlock {
  const block = element(tagName, properties)
  return {...block, data: {...block.data, hChildren: [{type: 'text', value}]}}
}

/** The slider's range: around the author's value, so a drag moves in useful steps; the field takes anything up to the cap. */
export function sliderMax(size: Pick<ExplorerSize, 'value' | 'max'>): number {
  return Math.min(size.max, Math.max(64, 4 * size.value))
}

/** A size's label: its quantity, its layer in a stack, its symbol (`Hidden units, layer 2 h₂`). */
function sizeLabel(size: ExplorerSize, strings: SolutionStrings, stacked: boolean): string {
  const layer =
    size.index !== undefined && stacked
      ? `, ${fillTemplate(size.name === 'units' ? strings.layer : strings.denseLayer, {layer: String(size.index + 1)})}`
      : ''
  return fillTemplate(strings.explorer.label, {
    quantity: strings.explorer.sizes[size.name] + layer,
    symbol: size.symbol
  })
}

/** One size: its labelled number field, a slider for the same value, and where a value out of bounds is explained. */
function sizeControl(
  size: ExplorerSize,
  key: number,
  placement: ExplorerPlacement,
  strings: SolutionStrings,
  stacked: boolean
): RnnBlock {
  const id = `${placement.id}-${key}`
  const label = sizeLabel(size, strings, stacked)
  const common = {min: size.min, step: 1, value: String(size.value)}
  return element('div', {className: ['rnn-explorer-size']}, [
    textElement('label', {htmlFor: [id]}, label),
    element('input', {
      ...common,
      type: 'number',
      id,
      max: size.max,
      inputMode: 'numeric',
      className: ['rnn-explorer-field'],
      dataRnnSize: size.name,
      ...(size.index === undefined ? {} : {dataRnnIndex: String(size.index)}),
      dataRnnAuthor: String(size.value),
      ariaDescribedBy: `${id}-limit`
    }),
    element('input', {
      ...common,
      type: 'range',
      max: sliderMax(size),
      className: ['rnn-explorer-slider'],
      ariaLabel: fillTemplate(strings.explorer.slider, {label}),
      dataRnnFor: id
    }),
    element('span', {className: ['rnn-explorer-limit'], id: `${id}-limit`})
  ])
}

/**
 * An explorer's controls, hidden until its script runs: a field and a
 * slider per size, Reset, and the line that announces the new total.
 */
export function explorerControls(
  sizes: readonly ExplorerSize[],
  stacked: boolean,
  placement: ExplorerPlacement,
  strings: SolutionStrings
): RnnBlock {
  return element('form', {className: ['rnn-explorer-controls'], hidden: true}, [
    element('fieldset', {}, [
      textElement('legend', {}, strings.explorer.legend),
      ...sizes.map((size, key) => sizeControl(size, key, placement, strings, stacked))
    ]),
    textElement(
      'button',
      {type: 'button', className: ['rnn-explorer-reset']},
      strings.explorer.reset
    ),
    element('p', {className: ['rnn-explorer-status'], role: 'status', ariaLive: 'polite'})
  ])
}

/** What the script needs besides the page: the network to change, the number format, its words. */
export interface ExplorerConfig {
  readonly description: Readonly<Record<string, unknown>>
  readonly separator: string
  readonly was: string
  readonly limit: string
  readonly status: string
}

/** The script's configuration, with the field's bounds written in. */
export function explorerConfig(
  description: Readonly<Record<string, unknown>>,
  strings: SolutionStrings,
  format: NumberFormat
): ExplorerConfig {
  return {
    description,
    separator: format.thousandsSeparator,
    was: strings.explorer.was,
    limit: fillTemplate(strings.explorer.limit, {min: '1', max: formatCount(limits.size, format)}),
    status: strings.explorer.status
  }
}
