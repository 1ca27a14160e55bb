import type {BlockContent, ListItem} from 'mdast'

/** A caption paragraph and a tight bulleted list under it, or nothing when there are no items. */
export function captionedList(caption: string, items: readonly ListItem[]): BlockContent[] {
  if (items.length === 0) return []
  return [
    {type: 'paragraph', children: [{type: 'text', value: caption}]},
    {type: 'list', ordered: false, spread: false, children: [...items]}
  ]
}
