import {limits} from '../description.js'
import type {ArgSpec, ArgValue, LayerArgs, LayerForm} from '../layers/index.js'
import type {Span} from './code-problem.js'
import {stop} from './code-problem.js'
import type {Value} from './code-values.js'
import {isKind, isObject} from './code-values.js'
import {evaluate} from './evaluate.js'
import type {CallArguments, SyntaxNode} from './python-tree.js'
import type {Run, Scope} from './run-state.js'

/** How to give a value the code only knows when it runs. */
export function sizesHint(text: string): string {
  return `give it with sizes="${text.replace(/\s+/g, '')}=…" on the directive (or --sizes on the command line)`
}

/** A value read from the code as a layer argument, or a problem at its text. */
function argValue(run: Run, value: Value, at: Span, label: string, least = -1): ArgValue {
  if (Array.isArray(value)) return value.map((item) => argValue(run, item, at, label, least))
  if (!isObject(value)) {
    if (
      typeof value === 'number' &&
      (!Number.isInteger(value) || value < least || value > limits.size)
    ) {
      if (value > limits.size)
        stop(
          'out-of-range',
          `${label} is ${value}, more than the largest size counted (${limits.size}).`,
          at
        )
      stop('bad-layer-argument', `${label} must be a whole number of units, not ${value}.`, at)
    }
    return value as ArgValue
  }
  if (value.kind === 'unknown') {
    stop(
      'unresolved-size',
      `${label}: \`${value.text}\` is only known when the code runs; ${sizesHint(value.text)}.`,
      value.at
    )
  }
  if (value.kind === 'layer') {
    const {form, className, args, returnState} = value
    return {inner: form, className, args, ...(returnState ? {returnState} : {})}
  }
  return stop('bad-layer-argument', `${label} is not a value the reader can use here.`, at)
}

/** The node given for an argument, by keyword or position. */
export function argumentNode(args: CallArguments, spec: ArgSpec): SyntaxNode | undefined {
  return (
    args.keywords.get(spec.name) ??
    spec.aliases?.map((alias) => args.keywords.get(alias)).find((node) => node !== undefined) ??
    (spec.position === undefined ? undefined : args.positional[spec.position])
  )
}

/** A boolean argument may be written 0 or 1. */
const asBoolean = (value: ArgValue, spec: ArgSpec): ArgValue =>
  typeof spec.default === 'boolean' && typeof value === 'number' ? value !== 0 : value

/** Read the arguments that change a layer's parameters, with the framework's defaults. */
export function readLayerArgs(
  run: Run,
  form: LayerForm,
  className: string,
  args: CallArguments,
  scope: Scope,
  at: Span
): LayerArgs {
  const read: Record<string, ArgValue> = {}
  // `nn.Embedding(n, d, **kwargs)`: keywords the caller passed through.
  const spread = new Map<string, Value>()
  for (const node of args.keywordSpread) {
    const value = evaluate(run, node, scope)
    if (isKind(value, 'dict')) for (const [key, item] of value.entries) spread.set(key, item)
  }
  for (const spec of form.args) {
    const node = argumentNode(args, spec)
    const passed = spread.get(spec.name)
    if (node === undefined && passed !== undefined) {
      read[spec.name] = asBoolean(argValue(run, passed, at, `${className}'s ${spec.name}`), spec)
      continue
    }
    if (node === undefined) {
      if (spec.default === undefined)
        stop('bad-layer-argument', `${className} needs its \`${spec.name}\` argument.`, at)
      read[spec.name] = spec.default
      continue
    }
    if (spec.given) {
      read[spec.name] = evaluate(run, node, scope) !== null
      continue
    }
    const label = `${className}'s ${spec.name}`
    // An axis may count from the end (-2); a size may be -1 at most (Reshape's "the rest").
    const value = argValue(
      run,
      evaluate(run, node, scope),
      node,
      label,
      spec.axis ? -limits.size : -1
    )
    read[spec.name] = asBoolean(value, spec)
  }
  return read
}

/** Whether a value is a known object of a kind, for readers that accept several. */
export {isKind}
