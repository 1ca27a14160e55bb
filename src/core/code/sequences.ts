import type {Value} from './code-values.js'

// What Python does with strings and lists that course code leans on to name
// and size layers: `'gru%d' % i`, f-strings (slices are subscripts.ts's).

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
