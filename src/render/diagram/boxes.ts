import type {BoxTone, Item, Line} from './items.js'
import {linesHeight, stackLines} from './stack-text.js'
import {lineWidth} from './text-metrics.js'

/** A box with centred lines of text (and gate blocks under them), before it is placed. */
export interface BoxSpec {
  readonly tone: BoxTone
  readonly lines: readonly Line[]
  readonly gates: readonly string[]
}

const padding = {x: 10, y: 7}
const gate = {width: 22, height: 20, gap: 4}
const minimumWidth = 64

function gatesWidth(gates: readonly string[]): number {
  return gates.length * gate.width + Math.max(0, gates.length - 1) * gate.gap
}

export function boxWidth(spec: BoxSpec): number {
  const text = Math.max(...spec.lines.map((line) => lineWidth(line)))
  return Math.ceil(
    Math.max(minimumWidth, text + 2 * padding.x, gatesWidth(spec.gates) + 2 * padding.x)
  )
}

export function boxHeight(spec: BoxSpec): number {
  const gates = spec.gates.length > 0 ? gate.height + padding.y : 0
  return Math.ceil(linesHeight(spec.lines) + gates + 2 * padding.y)
}

/** The box centred on `cx` with its top at `top`, `width` wide: frame, text, then the gate blocks. */
export function drawBox(spec: BoxSpec, cx: number, top: number, width: number): Item[] {
  const height = boxHeight(spec)
  const items: Item[] = [{kind: 'box', x: cx - width / 2, y: top, width, height, tone: spec.tone}]
  items.push(...stackLines(spec.lines, [], cx, top + padding.y, 'middle').items)
  const gatesTop = top + height - padding.y - gate.height
  let x = cx - gatesWidth(spec.gates) / 2
  for (const letter of spec.gates) {
    items.push({kind: 'box', x, y: gatesTop, width: gate.width, height: gate.height, tone: 'gate'})
    items.push({
      kind: 'text',
      x: x + gate.width / 2,
      y: gatesTop + 15,
      anchor: 'middle',
      line: [{text: letter, shift: 'base'}],
      tone: 'text'
    })
    x += gate.width + gate.gap
  }

  return items
}
