import type {Call} from './calls.js'
import {argument, keywordValues, positionalValues} from './calls.js'
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
  /** Every keyword argument, for `**kwargs`. */
  readonly keywords: () => Map<string, Value>
}

/** A call's arguments, read where the call stands. */
export const callArgumentsOf = (call: Call): Arguments => ({
  positional: positionalValues(call),
  keyword: (name) => argument(call, name),
  keywords: () => keywordValues(call)
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
  const bound = new Set<string>()
  let index = 0
  let keywordOnly = false
  for (let child = params.firstChild; child; child = child.nextSibling) {
    if (child.name === '*' || child.name === '**') {
      // `*shape` takes the positional arguments left, `**kwargs` the keywords left.
      keywordOnly = true
      const rest = child.nextSibling
      if (rest?.name !== 'VariableName') continue
      const keywords = (): Value => ({kind: 'dict', entries: keywordsLeft(args, bound)})
      scope.set(run.text(rest), child.name === '*' ? positional.slice(index) : keywords())
      child = rest
      continue
    }
    if (child.name !== 'VariableName') continue
    const name = run.text(child)
    bound.add(name)
    const fallback = child.nextSibling?.name === 'AssignOp' ? child.nextSibling.nextSibling : null
    const given = args.keyword(name) ?? (keywordOnly ? undefined : positional[index])
    if (!keywordOnly) index++
    scope.set(
      name,
      given ?? (fallback ? evaluate(run, fallback, run.globals) : unknown(run, child))
    )
  }
}

/** The keyword arguments no named parameter took, for `**kwargs`. */
function keywordsLeft(args: Arguments, bound: ReadonlySet<string>): Map<string, Value> {
  const entries = new Map<string, Value>()
  for (const [name, value] of args.keywords()) if (!bound.has(name)) entries.set(name, value)
  return entries
}

/** Run a function (or method) on arguments and return what it returns. */
export function runWith(
  run: Run,
  definition: SyntaxNode,
  args: Arguments,
  at: Span,
  self?: Value,
  owner?: Definition,
  closure: Scope = run.globals
): Value {
  const scope = new Scope(closure)
  if (owner) scope.set('__class__', owner)
  const own = definition.getChild('VariableName')
  const name = own ? run.text(own) : 'lambda'
  // Counted, so code that calls itself without end is a problem at the call, not a stack overflow.
  return run.inCall(owner ? `${owner.name}.${name}` : name, at, () => {
    bindParameters(run, definition, scope, args, self)
    const body = kids(definition).find((part) => part.name === 'Body')
    // A lambda's body is the expression after its colon.
    if (!body) return evaluate(run, definition.lastChild as SyntaxNode, scope)
    return executeBody(run, body, scope) ?? null
  })
}

/** Run a function (or method, or lambda) as a call calls it and return what it returns. */
export function runFunction(
  call: Call,
  definition: SyntaxNode,
  self?: Value,
  owner?: Definition,
  closure: Scope = call.run.globals
): Value {
  return runWith(call.run, definition, callArgumentsOf(call), call.node, self, owner, closure)
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
  if (definition.kind === 'function')
    return runFunction(call, definition.node, undefined, undefined, definition.closure)
  call.run.countLayer(call.node)
  const module = newModule(call.run, definition.name, call.node)
  if (isKerasClass(call.run, definition)) {
    // Its layers are built when its `call` is followed (keras-subclass.ts).
    call.run.framework ??= 'keras'
    module.keras = {built: false}
  }
  const fields = classFields(call.run, definition, module)
  const init = initializerOf(call.run, definition)
  if (init) runFunction(call, init[0], module, init[1])
  else fieldArguments(call, fields, module)
  return module
}

/** A class body's `name = value` and `name: type = value`: the instance's attributes. */
function classFields(run: Run, definition: Definition, module: ModuleObject): string[] {
  const fields: string[] = []
  const body = kids(definition.node).find((part) => part.name === 'Body') as SyntaxNode
  for (const statement of body.getChildren('AssignStatement')) {
    const [target] = kids(statement) as [SyntaxNode]
    const value = statement.lastChild as SyntaxNode
    if (target.name !== 'VariableName') continue
    fields.push(run.text(target))
    // `hidden: int` with no default is known only from the arguments.
    const known =
      value.name === 'TypeDef' ? unknown(run, target) : evaluate(run, value, run.globals)
    module.attributes.set(run.text(target), known)
  }
  return fields
}

/** A class without `__init__` (a @dataclass config): its arguments set its fields in order. */
function fieldArguments(call: Call, fields: readonly string[], module: ModuleObject): void {
  const positional = positionalValues(call)
  fields.forEach((field, index) => {
    const given = argument(call, field) ?? positional[index]
    if (given !== undefined) module.attributes.set(field, given)
  })
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
