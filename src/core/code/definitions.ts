import type {Call} from './calls.js'
import {argument, positionalValues} from './calls.js'
import type {Span} from './code-problem.js'
import type {Definition, ModuleObject, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {evaluate, unknown} from './evaluate.js'
import {canonicalPath} from './imports.js'
import type {SyntaxNode} from './python-tree.js'
import {kids} from './python-tree.js'
import type {Run} from './run-state.js'
import {Scope} from './run-state.js'
import {executeBody} from './statements.js'
import {newModule} from './torch-modules.js'

/** A `def` or `class` as a value, its methods found by name. */
export function definitionOf(run: Run, node: SyntaxNode): Definition {
  const parts = kids(node)
  const name = run.text(parts[1] as SyntaxNode)
  const methods = new Map<string, SyntaxNode>()
  const argList = parts.find((part) => part.name === 'ArgList')
  const body = parts.find((part) => part.name === 'Body')
  for (const statement of kids(body as SyntaxNode)) {
    // A decorated method (`@tf.function`, `@classmethod`) is a method all the same.
    const method =
      statement.name === 'DecoratedStatement'
        ? statement.getChild('FunctionDefinition')
        : statement.name === 'FunctionDefinition'
          ? statement
          : null
    if (method) methods.set(run.text(kids(method)[1] as SyntaxNode), method)
  }
  return {
    kind: node.name === 'ClassDefinition' ? 'class' : 'function',
    name,
    node,
    bases: argList ? kids(argList).map((base) => run.text(base)) : [],
    methods
  }
}

/** The values a function is called with: positional ones and a lookup by keyword. */
export interface Arguments {
  readonly positional: readonly Value[]
  readonly keyword: (name: string) => Value | undefined
}

/** A call's arguments, read where the call stands. */
const callArgumentsOf = (call: Call): Arguments => ({
  positional: positionalValues(call),
  keyword: (name) => argument(call, name)
})

/** Bind arguments to a `def`'s parameters, defaults read where the def stands. */
function bindParameters(
  run: Run,
  definition: SyntaxNode,
  scope: Scope,
  args: Arguments,
  self?: Value
): void {
  const params = kids(definition).find((part) => part.name === 'ParamList') as SyntaxNode
  const positional = [...args.positional]
  if (self !== undefined) positional.unshift(self)
  let index = 0
  let keywordOnly = false
  for (let child = params.firstChild; child; child = child.nextSibling) {
    if (child.name === '*' || child.name === '**') {
      keywordOnly = true
      child = child.nextSibling as SyntaxNode
      continue
    }
    if (child.name !== 'VariableName') continue
    const name = run.text(child)
    const fallback = child.nextSibling?.name === 'AssignOp' ? child.nextSibling.nextSibling : null
    const given = args.keyword(name) ?? (keywordOnly ? undefined : positional[index])
    if (!keywordOnly) index++
    scope.set(
      name,
      given ?? (fallback ? evaluate(run, fallback, run.globals) : unknown(run, child))
    )
  }
}

/** Run a function (or method) on arguments and return what it returns. */
export function runWith(
  run: Run,
  definition: SyntaxNode,
  args: Arguments,
  at: Span,
  self?: Value,
  owner?: Definition
): Value {
  const scope = new Scope(run.globals)
  if (owner) scope.set('__class__', owner)
  const own = run.text(definition.getChild('VariableName') as SyntaxNode)
  // Counted, so code that calls itself without end is a problem at the call, not a stack overflow.
  return run.inCall(owner ? `${owner.name}.${own}` : own, at, () => {
    bindParameters(run, definition, scope, args, self)
    const body = kids(definition).find((part) => part.name === 'Body') as SyntaxNode
    return executeBody(run, body, scope) ?? null
  })
}

/** Run a function (or method) as a call calls it and return what it returns. */
export function runFunction(
  call: Call,
  definition: SyntaxNode,
  self?: Value,
  owner?: Definition
): Value {
  return runWith(call.run, definition, callArgumentsOf(call), call.node, self, owner)
}

/** The user class a class derives from, if the code defines it. */
function baseDefinition(run: Run, definition: Definition): Definition | undefined {
  for (const base of definition.bases) {
    const value = run.globals.get(base)
    if (isKind(value, 'class')) return value
  }
  return undefined
}

/** Whether a class subclasses a Keras layer or model (`tf.keras.Model`, `layers.Layer`, a class that does). */
function isKerasClass(run: Run, definition: Definition): boolean {
  return definition.bases.some((base) => {
    const parts = base.split('.')
    const head = run.globals.get(parts[0] as string)
    const path = isKind(head, 'path') ? [head.path, ...parts.slice(1)].join('.') : base
    return (
      canonicalPath(path).startsWith('keras.') || (isKind(head, 'class') && isKerasClass(run, head))
    )
  })
}

/** The `__init__` of a class or of the nearest base the code defines. */
function initializerOf(run: Run, definition: Definition): [SyntaxNode, Definition] | undefined {
  const own = definition.methods.get('__init__')
  if (own) return [own, definition]
  const base = baseDefinition(run, definition)
  return base ? initializerOf(run, base) : undefined
}

/** `Net(…)` builds a module by running its `__init__`; a function call runs the function. */
export function callDefinition(call: Call, definition: Definition): Value {
  if (definition.kind === 'function') return runFunction(call, definition.node)
  call.run.countLayer(call.node)
  const module = newModule(call.run, definition.name, call.node)
  if (isKerasClass(call.run, definition)) {
    // Its layers are built when its `call` is followed (keras-subclass.ts).
    call.run.framework ??= 'keras'
    module.keras = {built: false}
  }
  const init = initializerOf(call.run, definition)
  if (init) runFunction(call, init[0], module, init[1])
  return module
}

/** `super().__init__(…)`: run the base's `__init__` when the code defines the base. */
export function superInit(call: Call): Value {
  const owner = call.scope.get('__class__')
  const self = call.scope.get('self')
  if (!isKind(owner, 'class') || !isKind(self, 'module')) return null
  const base = baseDefinition(call.run, owner)
  const init = base && initializerOf(call.run, base)
  if (init) runFunction(call, init[0], self as ModuleObject, init[1])
  return null
}

/** A method the code defines on a module's class, if any. */
export function methodOf(
  run: Run,
  module: ModuleObject,
  name: string
): [SyntaxNode, Definition] | undefined {
  let definition: Definition | undefined
  const value = run.globals.get(module.type)
  definition = isKind(value, 'class') ? value : undefined
  while (definition) {
    const method = definition.methods.get(name)
    if (method) return [method, definition]
    definition = baseDefinition(run, definition)
  }
  return undefined
}

/**
 * `@Decoder.add_method` over a `def`, as TensorFlow's tutorials attach
 * methods: when that class method sets the function on the class
 * (`setattr(cls, fun.__name__, fun)`), the function is a method of the class.
 */
export function attachDecorated(run: Run, node: SyntaxNode, scope: Scope): void {
  const names = (node.getChild('Decorator') as SyntaxNode)
    .getChildren('VariableName')
    .map((name) => run.text(name))
  const owner = scope.get(names[0] as string)
  if (!isKind(owner, 'class') || names.length !== 2) return
  const methods = (owner as Definition).methods as Map<string, SyntaxNode>
  const adder = methods.get(names[1] as string)
  const method = node.getChild('FunctionDefinition')
  if (!adder || !method || !/setattr\s*\(\s*cls\b/.test(run.text(adder))) return
  methods.set(run.text(kids(method)[1] as SyntaxNode), method)
}
