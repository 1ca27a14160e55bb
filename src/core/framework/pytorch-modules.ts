import type {Breakdown, FrameworkTensor} from '../breakdown.js'
import type {Cell} from '../description.js'
import type {FrameworkLayer} from './framework-layer.js'
import {handedOnWidth, sumCounts, termsOf} from './framework-layer.js'
import {recurrentRuns, runModuleName} from './recurrent-runs.js'

/** The torch.nn module of each cell. */
export const pytorchModulesOfCell: Readonly<Record<Cell, string>> = {
  rnn: 'RNN',
  lstm: 'LSTM',
  gru: 'GRU'
}

/** Inside a module of several layers, layer `k` of the stack is `_l{k - first}`. */
function localName(tensor: FrameworkTensor, layerInRun: number): FrameworkTensor {
  return {...tensor, name: tensor.name.replace(/_l\d+/, `_l${layerInRun}`)}
}

/**
 * The modules of the `nn.Module` a course writes: `embedding` (nn.Embedding),
 * one recurrent module per run of equal widths (`batch_first=True`, so its
 * output is `[batch, time, features]`), and `output` (nn.Linear) applied to
 * the last step, or to every step with `return-sequences`.
 */
export function pytorchModules(breakdown: Breakdown): FrameworkLayer[] {
  const d = breakdown.description
  const time = d.timesteps
  const modules: FrameworkLayer[] = []
  if (d.vocab > 0) {
    const terms = termsOf(breakdown, 'embedding')
    modules.push({
      name: 'embedding',
      type: 'Embedding',
      outputShape: [null, time, d.inputs],
      params: sumCounts(terms),
      tensors: terms.map((term) => term.tensor)
    })
  }

  const runs = recurrentRuns(d)
  for (const [index, run] of runs.entries()) {
    const layers = Array.from({length: run.layers}, (_, offset) => run.firstLayer + offset)
    const terms = layers.flatMap((layer) => termsOf(breakdown, layer))
    modules.push({
      name: runModuleName(d, index, runs.length),
      type: pytorchModulesOfCell[d.cell],
      outputShape: [null, time, handedOnWidth(breakdown, run.units)],
      params: sumCounts(terms),
      tensors: terms.map((term) =>
        localName(term.tensor, (term.layer ?? run.firstLayer) - run.firstLayer)
      )
    })
  }

  if (d.outputs > 0) {
    const terms = termsOf(breakdown, 'output')
    modules.push({
      name: 'output',
      type: 'Linear',
      outputShape: d.returnSequences ? [null, time, d.outputs] : [null, d.outputs],
      params: sumCounts(terms),
      tensors: terms.map((term) => term.tensor)
    })
  }

  return modules
}
