import type {Value} from './code-values.js'
import {isKind} from './code-values.js'
import {evaluate, unknown} from './evaluate.js'
import {tensorItems} from './keras-tensor-ops.js'
import type {SyntaxNode} from './python-tree.js'
import type {Run, Scope} from './run-state.js'

/** One item of `a[…]`: an index, or a slice `start:stop:step` (parts left out are absent). */
export type SubscriptItem =
  | {readonly slice: false; readonly index: SyntaxNode}
  | {readonly slice: true; readonly parts: readonly (SyntaxNode | undefined)[]}

/** The items between the brackets of `a[…]`, split at commas, slices at their colons. */
function subscriptItems(node: SyntaxNode): SubscriptItem[] {
  const items: SubscriptItem[] = []
  let parts: (SyntaxNode | undefined)[] = [undefined]
  let slice = false
  const close = () => {
    items.push(slice ? {slice, parts} : {slice, index: parts[0] as SyntaxNode})
    parts = [undefined]
    slice = false
  }
  const open = node.getChild('[') as SyntaxNode
  for (let child = open.nextSibling; child && child.name !== ']'; child = child.nextSibling) {
    if (child.name === ',') close()
    else if (child.name === ':') {
      slice = true
      parts.push(undefined)
    } else parts[parts.length - 1] = child
  }
  close()
  return items
}

/** A list or string sliced as Python slices it (`layers[1:3]`, `dims[:-1]`, `xs[::2]`); a negative step is not followed. */
function sliced(
  run: Run,
  node: SyntaxNode,
  list: readonly Value[] | string,
  parts: SubscriptItem & {slice: true},
  scope: Scope
): Value {
  const [start, stop, step] = parts.parts.map((part) =>
    part === undefined ? undefined : evaluate(run, part, scope)
  )
  const missing = [start, stop, step].find((value) => isKind(value, 'unknown'))
  if (missing !== undefined) return missing
  const bound = (value: Value | undefined) => (typeof value === 'number' ? value : undefined)
  const every = step === undefined ? 1 : bound(step)
  if (
    every === undefined ||
    every < 1 ||
    [start, stop].some((v) => v !== undefined && bound(v) === undefined)
  )
    return unknown(run, node)
  const part = list.slice(bound(start), bound(stop))
  if (typeof part === 'string') return [...part].filter((_, i) => i % every === 0).join('')
  return part.filter((_, i) => i % every === 0)
}

/** `a[i]`, `a[i:j]`, `d["k"]`, `module[0]`, a Keras tensor's `x[:, -1, :]`. */
export function subscript(run: Run, node: SyntaxNode, scope: Scope): Value {
  const container = evaluate(run, node.firstChild as SyntaxNode, scope)
  const items = subscriptItems(node)
  if (isKind(container, 'tensor')) return tensorItems(container, items)
  if (items.length !== 1) return unknown(run, node)
  const item = items[0] as SubscriptItem
  if (item.slice)
    // A slice of a run-time shape (`x_train.shape[1:]`) is given whole; of another unknown, that unknown.
    return isKind(container, 'unknown')
      ? container.text.endsWith('.shape')
        ? unknown(run, node)
        : container
      : Array.isArray(container) || typeof container === 'string'
        ? sliced(run, node, container, item, scope)
        : unknown(run, node)
  const key = evaluate(run, item.index, scope)
  if (Array.isArray(container) && typeof key === 'number') {
    // An element may be None (a shape's unknown dimension); past the end is unknown.
    const element = container.at(key)
    return element === undefined ? unknown(run, node) : element
  }
  if (isKind(container, 'dict')) return container.entries.get(String(key)) ?? unknown(run, node)
  if (isKind(container, 'module')) {
    const at = typeof key === 'number' && key < 0 ? container.children.size + key : key
    return container.children.get(String(at)) ?? unknown(run, node)
  }
  if (isKind(container, 'unknown')) {
    // `inputs.shape[2]`, a dotted name the reader cannot know: the whole text is what the author gives in sizes.
    const object = node.firstChild as SyntaxNode
    const dotted =
      object.name === 'MemberExpression' &&
      !object.getChild('[') &&
      container.text === run.text(object)
    return dotted && !isKind(key, 'unknown') ? unknown(run, node) : container
  }
  return isKind(key, 'unknown') ? key : unknown(run, node)
}
