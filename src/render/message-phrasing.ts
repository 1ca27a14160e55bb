import type {PhrasingContent} from 'mdast'

/** A message as phrasing: \`\` `units` must be at least 1\`\` → text and inline code, as the message writes it. */
export function messagePhrasing(reason: string): PhrasingContent[] {
  return reason
    .split('`')
    .flatMap((part, index): PhrasingContent[] =>
      part === ''
        ? []
        : [index % 2 === 1 ? {type: 'inlineCode', value: part} : {type: 'text', value: part}]
    )
}
