// @vitest-environment happy-dom
// A hostile MyST page: markup and event handlers in a quiz's question, its
// hint paragraph, its options' feedback, its options (`id`, `class`) and an
// explorer's. The page's own content stays MyST content (MyST's themes
// render no raw HTML); the widgets' HTML, which their modules write with
// innerHTML, holds only remark-rnn's own elements and text.
import {VFile} from 'vfile'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import explorerWidget from '../../src/browser/explorer-widget.js'
import selfCheckWidget from '../../src/browser/self-check-widget.js'
import {resolveOptions} from '../../src/directives/options.js'
import {explorerDirective} from '../../src/myst/explorer-directive.js'
import {writeHtmlParts} from '../../src/myst/html-parts.js'
import {quizDirective} from '../../src/myst/quiz-directive.js'
import type {MystNode} from '../../src/myst/types.js'

const evil =
  '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>'
const at = {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
const option = (name: string, value: string): MystNode => ({type: 'mystOption', name, value})
const text = (value: string): MystNode => ({type: 'text', value})
const html = (): MystNode => ({type: 'html', value: evil})
const paragraph = (...children: MystNode[]): MystNode => ({type: 'paragraph', children})
const item = (...children: MystNode[]): MystNode => ({type: 'listItem', children})
const hostileOptions = [option('class', evil), option('id', `x" onclick="alert(4)`)]

/** A question, a hint and options with feedback, each with hostile text and raw HTML. */
const body: MystNode[] = [
  paragraph(text(`How many parameters? ${evil}`), html()),
  html(),
  paragraph(text(`Hint: ${evil}`)),
  {
    type: 'list',
    ordered: false,
    children: [
      item(paragraph(text('12, 16'))),
      item(paragraph(text('12, 20')), paragraph(text(`Feedback ${evil}`), html())),
      item(paragraph(text('20, 16'))),
      item(paragraph(text('20, 12')))
    ]
  }
]

let argv: string[]
beforeEach(() => {
  argv = process.argv
  // A website build: the one kind with widgets.
  process.argv = ['node', 'myst', 'build', '--site']
})
afterEach(() => {
  process.argv = argv
})

async function widgetHtml(nodes: MystNode[]): Promise<string[]> {
  const file = new VFile({path: 'book/lesson.md'})
  const tree: MystNode = {type: 'root', children: nodes}
  await writeHtmlParts(tree, file)
  const found: string[] = []
  const walk = (node: MystNode) => {
    if (node.type === 'anywidget') found.push((node.model as {html: string}).html)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return found
}

/** Mount as book-theme does; every element and attribute the widget's DOM holds. */
function mounted(render: typeof selfCheckWidget.render, widgetHtml: string): Element {
  const host = document.createElement('div')
  document.body.append(host)
  const el = document.createElement('div')
  host.attachShadow({mode: 'open'}).append(el)
  render({model: {get: () => widgetHtml}, el})
  return el
}

function expectInert(el: Element): void {
  const elements = Array.from(el.querySelectorAll('*'))
  expect(elements.length).toBeGreaterThan(5)
  expect(
    elements.filter((node) => /^(script|img|iframe|object|embed|a)$/i.test(node.tagName))
  ).toEqual([])
  const handlers = elements.flatMap((node) =>
    node.getAttributeNames().filter((name) => name.startsWith('on'))
  )
  expect(handlers).toEqual([])
  expect(el.innerHTML).not.toMatch(/alert|javascript:/)
}

describe('hostile text in a MyST page never reaches a widget as markup', () => {
  it('in a choice quiz: question, hint, feedback, id and class', async () => {
    const spec = quizDirective(resolveOptions({}))
    const node = {
      type: 'mystDirective',
      position: at,
      children: [
        option('inputs', '3'),
        option('units', '4'),
        option('ask', 'input, recurrent'),
        option('answer', 'B'),
        ...hostileOptions
      ]
    }
    const nodes = spec.run({name: 'rnn-quiz', node, body}, new VFile({path: 'book/lesson.md'}))
    // The author's content stays as MyST has it, for MyST to render.
    expect(JSON.stringify(nodes)).toContain('Feedback <img')
    const [sheet, ...more] = await widgetHtml(nodes)
    expect(more).toEqual([])
    expectInert(mounted(selfCheckWidget.render, sheet as string))
  })

  it('in a number quiz', async () => {
    const spec = quizDirective(resolveOptions({}))
    const node = {
      type: 'mystDirective',
      position: at,
      children: [
        option('inputs', '3'),
        option('units', '4'),
        option('ask', 'input, recurrent'),
        option('type', 'number'),
        ...hostileOptions
      ]
    }
    const [sheet] = await widgetHtml(
      spec.run(
        {name: 'rnn-quiz', node, body: body.slice(0, 3)},
        new VFile({path: 'book/lesson.md'})
      )
    )
    expectInert(mounted(selfCheckWidget.render, sheet as string))
  })

  it('in an explorer', async () => {
    const spec = explorerDirective(resolveOptions({}), () => true)
    const node = {
      type: 'mystDirective',
      position: at,
      children: [
        option('inputs', '3'),
        option('units', '4'),
        option('outputs', '2'),
        ...hostileOptions
      ]
    }
    const [widget] = await widgetHtml(
      spec.run({name: 'rnn-explorer', node, body}, new VFile({path: 'book/lesson.md'}))
    )
    expectInert(mounted(explorerWidget.render, widget as string))
  })
})
