import type {RnnHtml} from './nodes.js'
import type {NumberEntry} from './quiz-form.js'
import {htmlElement} from './quiz-form.js'
import type {SolutionStrings} from './strings.js'

/**
 * A number question's entry field: its label and text input. Given its
 * key (a question asking several numbers), the field carries it and a note
 * tied to it by `aria-describedby`, where the self-check script says
 * whether this number is right (a wrong one also gets `aria-invalid`).
 */
export function numberEntryField(
  entry: NumberEntry,
  field: string,
  key: number | undefined,
  strings: SolutionStrings
): RnnHtml {
  const note = `${field}-note`
  const checked =
    key === undefined
      ? []
      : [
          htmlElement('span', {
            id: note,
            className: ['rnn-quiz-field-note'],
            dataRnnRight: strings.quizFieldRight,
            dataRnnWrong: strings.quizFieldWrong
          })
        ]
  return {
    type: 'rnnHtml',
    form: true,
    children: [
      {
        type: 'paragraph',
        children: [{type: 'text', value: entry.label}],
        data: {hName: 'label', hProperties: {htmlFor: [field]}}
      },
      htmlElement('input', {
        type: 'text',
        id: field,
        name: field,
        inputMode: 'numeric',
        autoComplete: 'off',
        spellCheck: 'false',
        className: ['rnn-quiz-number'],
        ...(key === undefined ? {} : {dataRnnKey: String(key), ariaDescribedBy: [note]})
      }),
      ...checked
    ],
    data: {hName: 'div', hProperties: {className: ['rnn-quiz-entry']}}
  }
}
