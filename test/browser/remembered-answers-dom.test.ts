// @vitest-environment happy-dom
// The page keeps a student's answers across reloads in the browser's own
// storage (per page and quiz), unless the quiz says remember=false.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {listenForChecks} from '../../src/browser/check-listener.js'
import {rememberAnswer, restoreAnswers} from '../../src/browser/remembered-answers.js'
import {toPlainHtml} from '../helpers/pipelines.js'

const page = `
:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" answer=B}
How many input and recurrent parameters?

- 12, 16
- 12, 20
- 20, 16
:::

:::rnn-quiz{inputs=3 units=4 outputs=2 ask="input, recurrent" type=number}
How many input and recurrent parameters?
:::

:::rnn-quiz{inputs=2 units=3 ask=rnn type=number remember=false}
How many parameters has the layer?
:::
`

let html = ''
let stop: () => void = () => {}

/** The page as a fresh visit finds it, its script listening. */
function visit(): HTMLFormElement[] {
  stop()
  document.body.innerHTML = html
  stop = listenForChecks(document)
  return Array.from(document.querySelectorAll<HTMLFormElement>('form.rnn-quiz-form'))
}

function type(field: HTMLInputElement, value: string): void {
  field.value = value
  field.dispatchEvent(new Event('input', {bubbles: true}))
}

const numbers = (form: HTMLFormElement | undefined) =>
  Array.from(form?.querySelectorAll<HTMLInputElement>('input.rnn-quiz-number') ?? [])

beforeEach(async () => {
  localStorage.clear()
  if (html === '') {
    const {output, file} = await toPlainHtml(page)
    expect(file.messages).toEqual([])
    html = output
  }
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('remembered answers', () => {
  it('keeps a chosen option and typed numbers across a reload, per page and quiz', () => {
    const [choice, two] = visit()
    const radios = choice?.querySelectorAll<HTMLInputElement>('input.rnn-quiz-radio')
    radios?.[1]?.click()
    type(numbers(two)[0] as HTMLInputElement, '12')
    type(numbers(two)[1] as HTMLInputElement, '21')
    expect(localStorage.getItem(`remark-rnn:${location.pathname}#${choice?.id}`)).toBe(
      JSON.stringify(['', 'checked', ''])
    )
    const [again, twoAgain] = visit()
    expect(
      Array.from(again?.querySelectorAll<HTMLInputElement>('input.rnn-quiz-radio') ?? []).map(
        (radio) => radio.checked
      )
    ).toEqual([false, true, false])
    expect(numbers(twoAgain).map((field) => field.value)).toEqual(['12', '21'])
  })

  it('keeps nothing of a quiz with remember=false', () => {
    const forms = visit()
    const off = forms[2] as HTMLFormElement
    expect(off.dataset.rnnRemember).toBe('false')
    type(numbers(off)[0] as HTMLInputElement, '33')
    expect(localStorage.length).toBe(0)
    expect(numbers(visit()[2]).map((field) => field.value)).toEqual([''])
  })

  it('ignores what it cannot read back: another shape, broken text, a form without id', () => {
    const [choice, two] = visit()
    localStorage.setItem(`remark-rnn:${location.pathname}#${choice?.id}`, '["checked"]')
    localStorage.setItem(`remark-rnn:${location.pathname}#${two?.id}`, '{not json')
    const [again, twoAgain] = visit()
    expect(again?.querySelector('input:checked')).toBeNull()
    expect(numbers(twoAgain).map((field) => field.value)).toEqual(['', ''])
    localStorage.setItem(`remark-rnn:${location.pathname}#${choice?.id}`, '{"a": 1}')
    expect(visit()[0]?.querySelector('input:checked')).toBeNull()
    const bare = document.createElement('form')
    bare.className = 'rnn-quiz-form'
    bare.innerHTML = '<input class="rnn-quiz-number" value="5">'
    rememberAnswer(bare)
    expect(localStorage.length).toBe(2)
    // A hand-written form without a status line is kept too, and nothing breaks.
    bare.id = 'by-hand'
    document.body.append(bare)
    type(bare.querySelector('input') as HTMLInputElement, '6')
    expect(localStorage.getItem(`remark-rnn:${location.pathname}#by-hand`)).toBe('["6"]')
  })

  it('does without storage where the browser refuses it', () => {
    const [, two] = visit()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota')
    })
    expect(() => type(numbers(two)[0] as HTMLInputElement, '12')).not.toThrow()
    vi.restoreAllMocks()
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('denied')
    })
    expect(() => restoreAnswers(document)).not.toThrow()
    expect(() => type(numbers(two)[0] as HTMLInputElement, '13')).not.toThrow()
  })
})

describe('remember=… on a quiz', () => {
  it('takes only true or false, suggesting the nearest', async () => {
    const {file} = await toPlainHtml(
      ':::rnn-quiz{inputs=2 units=3 ask=rnn type=number remember=flase}\n:::\n'
    )
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'invalid-boolean',
        '`remember` must be `true` or `false`, not `flase`. Did you mean `false`?'
      ]
    ])
    const far = await toPlainHtml(
      ':::rnn-quiz{inputs=2 units=3 ask=rnn type=number remember=sometimes}\n:::\n'
    )
    expect(far.file.messages.map((message) => message.ruleId)).toEqual(['invalid-boolean'])
    const on = await toPlainHtml(
      ':::rnn-quiz{inputs=2 units=3 ask=rnn type=number remember=true}\n:::\n'
    )
    expect(on.file.messages).toEqual([])
    expect(on.output).not.toContain('data-rnn-remember')
  })
})
