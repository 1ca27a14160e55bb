import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import type {} from '../attribute-names.js'
import type {} from './token-types.js'

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Attributes of the short-form directive being read, in order. */
    rnnShortAttributes?: Array<[string, string]> | undefined
  }
}

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
        this.data.rnnShortAttributes?.push([this.sliceSerialize(token), ''])
      },
      rnnShortAttributeValue(token) {
        const last = this.data.rnnShortAttributes?.at(-1)
        if (last) last[1] = this.sliceSerialize(token)
      },
      rnnShortAttributes() {
        const node = current(this)
        const written = this.data.rnnShortAttributes ?? []
        // Later duplicates win, as with remark-directive's `{…}` form; every
        // name is kept in order so that duplicates can be reported.
        // (`Object.fromEntries` keeps `__proto__` an own, ordinary key.)
        node.attributes = Object.fromEntries(written)
        node.data = {...node.data, rnnAttributeNames: written.map(([name]) => name)}
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
