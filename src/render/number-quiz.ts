import type {BlockContent, ListItem} from 'mdast'
import type {Breakdown, MistakenValues} from '../core/index.js'
import {answerValues, explainAsked} from '../core/index.js'
import {formatCount} from './number-format.js'
import type {QuizSolutionSettings} from './quiz.js'
import {captionedList, formatValues, numberMistakeText} from './quiz.js'
import {solutionContent} from './solution.js'
import {fillTemplate} from './strings.js'

/**
 * The answer of a number question: the right numbers and how they come
 * about, the numbers typical mistakes give and what each mistake is, then
 * the worked solution's parts.
 */
export function numberSolutionContent(
  breakdown: Breakdown,
  ask: readonly string[],
  mistakes: readonly MistakenValues[],
  settings: QuizSolutionSettings
): BlockContent[] {
  const {strings, format} = settings
  const values = formatValues(answerValues(breakdown, ask), format)
  const answer: BlockContent = {
    type: 'paragraph',
    children: [
      {
        type: 'strong',
        children: [{type: 'text', value: fillTemplate(strings.quizNumberAnswer, {values})}]
      },
      {
        type: 'text',
        value: `: ${explainAsked(breakdown, ask, '; ', (value) => formatCount(value, format))}.`
      }
    ]
  }

  const items = mistakes.map(
    (entry): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'strong', children: [{type: 'text', value: formatValues(entry.values, format)}]},
            {type: 'text', value: `: ${numberMistakeText(entry, strings)}`}
          ]
        }
      ]
    })
  )
  return [
    answer,
    ...captionedList(strings.quizMistakes, items),
    ...solutionContent(breakdown, settings)
  ]
}
