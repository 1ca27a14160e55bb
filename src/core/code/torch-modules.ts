import type {LayerForm, TensorShape} from '../layers/index.js'
import type {Span} from './code-problem.js'
import {stop} from './code-problem.js'
import type {LayerObject, ModuleObject, Parameter, Value} from './code-values.js'
import {isKind} from './code-values.js'
import type {Run} from './run-state.js'

/** A new, empty module of a type. */
export function newModule(
  run: Run,
  type: string,
  at: Span,
  output: TensorShape = [null],
  layer?: LayerObject
): ModuleObject {
  return {
    kind: 'module',
    id: run.nextId(),
    type,
    at,
    children: new Map(),
    parameters: new Map(),
    attributes: new Map(),
    ...(layer ? {layer} : {}),
    output
  }
}

/** A parameter of a shape, made at some text. */
export function newParameter(
  run: Run,
  shape: readonly number[],
  factors: Parameter['factors'],
  at: Span,
  trainable = true
): Parameter {
  return {kind: 'parameter', id: run.nextId(), shape, factors, trainable, at}
}

/**
 * A torch.nn layer as a module holding its tensors. Names with a dot
 * (nn.MultiheadAttention's `out_proj.weight`) stay whole: the module paths
 * they make are the ones named_parameters() prints.
 */
export function layerModule(run: Run, layer: LayerObject, form: LayerForm): ModuleObject {
  const result = form.build({className: layer.className, args: layer.args, inputs: []})
  if (!result.ok) stop('bad-layer-argument', `nn.${layer.className}: ${result.reason}.`, layer.at)
  const module = newModule(run, layer.className, layer.at, result.output, layer)
  for (const spec of result.tensors) {
    module.parameters.set(
      spec.name,
      newParameter(run, spec.shape, spec.factors, layer.at, spec.trainable)
    )
  }
  return module
}

/** One parameter with the path `named_parameters()` gives it and the module that holds it. */
export interface PlacedParameter {
  readonly path: string
  readonly module: ModuleObject
  readonly modulePath: string
  readonly parameter: Parameter
}

/**
 * Every parameter of a module, each once, in `named_parameters()`'s order:
 * a module's own parameters, then its children's; a tied tensor is listed
 * where it is met first, as `parameters()` does.
 */
export function moduleParameters(root: ModuleObject, prefix = ''): PlacedParameter[] {
  const seen = new Set<Parameter>()
  const placed: PlacedParameter[] = []
  const walk = (module: ModuleObject, path: string) => {
    for (const [name, parameter] of module.parameters) {
      if (seen.has(parameter)) continue
      seen.add(parameter)
      placed.push({path: path ? `${path}.${name}` : name, module, modulePath: path, parameter})
    }
    for (const [name, child] of module.children) walk(child, path ? `${path}.${name}` : name)
  }
  walk(root, prefix)
  return placed
}

/** Every path each parameter is reached by: more than one for a tied tensor. */
export function parameterPaths(root: ModuleObject, prefix = ''): Map<Parameter, string[]> {
  const paths = new Map<Parameter, string[]>()
  const walk = (module: ModuleObject, path: string) => {
    for (const [name, parameter] of module.parameters) {
      const at = path ? `${path}.${name}` : name
      paths.set(parameter, [...(paths.get(parameter) ?? []), at])
    }
    for (const [name, child] of module.children) walk(child, path ? `${path}.${name}` : name)
  }
  walk(root, prefix)
  return paths
}

/** `self.name = value`: a module becomes a child, a parameter a parameter, anything else an attribute. */
export function setModuleAttribute(module: ModuleObject, name: string, value: Value): void {
  if (isKind(value, 'module')) {
    module.parameters.delete(name)
    module.children.set(name, value)
  } else if (isKind(value, 'parameter')) {
    module.children.delete(name)
    module.parameters.set(name, value)
  } else {
    module.attributes.set(name, value)
  }
}

/** Children of a container from a list (ModuleList, Sequential) or a dict (ModuleDict). */
export function containerOf(run: Run, type: string, items: Value, at: Span): ModuleObject {
  if (!isKind(items, 'dict') && !Array.isArray(items))
    stop(
      isKind(items, 'unknown') ? 'unresolved-size' : 'bad-layer-argument',
      `nn.${type} is given ${isKind(items, 'unknown') ? `\`${items.text}\`, known only when the code runs` : 'neither a list nor a dict of modules'}.`,
      isKind(items, 'unknown') ? items.at : at
    )
  const module = newModule(run, type, at)
  const entries = isKind(items, 'dict')
    ? [...items.entries]
    : (items as readonly Value[]).map((item, index): [string, Value] => [String(index), item])
  for (const [name, item] of entries) {
    if (!isKind(item, 'module'))
      stop(
        'bad-layer-argument',
        `nn.${type} holds modules; \`${name}\` is not one the reader knows.`,
        at
      )
    module.children.set(name, item)
  }
  return module
}
