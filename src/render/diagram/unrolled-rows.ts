import type {Term} from '../../core/index.js'
import type {BoxSpec} from './boxes.js'
import {stateMarks} from './folded-layout.js'
import type {Line} from './items.js'
import type {DenseView, DiagramModel, DirectionView} from './model.js'
import {stackMarks} from './stack-text.js'
import {plain} from './text-metrics.js'

/** A row of the unrolled grid: inputs, outputs, or one layer in one direction. */
export interface GridRow {
  readonly kind: 'input' | 'output' | 'state'
  readonly view?: DirectionView | undefined
  readonly layer?: number | undefined
  /** The dense layer of an output row. */
  readonly dense?: DenseView | undefined
  /** The weights on the arrows into this row, from the row's source below. */
  readonly feed?: Term | undefined
}

/** Rows from the top (outputs) to the bottom (inputs); a bidirectional layer's backward row above its forward row. */
export function gridRows(model: DiagramModel): GridRow[] {
  const rows: GridRow[] = []
  for (const dense of [...model.head].reverse())
    rows.push({kind: 'output', dense, feed: dense.weights})
  for (const layer of [...model.layers].reverse()) {
    for (const view of [...layer.directions].reverse())
      rows.push({kind: 'state', view, layer: layer.layer, feed: view.input})
  }

  rows.push({kind: 'input'})
  return rows
}

/** The box of one row at one time step: `x₁`, `h₂⁽²ᐧ→⁾`, `z₃⁽¹⁾`, `y₁`. */
export function rowBox(model: DiagramModel, row: GridRow, step: string): BoxSpec {
  if (row.kind === 'input') {
    const marks = stackMarks(model)
    const line: Line = [
      {text: `x${step}`, shift: 'base'},
      ...(marks.length > 0 ? [{text: `(${marks.join(',')})`, shift: 'sup' as const}] : [])
    ]
    return {tone: 'input', lines: [line], gates: []}
  }
  if (row.kind === 'output') {
    const hidden = row.dense && !row.dense.last
    const line: Line = hidden
      ? [
          {text: `z${step}`, shift: 'base'},
          {text: `(${row.dense?.index})`, shift: 'sup'}
        ]
      : plain(`y${step}`)
    return {tone: 'output', lines: [line], gates: []}
  }
  const marks = stateMarks(model, row.layer ?? 1, row.view as DirectionView)
  return {
    tone: 'hidden',
    lines: [
      [
        {text: `h${step}`, shift: 'base'},
        ...(marks.length > 0 ? [{text: `(${marks.join(',')})`, shift: 'sup' as const}] : [])
      ]
    ],
    gates: []
  }
}
