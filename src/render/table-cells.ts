import type {PhrasingContent, TableCell} from 'mdast'

// The small mdast pieces the generated tables are made of (the worked
// solution's table and the framework summary).

export function cell(...children: PhrasingContent[]): TableCell {
  return {type: 'tableCell', children}
}

export function text(value: string): PhrasingContent {
  return {type: 'text', value}
}

export function code(value: string): PhrasingContent {
  return {type: 'inlineCode', value}
}

export function strong(value: string): PhrasingContent {
  return {type: 'strong', children: [text(value)]}
}
