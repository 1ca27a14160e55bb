import type {RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {blocks, words} from '../../src/cli/pandoc-json.js'
import type {RnnBlock, RnnHtml} from '../../src/render/index.js'

// mdast → Pandoc's JSON AST, node by node, in the shapes Pandoc's own
// readers give (test/pandoc reads whole pages back through Pandoc).

const text = {html: false, math: 'mathjax'} as const
const html = {html: true, math: 'mathjax'} as const
const none = ['', [], []]
const str = (c: string) => ({t: 'Str', c})

describe('mdast as Pandoc JSON', () => {
  it('splits text into words, spaces and soft breaks', () => {
    expect(words('a b\n  c\t d')).toEqual([
      str('a'),
      {t: 'Space'},
      str('b'),
      {t: 'SoftBreak'},
      str('c'),
      {t: 'Space'},
      str('d')
    ])
  })

  it('writes every inline the expansions use, and any other as its text', () => {
    const paragraph: RootContent = {
      type: 'paragraph',
      children: [
        {type: 'strong', children: [{type: 'text', value: 's'}]},
        {type: 'emphasis', children: [{type: 'text', value: 'e'}]},
        {type: 'delete', children: [{type: 'text', value: 'd'}]},
        {type: 'inlineCode', value: 'c'},
        {type: 'inlineMath', value: 'x'},
        {type: 'break'},
        {type: 'link', url: 'u', title: 't', children: [{type: 'text', value: 'l'}]},
        {type: 'link', url: 'v', children: []},
        {type: 'image', url: 'i.svg', alt: 'an image'},
        {type: 'image', url: 'j.svg', title: 'j'},
        {type: 'html', value: '<br>'},
        {type: 'rnnInline', children: [{type: 'text', value: '68'}]},
        {type: 'footnoteReference', identifier: 'n', label: 'n'}
      ]
    }
    expect(blocks([paragraph], text)).toEqual([
      {
        t: 'Para',
        c: [
          {t: 'Strong', c: [str('s')]},
          {t: 'Emph', c: [str('e')]},
          {t: 'Strikeout', c: [str('d')]},
          {t: 'Code', c: [none, 'c']},
          {t: 'Math', c: [{t: 'InlineMath'}, 'x']},
          {t: 'LineBreak'},
          {t: 'Link', c: [none, [str('l')], ['u', 't']]},
          {t: 'Link', c: [none, [], ['v', '']]},
          {t: 'Image', c: [none, [str('an'), {t: 'Space'}, str('image')], ['i.svg', '']]},
          {t: 'Image', c: [none, [], ['j.svg', 'j']]},
          {t: 'RawInline', c: ['html', '<br>']},
          str('68')
        ]
      }
    ])
  })

  it('writes headings, math, code, quotes, rules, raw HTML; leaves out what shows nothing', () => {
    const nodes: RootContent[] = [
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'H'}]},
      {type: 'math', value: 'a = b'},
      {type: 'code', lang: 'python', value: 'print(1)'},
      {type: 'code', value: 'plain'},
      {type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: 'q'}]}]},
      {type: 'thematicBreak'},
      {type: 'html', value: '<hr>'},
      {type: 'definition', identifier: 'd', url: 'u'},
      {type: 'footnoteDefinition', identifier: 'n', children: []},
      {type: 'yaml', value: 'a: 1'},
      {type: 'rnnSource', value: '', data: {rnnSource: ':::rnn{}'}},
      {type: 'text', value: 'stray'} as never
    ]
    expect(blocks(nodes, text)).toEqual([
      {t: 'Header', c: [2, none, [str('H')]]},
      {t: 'Para', c: [{t: 'Math', c: [{t: 'DisplayMath'}, 'a = b']}]},
      {t: 'CodeBlock', c: [['', ['python'], []], 'print(1)']},
      {t: 'CodeBlock', c: [none, 'plain']},
      {t: 'BlockQuote', c: [{t: 'Para', c: [str('q')]}]},
      {t: 'HorizontalRule'},
      {t: 'RawBlock', c: ['html', '<hr>']},
      {t: 'Para', c: [str('stray')]}
    ])
  })

  it('writes a table with its alignment, the first row its head', () => {
    const cell = (value: string) => ({
      type: 'tableCell' as const,
      children: [{type: 'text' as const, value}]
    })
    const [table] = blocks(
      [
        {
          type: 'table',
          align: ['left', 'center', 'right', null],
          children: [
            {type: 'tableRow', children: [cell('a'), cell('b'), cell('c'), cell('d')]},
            {type: 'tableRow', children: [cell('1'), cell('2'), cell('3'), cell('4')]}
          ]
        },
        {type: 'table', children: []}
      ],
      text
    )
    const plainCell = (value: string) => [
      none,
      {t: 'AlignDefault'},
      1,
      1,
      [{t: 'Plain', c: [str(value)]}]
    ]
    expect(table).toEqual({
      t: 'Table',
      c: [
        none,
        [null, []],
        ['AlignLeft', 'AlignCenter', 'AlignRight', 'AlignDefault'].map((t) => [
          {t},
          {t: 'ColWidthDefault'}
        ]),
        [none, [[none, ['a', 'b', 'c', 'd'].map(plainCell)]]],
        [[none, 0, [], [[none, ['1', '2', '3', '4'].map(plainCell)]]]],
        [none, []]
      ]
    })
    expect(blocks([{type: 'table', children: []}], text)[0]?.c).toEqual([
      none,
      [null, []],
      [],
      [none, []],
      [[none, 0, [], []]],
      [none, []]
    ])
  })

  it('writes tight lists with Plain items, loose ones with paragraphs, numbered from their start', () => {
    const item = (value: string) => ({
      type: 'listItem' as const,
      children: [
        {type: 'paragraph' as const, children: [{type: 'text' as const, value}]},
        {type: 'code' as const, value: 'x'}
      ]
    })
    expect(
      blocks(
        [
          {type: 'list', ordered: false, spread: false, children: [item('a')]},
          {type: 'list', ordered: true, start: 3, spread: true, children: [item('b')]},
          {type: 'list', ordered: true, children: [item('c')]}
        ],
        text
      )
    ).toEqual([
      {
        t: 'BulletList',
        c: [
          [
            {t: 'Plain', c: [str('a')]},
            {t: 'CodeBlock', c: [none, 'x']}
          ]
        ]
      },
      {
        t: 'OrderedList',
        c: [
          [3, {t: 'Decimal'}, {t: 'Period'}],
          [
            [
              {t: 'Para', c: [str('b')]},
              {t: 'CodeBlock', c: [none, 'x']}
            ]
          ]
        ]
      },
      {
        t: 'OrderedList',
        c: [
          [1, {t: 'Decimal'}, {t: 'Period'}],
          [
            [
              {t: 'Plain', c: [str('c')]},
              {t: 'CodeBlock', c: [none, 'x']}
            ]
          ]
        ]
      }
    ])
  })

  it('writes a generated block’s content; its HTML-only parts only for HTML, raw', () => {
    const diagram: RnnHtml = {
      type: 'rnnHtml',
      children: [],
      diagram: {title: 'A network'},
      data: {
        hName: 'div',
        hProperties: {className: ['rnn-diagram']},
        hChildren: [{type: 'element', tagName: 'svg', properties: {}, children: []}]
      }
    }
    const block: RnnBlock = {
      type: 'rnnBlock',
      children: [diagram, {type: 'paragraph', children: [{type: 'text', value: 'kept'}]}],
      data: {hName: 'div', hProperties: {className: ['rnn-other']}}
    }
    expect(blocks([block], text)).toEqual([{t: 'Para', c: [str('kept')]}])
    expect(blocks([block], html)).toEqual([
      {t: 'RawBlock', c: ['html', '<div class="rnn-diagram"><svg></svg></div>']},
      {t: 'Para', c: [str('kept')]}
    ])
  })
})
