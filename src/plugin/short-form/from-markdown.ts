import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import type {AttributePlace} from '../../directives/places.js'
import {tokenPosition} from '../attribute-names.js'
import type {} from './syntax.js'

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Attributes of the short-form directive being read, in order, with where each is written. */
    rnnShortAttributes?: ShortAttribute[] | undefined
  }
}

export type Writing = {-readonly [K in keyof AttributePlace]: AttributePlace[K]}

/** A short-form attribute being read: its name, value and place. */
export interface ShortAttribute {
  readonly name: string
  value: string
  readonly place: Writing
}

// Attribute tokens only occur inside `rnnShortAttributes`, whose enter sets the list.
const attributesOf = (context: CompileContext) =>
  context.data.rnnShortAttributes as ShortAttribute[]
const lastOf = (context: CompileContext) => attributesOf(context).at(-1) as ShortAttribute

/**
 * Turn short-form tokens into the very nodes remark-directive makes for the
 * `{…}` form: `containerDirective` and `leafDirective` with name and attributes.
 */
export function shortDirectiveFromMarkdown(): Extension {
  return {
    enter: {
      rnnShortContainer(token) {
        const node: ContainerDirective = {
          type: 'containerDirective',
          name: '',
          attributes: {},
          children: []
        }
        this.enter(node, token)
      },
      rnnShortLeaf(token) {
        const node: LeafDirective = {type: 'leafDirective', name: '', attributes: {}, children: []}
        this.enter(node, token)
      },
      rnnShortAttributes() {
        this.data.rnnShortAttributes = []
      }
    },
    exit: {
      rnnShortContainer: exitDirective,
      rnnShortLeaf: exitDirective,
      rnnShortName(token) {
        current(this).name = this.sliceSerialize(token)
      },
      rnnShortAttributeName(token) {
        const name = this.sliceSerialize(token)
        const at = tokenPosition(token)
        attributesOf(this).push({name, value: '', place: {name, nameAt: at, attributeAt: at}})
      },
      rnnShortAttributeValue(token) {
        const {place} = lastOf(this)
        // The value is taken as written: its text is the source's.
        const value = this.sliceSerialize(token)
        lastOf(this).value = value
        place.valueAt = tokenPosition(token)
        place.raw = value
        place.attributeAt = {start: place.attributeAt.start, end: place.valueAt.end}
      },
      rnnShortAttributeValueMarker(token) {
        const {place} = lastOf(this)
        const at = tokenPosition(token)
        // The opening quote: an empty value (`units=""`) stands right after it.
        if (place.valueAt === undefined) {
          place.valueAt = {start: at.end, end: at.end}
          place.raw = ''
        }

        place.attributeAt = {start: place.attributeAt.start, end: at.end}
      },
      rnnShortAttributes() {
        const node = current(this)
        const written = attributesOf(this)
        // Later duplicates win, as with remark-directive's `{…}` form; every
        // name is kept in order so that duplicates can be reported.
        // (`Object.fromEntries` keeps `__proto__` an own, ordinary key.)
        node.attributes = Object.fromEntries(written.map(({name, value}) => [name, value]))
        node.data = {
          ...node.data,
          rnnPlaces: {attributes: written.map(({place}) => place)}
        }
        this.data.rnnShortAttributes = undefined
      }
    }
  }
}

function current(context: CompileContext): ContainerDirective | LeafDirective {
  return context.stack[context.stack.length - 1] as ContainerDirective | LeafDirective
}

function exitDirective(this: CompileContext, token: Token): void {
  this.exit(token)
}
