import type {SummaryRow} from './framework-layer.js'
import type {GraphLayer} from './keras-functional.js'

/**
 * The order in which Keras lists a functional model's layers
 * (keras/src/ops/function.py, `map_graph`): deepest first, a layer's depth
 * being its longest path to the output; layers of equal depth in the order a
 * depth-first walk from the output first reaches them, each layer's inputs
 * in call order.
 */
export function functionalOrder(output: GraphLayer): SummaryRow[] {
  const index = new Map<GraphLayer, number>()
  const finished: GraphLayer[] = []
  const walk = (node: GraphLayer) => {
    if (index.has(node)) return
    index.set(node, index.size)
    for (const input of node.inputs) walk(input)
    finished.push(node)
  }

  walk(output)
  // Reversed, the finishing order has every layer before the layers it reads.
  const depth = new Map<GraphLayer, number>([[output, 0]])
  for (const node of finished.reverse()) {
    const at = depth.get(node) ?? 0
    for (const input of node.inputs) depth.set(input, Math.max(depth.get(input) ?? 0, at + 1))
  }

  const depthOf = (node: GraphLayer) => depth.get(node) ?? 0
  const indexOf = (node: GraphLayer) => index.get(node) ?? 0
  return [...index.keys()]
    .sort((a, b) => depthOf(b) - depthOf(a) || indexOf(a) - indexOf(b))
    .map((node) => node.row)
}
