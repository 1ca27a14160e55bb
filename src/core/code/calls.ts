import {stop} from './code-problem.js'
import type {Value} from './code-values.js'
import {isKind} from './code-values.js'
import {callDefinition, superInit} from './definitions.js'
import {evaluate, unknown} from './evaluate.js'
import {canonicalPath} from './imports.js'
import {
  kerasCall,
  kerasLayerCall,
  kerasMethod,
  kerasModelCall,
  kerasSequentialCall
} from './keras-calls.js'
import {callKerasObject, kerasObjectMethod} from './keras-subclass.js'
import {tensorFunction} from './keras-tensor-calls.js'
import {memberOf} from './members.js'
import type {CallArguments, SyntaxNode} from './python-tree.js'
import {callArguments, kids} from './python-tree.js'
import type {Run, Scope} from './run-state.js'
import {dictMethod, listMethod, stringMethod} from './sequences.js'
import {torchCall, torchMethod} from './torch-calls.js'
import {setModuleAttribute} from './torch-modules.js'

/** One call as the handlers see it: where, its arguments unread, and how to read them. */
export interface Call {
  readonly run: Run
  readonly node: SyntaxNode
  readonly scope: Scope
  readonly args: CallArguments
}

/** Read every positional argument, `*list` spread in place. */
export function positionalValues(call: Call): Value[] {
  return call.args.positional.flatMap((node) => {
    const value = evaluate(call.run, node, call.scope)
    return call.args.spread.has(node) && Array.isArray(value) ? value : [value]
  })
}

/** The dicts a call spreads as keywords (`**kwargs`), read. */
function spreadKeywords(call: Call): Map<string, Value> {
  const entries = new Map<string, Value>()
  for (const node of call.args.keywordSpread) {
    const value = evaluate(call.run, node, call.scope)
    if (isKind(value, 'dict')) for (const [key, item] of value.entries) entries.set(key, item)
  }
  return entries
}

/** Every keyword argument, `**kwargs` spread in, read. */
export function keywordValues(call: Call): Map<string, Value> {
  const entries = spreadKeywords(call)
  for (const [name, node] of call.args.keywords)
    entries.set(name, evaluate(call.run, node, call.scope))
  return entries
}

/** The argument by keyword (written or spread from `**kwargs`) or position, read. */
export function argument(call: Call, name: string, position?: number): Value | undefined {
  const node =
    call.args.keywords.get(name) ??
    (position === undefined ? undefined : call.args.positional[position])
  if (node === undefined) return spreadKeywords(call).get(name)
  return evaluate(call.run, node, call.scope)
}

function builtinCall(call: Call, name: string): Value {
  const values = positionalValues(call)
  const [first, second] = values
  if (values.some((value) => isKind(value, 'unknown'))) return unknown(call.run, call.node)
  if (name === 'range' && typeof first === 'number') {
    const [start, end] = typeof second === 'number' ? [first, second] : [0, first]
    const items: number[] = []
    for (let i = start; i < end; i++) {
      call.run.countStep(call.node)
      items.push(i)
    }
    return items
  }
  if (name === 'len' && (Array.isArray(first) || typeof first === 'string')) return first.length
  if (name === 'len' && isKind(first, 'dict')) return first.entries.size
  if (name === 'str' && (typeof first === 'string' || typeof first === 'number'))
    return String(first)
  if (name === 'enumerate' && Array.isArray(first))
    return first.map((item, index): Value => [index, item])
  if (name === 'zip' && values.every((value) => Array.isArray(value))) {
    const lists = values as Value[][]
    const length = Math.min(...lists.map((list) => list.length))
    return Array.from({length}, (_, index) => lists.map((list) => list[index] as Value))
  }
  // Python's int() truncates; round() takes a half to the even neighbour.
  if (name === 'int' && typeof first === 'number') return Math.trunc(first)
  if (name === 'round' && typeof first === 'number' && second === undefined)
    return Math.abs(first % 1) === 0.5 ? 2 * Math.round(first / 2) : Math.round(first)
  if ((name === 'list' || name === 'tuple') && Array.isArray(first)) return [...first]
  if (name === 'OrderedDict' || name === 'dict') {
    const pairs = (Array.isArray(first) ? first : []) as Value[][]
    return {kind: 'dict', entries: new Map(pairs.map(([k, v]) => [String(k), v as Value]))}
  }
  // max(3, 9) and max(range(2, 5)) alike.
  const numbers = values.length === 1 && Array.isArray(first) ? first : values
  if ((name === 'max' || name === 'min') && numbers.every((v) => typeof v === 'number')) {
    // Python refuses the max of nothing; never -Infinity.
    if (numbers.length === 0)
      stop(
        'unsupported-code',
        `\`${call.run.text(call.node)}\` has nothing to choose from.`,
        call.node
      )
    return Math[name](...(numbers as number[]))
  }
  return unknown(call.run, call.node)
}

/** `setattr(self, f"drop{i}", nn.Dropout(p))`: as `self.drop0 = …`. */
function setAttribute(call: Call): Value {
  const [object, name, value] = positionalValues(call)
  if (typeof name !== 'string')
    stop(
      'unsupported-code',
      `The reader cannot tell the attribute's name \`${call.run.text(call.args.positional[1] ?? call.node)}\`; write it as a string or an f-string of known values.`,
      call.args.positional[1] ?? call.node
    )
  if (isKind(object, 'module')) setModuleAttribute(object, name, value ?? null)
  return null
}

/** What a call is worth: a layer, a module, a model, a tensor, a number, or unknown. */
export function callValue(run: Run, node: SyntaxNode, scope: Scope): Value {
  const [callee, argList] = kids(node) as [SyntaxNode, SyntaxNode]
  const call: Call = {run, node, scope, args: callArguments(argList, run.code)}
  if (/^super\s*\(.*\)\s*\.\s*__init__$/s.test(run.text(callee))) return superInit(call)
  const target = evaluate(run, callee, scope)
  if (isKind(target, 'path') && target.path === 'builtins.setattr') return setAttribute(call)
  if (isKind(target, 'path') && target.path === 'builtins.getattr') {
    const [object, name] = positionalValues(call)
    // getattr(nn, args.model): which layer is only known when the code runs.
    if (isKind(object, 'path') && isKind(name, 'unknown'))
      stop(
        'unresolved-size',
        `Which \`${object.path}\` class \`${name.text}\` names is only known when the code runs; write the name as a string (getattr(nn, 'LSTM')).`,
        name.at
      )
    return typeof name === 'string' && object !== undefined
      ? memberOf(run, object, name, node)
      : unknown(run, node)
  }
  if (isKind(target, 'path')) {
    const path = canonicalPath(target.path)
    if (path.startsWith('builtins.')) return builtinCall(call, path.slice(9))
    if (path.startsWith('torch.')) return torchCall(call, path, callee)
    // tf.one_hot(inputs, depth), keras.ops.concatenate([a, b]) on Keras tensors.
    const onTensors =
      /^(tensorflow|keras\.(ops|backend|activations))\./.test(path) && tensorFunction(call, path)
    if (onTensors) return onTensors
    if (path.startsWith('keras.')) return kerasCall(call, path, callee)
    return unknown(run, node)
  }
  if (isKind(target, 'function') || isKind(target, 'class')) return callDefinition(call, target)
  if (isKind(target, 'layer')) return kerasLayerCall(call, target)
  if (isKind(target, 'module') && target.keras) return callKerasObject(call, target)
  if (isKind(target, 'keras-model'))
    return target.functional ? kerasModelCall(call, target) : kerasSequentialCall(call, target)
  if (isKind(target, 'method')) {
    const self = target.self
    if (Array.isArray(self)) return listMethod(call, self as Value[], target.name)
    if (isKind(self, 'dict')) return dictMethod(call, self.entries, target.name)
    if (typeof self === 'string') return stringMethod(call, self, target.name)
    if (isKind(self, 'keras-model')) return kerasMethod(call, self, target.name)
    if (isKind(self, 'module') && self.keras) return kerasObjectMethod(call, self, target.name)
    return torchMethod(call, self, target.name)
  }
  return unknown(run, node)
}
