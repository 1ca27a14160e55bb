import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {htmlPieces, pageHtmlOptions} from '../../src/cli/html-pieces.js'
import {pageProcessor} from '../../src/cli/pipelines.js'

// `render` writes a page in pieces as they are serialised (html-pieces.ts):
// joined, they must be the page rehype-stringify writes, byte for byte.

const page = [
  '# Pieces',
  '',
  'Text with <b>HTML</b>, & an ampersand, $x^2$ and :rnn[total]{inputs=4 units=5}.',
  '',
  ':::rnn{inputs=4 units=5 outputs=3 show=table,derivation,shapes,diagram,summary,code}',
  'Every view.',
  ':::',
  '',
  ':::rnn-quiz{inputs=3 units=4 ask=total answer=B}',
  'How many?',
  '',
  '- 31',
  '- 32',
  ':::',
  '',
  '::rnn-explorer{inputs=4 units=5 outputs=3}',
  '',
  '```math',
  'a < b',
  '```',
  ''
].join('\n')

async function tree(value: string, path = 'page.md') {
  const file = new VFile({value, path})
  const processor = pageProcessor(file, {})
  return {processor, file, tree: await processor.run(processor.parse(file), file)}
}

describe('a page in pieces', () => {
  it('joins to what rehype-stringify writes, each child of <main> a piece of its own', async () => {
    const {processor, file, tree: hast} = await tree(page)
    const pieces = [...htmlPieces(hast)]
    expect(pieces.join('')).toBe(processor.stringify(hast, file))
    const main = hast.children
      .flatMap((node) => (node.type === 'element' ? node.children : []))
      .flatMap((node) => (node.type === 'element' && node.tagName === 'body' ? node.children : []))
      .find((node) => node.type === 'element' && node.tagName === 'main')
    expect(main?.type === 'element' && main.children.length).toBeGreaterThan(8)
    expect(pieces.length).toBe(2 + (main?.type === 'element' ? main.children.length : 0))
    expect(pieces[0]).toMatch(/<main>$/)
    expect(pieces.at(-1)).toMatch(/^<\/main><script>/)
    expect(pieces.join('')).not.toContain('remark-rnn: page content')
  })

  it('is the same page for MDX', async () => {
    const {
      processor,
      file,
      tree: hast
    } = await tree(
      "export const note = 'Hi'\n\n{note} and <b>bold</b>.\n\n:::rnn<inputs=4 units=5>\n:::\n",
      'page.mdx'
    )
    expect([...htmlPieces(hast)].join('')).toBe(processor.stringify(hast, file))
  })

  it('is one piece for a tree without <main>', () => {
    const hast: Root = {
      type: 'root',
      children: [
        {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'a < b'}]}
      ]
    }
    expect([...htmlPieces(hast)]).toEqual([toHtml(hast, pageHtmlOptions)])
  })
})
