import type {Paragraph, PhrasingContent, TableCell} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {quote} from '../core/index.js'
import {blockNamePattern} from '../directives/directive-names.js'
import type {Problem} from '../directives/report.js'

const attributesInBraces = new RegExp(`^:+${blockNamePattern}\\{`)
const attributesInAngles = new RegExp(`^:+${blockNamePattern}<`)

const labelOpening = new RegExp(`^:+${blockNamePattern}\\[`)

// After a `]`, more label: text, then another `]` that ends the line or opens the attributes.
const labelGoesOn = /^[^{<].*\](?:[{<]|\s*$)/

/**
 * Where a `]` closes a label before its end (`[Which ] one?]{…}`): the
 * first `]` outside nested brackets, when the label plainly goes on after it.
 */
function earlyLabelEnd(line: string): number | undefined {
  const opening = labelOpening.exec(line)
  if (!opening) return undefined
  let depth = 0
  for (let index = opening[0].length; index < line.length; index++) {
    const char = line[index]
    if (char === '\\') index++
    else if (char === '[') depth++
    else if (char === ']' && depth > 0) depth--
    else if (char === ']') return labelGoesOn.test(line.slice(index + 1)) ? index : undefined
  }

  return undefined
}

/** A `]` inside a directive's label ends it early: the message points at that bracket. */
function bracketProblem(paragraph: Paragraph | TableCell, line: string): Problem | undefined {
  const at = earlyLabelEnd(line)
  const text = paragraph.children[0]
  // The offset is the paragraph's text's: it must be the first text node's too.
  if (at === undefined || text?.type !== 'text' || text.value[at] !== ']') return undefined
  return {
    ruleId: 'unparsed-directive',
    reason:
      'This `]` ends the label, so the rest of the line is not read as the directive. Write `\\]` for a bracket inside the label.',
    node: text,
    at: {text: [at, at + 1], read: text.value}
  }
}

/**
 * Explain a paragraph (or a table cell) that starts like `::rnn…` but was
 * not read as a directive: otherwise it would reach readers as plain text,
 * silently.
 */
export function unparsedProblem(paragraph: Paragraph | TableCell): Problem {
  const line = toString(paragraph).split('\n', 1)[0] ?? ''
  const bracket = bracketProblem(paragraph, line)
  if (bracket) return bracket
  const hint =
    paragraph.type === 'tableCell'
      ? 'A block directive cannot stand in a table cell: write `:rnn[total]{…}` for a number there, or move the directive out of the table.'
      : attributesInBraces.test(line)
        ? 'Check that remark-directive is in the pipeline and that the `{…}` attributes are closed and quoted.'
        : attributesInAngles.test(line)
          ? 'Check the `<…>` attributes: `name=value` pairs separated by spaces, quotes closed, `>` at the end of the line.'
          : 'Write attributes after the name, as `{inputs=4 units=5}` or `<inputs=4 units=5>`.'
  return {
    ruleId: 'unparsed-directive',
    reason: `${quote(line)} looks like an rnn directive but could not be read, so it would show as text. ${hint}`,
    // A cell's place takes in its pipes: its text is what the author wrote.
    node: paragraph.type === 'tableCell' ? (paragraph.children[0] as PhrasingContent) : paragraph
  }
}
