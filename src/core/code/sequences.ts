import type {Value} from './code-values.js'
import {isKind} from './code-values.js'
import type {SyntaxNode} from './python-tree.js'

// What Python does with strings and lists that course code leans on to name
// and size layers: slices (`dims[:-1]`), `'gru%d' % i`, f-strings.

/** The parts of `a[start:stop:step]` as written, null where left out; undefined when not a slice. */
export function sliceParts(node: SyntaxNode): Array<SyntaxNode | null> | undefined {
  const open = node.getChild('[') as SyntaxNode
  if (!node.getChild(':')) return undefined
  const parts: Array<SyntaxNode | null> = [null]
  for (let child = open.nextSibling; child && child.name !== ']'; child = child.nextSibling) {
    if (child.name === ':') parts.push(null)
    else parts[parts.length - 1] = child
  }
  return parts
}

/** `items[start:stop:step]` of a list or string, as Python gives it; undefined for what it cannot slice. */
export function sliced(items: Value, [start, stop, step]: readonly Value[]): Value | undefined {
  if (!Array.isArray(items) && typeof items !== 'string') return undefined
  const bounds = [start ?? null, stop ?? null, step ?? null]
  if (!bounds.every((bound) => bound === null || typeof bound === 'number')) return undefined
  const [from, to, by] = bounds as Array<number | null>
  if (by !== null && by !== 1) return undefined
  return items.slice(from ?? 0, to ?? items.length)
}

/** `'%s_%d' % (name, i)`: printf-style formatting with the conversions names use. */
export function percentFormat(template: string, values: Value): string | undefined {
  const queue = Array.isArray(values) ? [...values] : [values]
  let failed = false
  const text = template.replace(/%([%sdir])/g, (_, conversion: string) => {
    if (conversion === '%') return '%'
    const value = queue.shift()
    if (value === undefined || !printable(value)) failed = true
    return String(value)
  })
  return failed || queue.length > 0 ? undefined : text
}

/** A value whose str() the reader knows. */
export const printable = (value: Value): value is string | number =>
  typeof value === 'string' || typeof value === 'number'

/** The unknown among a format string's values, if any, so a problem names it. */
export const unknownIn = (values: readonly Value[]) =>
  values.find((value) => isKind(value, 'unknown'))
