import type {RnnBlock} from './nodes.js'

/** An element of the form only HTML has (a field, a button): never written to Markdown. */
export function htmlElement(
  tagName: string,
  properties: Record<string, string | boolean | string[]>,
  text?: string
): RnnBlock {
  return {
    type: 'rnnBlock',
    children: [],
    data: {
      hName: tagName,
      hProperties: properties,
      hChildren: text === undefined ? [] : [{type: 'text', value: text}],
      rnnHtmlOnly: true,
      rnnFormOnly: true
    }
  }
}
