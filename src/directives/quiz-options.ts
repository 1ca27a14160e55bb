import type {List, ListItem, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {readOptionNumbers} from '../core/index.js'
import type {Problem} from './report.js'

/** An author's option: what it says (for display) and the numbers it states. */
export interface AuthorOption {
  readonly content: PhrasingContent[]
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

function itemContent(item: ListItem): PhrasingContent[] {
  const first = item.children[0] as RootContent | undefined
  if (first?.type === 'paragraph') return first.children
  // MyST keeps a tight list item's text without a paragraph around it.
  const phrasing = item.children as RootContent[]
  if (phrasing.length > 0 && phrasing.every((child) => isPhrasing(child))) return phrasing as PhrasingContent[]
  return [{type: 'text', value: toString(item)}]
}

const phrasingTypes = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'inlineMath', 'link', 'break', 'delete', 'html', 'image', 'mystRole', 'abbreviation', 'subscript', 'superscript', 'underline', 'smallcaps'])

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
    const text = toString(item).trim()
    const reading = text === '' ? {ok: false as const, reason: 'is empty.'} : readOptionNumbers(text, asked)
    if (reading.ok) {
      options.push({content: itemContent(item), values: reading.values})
    } else {
      problems.push({
        ruleId: 'unreadable-option',
        reason: `Option ${String.fromCharCode(65 + index)}: ${text === '' ? 'this option is empty.' : reading.reason}`,
        node: item
      })
    }
  }

  return problems.length > 0 ? {ok: false, problems} : {ok: true, list, options}
}

/** Read `answer=B`, `answer=b` or `answer=2` as a 0-based index. */
export function readKey(answer: string): number | undefined {
  if (/^[a-z]$/i.test(answer)) return answer.toUpperCase().charCodeAt(0) - 65
  if (/^\d+$/.test(answer) && Number(answer) >= 1) return Number(answer) - 1
  return undefined
}
