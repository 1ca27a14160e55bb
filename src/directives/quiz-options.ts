import type {List, ListItem, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node} from 'unist'
import {quote, readOptionNumbers} from '../core/index.js'
import {readBoolean} from '../core/read-value.js'
import type {NumberFormat, OptionContent} from '../render/index.js'
import {formatValues, optionIndex, optionLetter} from '../render/index.js'
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

/** Two options giving the same numbers: a student could not tell them apart. */
export function duplicateOptions(
  verdicts: readonly {readonly values: readonly number[]}[],
  node: Node
): Problem | undefined {
  const seen = new Map<string, number>()
  for (const [index, verdict] of verdicts.entries()) {
    const key = verdict.values.join(',')
    const first = seen.get(key)
    if (first !== undefined) {
      return {
        ruleId: 'duplicate-options',
        reason: `Options ${optionLetter(first)} and ${optionLetter(index)} both give ${verdict.values.join(', ')}; each option needs its own numbers.`,
        node
      }
    }

    seen.set(key, index)
  }

  return undefined
}

/** An option's verdict, whatever judges it: its numbers and whether they are right. */
export interface JudgedOption {
  readonly values: readonly number[]
  readonly correct: boolean
}

/**
 * How one form of quiz judges its options (the attribute form against a
 * network's count, the code form against a model read from code): the
 * reading of the options and the key is the same for both (checkOptions).
 */
export interface OptionJudge<V extends JudgedOption> {
  /** An option as an author writes one for this quiz, for the message of an `answer` without options: `- 12, 20`. */
  readonly example: string
  /** Options made from the count and its typical mistakes, for a quiz that lists none. */
  readonly generate: () => readonly V[]
  /** Each listed option's numbers judged against the count. */
  readonly judge: (values: ReadonlyArray<readonly number[]>) => V[]
  /** What is wrong with the judged options and a key that points at one of them (nothing when it points at the only right one). */
  readonly keyProblems: (verdicts: readonly V[], key: number) => Problem[]
}

/** What the options were found to be: generated, unreadable, or listed, judged, with the key they have. */
export type OptionsFound<V> = 'generated' | 'unreadable' | {verdicts: V[]; key: number | undefined}

/** A quiz's options read and judged, with the content the page shows; or the problems, with what was found. */
export type OptionsCheck<V> =
  | {
      readonly ok: true
      readonly verdicts: readonly V[]
      readonly options: OptionContent[]
      readonly found: OptionsFound<V>
    }
  | {readonly ok: false; readonly problems: Problem[]; readonly found: OptionsFound<V>}

/** Why `answer` names no option: there is none, it is no key, or it points beyond the options. */
function invalidKeyReason(answer: string | undefined, key: number | undefined, count: number) {
  if (answer === undefined)
    return 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
  if (key === undefined)
    return `${quote(`answer=${answer}`)} is not a key: use a letter (\`answer=B\`, after \`Z\` \`AA\`) or a number from 1 (\`answer=2\`).`
  return `${quote(`answer=${answer}`)} points beyond the ${count} options.`
}

/**
 * Read a choice quiz's options and key, for either form: each listed
 * option's numbers (for `ask`'s `asked` quantities), judged by `judge`, the
 * key checked against them, and no two options alike; or, where none are
 * listed and no `answer` is given, options generated by `judge`.
 */
export function checkOptions<V extends JudgedOption>(
  node: QuizBody & Node,
  asked: number,
  answer: string | undefined,
  judge: OptionJudge<V>,
  format: NumberFormat
): OptionsCheck<V> {
  const reading = readOptions(node, asked)
  if (!reading.ok) return {...reading, found: 'unreadable'}
  if (reading.options.length === 0) {
    if (answer !== undefined || reading.list)
      return {
        ok: false,
        found: 'generated',
        problems: [
          {
            ruleId: 'missing-options',
            reason: `This quiz has an \`answer\` but no options: list them inside the container (\`${judge.example}\`), or leave out \`answer\` to have options generated.`,
            node
          }
        ]
      }
    const verdicts = judge.generate()
    const options = verdicts.map(
      (verdict): OptionContent => ({
        first: [{type: 'text', value: formatValues(verdict.values, format)}],
        rest: []
      })
    )
    return {ok: true, verdicts, options, found: 'generated'}
  }

  const key = answer === undefined ? undefined : readKey(answer)
  const verdicts = judge.judge(reading.options.map((option) => option.values))
  const found = {verdicts, key}
  if (key === undefined || key >= verdicts.length) {
    const reason = invalidKeyReason(answer, key, verdicts.length)
    const at = answer === undefined ? undefined : ({attribute: 'answer', part: 'value'} as const)
    return {ok: false, found, problems: [{ruleId: 'invalid-key', reason, node, at}]}
  }

  // Two equal options are worth a message only once the key stands.
  const keyed = judge.keyProblems(verdicts, key)
  const duplicate = keyed.length > 0 ? undefined : duplicateOptions(verdicts, node)
  const problems = duplicate ? [duplicate] : keyed
  if (problems.length > 0) return {ok: false, problems, found}
  return {ok: true, verdicts, options: reading.options.map((option) => option.content), found}
}
