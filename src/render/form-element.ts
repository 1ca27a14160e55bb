import type {RnnHtml} from './nodes.js'

/** An element of the form only HTML has (a field, a button): never written to Markdown. */
export function htmlElement(
  tagName: string,
  properties: Record<string, string | boolean | string[]>,
  text?: string
): RnnHtml {
  return {
    type: 'rnnHtml',
    children: [],
    form: true,
    data: {
      hName: tagName,
      hProperties: properties,
      hChildren: text === undefined ? [] : [{type: 'text', value: text}]
    }
  }
}
