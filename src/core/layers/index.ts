import type {Framework} from '../description.js'
import {closest} from '../suggest.js'
import {attention} from './attention.js'
import {convLstm} from './conv-lstm.js'
import {convolution} from './convolution.js'
import {cudnnRecurrent} from './cudnn-recurrent.js'
import {dense} from './dense.js'
import {embedding} from './embedding.js'
import {gru} from './gru.js'
import type {LayerForm, LayerSpec} from './layer-spec.js'
import {lstm} from './lstm.js'
import {multiHeadAttention} from './multi-head-attention.js'
import {batchNormalization, featureNormalization, layerNormalization} from './normalization.js'
import {parameter} from './parameter.js'
import {parameterFree} from './parameter-free.js'
import {simpleRnn} from './simple-rnn.js'
import {bidirectional, rnnWrapper, timeDistributed} from './wrappers.js'

export type * from './layer-spec.js'

/** Every layer the code readers know, in the order the generated table lists them. */
export const layerSpecs: readonly LayerSpec[] = [
  embedding,
  simpleRnn,
  lstm,
  gru,
  cudnnRecurrent,
  rnnWrapper,
  bidirectional,
  dense,
  timeDistributed,
  convolution,
  convLstm,
  batchNormalization,
  layerNormalization,
  featureNormalization,
  multiHeadAttention,
  attention,
  parameter,
  parameterFree
]

const byName = new Map<string, LayerForm>(
  layerSpecs.flatMap((spec) =>
    spec.forms.flatMap((form) =>
      form.names.map((name) => [`${form.framework}:${name}`, form] as const)
    )
  )
)

/** The form of a framework's layer class, by the name the code calls it. */
export function layerForm(framework: Framework, className: string): LayerForm | undefined {
  return byName.get(`${framework}:${className}`)
}

/** The class name a misspelled one probably meant (`LSTMM` → `LSTM`), if any. */
export function closestLayer(framework: Framework, typed: string): string | undefined {
  const names = layerNames(framework)
  const lower = closest(
    typed,
    names.map((name) => name.toLowerCase())
  )
  return names.find((name) => name.toLowerCase() === lower)
}

/** Every class name a framework's reader knows, for suggestions. */
export function layerNames(framework: Framework): string[] {
  return [...byName.keys()]
    .filter((key) => key.startsWith(`${framework}:`))
    .map((key) => key.slice(framework.length + 1))
}
export {layerTable} from './layer-table.js'
