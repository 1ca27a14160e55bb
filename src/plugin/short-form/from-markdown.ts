import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import type {AttributePlace} from '../../directives/places.js'
import {tokenPosition} from '../attribute-names.js'
import type {} from './token-types.js'

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Attributes of the short-form directive being read, in order. */
    rnnShortAttributes?: Array<[string, string]> | undefined
    /** Where each of them is written, in the same order. */
    rnnShortPlaces?: AttributePlace[] | undefined
  }
}

type Writing = {-readonly [K in keyof AttributePlace]: AttributePlace[K]}

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
        this.data.rnnShortPlaces = []
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
        this.data.rnnShortAttributes?.push([name, ''])
        const at = tokenPosition(token)
        this.data.rnnShortPlaces?.push({name, nameAt: at, attributeAt: at})
      },
      rnnShortAttributeValue(token) {
        const last = this.data.rnnShortAttributes?.at(-1)
        if (last) last[1] = this.sliceSerialize(token)
        const place = this.data.rnnShortPlaces?.at(-1) as Writing | undefined
        if (!place) return
        // The value is taken as written: its text is the source's.
        place.valueAt = tokenPosition(token)
        place.raw = this.sliceSerialize(token)
        place.attributeAt = {start: place.attributeAt.start, end: place.valueAt.end}
      },
      rnnShortAttributeValueMarker(token) {
        const place = this.data.rnnShortPlaces?.at(-1) as Writing | undefined
        if (!place) return
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
        const written = this.data.rnnShortAttributes ?? []
        // Later duplicates win, as with remark-directive's `{…}` form; every
        // name is kept in order so that duplicates can be reported.
        // (`Object.fromEntries` keeps `__proto__` an own, ordinary key.)
        node.attributes = Object.fromEntries(written)
        node.data = {
          ...node.data,
          rnnAttributeNames: written.map(([name]) => name),
          rnnPlaces: {attributes: this.data.rnnShortPlaces ?? []}
        }
        this.data.rnnShortAttributes = undefined
        this.data.rnnShortPlaces = undefined
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
