import type {Element, ElementContent, Properties} from 'hast'

/**
 * A hast element, built directly: a diagram has a few hundred elements and
 * its properties are already in hast's own spelling (`textAnchor`,
 * `viewBox`), so no name lookup is needed per attribute. Undefined
 * properties are left out.
 */
/** What a diagram's elements carry: numbers, words and class lists. */
export type ElementProperties = Readonly<Record<string, string | number | string[] | undefined>>

export function element(
  tagName: string,
  properties: ElementProperties,
  children: ElementContent[] | string = []
): Element {
  const given: Properties = {}
  for (const name in properties) {
    const value = properties[name]
    if (value !== undefined) given[name] = value
  }

  return {
    type: 'element',
    tagName,
    properties: given,
    children: typeof children === 'string' ? [{type: 'text', value: children}] : children
  }
}
