import type {Element, ElementContent} from 'hast'
import {element as s} from './element.js'
import type {BarItem, BoxItem, EdgeItem, Item, Line, LoopItem, Section, TextItem} from './items.js'
import {diagramStylesheet} from './style.js'
import {fontSize, shiftOffset} from './text-metrics.js'

/** Whole coordinates: short (pages carry many diagrams), the same bytes on every machine, and half a unit is invisible. */
const n = (value: number) => Math.round(value)

/** A line's runs as text and `<tspan>`s, moving the baseline for sub- and superscripts. */
function runs(line: Line): ElementContent[] {
  let offset = 0
  return line.map((run) => {
    const dy = shiftOffset[run.shift] - offset
    offset = shiftOffset[run.shift]
    if (dy === 0 && run.shift === 'base') return {type: 'text', value: run.text}
    return s(
      'tspan',
      {
        dy: dy === 0 ? undefined : n(dy),
        fontSize: run.shift === 'base' ? undefined : fontSize.small
      },
      run.text
    )
  })
}

function text(item: TextItem): Element {
  const className = item.tone === 'text' ? undefined : [`rnn-d-${item.tone}`]
  return s(
    'text',
    {
      x: n(item.x),
      y: n(item.y),
      textAnchor: item.anchor === 'start' ? undefined : item.anchor,
      className
    },
    runs(item.line)
  )
}

/** A filled arrowhead with its tip at `tip`, pointing along (dx, dy), as path data. */
function arrowhead(tip: readonly [number, number], dx: number, dy: number): string {
  const length = Math.hypot(dx, dy) || 1
  const [ux, uy] = [dx / length, dy / length]
  const back = [tip[0] - 8 * ux, tip[1] - 8 * uy] as const
  const points = [
    tip,
    [back[0] - 4 * uy, back[1] + 4 * ux],
    [back[0] + 4 * uy, back[1] - 4 * ux]
  ] as const
  return `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}Z`
}

/** Path data of a connection, and of its arrowhead when it has one. */
function edgeData(item: EdgeItem | LoopItem): {readonly line: string; readonly head: string} {
  if (item.kind === 'loop') {
    const bulge = item.x + 1.4 * item.reach
    const line = `M${n(item.x)} ${n(item.from)}C${n(bulge)} ${n(item.from - 12)} ${n(bulge)} ${n(item.to + 12)} ${n(item.x)} ${n(item.to)}`
    return {line, head: arrowhead([item.x, item.to], item.x - bulge, -12)}
  }

  const end = item.points[item.points.length - 1] ?? [0, 0]
  const before = item.points[item.points.length - 2] ?? end
  const line = `M${item.points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}`
  return {line, head: item.head ? arrowhead(end, end[0] - before[0], end[1] - before[1]) : ''}
}

/** A rectangle with rounded corners of radius `r` as path data. */
function roundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const [w, h] = [n(width) - 2 * r, n(height) - 2 * r]
  const corner = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`
  return `M${n(x) + r} ${n(y)}h${w}${corner(r, r)}v${h}${corner(-r, r)}h${-w}${corner(-r, -r)}v${-h}${corner(r, -r)}Z`
}

/** Boxes drawn in this order, so gate blocks lie on their state's box. */
const boxTones = ['input', 'hidden', 'output', 'concat', 'gate'] as const

/** All boxes of one kind in one path, and all bias bars in another: one element each, however many. */
function boxPaths(items: readonly Item[]): Element[] {
  const paths = boxTones.map((tone) => ({
    className: `rnn-d-${tone}`,
    d: items
      .filter((item): item is BoxItem => item.kind === 'box' && item.tone === tone)
      .map((box) => roundedRect(box.x, box.y, box.width, box.height, tone === 'gate' ? 3 : 6))
      .join('')
  }))
  const bars = items
    .filter((item): item is BarItem => item.kind === 'bar')
    .map((bar) => roundedRect(bar.x, bar.y, bar.width, 4, 1))
  paths.push({className: 'rnn-d-bias', d: bars.join('')})
  return paths
    .filter((path) => path.d !== '')
    .map((path) => s('path', {className: [path.className], d: path.d}))
}

/**
 * The laid-out items as SVG: every connection in one path and every
 * arrowhead in another (a picture has dozens; one element each keeps pages
 * light), then the boxes, then the text on top.
 */
export function sceneElements(items: readonly Item[]): Element[] {
  const edges = items
    .filter((item): item is EdgeItem | LoopItem => item.kind === 'edge' || item.kind === 'loop')
    .map(edgeData)
  const lines = edges.map((edge) => edge.line).join('')
  const heads = edges.map((edge) => edge.head).join('')
  return [
    ...(lines ? [s('path', {className: ['rnn-d-edge'], d: lines})] : []),
    ...boxPaths(items),
    ...(heads ? [s('path', {className: ['rnn-d-head'], d: heads})] : []),
    ...items.filter((item): item is TextItem => item.kind === 'text').map(text)
  ]
}

/** Natural size: viewBox units to CSS pixels, so labels are 20px on a wide page; narrower columns scale it down. */
const naturalScale = 1.25

/** What a diagram's SVG says about itself: its id, title, description for screen readers, and whether it carries its stylesheet. */
export interface SvgLabels {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly stylesheet: boolean
}

/** A composed scene as the diagram's SVG: sized, titled and described, on its background. */
export function sceneSvg(scene: Section, {id, title, description, stylesheet}: SvgLabels): Element {
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: ['rnn-diagram-svg'],
      viewBox: `0 0 ${scene.width} ${scene.height}`,
      width: Math.round(scene.width * naturalScale),
      height: Math.round(scene.height * naturalScale),
      fontSize: fontSize.main,
      role: 'img',
      ariaLabelledBy: [`${id}-title`, `${id}-desc`]
    },
    [
      s('title', {id: `${id}-title`}, title),
      s('desc', {id: `${id}-desc`}, description),
      ...(stylesheet ? [s('style', {}, diagramStylesheet)] : []),
      s('rect', {className: ['rnn-d-bg'], width: scene.width, height: scene.height, rx: 8}),
      ...sceneElements(scene.items)
    ]
  )
}
