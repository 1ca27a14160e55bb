import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {quote} from '../core/index.js'
import {blockNamePattern} from '../directives/directive-names.js'
import type {Problem} from '../directives/report.js'

const attributesInBraces = new RegExp(`^:+${blockNamePattern}\\{`)
const attributesInAngles = new RegExp(`^:+${blockNamePattern}<`)

/**
 * Explain a paragraph that starts like `::rnn…` but was not read as a
 * directive: otherwise it would reach readers as plain text, silently.
 */
export function unparsedProblem(paragraph: Paragraph): Problem {
  const line = toString(paragraph).split('\n', 1)[0] ?? ''
  const hint = attributesInBraces.test(line)
    ? 'Check that remark-directive is in the pipeline and that the `{…}` attributes are closed and quoted.'
    : attributesInAngles.test(line)
      ? 'Check the `<…>` attributes: `name=value` pairs separated by spaces, quotes closed, `>` at the end of the line.'
      : 'Write attributes after the name, as `{inputs=4 units=5}` or `<inputs=4 units=5>`.'
  return {
    ruleId: 'unparsed-directive',
    reason: `${quote(line)} looks like an rnn directive but could not be read, so it would show as text. ${hint}`,
    node: paragraph
  }
}
