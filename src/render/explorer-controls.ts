import type {ExplorerChoice, ExplorerSize, NetworkDescription} from '../core/index.js'
import {cells, frameworks, limits, merges} from '../core/index.js'
import type {RnnHtml} from './nodes.js'
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
function element(tagName: string, properties: Properties, children: RnnHtml[] = []): RnnHtml {
  return {type: 'rnnHtml', children, form: true, data: {hName: tagName, hProperties: properties}}
}

function textElement(tagName: string, properties: Properties, value: string): RnnHtml {
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
): RnnHtml {
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

const frameworkNames: Readonly<Record<string, string>> = {keras: 'Keras', pytorch: 'PyTorch'}

/** A choice `vary=…` allows: a labelled select of its words, or a checkbox for both directions. */
function choiceControl(
  choice: ExplorerChoice,
  description: NetworkDescription,
  placement: ExplorerPlacement,
  strings: SolutionStrings
): RnnHtml {
  const id = `${placement.id}-${choice}`
  const label = textElement('label', {htmlFor: [id]}, strings.explorer.choices[choice])
  const common = {
    id,
    className: ['rnn-explorer-choice'],
    dataRnnChoice: choice,
    ariaDescribedBy: `${id}-limit`
  }
  // Where a choice that does not go with the others says so.
  const note = element('span', {className: ['rnn-explorer-limit'], id: `${id}-limit`})
  if (choice === 'bidirectional') {
    const checked = description.bidirectional
    return element('div', {className: ['rnn-explorer-size']}, [
      element('input', {...common, type: 'checkbox', checked, dataRnnAuthor: String(checked)}),
      label,
      note
    ])
  }

  const words: Readonly<Record<Exclude<ExplorerChoice, 'bidirectional'>, readonly string[]>> = {
    cell: cells,
    framework: frameworks,
    merge: merges
  }
  const names = (word: string) =>
    choice === 'cell'
      ? strings.cells[word as keyof SolutionStrings['cells']]
      : choice === 'framework'
        ? (frameworkNames[word] as string)
        : word
  const current = description[choice]
  return element('div', {className: ['rnn-explorer-size']}, [
    label,
    element(
      'select',
      {...common, dataRnnAuthor: current},
      words[choice].map((word) =>
        textElement('option', {value: word, selected: word === current}, names(word))
      )
    ),
    note
  ])
}

/**
 * An explorer's controls, hidden until its script runs: a field and a
 * slider per size, a control per choice `vary=…` allows, Reset, and the
 * line that announces the new total.
 */
export function explorerControls(
  description: NetworkDescription,
  choices: readonly ExplorerChoice[],
  sizes: readonly ExplorerSize[],
  placement: ExplorerPlacement,
  strings: SolutionStrings
): RnnHtml {
  const stacked = description.units.length > 1
  return element('form', {className: ['rnn-explorer-controls'], hidden: true}, [
    element('fieldset', {}, [
      textElement('legend', {}, strings.explorer.legend),
      ...sizes.map((size, key) => sizeControl(size, key, placement, strings, stacked)),
      ...choices.map((choice) => choiceControl(choice, description, placement, strings))
    ]),
    textElement(
      'button',
      {type: 'button', className: ['rnn-explorer-reset']},
      strings.explorer.reset
    ),
    element('p', {className: ['rnn-explorer-status'], role: 'status', ariaLive: 'polite'})
  ])
}

/** The words a table needs when the script writes one anew (a choice changed its rows). */
export type TableWords = Pick<
  SolutionStrings,
  | 'columnTerm'
  | 'columnShape'
  | 'columnFormula'
  | 'columnCount'
  | 'terms'
  | 'layer'
  | 'denseLayer'
  | 'stacks'
  | 'parts'
  | 'forward'
  | 'backward'
  | 'groups'
>

/** What the script needs besides the page: the network to change, the number format, its words. */
export interface ExplorerConfig {
  readonly description: Readonly<Record<string, unknown>>
  readonly separator: string
  readonly was: string
  readonly limit: string
  readonly status: string
  /** With choices to change: the words of a table written anew. */
  readonly words?: TableWords | undefined
}

/** The script's configuration, with the field's bounds written in. */
export function explorerConfig(
  description: Readonly<Record<string, unknown>>,
  choices: readonly ExplorerChoice[],
  strings: SolutionStrings,
  format: NumberFormat
): ExplorerConfig {
  const {columnTerm, columnShape, columnFormula, columnCount, terms, layer, denseLayer} = strings
  const {stacks, parts, forward, backward, groups} = strings
  return {
    description,
    separator: format.thousandsSeparator,
    was: strings.explorer.was,
    limit: fillTemplate(strings.explorer.limit, {min: '1', max: formatCount(limits.size, format)}),
    status: strings.explorer.status,
    ...(choices.length > 0
      ? {
          words: {
            ...{columnTerm, columnShape, columnFormula, columnCount, terms, layer, denseLayer},
            ...{stacks, parts, forward, backward, groups}
          }
        }
      : {})
  }
}
