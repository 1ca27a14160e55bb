import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import katex from 'katex'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it, vi} from 'vitest'
import {rehypeKatexHtml} from '../../src/cli/katex-html.js'

// The preview's math step writes KaTeX's HTML as it is, once per distinct
// formula, instead of parsing each formula back into a tree (see
// katex-html.ts): the page must read the same as with rehype-katex.

const page = [
  'Inline $W_{xh} \\in \\mathbb{R}^{3 \\times 4}$ and again $W_{xh} \\in \\mathbb{R}^{3 \\times 4}$.',
  '$$\n\\begin{aligned}\na &= 3 \\cdot 4 = 12 \\\\\nb &= 4\n\\end{aligned}\n$$',
  '```math\nx^2 < y \\& z\n```',
  '`$not math$`'
].join('\n\n')

function html(math: 'ours' | 'rehype-katex', value: string) {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype)
  const withMath =
    math === 'ours' ? processor.use(rehypeKatexHtml) : processor.use(rehypeKatex, {trust: false})
  const file = new VFile({value, path: 'page.md'})
  const output = String(withMath.use(rehypeStringify, {allowDangerousHtml: true}).processSync(file))
  return {output, messages: file.messages}
}

/** HTML as a tree reads it, so that only differences a browser sees count. */
const normalised = (text: string) => toHtml(fromHtml(text, {fragment: true}))

describe('math in the preview', () => {
  it('reads as rehype-katex writes it: inline, display and fenced math', () => {
    const ours = html('ours', page)
    expect(ours.output).toContain('class="katex-display"')
    expect(ours.output).toContain('<code>$not math$</code>')
    expect(normalised(ours.output)).toBe(normalised(html('rehype-katex', page).output))
    expect(ours.messages).toEqual([])
  })

  it('renders each distinct formula once', () => {
    const spy = vi.spyOn(katex, 'renderToString')
    html('ours', page)
    expect(spy).toHaveBeenCalledTimes(3)
    spy.mockRestore()
  })

  it('a math element straight in the root is replaced there', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'code',
          properties: {className: ['language-math', 'math-inline']},
          children: [{type: 'text', value: 'x'}]
        }
      ]
    }
    rehypeKatexHtml()(tree, new VFile())
    expect(tree.children).toEqual([
      {type: 'raw', value: katex.renderToString('x', {displayMode: false, throwOnError: true})}
    ])
  })

  it('math KaTeX refuses is a message at the formula and its text in red, escaped', () => {
    const {output, messages} = html('ours', 'Broken: $\\frac{<b>"$.')
    expect(messages.map((message) => [message.source, message.reason, message.line])).toEqual([
      ['rehype-katex', 'Could not render math with KaTeX', 1]
    ])
    expect(output).toMatch(
      /<span class="katex-error" title="ParseError: KaTeX parse error: [^"]*" style="color:#cc0000">\\frac\{&#x3C;b&#x3E;&#x22;<\/span>/
    )
  })
})
