import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/core/index.js'
import {derivationLatex, locales, shapesLatex} from '../../src/render/index.js'
import {toKatexHtml} from '../helpers/pipelines.js'

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\\href{javascript:alert(1)}{click}',
  '\\def\\x{\\x}\\x',
  '$x$',
  '}',
  '{'.repeat(200) + '}'.repeat(200)
]

/**
 * HTML with no element or attribute an author's text could have smuggled in.
 * Attribute values are blanked first: text inside a quoted value is inert.
 */
function expectInert(output: string) {
  const html = output.replace(/="[^"]*"/g, '=""')
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img/i)
  expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i)
  expect(html).not.toMatch(/href="javascript:/i)
  expect(html).not.toContain('katex-error')
}

describe('nothing from attribute values or labels reaches HTML or LaTeX unescaped', () => {
  it.each(hostile)('%s as every kind of value', async (value) => {
    const quoted = value.includes('"') ? `'${value}'` : `"${value}"`
    const doc = [
      `::rnn{inputs=${quoted} units=5}`,
      `::rnn{inputs=4 units=5 class=${quoted} show=table}`,
      `::rnn{#ok inputs=4 units=5 show=${quoted}}`,
      `:rnn[${value.replace(/[[\]]/g, '')}]{inputs=4 units=5}`,
      `:rnn[total]{model=${quoted}}`,
      `:::rnn-quiz{inputs=3 units=4 ask=${quoted} answer=${quoted}}\n- ${value}\n:::`,
      `:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\n- 32 ${value}\n- 36\n:::`,
      `::rnn<inputs=${quoted} units=5>`
    ].join('\n\n')
    const {output} = await toKatexHtml(doc)
    expectInert(output)
  })

  it('keeps a hostile class as one harmless class attribute', async () => {
    const {output} = await toKatexHtml(
      `::rnn{inputs=4 units=5 show=table class='x" onmouseover="alert(1)'}\n`
    )
    expect(output).toContain(
      '<div class="rnn x&#x22; onmouseover=&#x22;alert(1)" data-rnn-total="50">'
    )
    expectInert(output)
  })

  it('writes generated LaTeX from integers and fixed symbols only', () => {
    const breakdown = countParameters({
      inputs: 4,
      units: [8, 6],
      outputs: 3,
      cell: 'lstm',
      bidirectional: true
    })
    const strings = {
      ...locales.en!,
      totalSymbol: '\\href{javascript:x}{y} $',
      inputVector: '\\def\\a{b}}'
    }
    const latex =
      derivationLatex(breakdown, strings, {thousandsSeparator: '\\def'}) +
      shapesLatex(breakdown, strings)
    expect(latex).not.toMatch(/\\(href|url|def|html|includegraphics)/)
    expect(latex).not.toContain('$')
    // What is left of the text is letters inside \text{}, and braces balance.
    expect(latex).toContain('\\text{hrefjavascript:xy }')
    expect(latex.split('{').length).toBe(latex.split('}').length)
  })

  it('renders the solution without KaTeX trust', async () => {
    const {output} = await toKatexHtml(':::rnn{inputs=4 units=5 outputs=3}\n:::\n')
    expect(output).toContain('class="katex-display"')
    expectInert(output)
  })
})
