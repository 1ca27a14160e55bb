// @vitest-environment happy-dom
// A quiz's self-check as MyST has it: the answer sheet the page transform
// writes into an `anywidget` node, and the widget module MyST's theme runs on
// it (in a shadow root, as book-theme does). Chromium runs the same on a built
// book in test/sites/jupyter-book-theme.test.ts.
import type {Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import widget from '../../src/browser/self-check-widget.js'
import remarkRnn from '../../src/index.js'
import {buildsWebsiteOnly} from '../../src/myst/build-target.js'
import {writeHtmlParts} from '../../src/myst/html-parts.js'
import {selfCheckWidget} from '../../src/myst/self-check-widget.js'
import type {MystNode} from '../../src/myst/types.js'
import type {RnnBlock} from '../../src/render/index.js'
import {solutionStrings} from '../../src/render/index.js'

const page = `
:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" answer=B}
How many input and recurrent parameters has a layer with $3$ inputs?

Count the biases with the recurrent weights.

- 12, 16
- 12, 20

  The one with the bias.
- 20, 16
- 20, 12
:::

:::rnn-quiz{inputs=3 units=4 outputs=2 ask="input, recurrent, output" type=number}
How many input, recurrent and output parameters?
:::
`

async function forms(options?: Parameters<typeof remarkRnn>[0]): Promise<RnnBlock[]> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRnn, options)
  const file = new VFile({value: page, path: 'lesson.md'})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  expect(file.messages.map(String)).toEqual([])
  const found: RnnBlock[] = []
  const walk = (node: {type: string; children?: unknown[]; data?: {hName?: string}}) => {
    if (node.type === 'rnnBlock' && node.data?.hName === 'form') found.push(node as RnnBlock)
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
  }

  walk(tree)
  return found
}

/** The anywidget nodes the page transform writes for these forms, in a page at `book/lessons/`. */
async function widgetNodes(found: readonly RnnBlock[]): Promise<MystNode[]> {
  const strings = solutionStrings('en')
  const tree: MystNode = {
    type: 'root',
    children: found.flatMap((form) => selfCheckWidget(form, {strings, mode: 'show'}, true))
  }
  const file = new VFile({path: 'book/lessons/rnn.md'})
  await writeHtmlParts(tree, file)
  expect(file.messages).toEqual([])
  return tree.children ?? []
}

/** Mount a widget as book-theme does: `render` with the node's model and a div in an open shadow root. */
function mount(node: MystNode): ShadowRoot {
  const host = document.createElement('div')
  document.body.append(host)
  const shadow = host.attachShadow({mode: 'open'})
  const el = document.createElement('div')
  shadow.append(el)
  const model = node.model as Record<string, unknown>
  widget.render({model: {get: (name: string) => model[name]}, el})
  return shadow
}

function check(root: ShadowRoot): string {
  const form = root.querySelector('form') as HTMLFormElement
  form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}))
  return root.querySelector('.rnn-quiz-status')?.textContent ?? ''
}

describe('the self-check widget of a MyST page', () => {
  it('is an anywidget node whose module path mystmd resolves from the page, with the answer sheet as its model', async () => {
    const nodes = await widgetNodes(await forms())
    expect(nodes.map((node) => [node.type, node.class, node.id])).toEqual([
      ['anywidget', 'rnn-quiz-widget', 'rnn-quiz-widget-1'],
      ['anywidget', 'rnn-quiz-widget', 'rnn-quiz-widget-2']
    ])
    // From book/lessons/ to the module beside the plugin (src/myst/ here, dist/ when built).
    expect(nodes[0]!.esm).toMatch(/^(\.\.\/)+src\/myst\/self-check-widget\.mjs$/)
    const html = (nodes[0]!.model as {html: string}).html
    // The question, its math and an option's further paragraph stay on the page, as MyST content.
    expect(html).not.toMatch(/How many|Count the biases|<code|The one with the bias/)
    expect(html).toContain('<legend>Your answer</legend>')
    expect(html.match(/<label for="rnn-quiz-1-[a-d]">[A-D]<\/label>/g)).toHaveLength(4)
    // Its own stylesheet, which shows Check in a shadow root and follows book-theme's dark class.
    expect(html).toContain(':host-context(html.dark) .rnn-quiz-form{')
    expect(html).toContain('.rnn-quiz-form .rnn-quiz-check{display:inline-block}')
  })

  it('checks a choice in its shadow root: the mistake of a wrong one, the computation of the right one', async () => {
    const [choice] = await widgetNodes(await forms())
    const root = mount(choice!)
    expect(check(root)).toBe('Choose or type an answer first.')
    const radio = (letter: string) =>
      root.querySelector<HTMLInputElement>(`input.rnn-quiz-radio[value="${letter}"]`)!
    radio('D').checked = true
    radio('D').dispatchEvent(new Event('change', {bubbles: true}))
    expect(check(root)).toBe('Not this one: the right numbers in the wrong order.')
    radio('B').checked = true
    radio('B').dispatchEvent(new Event('change', {bubbles: true}))
    // A changed answer clears the old verdict.
    expect(root.querySelector('.rnn-quiz-status')?.textContent).toBe('')
    expect(check(root)).toBe('Right: input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.')
    expect(root.querySelector('.rnn-quiz-status')?.hasAttribute('data-rnn-right')).toBe(true)
  })

  it('checks typed numbers in its shadow root, in any order', async () => {
    const [, number] = await widgetNodes(await forms())
    const root = mount(number!)
    const type = (...values: string[]) => {
      const fields = root.querySelectorAll<HTMLInputElement>('input.rnn-quiz-number')
      values.forEach((value, index) => {
        fields[index]!.value = value
      })
    }
    type('12', '10', '20')
    expect(check(root)).toBe('Not this one: the right numbers in the wrong order.')
    type('12', '20', '7.5')
    expect(check(root)).toMatch(/whole number/)
    type('12', '20', '10')
    expect(check(root)).toMatch(/^Right: input = 3 · 4 = 12; recurrent/)
  })

  it('stops listening when the theme takes it down, and shows nothing for a model without HTML', async () => {
    const [choice] = await widgetNodes(await forms())
    const host = document.createElement('div')
    document.body.append(host)
    const el = document.createElement('div')
    host.attachShadow({mode: 'open'}).append(el)
    const model = choice!.model as Record<string, unknown>
    const cleanup = widget.render({model: {get: (name: string) => model[name]}, el})
    const form = el.querySelector('form') as HTMLFormElement
    cleanup()
    const event = new Event('submit', {bubbles: true, cancelable: true})
    form.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    const empty = document.createElement('div')
    widget.render({model: {get: () => undefined}, el: empty})
    expect(empty.innerHTML).toBe('')
  })

  it('is left out of student builds, where there is no feedback to give', async () => {
    const strings = solutionStrings('en')
    const found = await forms({solutions: 'hide'})
    expect(found).toHaveLength(2)
    expect(found.flatMap((form) => selfCheckWidget(form, {strings, mode: 'hide'}, true))).toEqual(
      []
    )
    expect(selfCheckWidget(undefined, {strings, mode: 'show'}, true)).toEqual([])
  })
})

describe('which mystmd runs get the widget', () => {
  const run = (...args: string[]) => buildsWebsiteOnly(['node', 'myst.cjs', ...args])

  it('a website build and nothing else: start, build --site, build --html', () => {
    expect(run('start')).toBe(true)
    expect(run('start', '--headless')).toBe(true)
    expect(run('build', '--site')).toBe(true)
    expect(run('build', '--html', '--strict')).toBe(true)
  })

  it('not an export, a plain build (which writes the pages’ exports too) or anything else', () => {
    expect(run('build', '--md')).toBe(false)
    expect(run('build', '--site', '--pdf')).toBe(false)
    expect(run('build', '--all')).toBe(false)
    expect(run('build')).toBe(false)
    expect(run('init')).toBe(false)
    expect(run()).toBe(false)
  })
})
