import {Window} from 'happy-dom'

/**
 * What Canvas makes of a QTI 2.1 package, replayed from reading canvas-lms's
 * importer (gems/plugins/qti_exporter/lib/qti/: assessment_test_converter,
 * assessment_item_converter, choice_interaction). Nothing here is its code:
 * - a visible section with a title becomes a text-only question; a section
 *   with `selection` a question group picking that many;
 * - a choice's weight and comment come from the `responseIf`/`responseElseIf`
 *   matching its identifier: SCORE set above 0 makes it right, and the first
 *   FEEDBACK it sets (as `multiple(variable FEEDBACK, baseValue id)`), unless
 *   that id looks general, names the modalFeedback whose first `p` or `div`
 *   is its comment; `correctResponse` makes a choice right too;
 * - the question's comments are the modalFeedbacks whose ids match
 *   `wrong|incorrect|_IC$` (incorrect), `correct|_C$` (correct),
 *   `general_|_all` (neutral).
 */

export interface ImportedChoice {
  readonly id: string
  readonly weight: number
  readonly comments: string | undefined
}

export interface ImportedItem {
  readonly choices: readonly ImportedChoice[]
  readonly correctComments: string | undefined
  readonly incorrectComments: string | undefined
  readonly neutralComments: string | undefined
}

export type ImportedTestEntry =
  | {readonly kind: 'text_only'; readonly text: string}
  | {readonly kind: 'question'; readonly href: string}
  | {readonly kind: 'group'; readonly pick: number; readonly hrefs: readonly string[]}

function parse(xml: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document
}

const all = (node: Element | Document, name: string) => [...node.getElementsByTagName(name)]
const kids = (node: Element, name: string) =>
  [...node.children].filter((child) => child.tagName === name)

const generalId = /general_|_all|wrong|incorrect|correct|(_IC$)|(_C$)/i

function feedbackId(rule: Element): string | undefined {
  const set = all(rule, 'setOutcomeValue').find(
    (node) => node.getAttribute('identifier') === 'FEEDBACK'
  )
  if (!set) return undefined
  const refersToItself = all(set, 'variable').some(
    (node) => node.getAttribute('identifier') === 'FEEDBACK'
  )
  const value = all(set, 'baseValue').find((node) => node.getAttribute('baseType') === 'identifier')
  if (!refersToItself || !value) return undefined
  const id = value.textContent?.trim() ?? ''
  return generalId.test(id) ? undefined : id
}

function weight(rule: Element): number {
  const score = all(rule, 'setOutcomeValue').find(
    (node) => node.getAttribute('identifier') === 'SCORE'
  )
  const value = score ? kids(score, 'baseValue')[0] : undefined
  return value && Number(value.textContent) > 0 ? 100 : 0
}

/** A QTI 2.1 choice item as Canvas imports it. */
export function canvasImportChoiceItem(xml: string): ImportedItem {
  const document = parse(xml)
  const feedbacks = all(document, 'modalFeedback')
  const firstBlock = (id: string | undefined) => {
    const feedback = feedbacks.find((node) => node.getAttribute('identifier') === id)
    const block = feedback ? (all(feedback, 'p')[0] ?? all(feedback, 'div')[0]) : undefined
    return block?.innerHTML
  }
  const choices = new Map<string, {weight: number; feedback: string | undefined}>()
  for (const choice of all(document, 'simpleChoice'))
    choices.set(choice.getAttribute('identifier') ?? '', {weight: 0, feedback: undefined})
  for (const condition of all(document, 'responseCondition')) {
    for (const rule of [...kids(condition, 'responseIf'), ...kids(condition, 'responseElseIf')]) {
      const match = all(rule, 'match')[0]
      const id = match
        ? all(match, 'baseValue').find((node) => node.getAttribute('baseType') === 'identifier')
        : undefined
      const choice = id ? choices.get(id.textContent?.trim() ?? '') : undefined
      if (!choice) continue
      choice.weight = weight(rule)
      choice.feedback ??= feedbackId(rule)
    }
  }
  for (const value of all(document, 'correctResponse').flatMap((node) => kids(node, 'value'))) {
    const choice = choices.get(value.textContent ?? '')
    if (choice) choice.weight = 100
  }
  const comment = (pattern: RegExp, not?: RegExp) =>
    feedbacks
      .filter((node) => {
        const id = node.getAttribute('identifier') ?? ''
        return pattern.test(id) && !not?.test(id)
      })
      .map((node) => node.innerHTML)
      .at(-1)
  return {
    choices: [...choices].map(([id, choice]) => ({
      id,
      weight: choice.weight,
      comments: firstBlock(choice.feedback)
    })),
    incorrectComments: comment(/wrong|incorrect|(_IC$)/i),
    correctComments: comment(/correct|(_C$)/i, /wrong|incorrect|(_IC$)/i),
    neutralComments: comment(/general_|_all/i, /wrong|incorrect|(_IC$)|correct|(_C$)/i)
  }
}

function section(node: Element): ImportedTestEntry[] {
  const entries: ImportedTestEntry[] = []
  const title = node.getAttribute('title')
  if (/true/i.test(node.getAttribute('visible') ?? '') && title)
    entries.push({kind: 'text_only', text: title})
  const selection = kids(node, 'selection')[0]
  const refs = kids(node, 'assessmentItemRef').map((ref) => ref.getAttribute('href') ?? '')
  if (selection)
    entries.push({kind: 'group', pick: Number(selection.getAttribute('select')), hrefs: refs})
  else entries.push(...refs.map((href): ImportedTestEntry => ({kind: 'question', href})))
  for (const child of kids(node, 'assessmentSection')) entries.push(...section(child))
  return entries
}

/** A QTI 2.1 assessmentTest as Canvas's quiz: text-only questions, questions and groups. */
export function canvasImportTest(xml: string): ImportedTestEntry[] {
  const document = parse(xml)
  return all(document, 'testPart').flatMap((part) =>
    kids(part, 'assessmentSection').flatMap(section)
  )
}
