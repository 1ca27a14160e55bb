import type {BlockContent, ListItem} from 'mdast'
import type {CodeBreakdown} from '../core/code/index.js'
import {codeDerivationLatex} from './code-derivation.js'
import {codeSolutionTable} from './code-table.js'
import {displayMath} from './math-nodes.js'
import type {QuizSolutionSettings} from './quiz.js'
import {captionedList, formatValues} from './quiz.js'
import {fillTemplate} from './strings.js'

/** A number of a quiz on code that is not the answer, with what it stands for. */
export interface CodeWrongAnswer {
  readonly values: readonly number[]
  readonly text: string
}

/**
 * The answer of a quiz on a model read from code, options named by their
 * numbers: the right numbers with how they come about, what each other
 * number stands for, then the model's table and derivation.
 */
export function codeQuizSolutionContent(
  code: CodeBreakdown,
  key: readonly number[],
  work: string,
  wrong: readonly CodeWrongAnswer[],
  settings: QuizSolutionSettings
): BlockContent[] {
  const {strings, format} = settings
  const item = (values: readonly number[], text: string): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          {type: 'strong', children: [{type: 'text', value: formatValues(values, format)}]},
          {type: 'text', value: `: ${text}`}
        ]
      }
    ]
  })
  return [
    {
      type: 'paragraph',
      children: [
        {
          type: 'strong',
          children: [
            {
              type: 'text',
              value: fillTemplate(strings.quizNumberAnswer, {values: formatValues(key, format)})
            }
          ]
        },
        {type: 'text', value: `: ${work}.`}
      ]
    },
    ...captionedList(
      strings.quizWhyNot,
      wrong.map((answer) => item(answer.values, answer.text))
    ),
    codeSolutionTable(code, format, strings.code),
    displayMath(codeDerivationLatex(code, format, strings.code))
  ]
}
