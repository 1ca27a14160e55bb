import type {Call} from './calls.js'
import {argument, keywordValues, positionalValues} from './calls.js'
import {stop} from './code-problem.js'
import type {Definition, ModuleObject, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {evaluate, unknown} from './evaluate.js'
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
    if (statement.name === 'FunctionDefinition')
      methods.set(run.text(kids(statement)[1] as SyntaxNode), statement)
  }
  return {
    kind: node.name === 'ClassDefinition' ? 'class' : 'function',
    name,
    node,
    bases: argList ? kids(argList).map((base) => run.text(base)) : [],
    methods
  }
}

/** Bind a call's arguments to a `def`'s parameters, defaults read where the def stands. */
function bindParameters(call: Call, definition: SyntaxNode, scope: Scope, self?: Value): void {
  const {run} = call
  const params = kids(definition).find((part) => part.name === 'ParamList') as SyntaxNode
  const positional = positionalValues(call)
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
      const keywords = (): Value => ({kind: 'dict', entries: keywordsLeft(call, bound)})
      scope.set(run.text(rest), child.name === '*' ? positional.slice(index) : keywords())
      child = rest
      continue
    }
    if (child.name !== 'VariableName') continue
    const name = run.text(child)
    bound.add(name)
    const fallback = child.nextSibling?.name === 'AssignOp' ? child.nextSibling.nextSibling : null
    const given = argument(call, name) ?? (keywordOnly ? undefined : positional[index])
    if (!keywordOnly) index++
    scope.set(
      name,
      given ?? (fallback ? evaluate(run, fallback, run.globals) : unknown(run, child))
    )
  }
}

/** The keyword arguments no named parameter took, for `**kwargs`. */
function keywordsLeft(call: Call, bound: ReadonlySet<string>): Map<string, Value> {
  const entries = new Map<string, Value>()
  for (const [name, value] of keywordValues(call)) if (!bound.has(name)) entries.set(name, value)
  return entries
}

/** Run a function (or method, or lambda) and return what it returns. */
export function runFunction(
  call: Call,
  definition: SyntaxNode,
  self?: Value,
  owner?: Definition,
  closure: Scope = call.run.globals
): Value {
  const scope = new Scope(closure)
  if (owner) scope.set('__class__', owner)
  bindParameters(call, definition, scope, self)
  const body = kids(definition).find((part) => part.name === 'Body')
  // A lambda's body is the expression after its colon.
  if (!body) return evaluate(call.run, definition.lastChild as SyntaxNode, scope)
  return executeBody(call.run, body, scope) ?? null
}

/** The user class a class derives from, if the code defines it. */
function baseDefinition(run: Run, definition: Definition): Definition | undefined {
  for (const base of definition.bases) {
    const value = run.globals.get(base)
    if (isKind(value, 'class')) return value
  }
  return undefined
}

/** Whether a class is a Keras layer or model (subclassing is not read). */
function isKerasClass(run: Run, definition: Definition): boolean {
  return definition.bases.some((base) => {
    const parts = base.split('.')
    const head = run.globals.get(parts[0] as string)
    const path = isKind(head, 'path') ? [head.path, ...parts.slice(1)].join('.') : base
    return path.startsWith('keras.') || (isKind(head, 'class') && isKerasClass(run, head))
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
  if (isKerasClass(call.run, definition))
    stop(
      'unsupported-code',
      `${definition.name} subclasses a Keras layer or model, which is not read: write the model with keras.Sequential or the functional API.`,
      call.node
    )
  call.run.countLayer(call.node)
  const module = newModule(call.run, definition.name, call.node)
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
