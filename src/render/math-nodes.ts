import type {InlineMath, Math} from 'mdast-util-math'

/**
 * A display math node exactly as mdast-util-math creates one, so that
 * rehype-katex renders it whether or not remark-math is in the pipeline.
 */
export function displayMath(value: string): Math {
  return {
    type: 'math',
    meta: null,
    value,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: {className: ['language-math', 'math-display']},
          children: [{type: 'text', value}]
        }
      ]
    }
  }
}

/** An inline math node exactly as mdast-util-math creates one. */
export function inlineMath(value: string): InlineMath {
  return {
    type: 'inlineMath',
    value,
    data: {
      hName: 'code',
      hProperties: {className: ['language-math', 'math-inline']},
      hChildren: [{type: 'text', value}]
    }
  }
}
