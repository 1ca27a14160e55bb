import {Window} from 'happy-dom'

/**
 * What Canvas makes of a QTI 1.2 package in its own dialect, replayed from
 * reading canvas-lms (its QTI export in lib/cc/qti/ and the importer in
 * gems/plugins/qti_exporter/lib/qti/): the question type and points from
 * the item's metadata, the answers from the `response_label`s, an answer's
 * weight from the condition that sets SCORE on matching its id, an
 * answer's comment from the `itemfeedback` its condition displays, and the
 * question's comments from `itemfeedback`s named `correct_fb`,
 * `general_incorrect_fb` and `general_fb`. Question groups are sections
 * with `selection_number`. Nothing here is Canvas's code.
 */

export interface CanvasAnswer {
  readonly id: string
  readonly html: string
  readonly weight: number
  /** The comment shown for this answer, as HTML. */
  readonly comments: string | undefined
  /** A numerical answer's exact value. */
  readonly exact?: number
}

export interface CanvasQuestion {
  readonly ident: string
  readonly name: string
  readonly type: string
  readonly points: number
  readonly text: string
  readonly answers: readonly CanvasAnswer[]
  readonly correctComments: string | undefined
  readonly incorrectComments: string | undefined
  readonly neutralComments: string | undefined
}

export interface CanvasGroup {
  readonly name: string
  readonly pick: number
  readonly pointsPerItem: number
  readonly questions: readonly CanvasQuestion[]
}

/** The quiz: loose questions and groups, in order. */
export type CanvasEntry =
  | {readonly kind: 'question'; readonly question: CanvasQuestion}
  | {readonly kind: 'group'; readonly group: CanvasGroup}

function parse(xml: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document
}

// happy-dom's selectors do not take QTI's underscored names: walk by tag name instead.
const all = (node: Element | Document, name: string) => [...node.getElementsByTagName(name)]
const kids = (node: Element, name: string) =>
  [...node.children].filter((child) => child.tagName === name)
/** The first element down a path of descendants, as a CSS descendant selector finds it. */
function first(node: Element | Document, ...path: string[]): Element | undefined {
  const [head, ...rest] = path
  if (head === undefined) return node as Element
  for (const found of all(node, head)) {
    const deeper = first(found, ...rest)
    if (deeper) return deeper
  }
  return undefined
}
const text = (node: Element | undefined) => node?.textContent ?? undefined

function metadata(item: Element, label: string): string | undefined {
  for (const field of all(item, 'qtimetadatafield'))
    if (text(first(field, 'fieldlabel')) === label) return text(first(field, 'fieldentry'))
  return undefined
}

/** An itemfeedback's HTML (mattext holds it as escaped text). */
function feedback(item: Element, ident: string | undefined | null): string | undefined {
  if (!ident) return undefined
  for (const node of kids(item, 'itemfeedback'))
    if (node.getAttribute('ident') === ident)
      return text(first(node, 'flow_mat', 'material', 'mattext'))
  return undefined
}

function question(item: Element): CanvasQuestion {
  const type = metadata(item, 'question_type') ?? ''
  const conditions = all(item, 'resprocessing').flatMap((node) => kids(node, 'respcondition'))
  const matching = (id: string) =>
    conditions.filter((condition) =>
      all(condition, 'varequal').some((equal) => equal.textContent?.trim() === id)
    )
  const answerOf = (id: string, html: string, exact?: number): CanvasAnswer => {
    const rules = matching(id)
    const scored = rules.some((rule) =>
      all(rule, 'setvar').some(
        (node) => node.getAttribute('varname') === 'SCORE' && Number(node.textContent) > 0
      )
    )
    const linked = rules
      .flatMap((rule) => all(rule, 'displayfeedback'))
      .map((node) => node.getAttribute('linkrefid'))
      .find((ref) => ref !== null && /^\d+_fb$/.test(ref))
    return {
      id,
      html,
      // Canvas takes every answer of a numerical question as right.
      weight: type === 'numerical_question' || scored ? 100 : 0,
      comments: feedback(item, linked),
      ...(exact === undefined ? {} : {exact})
    }
  }
  const labels = all(item, 'response_lid').flatMap((lid) => all(lid, 'response_label'))
  const answers =
    type === 'numerical_question'
      ? conditions
          .map((condition) => first(condition, 'conditionvar', 'or', 'varequal'))
          .filter((equal) => equal !== undefined)
          .map((equal) => answerOf(equal.textContent ?? '', '', Number(equal.textContent)))
      : labels.map((label) =>
          answerOf(
            label.getAttribute('ident') ?? '',
            text(first(label, 'material', 'mattext')) ?? ''
          )
        )
  return {
    ident: item.getAttribute('ident') ?? '',
    name: item.getAttribute('title') ?? '',
    type,
    points: Number(metadata(item, 'points_possible')),
    text: text(first(kids(item, 'presentation')[0] as Element, 'material', 'mattext')) ?? '',
    answers,
    correctComments: feedback(item, 'correct_fb'),
    incorrectComments: feedback(item, 'general_incorrect_fb'),
    neutralComments: feedback(item, 'general_fb')
  }
}

/** The quiz the assessment imports as: its root section's items and groups. */
export function canvasImport(xml: string): CanvasEntry[] {
  const document = parse(xml)
  const root = first(document, 'questestinterop', 'assessment', 'section')
  if (!root) throw new Error('no root section')
  return [...root.children].flatMap((child): CanvasEntry[] => {
    if (child.tagName === 'item') return [{kind: 'question', question: question(child)}]
    if (child.tagName !== 'section') return []
    return [
      {
        kind: 'group',
        group: {
          name: child.getAttribute('title') ?? '',
          pick: Number(text(first(child, 'selection_ordering', 'selection_number'))),
          pointsPerItem: Number(text(first(child, 'selection_ordering', 'points_per_item'))),
          questions: kids(child, 'item').map(question)
        }
      }
    ]
  })
}
