// @vitest-environment happy-dom
// The self-check script against the form the plugin writes, in a DOM
// implementation (happy-dom), so it runs with every `npm test` and its
// coverage counts; test/browser/self-check.test.ts runs the same script in
// Chromium with a keyboard, a screen reader's tree and axe.
import {beforeAll, describe, expect, it} from 'vitest'
import {toPlainHtml} from '../helpers/pipelines.js'

const page = `
:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" answer=B}
How many input and recurrent parameters?

- 12, 16
- 12, 20
- 20, 16
- 20, 12
:::

:::rnn-quiz{inputs=2 units=3 cell=lstm ask=rnn type=number}
How many parameters has the LSTM layer?
:::

:::rnn-quiz{inputs=3 units=4 outputs=2 ask="input, recurrent, output" type=number}
How many input, recurrent and output parameters?
:::
`

function forms(): {choice: HTMLFormElement; number: HTMLFormElement} {
  const choice = document.querySelector<HTMLFormElement>('form[data-rnn-quiz="choice"]')
  const number = document.querySelector<HTMLFormElement>('form[data-rnn-quiz="number"]')
  if (!choice || !number) throw new Error('the page has no quiz forms')
  return {choice, number}
}

function check(form: HTMLFormElement): string {
  form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}))
  return form.querySelector('.rnn-quiz-status')?.textContent ?? ''
}

function type(form: HTMLFormElement, ...values: string[]): void {
  const fields = form.querySelectorAll<HTMLInputElement>('input.rnn-quiz-number')
  if (fields.length !== values.length) throw new Error(`not ${values.length} number fields`)
  values.forEach((value, index) => {
    const field = fields[index] as HTMLInputElement
    field.value = value
    field.dispatchEvent(new Event('input', {bubbles: true}))
  })
}

beforeAll(async () => {
  const {output, file} = await toPlainHtml(page)
  expect(file.messages).toEqual([])
  document.body.innerHTML = output
  await import('../../src/browser/self-check.js')
})

describe('the self-check script in a DOM', () => {
  it('marks the page as enhanced', () => {
    expect(document.documentElement.hasAttribute('data-rnn-self-check')).toBe(true)
  })

  it('asks for a choice, names the mistake of a wrong one and confirms the right one', () => {
    const {choice} = forms()
    const status = choice.querySelector('.rnn-quiz-status')
    expect(check(choice)).toMatch(/choose|wähle|pick/i)
    const radios = choice.querySelectorAll<HTMLInputElement>('input.rnn-quiz-radio')
    expect(radios).toHaveLength(4)
    radios[3]?.click()
    expect(status?.textContent).toBe('')
    expect(check(choice)).toBe('Not this one: the right numbers in the wrong order.')
    expect(status?.hasAttribute('data-rnn-right')).toBe(false)
    radios[1]?.click()
    expect(check(choice)).toBe('Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.')
    expect(status?.hasAttribute('data-rnn-right')).toBe(true)
  })

  it('reads a typed number: nothing, a decimal, a mistake, another number, the key', () => {
    const {number} = forms()
    expect(check(number)).not.toBe('')
    type(number, '7.2')
    expect(check(number)).toMatch(/whole number/)
    type(number, '60')
    expect(check(number)).toBe('60: the recurrent bias forgotten.')
    type(number, '1,000')
    const hint = check(number)
    expect(hint).not.toMatch(/72/)
    expect(hint).not.toBe('')
    type(number, '72')
    expect(check(number)).toMatch(/^Right/)
  })

  it('names the right numbers in any order, not only reversed', () => {
    const three = document.querySelectorAll<HTMLFormElement>('form[data-rnn-quiz="number"]')[1]
    if (!three) throw new Error('no second number question')
    // input 12, recurrent 20, output 10.
    type(three, '10', '20', '12')
    expect(check(three)).toBe('10, 20, 12: the right numbers in the wrong order.')
    type(three, '20', '12', '10')
    expect(check(three)).toBe('Not this one: the right numbers in the wrong order.')
    type(three, '12', '10', '20')
    expect(check(three)).toBe('Not this one: the right numbers in the wrong order.')
    type(three, '12', '20', '11')
    expect(check(three)).toMatch(/^Not the count\. /)
    type(three, '12', '20', '10')
    expect(check(three)).toMatch(
      /^Right: input = 3 · 4 = 12; recurrent = 4 · 4 \+ 4 = 20; output = /
    )
  })

  it('says of each field of a several-number question whether its number is right', () => {
    const [single, three] = document.querySelectorAll<HTMLFormElement>(
      'form[data-rnn-quiz="number"]'
    )
    if (!single || !three) throw new Error('no number questions')
    // One number: the status line says it all, the field carries no key.
    expect(single.querySelector('input[data-rnn-key]')).toBeNull()
    const fields = Array.from(three.querySelectorAll<HTMLInputElement>('input.rnn-quiz-number'))
    const notes = fields.map((field) => {
      const note = three.querySelector(`#${field.getAttribute('aria-describedby')}`)
      if (!note) throw new Error('a field without its note')
      return note
    })
    const marks = () =>
      fields.map((field, index) => [field.getAttribute('aria-invalid'), notes[index]?.textContent])
    type(three, '12', '21', '10')
    check(three)
    expect(marks()).toEqual([
      [null, 'right'],
      ['true', 'not this number'],
      [null, 'right']
    ])
    // A changed answer clears the marks until the next Check.
    type(three, '12', '20', '')
    expect(marks()).toEqual([
      [null, ''],
      [null, ''],
      [null, '']
    ])
    // An empty field is not marked; the others still are.
    check(three)
    expect(marks()).toEqual([
      [null, 'right'],
      [null, 'right'],
      [null, '']
    ])
  })

  it('copes with forms written by hand: no separator, no feedback, no status line', () => {
    const hand = document.createElement('div')
    hand.innerHTML = [
      '<form class="rnn-quiz-form" data-rnn-quiz="number"><input class="rnn-quiz-number" value="1 234">',
      '<p class="rnn-quiz-status"></p><div class="rnn-quiz-feedback" data-rnn-values="1234" hidden><p>Yes</p></div></form>',
      '<form class="rnn-quiz-form" data-rnn-quiz="choice"><span><input type="radio" class="rnn-quiz-radio" checked></span>',
      '<p class="rnn-quiz-status"></p></form>',
      '<form class="rnn-quiz-form" data-rnn-quiz="choice"></form>'
    ].join('')
    document.body.append(hand)
    const [number, choice, bare] = hand.querySelectorAll('form')
    // Without data-rnn-separator the usual separators still read.
    expect(check(number!)).toBe('Yes')
    // A chosen option without feedback says nothing, and says it as not right.
    expect(check(choice!)).toBe('')
    expect(choice!.querySelector('.rnn-quiz-status')?.hasAttribute('data-rnn-right')).toBe(false)
    // Without a status line there is nowhere to answer: the form submits as forms do.
    const event = new Event('submit', {bubbles: true, cancelable: true})
    bare!.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    // Events that come from no element (the document itself) are ignored.
    expect(() => document.dispatchEvent(new Event('input'))).not.toThrow()
    hand.remove()
  })

  it('leaves a form that is not a quiz alone', () => {
    const other = document.createElement('form')
    document.body.append(other)
    const event = new Event('submit', {bubbles: true, cancelable: true})
    other.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
  })
})
