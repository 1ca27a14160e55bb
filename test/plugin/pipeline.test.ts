import {existsSync, readdirSync, readFileSync} from 'node:fs'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {toKatexHtml, toMarkdown, toMarkdownWithGfmMath, toPlainHtml} from '../helpers/pipelines.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const inputs = readdirSync(fixtures)
  .filter((name) => existsSync(new URL(`${name}/input.md`, fixtures)))
  .map((name) => ({
    name,
    value: readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')
  }))

const katexMessages = (file: VFile) =>
  file.messages.filter((message) => message.source === 'rehype-katex')

describe('the full pipeline with KaTeX', () => {
  it('sees a formula KaTeX refuses, so the checks below can fail', async () => {
    const {output, file} = await toKatexHtml('$$\\frac{1}{$$\n\nAnd $\\unknownmacro$.\n')
    expect(output).toContain('katex-error')
    expect(katexMessages(file)).toHaveLength(2)
  })

  it.each(inputs.map(({name, value}) => [name, value]))(
    '%s: KaTeX compiles every formula, strictly',
    async (_, value) => {
      const {output, file} = await toKatexHtml(value)
      expect(katexMessages(file)).toEqual([])
      expect(output).not.toContain('katex-error')
      expect(output).not.toContain('language-math')
    }
  )

  it('renders the seed example: every figure of 20 + (25 + 5) + (15 + 3) = 68', async () => {
    const {output, file} = await toKatexHtml(':::rnn{inputs=4 units=5 outputs=3}\n:::\n')
    expect(file.messages).toEqual([])
    for (const figure of ['>20<', '>25<', '>5<', '>15<', '>3<', '>68<']) {
      expect(output).toContain(figure)
    }
    expect(output).toContain('class="katex-display"')
  })
})

// Documents with problems are written back with the problem visible, and
// remark-stringify closes an unclosed fence, so only valid ones are compared.
const valid = inputs.filter(
  ({name}) => readFileSync(new URL(`${name}/messages.txt`, fixtures), 'utf8').trim() === ''
)

describe('idempotence and determinism', () => {
  it('has valid documents to compare', () => {
    expect(valid.length).toBeGreaterThan(10)
  })

  it.each(valid.map(({name, value}) => [name, value]))('%s', async (_, value) => {
    const first = await toMarkdownWithGfmMath(value)
    const again = await toMarkdownWithGfmMath(value)
    expect(again.output).toBe(first.output)
    // Expanded Markdown has no rnn directives left (but for broken ones), so
    // processing it again changes nothing.
    const second = await toMarkdownWithGfmMath(first.output)
    expect(second.output).toBe(first.output)
    expect((await toPlainHtml(value)).output).toBe((await toPlainHtml(value)).output)
  })

  it('running the transformer twice on one tree changes nothing more', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkRnn)
      .use(remarkStringify)
    const tree = processor.parse('::rnn{inputs=4 units=5}\n\n:rnn[total]{inputs=1 units=1}\n')
    const once = await processor.run(tree)
    const text = processor.stringify(once)
    const twice = await processor.run(once)
    expect(processor.stringify(twice)).toBe(text)
  })
})

describe('positions and messages', () => {
  it('puts each message at the text at fault, with ruleId and source', async () => {
    const {file} = await toMarkdown('Intro.\n\n  ::rnn{inputs=4 units=-3}\n\nMore text.\n')
    const [message] = file.messages
    // The value `-3`, not the directive around it.
    expect(message).toMatchObject({
      line: 3,
      column: 24,
      ruleId: 'out-of-range',
      source: 'remark-rnn',
      fatal: true
    })
    expect(message?.place).toEqual({
      start: {line: 3, column: 24, offset: 31},
      end: {line: 3, column: 26, offset: 33}
    })
  })

  it('gives the short form the positions of the author’s text', async () => {
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
    const tree = processor.parse('> :::rnn<inputs=1 units=2>\n> Text.\n> :::\n')
    const quote = tree.children[0]
    const directive = quote?.type === 'blockquote' ? quote.children[0] : undefined
    expect(directive).toMatchObject({
      type: 'containerDirective',
      name: 'rnn',
      attributes: {inputs: '1', units: '2'},
      position: {start: {line: 1, column: 3, offset: 2}, end: {line: 3, column: 6, offset: 40}}
    })
  })

  it('offers the suggestion as the message’s expected value', async () => {
    const {file} = await toMarkdown('::rnn{inputs=4 units=5 cell=lstmm}\n')
    expect(file.messages[0]?.expected).toEqual(['lstm'])
  })

  it('keeps the author’s text of a broken directive, byte for byte in the HTML source line', async () => {
    const source = '::rnn{inputs=4 units=5 cell="lstmm" class=x}'
    const {output} = await toPlainHtml(source + '\n')
    expect(output).toContain(`<code>${source.replaceAll('"', '"')}</code>`)
  })
})

describe('options', () => {
  it.each([
    [{solutions: 'fold'}, 'option `solutions` must be one of show, collapse, hide'],
    [{framework: 'jax'}, 'option `framework` must be one of keras, pytorch'],
    [
      {show: ['table', 'graph']},
      'option `show` lists parts from diagram, table, derivation, shapes'
    ],
    [{show: []}, 'option `show` lists parts']
  ])('refuses %j', async (options, message) => {
    await expect(toMarkdown('x', options as never)).rejects.toThrow(message)
  })

  it('shows only the parts the site asks for by default', async () => {
    const {output} = await toMarkdown('::rnn{inputs=4 units=5}\n', {show: ['derivation']})
    expect(output).not.toContain('|')
    expect(output).toContain('\\text{total} &= 20 + (25 + 5) = 50')
  })

  it('overrides any string, and falls back from a regional locale', async () => {
    const {output} = await toMarkdown('::rnn{inputs=4 units=5 show=table}\n', {
      locale: 'de-AT',
      strings: {terms: {'input-weights': 'Gewichte der Eingabe'}, groups: {total: 'Summe'}}
    })
    expect(output).toContain('Gewichte der Eingabe')
    expect(output).toContain('Rekurrente Gewichte')
    expect(output).toContain('**Summe**')
  })
})
