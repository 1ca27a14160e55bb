import {lazyReason} from '../layers/dense.js'
import type {LayerForm, TensorSpec} from '../layers/index.js'
import {closestLayer, layerForm} from '../layers/index.js'
import {didYouMean} from '../suggest.js'
import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import {stop} from './code-problem.js'
import type {LayerObject, ModuleObject, Parameter, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {methodOf, runFunction} from './definitions.js'
import {unknown} from './evaluate.js'
import {readLayerArgs} from './layer-args.js'
import {parametersOf} from './members.js'
import type {SyntaxNode} from './python-tree.js'
import {tensorFromSizes} from './tensor-sizes.js'
import {
  containerOf,
  layerModule,
  moduleParameters,
  newModule,
  newParameter,
  setModuleAttribute
} from './torch-modules.js'

const tensorMakers = new Set(['randn', 'rand', 'zeros', 'ones', 'empty', 'Tensor', 'FloatTensor'])

/** `torch.randn(a, b)` or `torch.zeros((a, b))`: a tensor whose shape is known. */
function tensorOf(call: Call): Value {
  const size = argument(call, 'size')
  const values = size === undefined ? positionalValues(call) : [size]
  const shape = (values.length === 1 && Array.isArray(values[0]) ? values[0] : values) as Value[]
  const missing = shape.find((d) => isKind(d, 'unknown'))
  if (isKind(missing, 'unknown')) return {...missing, dimension: true}
  if (!shape.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0))
    return unknown(call.run, call.node)
  return {kind: 'torch-tensor', shape: shape as number[]}
}

/** `nn.Parameter(tensor)`: a tensor of that shape, as the Parameter spec describes it. */
function parameterOf(call: Call): Parameter {
  const data = tensorFromSizes(call.run, argument(call, 'data', 0))
  if (!data) {
    const text = call.run.text(call.node)
    stop('unresolved-size', `The shape of \`${text}\` is not known to the reader.`, call.node)
  }
  const form = layerForm('pytorch', 'Parameter') as LayerForm
  const requiresGrad = argument(call, 'requires_grad', 1) !== false
  const result = form.build({
    className: 'Parameter',
    args: {data: [...data.shape], requires_grad: requiresGrad},
    inputs: []
  })
  const [spec] = (result as Extract<typeof result, {ok: true}>).tensors as [TensorSpec]
  return newParameter(call.run, spec.shape, spec.factors, call.node, spec.trainable)
}

/** `nn.Embedding.from_pretrained(vectors, freeze=True)`: frozen unless freeze=False. */
function pretrainedEmbedding(call: Call): Value {
  const weight = parameterOf(call)
  const module = newModule(call.run, 'Embedding', call.node)
  weight.trainable = argument(call, 'freeze', 1) === false
  module.parameters.set('weight', weight)
  return module
}

/** nn.Sequential hands each layer's width to the next, so lazy layers can be built in it. */
function sequential(call: Call, items: Value): ModuleObject {
  const module = containerOf(call.run, 'Sequential', items, call.node)
  let width = module.output
  for (const child of module.children.values()) {
    if (child.attributes.has('__lazy')) buildLazy(call, child, width)
    width = handedOn(child, width)
  }
  Object.assign(module, {output: width})
  return module
}

/** The width a module hands on when given `width`: activations and dropout pass it through. */
function handedOn(
  module: ModuleObject,
  width: readonly (number | null)[]
): readonly (number | null)[] {
  const layer = module.layer
  if (!layer) return module.output
  // Built once already from the same arguments, so it builds again.
  const result = layer.form.build({className: layer.className, args: layer.args, inputs: [width]})
  return (result as Extract<typeof result, {ok: true}>).output
}

function buildLazy(call: Call, module: ModuleObject, width: readonly (number | null)[]): void {
  const layer = module.layer as LayerObject
  const result = layer.form.build({className: layer.className, args: layer.args, inputs: [width]})
  if (!result.ok) stop('unknown-input-width', lazyReason(layer.className) + '.', layer.at)
  module.attributes.delete('__lazy')
  for (const spec of result.tensors)
    module.parameters.set(spec.name, newParameter(call.run, spec.shape, spec.factors, layer.at))
  Object.assign(module, {output: result.output})
}

/** nn.ParameterList([...]) and nn.ParameterDict({...}): parameters named by index or key. */
function parameterContainer(call: Call, type: string, items: Value): ModuleObject {
  const module = newModule(call.run, type, call.node)
  const entries = isKind(items, 'dict')
    ? [...items.entries]
    : (items as Value[]).map((item, index): [string, Value] => [String(index), item])
  for (const [name, item] of entries) addParameter(call, module, name, item)
  return module
}

function addParameter(call: Call, module: ModuleObject, name: string, item: Value): void {
  if (!isKind(item, 'parameter'))
    stop(
      'bad-layer-argument',
      `nn.${module.type} holds nn.Parameter tensors; \`${name}\` is not one the reader knows.`,
      call.node
    )
  module.parameters.set(name, item)
}

/** A torch function the reader does not follow: unknown, or a problem if it would change a module. */
function otherCall(call: Call, path: string): Value {
  // nn.utils.weight_norm(nn.Linear(…)) changes the module's tensors in ways not read.
  const wraps = path.startsWith('torch.nn.utils.')
  if (wraps && positionalValues(call).some((value) => isKind(value, 'module')))
    stop(
      'unknown-layer',
      `\`${call.run.text(call.node.firstChild as SyntaxNode)}\` changes the module it is given in a way the reader does not follow; see docs/model-code.md for what it counts.`,
      call.node
    )
  return unknown(call.run, call.node)
}

/** A torch.nn layer, container or parameter; torch's tensor makers; anything else unknown. */
export function torchCall(call: Call, path: string, callee: SyntaxNode): Value {
  const {run} = call
  if (path === 'torch.nn.Parameter') return parameterOf(call)
  if (path === 'torch.nn.Embedding.from_pretrained') return pretrainedEmbedding(call)
  // The count is the same on any device: code that asks for a GPU reads as without one.
  if (path === 'torch.cuda.is_available') return false
  if (path === 'torch.cuda.device_count') return 0
  if (path === 'torch.compile') return positionalValues(call)[0] ?? null
  const name = path.slice(path.lastIndexOf('.') + 1)
  if (path === `torch.${name}` && tensorMakers.has(name)) return tensorOf(call)
  if (path !== `torch.nn.${name}` || !/^[A-Z]/.test(name)) return otherCall(call, path)
  run.framework ??= 'pytorch'
  run.countLayer(call.node)
  // A loss (nn.MSELoss()) holds no parameters; a module that keeps one lists it, as print(model) does.
  if (name.endsWith('Loss')) return newModule(run, name, call.node)
  if (name === 'ParameterList' || name === 'ParameterDict')
    return parameterContainer(call, name, positionalValues(call)[0] ?? [])
  if (name === 'Sequential') {
    const values = positionalValues(call)
    return sequential(call, isKind(values[0], 'dict') ? values[0] : values)
  }
  if (name === 'ModuleList' || name === 'ModuleDict')
    return containerOf(run, name, positionalValues(call)[0] ?? [], call.node)
  const form = layerForm('pytorch', name)
  if (!form) {
    const suggestion = closestLayer('pytorch', name)
    stop(
      'unknown-layer',
      `nn.${name} is not a layer the reader knows.${didYouMean(suggestion, (s) => `\`nn.${s}\``)} See docs/model-code.md for the layers it counts.`,
      callee
    )
  }
  const args = readLayerArgs(run, form, name, call.args, call.scope, call.node)
  const layer: LayerObject = {
    kind: 'layer',
    id: run.nextId(),
    form,
    className: name,
    args,
    at: {from: call.node.from, to: call.node.to},
    name,
    trainable: true
  }
  if (form.readsInput) {
    const lazy = newModule(run, name, call.node, [null], layer)
    lazy.attributes.set('__lazy', true)
    return lazy
  }
  return layerModule(run, layer, form)
}

/** A tensor's `dim()`, `numel()` and `size(i)`, read from its shape. */
function tensorMethod(
  call: Call,
  tensor: {readonly shape: readonly number[]},
  name: string
): Value {
  const [index] = positionalValues(call)
  if (name === 'dim') return tensor.shape.length
  if (name === 'numel') return tensor.shape.reduce((product, size) => product * size, 1)
  if (name === 'size' && index === undefined) return [...tensor.shape]
  if (name === 'size' && typeof index === 'number')
    return tensor.shape.at(index) ?? unknown(call.run, call.node)
  return unknown(call.run, call.node)
}

const returnsSelf = new Set(['to', 'cuda', 'cpu', 'float', 'double', 'half', 'train', 'eval'])

/** Methods of modules and parameters that change what is counted. */
export function torchMethod(call: Call, self: Value, name: string): Value {
  const {run} = call
  if (name === 'requires_grad_') {
    const flag = argument(call, 'requires_grad', 0) !== false
    for (const parameter of parametersOf(self)) parameter.trainable = flag
    return self
  }
  if (name === 'parameters') return parametersOf(self)
  if (name === 'named_parameters' && isKind(self, 'module'))
    return moduleParameters(self).map(({path, parameter}): Value => [path, parameter])
  if (name === 'children' && isKind(self, 'module')) return [...self.children.values()]
  if (name === 'named_children' && isKind(self, 'module'))
    return [...self.children].map(([key, child]): Value => [key, child])
  if (returnsSelf.has(name) || name.endsWith('_')) return self
  if (isKind(self, 'parameter') || isKind(self, 'torch-tensor'))
    return tensorMethod(call, self, name)
  if (!isKind(self, 'module')) return unknown(run, call.node)
  if (name === 'append' || name === 'extend') {
    // ModuleList and Sequential grow by index.
    const [items] = positionalValues(call)
    for (const item of name === 'append' ? [items] : (items as Value[])) {
      if (self.type === 'ParameterList') {
        addParameter(call, self, String(self.parameters.size), item as Value)
        continue
      }
      if (!isKind(item, 'module'))
        stop(
          'bad-layer-argument',
          `nn.${self.type}.${name} takes modules the reader knows.`,
          call.node
        )
      self.children.set(String(self.children.size), item)
    }
    return self
  }
  if (name === 'add_module' || name === 'register_parameter' || name === 'register_module') {
    const [key, value] = positionalValues(call)
    if (typeof key !== 'string')
      stop(
        'unsupported-code',
        `The reader cannot tell the name \`${run.text(call.args.positional[0] ?? call.node)}\` that ${name} gives; write it as a string or an f-string of known values.`,
        call.args.positional[0] ?? call.node
      )
    setModuleAttribute(self, key, value ?? null)
    return null
  }
  if (name === 'save_hyperparameters') {
    // d2l's Module: every __init__ argument becomes an attribute (a module a child);
    // Lightning's: an entry of self.hparams.
    const hparams = new Map<string, Value>()
    for (const [key, value] of call.scope.names)
      if (key !== 'self' && key !== '__class__') {
        setModuleAttribute(self, key, value)
        hparams.set(key, value)
      }
    setModuleAttribute(self, 'hparams', {kind: 'dict', entries: hparams})
    return null
  }
  const method = methodOf(run, self, name)
  return method ? runFunction(call, method[0], self, method[1]) : unknown(run, call.node)
}
