// Without the optional peers (hast-util-to-html, mdast-util-to-hast), MyST
// leaves the HTML-only parts out and says what to install, at the directive.
import type {Nodes, Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, it, vi} from 'vitest'
import remarkRnn from '../../src/index.js'
import {placeHtmlParts, writeHtmlParts} from '../../src/myst/html-parts.js'
import {selfCheckWidget} from '../../src/myst/self-check-widget.js'
import {toMyst} from '../../src/myst/to-myst.js'
import type {MystNode} from '../../src/myst/types.js'
import type {RnnBlock, RnnHtml} from '../../src/render/index.js'
import {solutionStrings} from '../../src/render/index.js'

vi.mock('hast-util-to-html', () => {
  throw new Error('Cannot find package hast-util-to-html')
})
vi.mock('mdast-util-to-hast', () => {
  throw new Error('Cannot find package mdast-util-to-hast')
})

it('leaves a diagram and a self-check out with a positioned missing-dependency warning each', async () => {
  const page = [
    ':::rnn{inputs=4 units=5 outputs=3 show=diagram}',
    ':::',
    '',
    ':::rnn-quiz{inputs=3 units=4 ask=input answer=A}',
    'How many?',
    '',
    '- 12',
    '- 16',
    ':::',
    ''
  ].join('\n')
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
  const source = new VFile({value: page, path: 'lesson.md'})
  const tree = (await processor.run(processor.parse(source), source)) as Root
  const found: Array<RnnBlock | RnnHtml> = []
  const walk = (node: Nodes) => {
    if (
      (node.type === 'rnnHtml' && node.diagram) ||
      (node.type === 'rnnBlock' && node.data?.hName === 'form')
    )
      found.push(node)
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  const [diagram, form] = found
  const at = (line: number) => ({start: {line, column: 1}, end: {line: line + 1, column: 4}})
  const solution = toMyst([diagram!], [])
  const quiz = selfCheckWidget(
    form as RnnBlock,
    {strings: solutionStrings('en'), mode: 'show'},
    true
  )
  placeHtmlParts(solution, at(1))
  placeHtmlParts(quiz, at(4))
  expect(solution.map((node) => node.type)).toEqual(['rnnDiagram'])
  expect(quiz.map((node) => node.type)).toEqual(['rnnWidget'])

  const myst: MystNode = {type: 'root', children: [...solution, ...quiz]}
  const file = new VFile({path: 'lesson.md'})
  await writeHtmlParts(myst, file)
  expect(myst.children).toEqual([])
  expect(
    file.messages.map((message) => [
      message.line,
      message.ruleId,
      message.source,
      message.fatal,
      message.url,
      message.reason
    ])
  ).toEqual([
    [
      1,
      'missing-dependency',
      'remark-rnn',
      false,
      'https://github.com/remark-rnn/remark-rnn#rule-missing-dependency',
      'A diagram exists only as HTML: install hast-util-to-html next to remark-rnn to show it in MyST.'
    ],
    [
      4,
      'missing-dependency',
      'remark-rnn',
      false,
      'https://github.com/remark-rnn/remark-rnn#rule-missing-dependency',
      "A quiz's self-check exists only as HTML: install hast-util-to-html and mdast-util-to-hast next to remark-rnn to show it in MyST."
    ]
  ])
})

it('leaves an explorer’s widget out with a warning, its worked solution kept', async () => {
  const {explorerDirective} = await import('../../src/myst/explorer-directive.js')
  const {resolveOptions} = await import('../../src/directives/options.js')
  const at = {start: {line: 3, column: 1}, end: {line: 5, column: 4}}
  const node: MystNode = {
    type: 'mystDirective',
    position: at,
    children: [
      {type: 'mystOption', name: 'inputs', value: '4'},
      {type: 'mystOption', name: 'units', value: '5'}
    ]
  }
  const file = new VFile({path: 'lesson.md'})
  const spec = explorerDirective(resolveOptions({}), () => true)
  // Without a body (`{rnn-explorer}` and its options only).
  const myst: MystNode = {
    type: 'root',
    children: spec.run({name: 'rnn-explorer', node, body: undefined as never}, file)
  }
  await writeHtmlParts(myst, file)
  expect(JSON.stringify(myst)).toContain('"type":"table"')
  expect(JSON.stringify(myst)).not.toContain('anywidget')
  expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
    [
      3,
      'An explorer exists only as HTML: install hast-util-to-html and mdast-util-to-hast next to remark-rnn to show it in MyST.'
    ]
  ])
})
