import type {Program} from 'estree'
import type {Root} from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {expressionText, literalExports} from '../../src/cli/mdx-literals.js'
import {pageProcessor} from '../../src/cli/pipelines.js'

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root

/** The exports of a page's ESM, and the text of one expression over them. */
function text(esm: string, expression: string) {
  const tree = parse(`${esm}\n\n{${expression}}\n`)
  const node = tree.children.at(-1) as {data?: {estree?: Program}}
  return expressionText(node.data?.estree, literalExports(tree))
}

const esm = [
  "export const note = 'Read the table first.'",
  'export const n = 4, minus = -2',
  'export const title = `Parameters`',
  "export const meta = {title: 'RNN', 'sub title': `S`, sizes: [4, 5, 3], nested: {deep: [true]}}",
  'export const shorthand = {note}',
  'export const later = meta.sizes[1]',
  'export let changing = 1',
  "export const called = compute('x')",
  'export const sum = 1 + 1',
  "import {fromImport} from './lib.js'"
].join('\n')

describe('the MDX preview: expressions over the page’s literal exports', () => {
  it.each([
    ['note', 'Read the table first.'],
    ['n', '4'],
    ['minus', '-2'],
    ['title', 'Parameters'],
    ['meta.title', 'RNN'],
    ["meta['sub title']", 'S'],
    ['meta.sizes[2]', '3'],
    ['meta.sizes', '453'],
    ['shorthand.note', 'Read the table first.'],
    ['later', '5'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: MDX source, read by the preview
    ['`${n} inputs, ${meta.title}`', '4 inputs, RNN'],
    ['meta.nested.deep[0]', ''],
    ['null', ''],
    ["'literal'", 'literal'],
    ['({[n]: note})[4]', 'Read the table first.'],
    ['[note, n]', 'Read the table first.4']
  ])('{%s} is %j', (expression, expected) => {
    expect(text(esm, expression)).toBe(expected)
  })

  it.each([
    'meta',
    'meta.nested',
    'meta.missing',
    'meta.constructor',
    'meta.sizes.length',
    'note.length',
    'meta.sizes[9]',
    'changing',
    'called',
    'sum',
    'fromImport',
    'undefinedName',
    'n + 1',
    'note.toUpperCase()',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: MDX source, read by the preview
    '`${meta}`',
    '[...meta.sizes]',
    '{...meta}',
    '/x/',
    '1n',
    '-note',
    '!n',
    '(() => note)()',
    '({a: other}).a',
    '({[meta]: 1}).a',
    '({f() {}}).f',
    '({get a() {}}).a',
    '[1, , 2]',
    '[note, meta]'
  ])('{%s} is not evaluated', (expression) => {
    expect(text(esm, expression)).toBeUndefined()
  })

  it('only reads exports, never a name an expression could only get by running code', () => {
    expect([
      ...literalExports(
        parse('export const a = 1\nexport function f() {}\nexport {a as b}\n')
      ).keys()
    ]).toEqual(['a'])
  })

  it('leaves a comment, a page without exports and a missing estree alone', async () => {
    expect(text(esm, '/* a comment */')).toBeUndefined()
    expect(expressionText(undefined, new Map([['a', 1]]))).toBeUndefined()
    const page = new VFile({path: 'page.mdx', value: 'With {other}.\n'})
    const html = String(await pageProcessor(page, {}).process(page))
    expect(html).toContain('<p>With <code class="mdx-expression">{other}</code>.</p>')
  })

  it('renders a page: known values as text, everything else as a labelled box', async () => {
    const page = new VFile({
      path: 'page.mdx',
      value: [
        "export const note = 'Work it out on paper first.'",
        'export const meta = {units: 5}',
        '',
        '{note}',
        '',
        'With {meta.units} units, {meta.units * 2} states and {other}.',
        '',
        '> {note}',
        ''
      ].join('\n')
    })
    const html = String(await pageProcessor(page, {}).process(page))
    const body = html.slice(html.indexOf('<main>'), html.indexOf('</main>'))
    expect(body).toBe(
      [
        '<main>Work it out on paper first.',
        '<p>With 5 units, <code class="mdx-expression">{meta.units * 2}</code> states and <code class="mdx-expression">{other}</code>.</p>',
        '<blockquote>',
        'Work it out on paper first.',
        '</blockquote>'
      ].join('\n')
    )
  })
})
