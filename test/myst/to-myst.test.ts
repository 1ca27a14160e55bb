import type {Nodes} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/index.js'
import {writeHtmlParts} from '../../src/myst/html-parts.js'
import {toMyst} from '../../src/myst/to-myst.js'
import type {MystNode} from '../../src/myst/types.js'
import {renderSolution, solutionStrings} from '../../src/render/index.js'

const settings = {
  parts: ['table', 'derivation'] as const,
  strings: solutionStrings('en'),
  format: {thousandsSeparator: ','}
}
const seed = countParameters({inputs: 4, units: 5, outputs: 3})
const json = (value: unknown) => JSON.parse(JSON.stringify(value))

describe('generated mdast as MyST nodes', () => {
  it('stands a shown solution as its parts: header cells, aligned cells, unnumbered math, no HTML hints', () => {
    const nodes = toMyst(renderSolution(seed, {...settings, mode: 'show'}), ['wide'])
    expect(nodes.map((node) => node.type)).toEqual(['table', 'math'])
    const [table, math] = nodes
    expect(table!.class).toBe('wide')
    expect(table!.children![0]!.children!.every((cell) => cell.header === true)).toBe(true)
    expect(table!.children![1]!.children!.map((cell) => cell.align)).toEqual([
      'left',
      'center',
      'center',
      'left',
      'right'
    ])
    expect(table!.children![1]!.children![1]).toEqual({
      type: 'tableCell',
      align: 'center',
      children: [{type: 'inlineMath', value: 'W_{xh}'}]
    })
    expect(math).toEqual({
      type: 'math',
      value: expect.stringContaining('= 20 + (25 + 5) + (15 + 3) = 68'),
      enumerated: false
    })
    expect(JSON.stringify(nodes)).not.toMatch(/hName|hProperties|hChildren|rnnHtmlOnly/)
  })

  it('folds a collapsed solution into a details node titled by its summary line, written once', () => {
    const [details, ...rest] = toMyst(renderSolution(seed, {...settings, mode: 'collapse'}), [])
    expect(rest).toEqual([])
    expect(details!.type).toBe('details')
    expect(details!.children![0]).toEqual({
      type: 'summary',
      children: [
        {
          type: 'text',
          value: 'Worked solution: simple RNN, 4 inputs, 5 units, 3 outputs (table and derivation)'
        }
      ]
    })
    expect(details!.children!.slice(1).map((node) => node.type)).toEqual(['table', 'math'])
  })

  it("keeps the author's MyST nodes as they are, and shows HTML-only content as html", async () => {
    const authored = json({
      type: 'math',
      value: 'a = b',
      label: 'eq-a',
      identifier: 'eq-a',
      position: {start: {line: 3, column: 1}, end: {line: 3, column: 1}}
    })
    const diagram = {
      type: 'paragraph',
      children: [],
      data: {
        hName: 'figure',
        hChildren: [
          {type: 'element', tagName: 'svg', properties: {viewBox: '0 0 10 10'}, children: []}
        ]
      }
    }
    const block = {
      type: 'rnnBlock',
      children: [],
      data: {
        hName: 'div',
        hChildren: [{type: 'element', tagName: 'svg', properties: {}, children: []}]
      }
    }
    const nodes = toMyst([authored, diagram, block] as Nodes[], [])
    expect(nodes[0]).toEqual(authored)
    expect(nodes.slice(1).map((node) => node.type)).toEqual(['rnnHast', 'rnnHast'])

    // The page transform writes them as HTML (hast-util-to-html, an optional peer).
    const tree: MystNode = {type: 'root', children: nodes}
    await writeHtmlParts(tree, new VFile())
    expect(tree.children!.slice(1)).toEqual([
      {type: 'html', value: '<figure><svg viewBox="0 0 10 10"></svg></figure>'},
      {type: 'html', value: '<div><svg></svg></div>'}
    ])
  })
})

describe('a diagram as MyST has it', () => {
  it('is an image of its SVG, on its own with its stylesheet, titled and described in its alt text', async () => {
    const [node] = toMyst(
      renderSolution(seed, {
        ...settings,
        parts: ['diagram'],
        mode: 'show',
        diagram: {id: 'd', stylesheet: false}
      }),
      []
    )
    expect(node!.type).toBe('rnnDiagram')
    const tree: MystNode = {type: 'root', children: [node!]}
    await writeHtmlParts(tree, new VFile())
    const [image] = tree.children!
    expect(image!.type).toBe('image')
    expect(image!.class).toBe('rnn-diagram')
    expect(image!.alt).toMatch(
      /^Simple RNN with 4 inputs, 5 units and 3 outputs: 68 parameters\. Input weights, W_xh: 4 × 5, 20 parameters\./
    )
    const [header, data] = String(image!.url).split(',')
    expect(header).toBe('data:image/svg+xml;base64')
    const svg = Buffer.from(data!, 'base64').toString()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="rnn-diagram-svg"/)
    // The page's later diagrams carry no stylesheet; an image needs its own.
    expect(svg.split('<style>')).toHaveLength(2)
  })

  it('keeps what it has: no SVG, nothing; no description, the title alone', () => {
    const diagram = (hChildren: unknown[]) =>
      ({
        type: 'rnnHtml',
        children: [],
        diagram: {title: 'T'},
        data: {hName: 'div', hChildren}
      }) as unknown as Nodes
    expect(toMyst([diagram([{type: 'text', value: 'x'}])], [])).toEqual([])
    const [node] = toMyst(
      [diagram([{type: 'element', tagName: 'svg', properties: {}, children: []}])],
      []
    )
    expect(node!.alt).toBe('T')
  })
})

describe('mdast shapes the solutions seldom make, as MyST nodes', () => {
  it('an inline number, a details block without summary, tables with and without alignment, HTML-only content', () => {
    const position = {start: {line: 3, column: 1}, end: {line: 3, column: 9}}
    const nodes = [
      {type: 'rnnInline', children: [{type: 'text', value: '68'}]},
      {
        type: 'rnnBlock',
        data: {hName: 'details'},
        children: [{type: 'paragraph', children: [{type: 'text', value: 'body'}]}]
      },
      {
        type: 'table',
        children: [
          {
            type: 'tableRow',
            children: [{type: 'tableCell', children: [{type: 'text', value: 'a'}]}]
          }
        ]
      },
      {
        type: 'table',
        align: [null],
        children: [
          {
            type: 'tableRow',
            children: [{type: 'tableCell', children: [{type: 'text', value: 'b'}]}]
          }
        ]
      },
      {
        type: 'paragraph',
        position,
        data: {hChildren: [{type: 'text', value: 'html'}]},
        children: []
      },
      {
        type: 'paragraph',
        data: {hProperties: {className: ['x', 'y']}, id: 'kept'},
        children: [{type: 'text', value: 'p'}]
      }
    ] as unknown as Nodes[]
    expect(json(toMyst(nodes, []))).toEqual([
      {type: 'text', value: '68'},
      {
        type: 'details',
        children: [
          {type: 'summary', children: []},
          {type: 'paragraph', children: [{type: 'text', value: 'body'}]}
        ]
      },
      {
        type: 'table',
        children: [
          {
            type: 'tableRow',
            children: [{type: 'tableCell', children: [{type: 'text', value: 'a'}]}]
          }
        ]
      },
      {
        type: 'table',
        children: [
          {
            type: 'tableRow',
            children: [{type: 'tableCell', header: true, children: [{type: 'text', value: 'b'}]}]
          }
        ]
      },
      {
        type: 'rnnHast',
        hast: {
          type: 'element',
          tagName: 'div',
          properties: {},
          children: [{type: 'text', value: 'html'}]
        },
        position
      },
      {type: 'paragraph', class: 'x y', data: {id: 'kept'}, children: [{type: 'text', value: 'p'}]}
    ])
  })
})
