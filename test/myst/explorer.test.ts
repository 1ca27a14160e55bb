// @vitest-environment happy-dom
// An explorer as MyST has it: the worked solution as MyST content (every
// export shows it), and on a website an `anywidget` node the page transform
// writes, which the widget module runs in a shadow root.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import widget from '../../src/browser/explorer-widget.js'
import {analyseDescription} from '../../src/core/index.js'
import {resolveOptions} from '../../src/directives/options.js'
import {explorerDirective} from '../../src/myst/explorer-directive.js'
import {writeHtmlParts} from '../../src/myst/html-parts.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {MystNode} from '../../src/myst/types.js'
import {explorerNumbers, slotNumbers} from '../../src/render/index.js'

const at = {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
const option = (name: string, value: string): MystNode => ({type: 'mystOption', name, value})
const directive = (...options: MystNode[]): MystNode => ({
  type: 'mystDirective',
  position: at,
  children: options
})
const body: MystNode[] = [{type: 'paragraph', children: [{type: 'text', value: 'Try it.'}]}]
const seed = [option('inputs', '4'), option('units', '5'), option('outputs', '3')]

function nodesOf(tree: MystNode, type: string): MystNode[] {
  return [
    ...(tree.type === type ? [tree] : []),
    ...(tree.children ?? []).flatMap((child) => nodesOf(child, type))
  ]
}

function run(
  website: boolean,
  options: MystNode[],
  file = new VFile({path: 'book/lesson.md'}),
  solutions: 'show' | 'collapse' | 'hide' = 'show'
) {
  const spec = explorerDirective(resolveOptions({solutions}), () => website)
  return spec.run({name: 'rnn-explorer', node: directive(...options), body}, file)
}

describe('the rnn-explorer directive in MyST', () => {
  it('is one of the plugin’s directives', () => {
    expect(rnnMystPlugin().directives.map((spec) => spec.name)).toContain('rnn-explorer')
  })

  it('gives every export the worked solution, with no form and no widget outside a website', () => {
    const nodes = run(false, seed)
    const tree: MystNode = {type: 'root', children: nodes}
    expect(nodesOf(tree, 'table')).toHaveLength(1)
    expect(nodesOf(tree, 'rnnWidget')).toEqual([])
    expect(JSON.stringify(nodes)).not.toMatch(/rnn-explorer-controls|<style>/)
    expect(JSON.stringify(nodes)).toContain('20 + (25 + 5) + (15 + 3)')
  })

  it('folds the widget with the solution it explores under `solutions: collapse`', () => {
    const nodes = run(true, seed, undefined, 'collapse')
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'details', 'rnnReport'])
    const [fold] = nodesOf({type: 'root', children: nodes}, 'details')
    expect(fold!.children!.map((node) => node.type)).toEqual([
      'summary',
      'table',
      'math',
      'paragraph',
      'rnnWidget'
    ])
  })

  it('gives a student build (`solutions: hide`) the author’s content alone', () => {
    const nodes = run(true, seed, undefined, 'hide')
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'rnnReport'])
  })

  it('keeps a broken directive as written, with its problem', () => {
    const nodes = run(true, [option('inputs', '4'), option('unit', '5')])
    expect(JSON.stringify(nodes)).toContain('unknown-attribute')
    expect(nodesOf({type: 'root', children: nodes}, 'rnnWidget')).toEqual([])
  })

  it('runs on a website as a widget whose table follows its fields', async () => {
    const file = new VFile({path: 'book/lessons/rnn.md'})
    const tree: MystNode = {type: 'root', children: run(true, seed, file)}
    await writeHtmlParts(tree, file)
    expect(file.messages).toEqual([])
    const [node] = nodesOf(tree, 'anywidget')
    expect(node).toMatchObject({
      esm: '../../src/myst/explorer-widget.mjs',
      class: 'rnn-explorer-widget',
      id: 'rnn-explorer-widget-1'
    })

    const host = document.createElement('div')
    const root = host.attachShadow({mode: 'open'})
    const el = document.createElement('div')
    root.append(el)
    document.body.append(host)
    const html = ((node as MystNode).model as {html: string}).html
    const stop = widget.render({model: {get: () => html}, el})
    // The controls are shown, the formulas written in plain symbols (no KaTeX in a shadow root).
    expect(el.querySelector('.rnn-explorer-controls')?.hasAttribute('hidden')).toBe(false)
    expect(el.querySelector('table')?.textContent).toContain('n·h = 4 · 5')
    const field = el.querySelector<HTMLInputElement>('input.rnn-explorer-field') as HTMLInputElement
    field.value = '6'
    field.dispatchEvent(new Event('input', {bubbles: true}))
    const analysis = analyseDescription({inputs: 6, units: [5], outputs: [3]})
    if (!analysis.ok) throw new Error('not counted')
    const shown = Array.from(el.querySelectorAll('[data-rnn-slot]'), (slot) => slot.textContent)
    expect(shown).toEqual(
      slotNumbers(explorerNumbers(analysis.breakdown, {thousandsSeparator: ','})).map(
        (number) => number.text
      )
    )
    expect(el.querySelector('.rnn-explorer-status')?.textContent).toBe('Total: 78 parameters.')

    // Stopped (the theme unmounts it), it no longer follows.
    stop()
    field.value = '7'
    field.dispatchEvent(new Event('input', {bubbles: true}))
    expect(el.querySelector('.rnn-explorer-status')?.textContent).toBe('Total: 78 parameters.')
    widget.render({model: {get: () => undefined}, el})
    expect(el.innerHTML).toBe('')
  })

  it('lets the widget’s table change its rows when `vary` allows a choice', async () => {
    const file = new VFile({path: 'book/lessons/vary.md'})
    const tree: MystNode = {
      type: 'root',
      children: run(true, [...seed, option('vary', 'cell')], file)
    }
    await writeHtmlParts(tree, file)
    const [node] = nodesOf(tree, 'anywidget')
    const el = document.createElement('div')
    document.body.append(el)
    widget.render({model: {get: () => ((node as MystNode).model as {html: string}).html}, el})
    const cell = el.querySelector<HTMLSelectElement>(
      'select.rnn-explorer-choice'
    ) as HTMLSelectElement
    cell.value = 'gru'
    cell.dispatchEvent(new Event('input', {bubbles: true}))
    expect(el.querySelector('table')?.textContent).toContain('3·n·h = 3 · 4 · 5')
    expect(el.querySelector('.rnn-explorer-total')?.textContent).toMatch(/= 183(was 68)?/)
  })
})
