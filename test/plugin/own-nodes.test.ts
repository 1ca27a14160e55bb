// The plugin writes only its own nodes' Markdown: mdast-util-to-markdown's
// core handlers stay its own, and nothing of the plugin rides on a core
// node's `data` (what only HTML shows is a node of the plugin's own type).
import {readFileSync} from 'node:fs'
import type {Nodes, Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {rnnToMarkdown} from '../../src/plugin/to-markdown.js'
import {rnnHtml} from '../../src/render/index.js'

const course = readFileSync(
  new URL('../../examples/course/rnn-parameters.md', import.meta.url),
  'utf8'
)

const broken = [
  '::rnn{inputs=4 units=0}',
  '',
  '::rnn<inputs=4',
  '',
  'Text :rnn[total=1]{inputs=4 units=5}.',
  '',
  ':::rnn-quiz{inputs=4 units=5 ask=total answer=b}',
  'How many?',
  '',
  '- 12',
  '- 50',
  ':::',
  '',
  ':::rnn-quiz{inputs=4 units=5 ask=total}',
  ':::',
  ''
].join('\n')

/** Every node of a tree, depth first. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children as Nodes[]) yield* walk(child)
}

async function expanded(value: string, options = {}): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn, options)
  const file = new VFile({value, path: 'lesson.md'})
  return (await processor.run(processor.parse(file), file)) as Root
}

describe('the plugin’s own nodes', () => {
  it('replaces none of mdast-util-to-markdown’s core handlers', () => {
    const handlers = rnnToMarkdown().extensions?.flatMap((extension) =>
      Object.keys(extension.handlers ?? {})
    )
    expect(handlers?.filter((name) => name.startsWith('rnn')).sort()).toEqual([
      'rnnBlock',
      'rnnHtml',
      'rnnInline',
      'rnnSource'
    ])
    // Only the ecosystem's serialisers of GFM tables and math add others.
    expect(handlers).not.toContain('paragraph')
    expect(handlers).not.toContain('listItem')
    expect(handlers).not.toContain('list')
  })

  it('leaves no mark of its own in the data of a core node', async () => {
    for (const [page, options] of [
      [course, {}],
      [course, {solutions: 'collapse', show: ['table', 'diagram']}],
      [broken, {strict: false}]
    ] as const) {
      const marked = [...walk(await expanded(page, options))].flatMap((node) =>
        // Directives carry where their attributes stand (the parser's, attribute-names.ts).
        node.type.startsWith('rnn') || node.type.endsWith('Directive')
          ? []
          : Object.keys(node.data ?? {})
              .filter((key) => key.startsWith('rnn'))
              .map((key) => `${node.type}.${key}`)
      )
      expect(marked).toEqual([])
    }
  })

  it('writes an HTML-only part on its own as nothing, with no blank lines of its own', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'text', value: 'Before.'}]},
        rnnHtml('div', {className: ['rnn-diagram']}),
        {type: 'paragraph', children: [{type: 'text', value: 'After.'}]}
      ]
    }
    expect(toMarkdown(tree, rnnToMarkdown())).toBe('Before.\n\nAfter.\n')
  })
})
