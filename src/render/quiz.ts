import type {BlockContent, List, ListItem, PhrasingContent} from 'mdast'
import type {Breakdown, MistakeKind, OptionVerdict} from '../core/index.js'
import {explainAsked} from '../core/index.js'
import type {DiagramPlacement} from './diagram/index.js'
import type {NumberFormat} from './number-format.js'
import {formatCount} from './number-format.js'
import type {SolutionPart} from './solution.js'
import {solutionContent} from './solution.js'
import type {SolutionStrings} from './strings.js'
import {fillTemplate} from './strings.js'
import {termLabel} from './term-label.js'

/** A caption paragraph and a tight bulleted list under it, or nothing when there are no items. */
export function captionedList(caption: string, items: readonly ListItem[]): BlockContent[] {
  if (items.length === 0) return []
  return [
    {type: 'paragraph', children: [{type: 'text', value: caption}]},
    {type: 'list', ordered: false, spread: false, children: [...items]}
  ]
}

/**
 * `A`, `B`, … `Z`, then `AA`, `AB`, … for 0, 1, …: the letters options are
 * keyed by (as spreadsheet columns), so a long list never runs into `[`.
 */
export function optionLetter(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }

  return letters
}

/** The 0-based index of `A`, `b`, `AA`…; undefined for anything else. */
export function optionIndex(letters: string): number | undefined {
  if (!/^[a-z]{1,3}$/i.test(letters)) return undefined
  let index = 0
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64)
  return index - 1
}

/**
 * `12, 20` with the page's thousands separator; `1,408; 912` where a comma
 * both groups digits and separates values, so an option is never ambiguous.
 */
export function formatValues(values: readonly number[], format: NumberFormat): string {
  const written = values.map((value) => formatCount(value, format))
  const clash = format.thousandsSeparator === ',' && written.some((value) => value.includes(','))
  return written.join(clash ? '; ' : ', ')
}

/** An option's content: its first paragraph, then any further blocks (paragraphs, lists, code, math). */
export interface OptionContent {
  readonly first: readonly PhrasingContent[]
  readonly rest: readonly ListItem['children'][number][]
}

/** The options as a list, each item led by its letter in bold, every block of it kept. */
export function quizOptionList(options: readonly OptionContent[]): List {
  const items = options.map(
    ({first, rest}, index): ListItem => ({
      type: 'listItem',
      spread: rest.length > 0,
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'strong', children: [{type: 'text', value: `${optionLetter(index)}.`}]},
            {type: 'text', value: ' '},
            ...first
          ]
        },
        ...rest
      ]
    })
  )
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    data: {hProperties: {className: ['rnn-quiz-options']}}
  }
}

/** What a number question's mistake is, in words: the most common mistake that gives its numbers. */
export function numberMistakeText(
  entry: {readonly mistakes: readonly MistakeKind[]},
  strings: SolutionStrings
): string {
  return strings.mistakes[entry.mistakes[0] ?? 'order-swapped']
}

/**
 * Why a wrong option is wrong, in one phrase: the most common mistake that
 * gives it (mistakes are listed most common first), else the one term it
 * equals (the output bias alone), else that it is no count of this network.
 */
export function wrongOptionReason(
  breakdown: Breakdown,
  ask: readonly string[],
  verdict: OptionVerdict,
  strings: SolutionStrings
): string {
  const [mistake] = verdict.mistakes
  if (mistake !== undefined) return strings.mistakes[mistake]
  const [value] = verdict.values
  // Of equal counts, a term of an asked group is the likelier slip (4 for `output` is its bias).
  const equal =
    verdict.values.length === 1
      ? breakdown.terms.filter((candidate) => candidate.count === value)
      : []
  const term = equal.find((candidate) => ask.includes(candidate.group)) ?? equal[0]
  if (term === undefined) return strings.quizNoMistake
  return fillTemplate(strings.quizOneTerm, {
    name: term.name,
    label: termLabel(term, strings, breakdown.description.units.length > 1)
  })
}

export interface QuizSolutionSettings {
  readonly parts: readonly SolutionPart[]
  readonly strings: SolutionStrings
  readonly format: NumberFormat
  readonly diagram?: DiagramPlacement | undefined
  /**
   * Name options by their numbers instead of their letters: an LMS that
   * shuffles options shows other letters than the page (default: letters).
   */
  readonly byValue?: boolean
}

/** `Answer: B` and ` (12, 20)`, or `Answer: 12, 20` alone where options are named by value. */
function answerLabel(
  key: number,
  values: readonly number[],
  settings: QuizSolutionSettings
): [string, string] {
  const {strings, format} = settings
  const written = formatValues(values, format)
  return settings.byValue
    ? [fillTemplate(strings.quizNumberAnswer, {values: written}), '']
    : [fillTemplate(strings.quizAnswer, {letter: optionLetter(key)}), ` (${written})`]
}

/**
 * The answer of a quiz: the key, how the right numbers come about, what
 * mistake each other option stands for, then the worked solution's parts.
 */
export function quizSolutionContent(
  breakdown: Breakdown,
  ask: readonly string[],
  verdicts: readonly OptionVerdict[],
  settings: QuizSolutionSettings
): BlockContent[] {
  const {strings, format} = settings
  const key = verdicts.findIndex((verdict) => verdict.correct)
  const right = verdicts[key]
  const [label, values] = answerLabel(key, right?.values ?? [], settings)
  const answer: BlockContent = {
    type: 'paragraph',
    children: [
      {type: 'strong', children: [{type: 'text', value: label}]},
      {
        type: 'text',
        value: `${values}: ${explainAsked(breakdown, ask, '; ', (value) => formatCount(value, format))}.`
      }
    ]
  }

  const others = verdicts.flatMap((verdict, index): ListItem[] =>
    verdict.correct
      ? []
      : [
          {
            type: 'listItem',
            spread: false,
            children: [
              {
                type: 'paragraph',
                children: [
                  {
                    type: 'strong',
                    children: [
                      {
                        type: 'text',
                        value: settings.byValue
                          ? formatValues(verdict.values, format)
                          : `${optionLetter(index)} (${formatValues(verdict.values, format)})`
                      }
                    ]
                  },
                  {type: 'text', value: `: ${wrongOptionReason(breakdown, ask, verdict, strings)}`}
                ]
              }
            ]
          }
        ]
  )

  return [
    answer,
    ...captionedList(strings.quizWhyNot, others),
    ...solutionContent(breakdown, settings)
  ]
}
