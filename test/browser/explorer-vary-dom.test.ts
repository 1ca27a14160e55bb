// @vitest-environment happy-dom
// An explorer whose author lets students change the cell, the framework and
// the directions (`vary=…`): any mix of choices and sizes shows the core's
// numbers; a choice that changes the rows swaps the build's table (its math)
// for one the script writes, and back.
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {analyseDescription} from '../../src/core/index.js'
import {explorerNumbers, slotNumbers} from '../../src/render/index.js'
import {toPlainHtml} from '../helpers/pipelines.js'

const page = `
:::rnn-explorer{inputs=4 units=5 outputs=3 vary="cell framework bidirectional merge"}
Change anything.
:::

::rnn-explorer{inputs=3 units="4,5" cell=gru reset-after=false vary="cell, framework"}
`

interface State {
  inputs: number
  units: number
  outputs: number
  cell: string
  framework: string
  bidirectional: boolean
  merge: string
}

const author: State = {
  inputs: 4,
  units: 5,
  outputs: 3,
  cell: 'rnn',
  framework: 'keras',
  bidirectional: false,
  merge: 'concat'
}

function explorer(index = 0): HTMLElement {
  return document.querySelectorAll<HTMLElement>('.rnn-explorer')[index] as HTMLElement
}

function control(name: string, root = explorer()): HTMLInputElement | HTMLSelectElement {
  return root.querySelector(`[data-rnn-choice="${name}"], [data-rnn-size="${name}"]`) as
    | HTMLInputElement
    | HTMLSelectElement
}

function set(name: keyof State, value: string | number | boolean): void {
  const element = control(name)
  if (element instanceof HTMLInputElement && element.type === 'checkbox')
    element.checked = value === true
  else element.value = String(value)
  element.dispatchEvent(new Event('input', {bubbles: true}))
}

function shown(root = explorer()): string[] {
  return Array.from(root.querySelectorAll('[data-rnn-slot]'), (slot) => String(slot.textContent))
}

function counted(state: State) {
  return analyseDescription({
    inputs: state.inputs,
    units: [state.units],
    outputs: [state.outputs],
    cell: state.cell,
    framework: state.framework,
    ...(state.bidirectional ? {bidirectional: true, merge: state.merge} : {})
  })
}

function texts(state: State): string[] {
  const analysis = counted(state)
  if (!analysis.ok) throw new Error('not counted')
  return slotNumbers(explorerNumbers(analysis.breakdown, {thousandsSeparator: ','})).map(
    (number) => number.text
  )
}

const mathInTable = () => explorer().querySelectorAll('table code.language-math').length

beforeAll(async () => {
  const {output, file} = await toPlainHtml(page)
  expect(file.messages).toEqual([])
  document.body.innerHTML = output
  await import('../../src/browser/explorer.js')
})

describe('an explorer with choices in a DOM', () => {
  it('offers each allowed choice, labelled, set to the author’s', () => {
    expect(control('cell').value).toBe('rnn')
    expect(control('framework').value).toBe('keras')
    expect((control('bidirectional') as HTMLInputElement).checked).toBe(false)
    expect(control('merge').value).toBe('concat')
    const label = (id: string) => explorer().querySelector(`label[for="${id}"]`)?.textContent
    expect(label(control('cell').id)).toBe('Cell')
    expect(label(control('bidirectional').id)).toBe('Both directions (bidirectional)')
    expect(Array.from((control('cell') as HTMLSelectElement).options, (o) => o.text)).toEqual([
      'simple RNN',
      'LSTM',
      'GRU'
    ])
    // The second explorer offers only what its author allows.
    expect(control('bidirectional', explorer(1))).toBeNull()
    expect(control('framework', explorer(1)).value).toBe('keras')
  })

  it('writes a new table when the rows change, and brings the built one back', () => {
    expect(mathInTable()).toBe(10)
    set('cell', 'lstm')
    expect(mathInTable()).toBe(0)
    expect(shown()).toEqual(texts({...author, cell: 'lstm'}))
    expect(explorer().querySelector('table')?.textContent).toContain('4·n·h = 4 · 4 · 5')
    const aligned = Array.from(explorer().querySelectorAll('table thead tr > *'), (cell) =>
      cell.getAttribute('align')
    )
    expect(aligned).toEqual(['left', 'center', 'left', 'right'])
    const derivation = explorer().querySelectorAll<HTMLElement>('.rnn-scroll')[1]
    expect(derivation?.hidden).toBe(true)
    // A new table's numbers are not marked as changed; the total is.
    expect(explorer().querySelectorAll('table [data-rnn-changed]')).toHaveLength(0)
    expect(explorer().querySelector('.rnn-explorer-total .rnn-explorer-was')?.textContent).toBe(
      '(was 68)'
    )
    set('framework', 'pytorch')
    expect(shown()).toEqual(texts({...author, cell: 'lstm', framework: 'pytorch'}))
    set('framework', 'keras')
    set('cell', 'rnn')
    expect(mathInTable()).toBe(10)
    expect(derivation?.hidden).toBe(false)
    expect(shown()).toEqual(texts(author))
  })

  it('says beside a choice that does not go with the others, and keeps the numbers', () => {
    set('framework', 'pytorch')
    set('bidirectional', true)
    const before = shown()
    set('merge', 'sum')
    const note = control('merge').parentElement?.querySelector('.rnn-explorer-limit')
    expect(note?.textContent).toMatch(/PyTorch always concatenates/)
    expect(shown()).toEqual(before)
    set('merge', 'concat')
    expect(note?.textContent).toBe('')
    explorer().querySelector<HTMLButtonElement>('.rnn-explorer-reset')?.click()
    expect(control('framework').value).toBe('keras')
    expect((control('bidirectional') as HTMLInputElement).checked).toBe(false)
    expect(shown()).toEqual(texts(author))
    expect(mathInTable()).toBe(10)
  })

  it('shows the core’s numbers for any mix of choices and sizes', () => {
    const step = fc.oneof(
      fc.tuple(fc.constant('cell' as const), fc.constantFrom('rnn', 'lstm', 'gru')),
      fc.tuple(fc.constant('framework' as const), fc.constantFrom('keras', 'pytorch')),
      fc.tuple(fc.constant('bidirectional' as const), fc.boolean()),
      fc.tuple(fc.constant('merge' as const), fc.constantFrom('concat', 'sum', 'mul', 'ave')),
      fc.tuple(
        fc.constantFrom('inputs' as const, 'units' as const, 'outputs' as const),
        fc.integer({min: 1, max: 99})
      )
    )
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 10}), (steps) => {
        explorer().querySelector<HTMLButtonElement>('.rnn-explorer-reset')?.click()
        let state = {...author}
        for (const [name, value] of steps) {
          const next = {...state, [name]: value}
          const before = shown()
          set(name, value)
          if (counted(next).ok) {
            state = next
            expect(shown()).toEqual(texts(state))
          } else {
            // The control keeps what was chosen; the page keeps the last numbers it could count.
            expect(shown()).toEqual(before)
            set(name, state[name])
          }
        }
      }),
      {numRuns: 40}
    )
  })
})
