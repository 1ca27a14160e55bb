import type {Breakdown, FrameworkTensor} from '../breakdown.js'
import type {Cell} from '../description.js'
import {recurrentClasses} from '../layers/recurrent-cells.js'
import type {FrameworkLayer} from './framework-layer.js'
import {
  decoderWidth,
  denseTerms,
  embeddingTerms,
  handedOnWidth,
  layerRow,
  layerTerms,
  sumCounts
} from './framework-layer.js'
import {runModuleName, runsOf} from './recurrent-runs.js'

/** The torch.nn module of each cell. */
export const pytorchModulesOfCell: Readonly<Record<Cell, string>> = recurrentClasses('pytorch')

/**
 * The dense layers' attribute names: the last is `output`; hidden ones are
 * `dense` when there is one, `dense1`, `dense2`, … when there are several.
 */
export function headModuleNames(count: number): string[] {
  return Array.from({length: count}, (_, index) =>
    index === count - 1 ? 'output' : count === 2 ? 'dense' : `dense${index + 1}`
  )
}

/** Inside a module of several layers, layer `k` of the stack is `_l{k - first}`. */
function localName(tensor: FrameworkTensor, layerInRun: number): FrameworkTensor {
  return {...tensor, name: tensor.name.replace(/_l\d+/, `_l${layerInRun}`)}
}

/**
 * The modules of the `nn.Module` a course writes (`batch_first=True`, so a
 * recurrent module's output is `[batch, time, features]`): `embedding`
 * (nn.Embedding), one recurrent module per run of equal widths (`lstm`, or
 * `lstm1`, `lstm2`, …), and the dense layers (`dense…`, `output`, nn.Linear)
 * applied to the last step, or to every step with `return-sequences`. An
 * encoder–decoder has these in two sub-modules, `encoder.embedding`,
 * `encoder.lstm`, `decoder.embedding`, `decoder.lstm`, the dense layers at
 * the top applied to every decoder step. A row's `name` is the module's path,
 * so `named_parameters()` gives `${name}.${tensor.name}`.
 */
export function pytorchModules(breakdown: Breakdown): FrameworkLayer[] {
  const d = breakdown.description
  const time = d.timesteps
  const pair = d.decoder !== null
  const prefix = pair ? 'encoder.' : ''
  const modules: FrameworkLayer[] = []
  if (d.vocab > 0) {
    const terms = embeddingTerms(breakdown, 'encoder')
    modules.push(layerRow(`${prefix}embedding`, 'Embedding', [null, time, d.inputs], terms))
  }

  modules.push(...stackModules(breakdown, 'encoder', prefix))
  if (d.decoder !== null) {
    if (d.decoder.vocab > 0) {
      const terms = embeddingTerms(breakdown, 'decoder')
      const shape = [null, time, d.decoder.inputs]
      modules.push(layerRow('decoder.embedding', 'Embedding', shape, terms))
    }

    modules.push(...stackModules(breakdown, 'decoder', 'decoder.'))
  }

  const names = headModuleNames(d.outputs.length)
  const everyStep = pair || d.returnSequences
  for (const [index, nodes] of d.outputs.entries()) {
    const shape = everyStep ? [null, time, nodes] : [null, nodes]
    const terms = denseTerms(breakdown, index + 1)
    modules.push(layerRow(names[index] ?? 'output', 'Linear', shape, terms))
  }

  return modules
}

/** One recurrent module per run of equal widths of one stack. */
function stackModules(
  breakdown: Breakdown,
  part: 'encoder' | 'decoder',
  prefix: string
): FrameworkLayer[] {
  const d = breakdown.description
  const widths = part === 'encoder' ? d.units : (d.decoder?.units ?? [])
  const runs = runsOf(widths)
  return runs.map((run, index) => {
    const layers = Array.from({length: run.layers}, (_, offset) => run.firstLayer + offset)
    const terms = layers.flatMap((layer) => layerTerms(breakdown, layer, part))
    const width =
      part === 'encoder' ? handedOnWidth(breakdown, run.units) : decoderWidth(breakdown, run.units)
    return {
      name: prefix + runModuleName(d, index, runs.length),
      type: pytorchModulesOfCell[d.cell],
      outputShape: [null, d.timesteps, width],
      params: sumCounts(terms),
      tensors: terms.map((term) =>
        localName(term.tensor, (term.layer ?? run.firstLayer) - run.firstLayer)
      )
    }
  })
}
