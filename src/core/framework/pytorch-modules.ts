import type {Breakdown} from '../breakdown.js'
import type {NetworkDescription} from '../description.js'
import type {DescribedLayer} from '../description-graph.js'
import type {LayerCall, LayerForm} from '../layers/layer-spec.js'
import type {SummaryRow} from './framework-layer.js'
import {graphRow, networkParts} from './framework-layer.js'

/**
 * A module of the `nn.Module` the lesson writes: its attribute name (the
 * lesson's), the call that makes it and the layers of the graph it holds,
 * a recurrent module all the layers of its run (`num_layers`).
 */
export interface TorchModule {
  readonly name: string
  readonly form: LayerForm
  readonly call: LayerCall
  readonly layers: readonly DescribedLayer[]
}

/** One stack's modules: its Embedding, and one recurrent module per run of equal widths. */
export interface TorchStack {
  readonly embedding?: TorchModule
  readonly recurrent: readonly TorchModule[]
}

export interface TorchModules {
  /** The encoder's (or only) stack. */
  readonly encoder: TorchStack
  readonly decoder?: TorchStack
  /** The dense layers, the output layer last. */
  readonly head: readonly TorchModule[]
}

const single = (name: string, layer: DescribedLayer): TorchModule => ({
  name,
  form: layer.form,
  call: layer.call,
  layers: [layer]
})

/**
 * Consecutive recurrent layers of equal width make one module with
 * `num_layers` (`64,64,32` → `lstm1` of two layers, `lstm2`), named after
 * its class: `lstm` for a single run, `lstm1`, `lstm2`, … for several.
 */
function runModules(layers: readonly DescribedLayer[]): TorchModule[] {
  const runs: DescribedLayer[][] = []
  for (const layer of layers) {
    const run = runs.at(-1)
    if (run !== undefined && (run[0] as DescribedLayer).label.units === layer.label.units)
      run.push(layer)
    else runs.push([layer])
  }

  return runs.map((run, index) => {
    const first = run[0] as DescribedLayer
    const base = first.call.className.toLowerCase()
    const args = {...first.call.args, num_layers: run.length}
    return {
      name: runs.length === 1 ? base : `${base}${index + 1}`,
      form: first.form,
      call: {...first.call, args},
      layers: run
    }
  })
}

function stackModules(embedding: DescribedLayer | undefined, layers: readonly DescribedLayer[]) {
  const recurrent = runModules(layers)
  return embedding === undefined
    ? {recurrent}
    : {embedding: single('embedding', embedding), recurrent}
}

/**
 * The dense layers' attribute names: the last is `output`; hidden ones are
 * `dense` when there is one, `dense1`, `dense2`, … when there are several.
 */
function headName(index: number, count: number): string {
  return index === count - 1 ? 'output' : count === 2 ? 'dense' : `dense${index + 1}`
}

/** The modules of the description's model graph, as the lesson's `nn.Module` holds them. */
export function torchModules(description: NetworkDescription): TorchModules {
  const parts = networkParts(description)
  const {head} = parts
  return {
    encoder: stackModules(parts.encoderEmbedding, parts.encoder),
    ...(description.decoder === null
      ? {}
      : {decoder: stackModules(parts.decoderEmbedding, parts.decoder)}),
    head: head.map((layer, index) => single(headName(index, head.length), layer))
  }
}

/** The width a module hands on: its last layer's output. */
export function moduleWidth(module: TorchModule): number {
  return (module.layers.at(-1) as DescribedLayer).output.at(-1) as number
}

/** Inside a module of several layers, layer `k` of the run is `_l{k}`. */
const localName = (name: string, k: number) => name.replace(/_l0(?=_reverse$|$)/, `_l${k}`)

/**
 * The modules of the `nn.Module` a course writes (`batch_first=True`, so a
 * recurrent module's output is `[batch, time, features]`), in order. An
 * encoder–decoder has its stacks in two sub-modules, `encoder.embedding`,
 * `encoder.lstm`, `decoder.embedding`, `decoder.lstm`, the dense layers at
 * the top applied to every decoder step; otherwise they read the last step,
 * or every step with `return-sequences`. A row's `name` is the module's
 * path, so `named_parameters()` gives `${name}.${tensor.name}`.
 */
export function pytorchRows(breakdown: Breakdown): SummaryRow[] {
  const d = breakdown.description
  const modules = torchModules(d)
  const row = (prefix: string, module: TorchModule, everyStep: boolean) => {
    const width = moduleWidth(module)
    const shape = everyStep ? [null, d.timesteps, width] : [null, width]
    return graphRow(prefix + module.name, module.call.className, shape, module.layers, localName)
  }
  const stackRows = (stack: TorchStack, prefix: string) =>
    [...(stack.embedding === undefined ? [] : [stack.embedding]), ...stack.recurrent].map(
      (module) => row(prefix, module, true)
    )
  const everyStep = modules.decoder !== undefined || d.returnSequences
  return [
    ...stackRows(modules.encoder, modules.decoder === undefined ? '' : 'encoder.'),
    ...(modules.decoder === undefined ? [] : stackRows(modules.decoder, 'decoder.')),
    ...modules.head.map((module) => row('', module, everyStep))
  ]
}
