import type {Directives} from 'mdast-util-directive'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'
import {blockNames} from '../directives/directive-names.js'

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** Attribute names in the order written, duplicates included (see attribute-names.ts). */
    rnnAttributeNames?: string[] | undefined
  }

  interface LeafDirectiveData {
    rnnAttributeNames?: string[] | undefined
  }

  interface TextDirectiveData {
    rnnAttributeNames?: string[] | undefined
  }
}

const isDirective = (node: {type: string}): node is Directives =>
  node.type === 'containerDirective' ||
  node.type === 'leafDirective' ||
  node.type === 'textDirective'

/** Add a name to the rnn directive being read (the nearest directive on the stack). */
function recordAttributeName(context: CompileContext, name: string): void {
  const node = context.stack.findLast(isDirective)
  if (!node || !blockNames.includes(node.name)) return
  node.data ??= {}
  ;(node.data.rnnAttributeNames ??= []).push(name)
}

function named(this: CompileContext, token: Token): void {
  recordAttributeName(this, this.sliceSerialize(token))
}

function idShortcut(this: CompileContext): void {
  recordAttributeName(this, 'id')
}

/**
 * Keep every attribute name micromark read, in order, on rnn directives.
 * The mdast node keeps one value per name (the last; `__proto__` not at
 * all), but micromark emits a name token per attribute written, so
 * duplicates are read from the tokens, never guessed from the line. Only
 * `enter` handlers, which mdast-util-directive does not use for these
 * tokens, so its own handling is untouched.
 */
export function attributeNamesFromMarkdown(): Extension {
  const enter: Record<string, (this: CompileContext, token: Token) => void> = {}
  for (const kind of ['Container', 'Leaf', 'Text']) {
    enter[`directive${kind}AttributeName`] = named
    enter[`directive${kind}AttributeId`] = idShortcut
  }

  return {enter} as Extension
}
