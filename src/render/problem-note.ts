import type {Element, ElementContent} from 'hast'
import type {List, PhrasingContent} from 'mdast'
import type {RnnHtml} from './nodes.js'

/** A message as phrasing: \`\` `units` must be at least 1\`\` → text and inline code, as the message writes it. */
function messagePhrasing(reason: string): PhrasingContent[] {
  return reason
    .split('`')
    .flatMap((part, index): PhrasingContent[] =>
      part === ''
        ? []
        : [index % 2 === 1 ? {type: 'inlineCode', value: part} : {type: 'text', value: part}]
    )
}

// What a reader of a built page sees of a broken directive: every message
// and its ruleId, on the page (not only in a tooltip), in HTML only. The
// style is inline and fixed so the note stands out on a site that loads no
// remark-rnn stylesheet; the classes let a site restyle it. The MyST
// adapter writes the same list as MyST nodes (without the style).

/** One message of a broken directive, as the note shows it. */
export interface NotedProblem {
  readonly reason: string
  readonly ruleId: string
}

const noteStyle = 'color:#b71c1c'

function ruleCode(problem: NotedProblem): PhrasingContent {
  return {
    type: 'inlineCode',
    value: problem.ruleId,
    data: {hProperties: {className: ['rnn-problem-rule']}}
  }
}

const noteProperties = () => ({className: ['rnn-problem-note'], style: noteStyle})

/** Below a broken block directive: one list item per message, ending in its ruleId (the MyST adapter's list). */
export function blockProblemNote(problems: readonly NotedProblem[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: problems.map((problem) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            ...messagePhrasing(problem.reason),
            {type: 'text', value: ' '},
            ruleCode(problem)
          ]
        }
      ]
    })),
    data: {hProperties: noteProperties()}
  }
}

const text = (value: string): ElementContent => ({type: 'text', value})

function code(value: string, className?: string): ElementContent {
  return {
    type: 'element',
    tagName: 'code',
    properties: className ? {className: [className]} : {},
    children: [text(value)]
  }
}

/** One message as HTML: its text and inline code, then its ruleId. */
function messageHtml(problem: NotedProblem): ElementContent[] {
  return [
    ...messagePhrasing(problem.reason).map((node) =>
      node.type === 'inlineCode' ? code(node.value) : text('value' in node ? node.value : '')
    ),
    text(' '),
    code(problem.ruleId, 'rnn-problem-rule')
  ]
}

/**
 * The same note in HTML only, for the remark plugin's broken block (the
 * element `blockProblemNote` becomes there): Markdown output writes the
 * directive back instead.
 */
export function blockProblemNoteHtml(problems: readonly NotedProblem[]): RnnHtml {
  const items = problems.flatMap((problem): ElementContent[] => [
    text('\n'),
    {type: 'element', tagName: 'li', properties: {}, children: messageHtml(problem)}
  ])
  return {
    type: 'rnnHtml',
    children: [],
    data: {hName: 'ul', hProperties: noteProperties(), hChildren: [...items, text('\n')]}
  }
}

/**
 * After a broken inline directive: its messages in one line, each ending in
 * its ruleId. Written as hast, since the inline node's own children are the
 * directive that Markdown output writes back.
 */
export function inlineProblemNote(problems: readonly NotedProblem[]): Element {
  const children = problems.flatMap((problem, index) => [
    text(index === 0 ? ' (' : '; '),
    ...messageHtml(problem)
  ])
  return {
    type: 'element',
    tagName: 'span',
    properties: noteProperties(),
    children: [...children, text(')')]
  }
}
