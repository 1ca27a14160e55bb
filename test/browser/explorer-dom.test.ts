// @vitest-environment happy-dom
// The explorer script against the explorers the plugin writes, in a DOM
// implementation (happy-dom), so it runs with every `npm test` and its
// coverage counts; test/browser/explorer.test.ts runs it in Chromium with a
// keyboard, axe and a narrow screen.
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import type {DescriptionInput} from '../../src/core/index.js'
import {analyseDescription} from '../../src/core/index.js'
import {explorerNumbers, slotNumbers} from '../../src/render/index.js'
import {toPlainHtml} from '../helpers/pipelines.js'

const page = `
:::rnn-explorer{inputs=4 units=5 outputs=3}
The seed lesson's network.
:::

::rnn-explorer{inputs=8 units="16, 12" outputs="10, 4" cell=lstm}

::rnn-explorer{vocab=1000 inputs=32 units=64 decoder-inputs=16 decoder-vocab=800 outputs=800 cell=gru}

::rnn-explorer{inputs=10 units=20 proj-size=5 cell=lstm framework=pytorch}

::rnn-explorer{inputs=8 units="8,8,8,8,8" cell=lstm bidirectional}

:::rnn-quiz{inputs=2 units=3 cell=lstm ask=rnn type=number}
How many parameters has the LSTM layer?
:::
`

/** Each explorer's network, written by hand from its sizes in field order. */
const networks: ReadonlyArray<(sizes: readonly number[]) => DescriptionInput> = [
  ([inputs, units, outputs]) => ({inputs, units: [units as number], outputs: [outputs as number]}),
  ([inputs, h1, h2, o1, o2]) => ({
    inputs,
    units: [h1, h2] as number[],
    outputs: [o1, o2] as number[],
    cell: 'lstm'
  }),
  ([inputs, units, outputs, vocab, decoderInputs, decoderVocab]) => ({
    inputs,
    units: [units as number],
    outputs: [outputs as number],
    vocab,
    'decoder-inputs': decoderInputs,
    'decoder-vocab': decoderVocab,
    cell: 'gru'
  }),
  ([inputs, units, projSize]) => ({
    inputs,
    units: [units as number],
    'proj-size': projSize,
    cell: 'lstm',
    framework: 'pytorch'
  })
]
const authors = [
  [4, 5, 3],
  [8, 16, 12, 10, 4],
  [32, 64, 800, 1000, 16, 800],
  [10, 20, 5]
]

function explorers(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.rnn-explorer'))
}

function fields(explorer: Element): HTMLInputElement[] {
  return Array.from(explorer.querySelectorAll<HTMLInputElement>('input.rnn-explorer-field'))
}

function sliders(explorer: Element): HTMLInputElement[] {
  return Array.from(explorer.querySelectorAll<HTMLInputElement>('input.rnn-explorer-slider'))
}

function set(control: HTMLInputElement, value: string): void {
  control.value = value
  control.dispatchEvent(new Event('input', {bubbles: true}))
}

function shown(explorer: Element): string[] {
  return Array.from(explorer.querySelectorAll('[data-rnn-slot]'), (slot) =>
    String(slot.textContent)
  )
}

function expected(index: number, sizes: readonly number[]): string[] {
  const analysis = analyseDescription(
    (networks[index] as (s: readonly number[]) => DescriptionInput)(sizes)
  )
  if (!analysis.ok) throw new Error(analysis.problems[0]?.message)
  return slotNumbers(explorerNumbers(analysis.breakdown, {thousandsSeparator: ','})).map(
    (number) => number.text
  )
}

beforeAll(async () => {
  const {output, file} = await toPlainHtml(page)
  expect(file.messages).toEqual([])
  document.body.innerHTML = output
  await import('../../src/browser/explorer.js')
})

describe('the explorer script in a DOM', () => {
  it('marks the page, which shows the controls, and writes the author’s numbers', () => {
    expect(document.documentElement.hasAttribute('data-rnn-explorer')).toBe(true)
    expect(explorers()).toHaveLength(5)
    for (const [index, sizes] of authors.entries()) {
      const explorer = explorers()[index] as HTMLElement
      expect(fields(explorer).map((field) => Number(field.value))).toEqual(sizes)
      expect(shown(explorer)).toEqual(expected(index, sizes))
    }
  })

  it('follows any sizes typed or slid into any explorer with the core’s numbers', () => {
    fc.assert(
      fc.property(
        fc.nat({max: 3}),
        fc.array(fc.tuple(fc.nat({max: 5}), fc.integer({min: 1, max: 64}), fc.boolean()), {
          minLength: 1,
          maxLength: 8
        }),
        (which, changes) => {
          const explorer = explorers()[which] as HTMLElement
          const own = fields(explorer)
          const sizes = own.map((field) => Number(field.value))
          for (const [position, value, slide] of changes) {
            const at = position % own.length
            // PyTorch's projection must stay below the units.
            const chosen =
              which === 3 && at === 2 ? Math.min(value, (sizes[1] as number) - 1) : value
            if (which === 3 && at === 1 && chosen <= (sizes[2] as number)) continue
            if (chosen < 1) continue
            set((slide ? sliders(explorer) : own)[at] as HTMLInputElement, String(chosen))
            sizes[at] = chosen
            expect(own[at]?.value).toBe(String(chosen))
            expect(sliders(explorer)[at]?.value).toBe(String(chosen))
          }

          expect(shown(explorer)).toEqual(expected(which, sizes))
        }
      ),
      {numRuns: 60}
    )
  })

  it('marks each changed count with its old value, clears the marks of the next change, resets', () => {
    const explorer = explorers()[0] as HTMLElement
    const [inputs, units] = fields(explorer) as [HTMLInputElement, HTMLInputElement]
    explorer.querySelector<HTMLButtonElement>('.rnn-explorer-reset')?.click()
    expect(shown(explorer)).toEqual(expected(0, [4, 5, 3]))
    set(inputs, '6')
    const was = () =>
      Array.from(explorer.querySelectorAll('.rnn-explorer-was'), (note) => note.textContent)
    // Input weights, the input group, the network without output, the total (table and last line).
    expect(was()).toEqual(['(was 20)', '(was 20)', '(was 50)', '(was 68)', '(was 68)'])
    expect(explorer.querySelectorAll('[data-rnn-changed]')).toHaveLength(5)
    expect(explorer.querySelector('.rnn-explorer-status')?.textContent).toBe(
      'Total: 78 parameters.'
    )
    set(inputs, '6')
    expect(was()).toEqual([])
    set(units, '6')
    expect(was()).toContain('(was 78)')
    set(units, '7')
    expect(was()).toContain('(was 99)')
    explorer.querySelector<HTMLButtonElement>('.rnn-explorer-reset')?.click()
    expect(shown(explorer)).toEqual(expected(0, [4, 5, 3]))
    expect(was()).toEqual([])
    expect(sliders(explorer).map((slider) => slider.value)).toEqual(['4', '5', '3'])
  })

  it('says beside a field what is out of bounds or cannot be counted, and keeps the numbers', () => {
    const explorer = explorers()[0] as HTMLElement
    const units = fields(explorer)[1] as HTMLInputElement
    const slider = sliders(explorer)[1] as HTMLInputElement
    const before = shown(explorer)
    for (const typed of ['0', '10000001', '2.5', 'many', '']) {
      set(units, typed)
      expect(units.getAttribute('aria-invalid')).toBe('true')
      expect(explorer.querySelectorAll('.rnn-explorer-limit')[1]?.textContent).toBe(
        'Enter a whole number from 1 to 10,000,000.'
      )
      expect(shown(explorer)).toEqual(before)
      expect(slider.value).toBe('5')
    }

    set(units, '5')
    expect(units.hasAttribute('aria-invalid')).toBe(false)

    // Five bidirectional LSTM layers of ten million units: more than a number holds exactly.
    const huge = explorers()[4] as HTMLElement
    const own = fields(huge)
    const kept = shown(huge)
    for (const field of own) set(field, '10000000')
    const last = own.at(-1) as HTMLInputElement
    expect(last.getAttribute('aria-invalid')).toBe('true')
    expect(last.parentElement?.querySelector('.rnn-explorer-limit')?.textContent).toMatch(
      /more than can be counted exactly/
    )
    expect(shown(huge)).not.toEqual(kept)
  })

  it('leaves other inputs, clicks and forms of the page alone, and keeps Enter from submitting', () => {
    const quizField = document.querySelector<HTMLInputElement>('input.rnn-quiz-number')
    const before = explorers().map(shown)
    set(quizField as HTMLInputElement, '72')
    document.body.dispatchEvent(new Event('input', {bubbles: true}))
    document.dispatchEvent(new Event('input'))
    document.body.click()
    document.dispatchEvent(new Event('click'))
    expect(explorers().map(shown)).toEqual(before)

    const controls = explorers()[0]?.querySelector('form') as HTMLFormElement
    const submit = new Event('submit', {bubbles: true, cancelable: true})
    controls.dispatchEvent(submit)
    expect(submit.defaultPrevented).toBe(true)
    const quizSubmit = new Event('submit', {bubbles: true, cancelable: true})
    document.dispatchEvent(quizSubmit)
    expect(quizSubmit.defaultPrevented).toBe(false)
  })
})

describe('the explorer’s controls and the page’s framework', () => {
  it('keeps their input and change events from the page (React would put back its value), and no one else’s', () => {
    const heard: string[] = []
    const hear = (event: Event) => heard.push(`${event.type} ${(event.target as Element).tagName}`)
    document.body.addEventListener('input', hear)
    document.body.addEventListener('change', hear)
    const explorer = explorers()[0] as HTMLElement
    const field = fields(explorer)[0] as HTMLInputElement
    field.value = '7'
    field.dispatchEvent(new Event('input', {bubbles: true}))
    field.dispatchEvent(new Event('change', {bubbles: true}))
    const sizes = fields(explorer).map((each) => Number(each.value))
    expect(sizes[0]).toBe(7)
    expect(shown(explorer)).toEqual(expected(0, sizes))
    const other = document.createElement('textarea')
    document.body.append(other)
    other.dispatchEvent(new Event('input', {bubbles: true}))
    other.dispatchEvent(new Event('change', {bubbles: true}))
    document.dispatchEvent(new Event('change'))
    expect(heard).toEqual(['input TEXTAREA', 'change TEXTAREA'])
    other.remove()
    document.body.removeEventListener('input', hear)
    document.body.removeEventListener('change', hear)
  })
})
