import type {Position} from 'unist'
import {escapeForPattern} from '../directives/directive-names.js'
import type {AttributePlace, DirectivePlaces} from '../directives/places.js'
import type {WrittenOption} from './written-options.js'

/** A place on one line, from column offsets in it (0-based) and the line's offset in the page. */
function onLine(line: number, lineOffset: number, from: number, to: number): Position {
  return {
    start: {line, column: from + 1, offset: lineOffset + from},
    end: {line, column: to + 1, offset: lineOffset + to}
  }
}

/** `:units: 4,,5` on its own line: the name between the colons, the value after them. */
function fieldPlace(text: string, option: WrittenOption, line: number, lineOffset: number) {
  const head = new RegExp(`^[ \\t>]*:${escapeForPattern(option.name)}:[ \\t]*`).exec(text)?.[0]
  if (head === undefined || text.slice(head.length).trimEnd() !== option.value) return undefined
  const colon = head.indexOf(':')
  const name = colon + 1
  const end = head.length + option.value.length
  return {
    name: option.name,
    nameAt: onLine(line, lineOffset, name, name + option.name.length),
    attributeAt: onLine(line, lineOffset, colon, end),
    ...(option.value === ''
      ? {}
      : {valueAt: onLine(line, lineOffset, head.length, end), raw: option.value})
  }
}

/** `{rnn inputs=4 units="5"}`: the one `name=value` on the line with this name and value. */
function bracePlace(text: string, option: WrittenOption, line: number, lineOffset: number) {
  const name = escapeForPattern(option.name)
  const value = escapeForPattern(option.value)
  const pattern = new RegExp(
    `(?<=^|[\\s{])(${name})(?:=(?:"(${value})"|'(${value})'|(${value})))?(?=[\\s}]|$)`,
    'g'
  )
  const found = [...text.matchAll(pattern)]
  if (found.length !== 1) return undefined
  const match = found[0] as RegExpExecArray
  const start = match.index
  const end = start + match[0].length
  const written = match[2] ?? match[3] ?? match[4]
  if (written === undefined && option.value !== '') return undefined
  const quoted = match[2] !== undefined || match[3] !== undefined
  const valueEnd = quoted ? end - 1 : end
  return {
    name: option.name,
    nameAt: onLine(line, lineOffset, start, start + option.name.length),
    attributeAt: onLine(line, lineOffset, start, end),
    ...(written === undefined
      ? {}
      : {
          valueAt: onLine(line, lineOffset, valueEnd - option.value.length, valueEnd),
          raw: option.value
        })
  }
}

let lastPage: {source: string | undefined; lines: string[]; offsets: number[]} | undefined

/**
 * A page's lines (each with its line break) and where each starts. Every
 * directive of a page asks for the same page, so the last one is kept.
 */
export function pageLines(source: string | undefined): {lines: string[]; offsets: number[]} {
  if (lastPage && lastPage.source === source) return lastPage
  const lines = source?.split(/(?<=\n)/) ?? []
  const offsets: number[] = []
  let offset = 0
  for (const text of lines) {
    offsets.push(offset)
    offset += text.length
  }

  lastPage = {source, lines, offsets}
  return lastPage
}

/**
 * Where each option of a MyST directive or role is written. MyST gives an
 * option only its line; with the page's source the name and value are found
 * on that line, and only where the line reads exactly as MyST read the
 * option (`:name: value`, or one `name=value` in the braces). Elsewhere the
 * option's line is all that is known: a problem points there without a fix.
 */
export function optionPlaces(
  options: readonly WrittenOption[],
  source: string | undefined,
  directive: Position | undefined
): DirectivePlaces {
  const {lines, offsets} = pageLines(source)
  const attributes: AttributePlace[] = []
  for (const option of options) {
    const position = option.node.position
    if (!position) {
      // Kept in the list, so that the n-th writing of a name is still the n-th place.
      if (directive)
        attributes.push({
          name: option.name,
          nameAt: directive,
          attributeAt: directive,
          approximate: true
        })
      continue
    }

    const index = position.start.line - 1
    const text = (lines[index] ?? '').replace(/\r?\n$/, '')
    const lineOffset = offsets[index] ?? 0
    const exact =
      source === undefined
        ? undefined
        : (fieldPlace(text, option, position.start.line, lineOffset) ??
          bracePlace(text, option, position.start.line, lineOffset))
    attributes.push(
      exact ?? {
        name: option.name,
        nameAt: position,
        attributeAt: position,
        approximate: true
      }
    )
  }

  return {attributes}
}
