import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {describe, expect, it} from 'vitest'
import {toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

const choice =
  ':::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=B}\nHow many input and recurrent parameters?\n\n- 16, 9\n- 12, 20\n- 9, 16\n- 20, 12\n:::\n'
const number = '::rnn-quiz[How many?]{inputs=3 units=4 ask="rnn recurrent-bias" type=number}\n'

async function html(markdown: string, options = {}) {
  const {output, file} = await toPlainHtml(markdown, options)
  expect(file.messages).toEqual([])
  return fromHtml(output, {fragment: true})
}

const attribute = (node: Element | undefined, name: string) => node?.properties[name]

describe('the self-check form', () => {
  it('makes a choice quiz a fieldset with its question as legend and a labelled radio per option', async () => {
    const tree = await html(choice, {solutions: 'collapse'})
    const form = select('div.rnn-quiz > form.rnn-quiz-form', tree)
    expect(attribute(form, 'dataRnnQuiz')).toBe('choice')
    expect(toText(select('fieldset > legend', tree)!)).toBe(
      'How many input and recurrent parameters?'
    )
    const radios = selectAll('input[type="radio"]', tree)
    expect(radios.map((radio) => attribute(radio, 'value'))).toEqual(['A', 'B', 'C', 'D'])
    expect(new Set(radios.map((radio) => attribute(radio, 'name'))).size).toBe(1)
    const labels = selectAll('label', tree)
    expect(labels.map((label) => [attribute(label, 'htmlFor'), toText(label)])).toEqual(
      radios.map((radio, index) => [
        [attribute(radio, 'id')],
        `${'ABCD'[index]}. ${['16, 9', '12, 20', '9, 16', '20, 12'][index]}`
      ])
    )
    // No list bullets: the options are not a list any more.
    expect(selectAll('ul.rnn-quiz-options, ol.rnn-quiz-options', tree)).toEqual([])
    const feedback = selectAll('.rnn-quiz-option > .rnn-quiz-feedback', tree)
    expect(feedback.map((line) => [toText(line), 'dataRnnRight' in line.properties])).toEqual([
      ['Not this one: not a count of this network.', false],
      ['Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.', true],
      ['Not this one: not a count of this network.', false],
      ['Not this one: the right numbers in the wrong order.', false]
    ])
    expect(toText(select('button.rnn-quiz-check', tree)!)).toBe('Check')
    const status = select('.rnn-quiz-status', tree)
    expect([attribute(status, 'role'), attribute(status, 'ariaLive')]).toEqual(['status', 'polite'])
    // The answer stays folded after the form.
    expect(select('form + details.rnn-solution > summary', tree)).toBeDefined()
  })

  it('gives each quiz of a page its own ids and the stylesheet to the first only', async () => {
    const tree = await html(`${choice}\n${choice}\n${number}`)
    const forms = selectAll('form.rnn-quiz-form', tree)
    expect(forms.map((form) => attribute(form, 'id'))).toEqual([
      'rnn-quiz-1',
      'rnn-quiz-2',
      'rnn-quiz-3'
    ])
    expect(forms.map((form) => selectAll('style', form).length)).toEqual([1, 0, 0])
    const ids = selectAll('[id]', tree).map((node) => attribute(node, 'id'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives a number question a labelled field per asked quantity and the feedback the script picks from', async () => {
    const tree = await html(number)
    const fields = selectAll('input.rnn-quiz-number', tree)
    expect(
      fields.map((field) => [attribute(field, 'type'), attribute(field, 'inputMode')])
    ).toEqual([
      ['text', 'numeric'],
      ['text', 'numeric']
    ])
    expect(selectAll('.rnn-quiz-entry > label', tree).map((label) => toText(label))).toEqual([
      'Without the output layer',
      'Recurrent bias'
    ])
    const lines = selectAll('.rnn-quiz-feedback[data-rnn-values]', tree)
    expect(lines.map((line) => attribute(line, 'dataRnnValues'))).toContain('32 4')
    expect(toText(lines[0]!)).toBe('Right: rnn = 12 + 20 = 32; recurrent-bias = 4.')
    expect(lines.find((line) => attribute(line, 'dataRnnValues') === '28 0')).toBeDefined()
    expect(select('.rnn-quiz-feedback[data-rnn-hint]', tree)).toBeDefined()
    expect(select('.rnn-quiz-feedback[data-rnn-whole]', tree)).toBeDefined()
  })

  it('gives nothing away in student builds: no feedback, no Check, no numbers', async () => {
    for (const markdown of [choice, number]) {
      const tree = await html(markdown, {solutions: 'hide'})
      expect(select('form.rnn-quiz-form fieldset', tree)).toBeDefined()
      expect(
        selectAll('.rnn-quiz-feedback, button, .rnn-quiz-status, .rnn-solution', tree)
      ).toEqual([])
      expect(toText(tree)).not.toMatch(/12, 20.*Right|Right|32/)
    }
  })

  it('makes a legend of its own when the question starts with something else than a paragraph', async () => {
    const tree = await html(
      ':::rnn-quiz{inputs=3 units=4 ask=rnn type=number}\n```\nLSTM(4)\n```\n\nHow many?\n:::\n'
    )
    expect(toText(select('fieldset > legend', tree)!)).toBe('Question')
    expect(toText(select('fieldset > pre', tree)!)).toBe('LSTM(4)\n')
  })

  it('writes Markdown as before the form', async () => {
    const {output} = await toMarkdown(choice)
    expect(output).toMatch(
      /^How many input and recurrent parameters\?\n\n\* \*\*A\.\*\* 16, 9\n\* \*\*B\.\*\* 12, 20\n/
    )
    expect(output).not.toMatch(/Not this one|Right:|Check/)
  })
})
