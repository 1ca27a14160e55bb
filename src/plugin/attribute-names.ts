import type {Directives} from 'mdast-util-directive'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import type {Position} from 'unist'
import {blockNames} from '../directives/directive-names.js'
import type {AttributePlace, DirectivePlaces} from '../directives/places.js'

const isDirective = (node: {type: string}): node is Directives =>
  node.type === 'containerDirective' ||
  node.type === 'leafDirective' ||
  node.type === 'textDirective'

/** The rnn directive being read (the nearest directive on the stack), if it is one. */
function currentDirective(context: CompileContext): Directives | undefined {
  const node = context.stack.findLast(isDirective)
  return node && blockNames.includes(node.name) ? node : undefined
}

/** A token's place, with offsets. */
export function tokenPosition(token: Token): Position {
  const {start, end} = token
  return {
    start: {line: start.line, column: start.column, offset: start.offset},
    end: {line: end.line, column: end.column, offset: end.offset}
  }
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]}
type Writing = Mutable<AttributePlace>

/** The places being recorded on the rnn directive being read; undefined for other directives. */
function placesOf(context: CompileContext): Mutable<DirectivePlaces> | undefined {
  const node = currentDirective(context)
  if (!node) return undefined
  node.data ??= {}
  node.data.rnnPlaces ??= {attributes: []}
  return node.data.rnnPlaces as Mutable<DirectivePlaces>
}

/** The attribute being read: the last one recorded. */
function writing(context: CompileContext): Writing | undefined {
  return placesOf(context)?.attributes.at(-1) as Writing | undefined
}

/** Start an attribute at its whole token (`units="5"`, `#id`). */
function attribute(this: CompileContext, token: Token): void {
  const places = placesOf(this)
  if (!places) return
  const at = tokenPosition(token)
  ;(places.attributes as Writing[]).push({name: '', nameAt: at, attributeAt: at})
}

function named(this: CompileContext, token: Token): void {
  const name = this.sliceSerialize(token)
  const place = writing(this)
  if (place) Object.assign(place, {name, nameAt: tokenPosition(token)})
}

/** `#x` and `.x`: the shortcut is the name; what follows the mark is the value. */
function shortcut(name: 'id' | 'class') {
  return function (this: CompileContext, token: Token): void {
    const place = writing(this)
    if (place) Object.assign(place, {name, nameAt: tokenPosition(token)})
  }
}

function shortcutValue(this: CompileContext, token: Token): void {
  const place = writing(this)
  if (place) Object.assign(place, {valueAt: tokenPosition(token), raw: this.sliceSerialize(token)})
}

/** A token's place less its first and last character: inside its quotes or brackets. */
function insidePosition(token: Token): Position {
  const at = tokenPosition(token)
  return {
    start: {...at.start, column: at.start.column + 1, offset: (at.start.offset ?? 0) + 1},
    end: {...at.end, column: at.end.column - 1, offset: (at.end.offset ?? 1) - 1}
  }
}

/** A quoted value: its text is inside the quotes, and may be empty (`units=""`). */
function literal(this: CompileContext, token: Token): void {
  const place = writing(this)
  if (!place) return
  place.raw = this.sliceSerialize(token).slice(1, -1)
  place.valueAt = insidePosition(token)
}

/** An unquoted value (a quoted one was taken whole from its literal). */
function value(this: CompileContext, token: Token): void {
  const place = writing(this)
  if (place && place.valueAt === undefined)
    Object.assign(place, {valueAt: tokenPosition(token), raw: this.sliceSerialize(token)})
}

/** The label of `:rnn[total=68]{…}`, inside its brackets. */
function label(this: CompileContext, token: Token): void {
  const places = placesOf(this)
  if (!places) return
  places.label = {at: insidePosition(token), raw: this.sliceSerialize(token).slice(1, -1)}
}

/**
 * Keep, on rnn directives, every attribute micromark read, in order, and
 * where each attribute, name and value stands (the places problems point
 * at). The mdast node keeps one value per name (the last; `__proto__` not
 * at all) and no positions inside the directive, but micromark emits a
 * token per attribute, name and value written, so both are read from the
 * tokens, never guessed from the line. Only `enter` handlers of tokens
 * mdast-util-directive does not enter itself, so its own handling is untouched.
 */
export function attributeNamesFromMarkdown(): Extension {
  const enter: Record<string, (this: CompileContext, token: Token) => void> = {}
  for (const kind of ['Container', 'Leaf', 'Text']) {
    const type = `directive${kind}Attribute`
    enter[type] = attribute
    enter[`${type}Name`] = named
    enter[`${type}Id`] = shortcut('id')
    enter[`${type}Class`] = shortcut('class')
    enter[`${type}IdValue`] = shortcutValue
    enter[`${type}ClassValue`] = shortcutValue
    enter[`${type}ValueLiteral`] = literal
    enter[`${type}Value`] = value
  }

  enter.directiveTextLabel = label
  return {enter} as Extension
}
