import type {List, ListItem, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node} from 'unist'
import {readOptionNumbers} from '../core/index.js'
import {readBoolean} from '../core/read-value.js'
import type {OptionContent} from '../render/index.js'
import {optionIndex, optionLetter} from '../render/index.js'
import type {Problem} from './report.js'
import {valueProblem} from './report.js'

/**
 * `remember=false` on a quiz: the page keeps no answer of it across reloads
 * (the default is to keep it, in the browser's own storage). Anything but
 * `true` or `false` is an `invalid-boolean` with a suggestion.
 */
export function readRemember(
  value: string | undefined,
  node: Node
): {ok: true; remember: boolean} | {ok: false; problems: Problem[]} {
  if (value === undefined) return {ok: true, remember: true}
  const reading = readBoolean('remember', value)
  if (reading.ok) return {ok: true, remember: reading.value}
  return {ok: false, problems: [valueProblem(reading.problem, node, 'remember')]}
}

/** An author's option: what it says (for display, every block of it) and the numbers it states. */
export interface AuthorOption {
  readonly content: OptionContent
  readonly values: readonly number[]
}

export type OptionsReading =
  | {readonly ok: true; readonly list: List | undefined; readonly options: AuthorOption[]}
  | {readonly ok: false; readonly problems: Problem[]}

/** What a quiz holds: the author's content (a container's children; a leaf's label has no list). */
export interface QuizBody {
  readonly children: readonly RootContent[]
}

/** The options are the last list inside a quiz's content. */
export function optionList(node: QuizBody): List | undefined {
  return node.children.findLast((child): child is List => child.type === 'list')
}

/**
 * An option's numbers are read from its first paragraph only; what follows
 * (an explanation, a list, code, math) is shown as written.
 */
function itemContent(item: ListItem): {content: OptionContent; text: string} {
  const [first, ...rest] = item.children as RootContent[]
  if (first?.type === 'paragraph')
    return {
      content: {first: first.children, rest: rest as ListItem['children']},
      text: toString(first).trim()
    }
  // MyST keeps a tight list item's text without a paragraph around it.
  const phrasing = item.children as RootContent[]
  if (phrasing.length > 0 && phrasing.every((child) => isPhrasing(child))) {
    return {content: {first: phrasing as PhrasingContent[], rest: []}, text: toString(item).trim()}
  }

  return {content: {first: [], rest: item.children}, text: ''}
}

const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'inlineMath',
  'link',
  'break',
  'delete',
  'html',
  'image',
  'mystRole',
  'abbreviation',
  'subscript',
  'superscript',
  'underline',
  'smallcaps'
])

function isPhrasing(node: RootContent): boolean {
  return phrasingTypes.has(node.type)
}

/** Read every option's numbers; each unreadable one is a problem at its own list item. */
export function readOptions(node: QuizBody, asked: number): OptionsReading {
  const list = optionList(node)
  if (!list) return {ok: true, list, options: []}
  const problems: Problem[] = []
  const options: AuthorOption[] = []
  for (const [index, item] of list.children.entries()) {
    const {content, text} = itemContent(item)
    const reading =
      text === '' ? {ok: false as const, reason: 'is empty.'} : readOptionNumbers(text, asked)
    if (reading.ok) {
      options.push({content, values: reading.values})
    } else {
      problems.push({
        ruleId: 'unreadable-option',
        reason: `Option ${optionLetter(index)}: ${text !== '' ? reading.reason : item.children.length === 0 ? 'this option is empty.' : 'this option has no first paragraph to read its numbers from.'}`,
        // The option's text where it has one: what the author fixes.
        node:
          item.children[0]?.type === 'paragraph' && item.children[0].position
            ? item.children[0]
            : item
      })
    }
  }

  return problems.length > 0 ? {ok: false, problems} : {ok: true, list, options}
}

/** Read `answer=B`, `answer=b`, `answer=AA` or `answer=2` as a 0-based index. */
export function readKey(answer: string): number | undefined {
  const letters = optionIndex(answer)
  if (letters !== undefined) return letters
  if (/^\d{1,6}$/.test(answer) && Number(answer) >= 1) return Number(answer) - 1
  return undefined
}
