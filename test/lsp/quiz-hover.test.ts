import {describe, expect, it} from 'vitest'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {hoverAt} from '../../src/lsp/hover.js'
import {goodPage} from './fixtures.js'

// Hover says what the build recorded for a quiz (directive-record.ts), never
// a judgement of its own: a record changed after the build shows as changed.

const hoverValue = (analysis: ReturnType<typeof analysePage>, offset: number) =>
  (hoverAt(analysis, offset)?.contents as {value: string} | undefined)?.value

describe('hovering a quiz', () => {
  const analysis = analysePage(goodPage, 'lesson.md', {})
  const at = goodPage.indexOf(':::rnn-quiz') + 1
  const index = analysis.directives.findIndex((node) => node.name === 'rnn-quiz')

  it('renders the verdict the build recorded, not one worked out again', () => {
    const record = analysis.records[index]
    const quiz = record?.quiz
    if (!quiz || typeof quiz.options === 'string') throw new Error('the quiz has no judged options')
    expect(hoverValue(analysis, at)).toContain('**Answer B** (20, 30)')
    const doctored = {
      ...analysis,
      records: analysis.records.map((each, place) =>
        place === index
          ? {
              ...each,
              quiz: {
                ...quiz,
                answer: [40, 50],
                options: {...quiz.options, right: [2], key: 0}
              }
            }
          : each
      )
    }
    expect(hoverValue(doctored, at)).toContain(
      '**Answer C** (40, 50): input = 4 · 5 = 20, recurrent = 5 · 5 + 5 = 30. The key says A.'
    )
  })

  it('says nothing for a quiz the build recorded no verdict for', () => {
    const unjudged = {
      ...analysis,
      records: analysis.records.map((each, place) =>
        place === index ? {...each, quiz: undefined} : each
      )
    }
    expect(hoverAt(unjudged, at)).toBeUndefined()
  })

  it('gives a number question’s answer, without options', () => {
    const page = ':::rnn-quiz{inputs=4 units=5 ask=recurrent type=number}\nHow many?\n:::\n'
    expect(hoverValue(analysePage(page, 'page.md', {}), 1)).toMatch(
      /^\*\*Answer: 30\*\* \(recurrent = 5 · 5 \+ 5 = 30\)\.\n\n\*\*50 parameters/
    )
  })
})
