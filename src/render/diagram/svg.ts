import type {Element, ElementContent} from 'hast'
import {s} from 'hastscript'
import type {Item, Line, TextItem} from './items.js'
import {fontSize, shiftOffset} from './text-metrics.js'

/** Coordinates to one decimal: short, and the same bytes on every machine. */
const n = (value: number) => Math.round(value * 10) / 10

/** A line's runs as text and `<tspan>`s, moving the baseline for sub- and superscripts. */
function runs(line: Line): ElementContent[] {
  let offset = 0
  return line.map((run) => {
    const dy = shiftOffset[run.shift] - offset
    offset = shiftOffset[run.shift]
    if (dy === 0 && run.shift === 'base') return {type: 'text', value: run.text}
    return s('tspan', {dy: dy === 0 ? undefined : n(dy), fontSize: run.shift === 'base' ? undefined : fontSize.small}, run.text)
  })
}

function text(item: TextItem): Element {
  const className = item.tone === 'text' ? undefined : [`rnn-d-${item.tone}`]
  return s('text', {x: n(item.x), y: n(item.y), textAnchor: item.anchor === 'start' ? undefined : item.anchor, className}, runs(item.line))
}

/** A filled arrowhead with its tip at `tip`, pointing along (dx, dy). */
function arrowhead(tip: readonly [number, number], dx: number, dy: number): Element {
  const length = Math.hypot(dx, dy) || 1
  const [ux, uy] = [dx / length, dy / length]
  const back = [tip[0] - 8 * ux, tip[1] - 8 * uy]
  const points = [tip, [back[0]! - 4 * uy, back[1]! + 4 * ux], [back[0]! + 4 * uy, back[1]! - 4 * ux]]
  return s('path', {className: ['rnn-d-head'], d: `M${points.map(([x, y]) => `${n(x!)} ${n(y!)}`).join('L')}Z`})
}

/** One laid-out item as SVG elements. */
export function itemElements(item: Item): Element[] {
  switch (item.kind) {
    case 'text':
      return [text(item)]
    case 'box':
      return [s('rect', {className: [`rnn-d-${item.tone}`], x: n(item.x), y: n(item.y), width: n(item.width), height: n(item.height), rx: item.tone === 'gate' ? 3 : 6})]
    case 'bar':
      return [s('rect', {className: ['rnn-d-bias'], x: n(item.x), y: n(item.y), width: n(item.width), height: 4, rx: 1})]
    case 'edge': {
      const points = item.points
      const end = points[points.length - 1] ?? [0, 0]
      const before = points[points.length - 2] ?? end
      const d = `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}`
      const line = s('path', {className: ['rnn-d-edge'], d})
      return item.head ? [line, arrowhead(end, end[0] - before[0], end[1] - before[1])] : [line]
    }

    case 'loop': {
      const bulge = item.x + 1.4 * item.reach
      const d = `M${n(item.x)} ${n(item.from)}C${n(bulge)} ${n(item.from - 12)} ${n(bulge)} ${n(item.to + 12)} ${n(item.x)} ${n(item.to)}`
      return [s('path', {className: ['rnn-d-edge'], d}), arrowhead([item.x, item.to], item.x - bulge, item.to - (item.to + 12))]
    }
  }
}
