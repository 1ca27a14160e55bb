import type {Call} from './calls.js'
import {positionalValues} from './calls.js'
import type {Value} from './code-values.js'
import {unknown} from './evaluate.js'

// What Python does with strings, lists and dicts that course code leans on
// to name and size layers: their methods, `'gru%d' % i`, f-strings (slices
// are subscripts.ts's).

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

/** A dict's `get`, `keys`, `values` and `items`. */
export function dictMethod(call: Call, entries: ReadonlyMap<string, Value>, name: string): Value {
  const [key, fallback] = positionalValues(call)
  if (name === 'get') return entries.get(String(key)) ?? fallback ?? null
  if (name === 'keys') return [...entries.keys()]
  if (name === 'values') return [...entries.values()]
  if (name === 'items') return [...entries].map(([k, v]): Value => [k, v])
  return unknown(call.run, call.node)
}

/** The string methods course code names layers and picks branches with. */
export function stringMethod(call: Call, text: string, name: string): Value {
  const [argument] = positionalValues(call)
  if (name === 'upper') return text.toUpperCase()
  if (name === 'lower') return text.toLowerCase()
  if ((name === 'startswith' || name === 'endswith') && typeof argument === 'string')
    return name === 'startswith' ? text.startsWith(argument) : text.endsWith(argument)
  return unknown(call.run, call.node)
}

/** A list's `append`/`extend`, the only methods on plain values the readers follow. */
export function listMethod(call: Call, list: Value[], name: string): Value {
  const values = positionalValues(call)
  if (name === 'append') list.push(...values.slice(0, 1))
  else if (name === 'extend' && Array.isArray(values[0])) list.push(...values[0])
  else return unknown(call.run, call.node)
  return null
}
