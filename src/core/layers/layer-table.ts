import {layerSpecs} from './index.js'
import type {ArgValue, LayerForm} from './layer-spec.js'

const python = (value: ArgValue): string => {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return typeof value === 'string' ? `'${value}'` : String(value)
}

/** A form's class names and the arguments that change its count, with their defaults. */
function formCell(form: LayerForm): string {
  const names = form.names.map((name) => `\`${form.framework === 'pytorch' ? 'nn.' : ''}${name}\``)
  const args = form.args.map((arg) =>
    arg.default === undefined ? arg.name : `${arg.name}=${python(arg.default)}`
  )
  return args.length > 0 ? `${names.join(', ')} (${args.join(', ')})` : names.join(', ')
}

const cell = (forms: readonly LayerForm[]) => forms.map(formCell).join('<br>') || '—'

/**
 * The supported layers as a Markdown table, from the specs themselves:
 * docs/model-code.md holds this table, and a test keeps it equal.
 */
export function layerTable(): string {
  const rows = layerSpecs.map((spec) => {
    const keras = spec.forms.filter((form) => form.framework === 'keras')
    const pytorch = spec.forms.filter((form) => form.framework === 'pytorch')
    return `| ${spec.kind} | ${cell(keras)} | ${cell(pytorch)} | ${spec.summary} |`
  })
  return [
    '| Kind | Keras (arguments that change the count) | PyTorch (arguments that change the count) | Parameters |',
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}
