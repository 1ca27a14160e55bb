import {blockNamePattern, quizName, solutionName} from '../directives/directive-names.js'

/** Where in a directive the cursor is, read from the line's text up to it. */
export type CompletionPlace =
  | {readonly kind: 'name'; readonly quiz: boolean; readonly written: ReadonlySet<string>}
  | {readonly kind: 'value'; readonly quiz: boolean; readonly name: string; readonly prefix: string}
  | {readonly kind: 'label'; readonly attributes: Readonly<Record<string, string>>}

// `:rnn{`, `::rnn<`, `:::rnn-quiz{`, `:rnn[total]{`: an opening whose attributes
// are not closed before the cursor.
const opening = new RegExp(
  `(:{1,3})(${blockNamePattern})(?:\\[[^\\]\\n]*\\])?([{<])((?:"[^"]*"|'[^']*'|[^"'}>])*(?:"[^"]*|'[^']*)?)$`
)
const label = new RegExp(`(?<!:):${solutionName}\\[([^\\]\\n]*)$`)
/** The same opening anywhere on a line, to read its attributes. */
const openingOnLine = new RegExp(
  `:{1,3}${blockNamePattern}(?:\\[[^\\]\\n]*\\])?[{<]((?:"[^"]*"|'[^']*'|[^"'}>\\n])*)`
)
/** The attributes after the cursor, up to the closing `}` or `>`. */
const attributesAfter = /^(?:"[^"]*"|'[^']*'|[^"'}>\n])*/
const attribute = /([A-Za-z][\w-]*)(?:=("[^"]*"?|'[^']*'?|[^\s"'}>]*))?/g

/** `name=value` pairs as written in `{…}` or `<…>` (quotes taken off). */
export function writtenAttributes(text: string): Record<string, string> {
  const found: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [, name, value] of text.matchAll(attribute)) {
    found[String(name)] = (value ?? '').replace(/^["']|["']$/g, '')
  }

  return found
}

/** The attributes of the directive opening on a line (`:::rnn-quiz{inputs=4 ask=…`), as written so far. */
export function openingAttributes(line: string): Record<string, string> {
  const open = openingOnLine.exec(line)
  return writtenAttributes(open?.[1] ?? '')
}

/**
 * Read the cursor's place: an attribute name, an attribute's value (what is
 * typed of it so far), or an inline directive's label (`:rnn[…`), whose
 * attributes follow on the line.
 */
export function completionPlace(before: string, after: string): CompletionPlace | undefined {
  const inLabel = label.exec(before)
  if (inLabel) {
    const rest = /^[^\]\n]*\]\{([^}\n]*)\}/.exec(after)
    return {kind: 'label', attributes: writtenAttributes(rest?.[1] ?? '')}
  }

  const open = opening.exec(before)
  if (!open) return undefined
  const quiz = open[2] === quizName
  const inside = String(open[4])
  const value = /([A-Za-z][\w-]*)=["']?([^\s"'}>]*)$/.exec(inside)
  if (value) {
    const typed = String(value[2])
    // `show=table,deri`: a list is completed after its last comma.
    const prefix = typed.slice(typed.lastIndexOf(',') + 1)
    return {kind: 'value', quiz, name: String(value[1]), prefix}
  }

  // Inside a quoted value that is not a list being typed: nothing to offer.
  const unclosedQuote = /["']/.test(inside.replace(/"[^"]*"|'[^']*'/g, ''))
  if (unclosedQuote || !/(^|\s)[A-Za-z-]*$/.test(inside)) return undefined
  // Names written after the cursor (`{| units=5}`) are written too.
  const following = (attributesAfter.exec(after) as RegExpExecArray)[0]
  const written = {...writtenAttributes(inside), ...writtenAttributes(following)}
  return {kind: 'name', quiz, written: new Set(Object.keys(written))}
}
