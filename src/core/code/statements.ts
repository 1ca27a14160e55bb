import {followBranches} from './branches.js'
import {stop} from './code-problem.js'
import type {Value} from './code-values.js'
import {isKind} from './code-values.js'
import {attachDecorated, definitionOf} from './definitions.js'
import {combine, evaluate, unknown} from './evaluate.js'
import {importNames} from './imports.js'
import {setKerasAttribute} from './keras-subclass.js'
import {sizesHint} from './layer-args.js'
import type {SyntaxNode} from './python-tree.js'
import {kids} from './python-tree.js'
import type {Run, Scope} from './run-state.js'
import {setModuleAttribute} from './torch-modules.js'
import {forgetLoop} from './unknown-loop.js'

/** A returned value travels up through the statements that contain the `return`. */
class Returned {
  constructor(readonly value: Value) {}
}

/** `a.b = value`: a module's child, parameter or attribute; a frozen part; a Keras layer's trainable. */
function assignMember(run: Run, target: SyntaxNode, value: Value, scope: Scope): void {
  const [objectNode, property] = kids(target) as [SyntaxNode, SyntaxNode]
  const object = evaluate(run, objectNode, scope)
  const name = run.text(property)
  if (isKind(object, 'module')) {
    // `self.encoder = Encoder(…)` with Encoder defined elsewhere: a module the count would miss.
    if (isKind(value, 'unknown') && /^[\w.]*\b[A-Z]\w*\s*\(/.test(value.text))
      stop(
        'unknown-layer',
        `\`${value.text.slice(0, value.text.indexOf('('))}\` is neither defined in this code nor a layer the reader knows; paste its class too, or see docs/model-code.md for the layers it counts.`,
        value.at
      )
    if (object.keras) setKerasAttribute(object, name, value)
    else setModuleAttribute(object, name, value)
  } else if (isKind(object, 'parameter') && name === 'requires_grad')
    object.trainable = value !== false
  else if (isKind(object, 'layer') && name === 'trainable') object.trainable = value !== false
}

function assignTo(run: Run, target: SyntaxNode, value: Value, scope: Scope): void {
  if (target.name === 'VariableName') {
    scope.set(run.text(target), value)
    if (!scope.parent) run.built.push({name: run.text(target), value, at: target})
  } else if (target.name === 'MemberExpression' && !target.getChild('[')) {
    assignMember(run, target, value, scope)
  } else if (target.name === 'MemberExpression') {
    const [objectNode, indexNode] = kids(target) as [SyntaxNode, SyntaxNode]
    const object = evaluate(run, objectNode, scope)
    const index = evaluate(run, indexNode, scope)
    if (isKind(object, 'module')) setModuleAttribute(object, String(index), value)
  } else if (target.name === 'TupleExpression' || target.name === 'ArrayExpression') {
    assignAll(run, kids(target), value, scope)
  }
}

/**
 * As many names as values, as Python demands (`out, h, c = lstm(x)` takes
 * an LSTM's output and both its states): else a problem at the names, not
 * a name silently left unknown.
 */
function checkUnpacking(run: Run, targets: readonly SyntaxNode[], value: Value): void {
  const names = targets.length
  const at = {from: (targets[0] as SyntaxNode).from, to: (targets.at(-1) as SyntaxNode).to}
  if (!Array.isArray(value) || value.length === names || /(^|,)\s*\*/.test(run.text(at))) return
  const states =
    value.length > 1 &&
    isKind(value[0], 'tensor') &&
    value.slice(1).every((v) => isKind(v, 'tensor'))
      ? ` (a recurrent layer with return_state=True returns its output and then its ${value.length - 1} states: h, and c for an LSTM, once per direction)`
      : ''
  stop(
    'unsupported-code',
    `These ${names} names take ${value.length} values${states}: write one name for each.`,
    at
  )
}

/**
 * `a, b = value`: each target its element. Unpacking what the reader cannot
 * know (`n, steps, features = X.shape`) leaves each name unknown at itself,
 * so a size asks for `features`, not for the whole `X.shape`.
 */
function assignAll(run: Run, targets: readonly SyntaxNode[], value: Value, scope: Scope): void {
  checkUnpacking(run, targets, value)
  targets.forEach((target, index) => {
    const own = isKind(value, 'unknown') && target.name === 'VariableName'
    const item = own ? unknown(run, target) : value
    assignTo(run, target, Array.isArray(value) ? (value[index] ?? null) : item, scope)
  })
}

function assignment(run: Run, node: SyntaxNode, scope: Scope): void {
  const parts: SyntaxNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) parts.push(child)
  // a = b = value, and a, b = value (targets separated by commas before the `=`).
  const groups: SyntaxNode[][] = [[]]
  for (const part of parts) {
    if (part.name === 'AssignOp') groups.push([])
    else if (part.name !== ',' && part.name !== 'TypeDef') groups.at(-1)?.push(part)
  }
  // `v: int` declares without assigning.
  if (groups.length === 1) return
  const source = groups.pop() as SyntaxNode[]
  const value =
    source.length === 1
      ? evaluate(run, source[0] as SyntaxNode, scope)
      : source.map((item) => evaluate(run, item, scope))
  for (const targets of groups) {
    if (targets.length === 1) assignTo(run, targets[0] as SyntaxNode, value, scope)
    else assignAll(run, targets, value, scope)
  }
}

/** The bodies of an `if` from one of its parts on, and whether an `else` ends them. */
function bodiesFrom(parts: readonly SyntaxNode[], from: number): [SyntaxNode[], boolean] {
  const bodies: SyntaxNode[] = []
  for (let i = from; i < parts.length; i += 3) {
    const isElse = (parts[i] as SyntaxNode).name === 'else'
    bodies.push(parts[isElse ? i + 1 : i + 2] as SyntaxNode)
    if (isElse) return [bodies, true]
  }
  return [bodies, false]
}

/**
 * `if`/`elif`/`else`: the branch the conditions pick. An unknown condition is
 * a problem at it, except in a Keras `call`, where every branch is followed.
 */
function conditional(run: Run, node: SyntaxNode, scope: Scope): void {
  const parts = kids(node)
  for (let i = 0; i < parts.length; i += 3) {
    if ((parts[i] as SyntaxNode).name === 'else') {
      executeStatements(run, parts[i + 1] as SyntaxNode, scope)
      return
    }
    const test = parts[i + 1] as SyntaxNode
    const condition = evaluate(run, test, scope)
    if (isKind(condition, 'unknown') && run.kerasDepth > 0) {
      const [bodies, hasElse] = bodiesFrom(parts, i)
      const returned = followBranches(run, test, bodies, hasElse, scope)
      if (returned !== undefined) throw new Returned(returned)
      return
    }
    if (isKind(condition, 'unknown'))
      stop(
        'unresolved-size',
        `The reader cannot tell whether \`${run.text(test)}\` holds: ${sizesHint(condition.text)}.`,
        condition.at
      )
    if (condition) {
      executeStatements(run, parts[i + 2] as SyntaxNode, scope)
      return
    }
  }
}

/** `for x in items:` over a list the reader knows (range(n), a module's parameters()). */
function loop(run: Run, node: SyntaxNode, scope: Scope): void {
  const parts = kids(node)
  const inAt = parts.findIndex((part) => part.name === 'in')
  const targets = parts.slice(1, inAt)
  const items = evaluate(run, parts[inAt + 1] as SyntaxNode, scope)
  const body = parts.find((part) => part.name === 'Body') as SyntaxNode
  if (isKind(items, 'unknown')) forgetLoop(run, body, scope, items)
  if (!Array.isArray(items)) return
  for (const item of items) {
    run.countStep(node)
    if (targets.length === 1) assignTo(run, targets[0] as SyntaxNode, item, scope)
    else assignAll(run, targets, item, scope)
    executeStatements(run, body, scope)
  }
}

/** `while i < n:`: the body while the condition holds; an unknown condition is a problem at it. */
function whileLoop(run: Run, node: SyntaxNode, scope: Scope): void {
  const [, test, body] = kids(node) as [SyntaxNode, SyntaxNode, SyntaxNode]
  for (;;) {
    const condition = evaluate(run, test, scope)
    if (isKind(condition, 'unknown'))
      stop(
        'unresolved-size',
        `The reader cannot tell whether \`${run.text(test)}\` holds: ${sizesHint(condition.text)}.`,
        condition.at
      )
    if (!condition) return
    // A loop without end is a problem at its condition.
    run.countStep(test)
    executeStatements(run, body, scope)
  }
}

function statement(run: Run, node: SyntaxNode, scope: Scope): void {
  switch (node.name) {
    case 'AssignStatement':
      assignment(run, node, scope)
      return
    case 'UpdateStatement': {
      // `w += 1`: the name's value and the operand, combined.
      const [target, operator, operand] = kids(node) as [SyntaxNode, SyntaxNode, SyntaxNode]
      const op = run.text(operator).slice(0, -1)
      const value = combine(
        run,
        node,
        op,
        evaluate(run, target, scope),
        evaluate(run, operand, scope)
      )
      assignTo(run, target, value, scope)
      return
    }
    case 'ExpressionStatement':
      evaluate(run, kids(node)[0] as SyntaxNode, scope)
      return
    case 'IfStatement':
      conditional(run, node, scope)
      return
    case 'ForStatement':
      loop(run, node, scope)
      return
    case 'WhileStatement':
      whileLoop(run, node, scope)
      return
    case 'ReturnStatement': {
      const [value] = kids(node).slice(1)
      throw new Returned(value ? evaluate(run, value, scope) : null)
    }
    case 'ImportStatement':
      importNames(run, node, scope)
      return
    case 'FunctionDefinition':
    case 'ClassDefinition': {
      const definition = definitionOf(run, node)
      // A def inside a function sees that function's names.
      scope.set(definition.name, scope.parent ? {...definition, closure: scope} : definition)
      return
    }
    case 'DecoratedStatement':
    case 'WithStatement':
    case 'TryStatement':
      for (const part of kids(node)) {
        if (part.name === 'Body' || part.name.endsWith('Definition')) statement(run, part, scope)
      }
      if (node.name === 'DecoratedStatement') attachDecorated(run, node, scope)
      return
    case 'Body':
      executeStatements(run, node, scope)
      return
  }
}

function executeStatements(run: Run, body: SyntaxNode, scope: Scope): void {
  for (const node of kids(body)) statement(run, node, scope)
}

/** Run a block; what it returns, if it returns. */
export function executeBody(run: Run, body: SyntaxNode, scope: Scope): Value | undefined {
  try {
    executeStatements(run, body, scope)
    return undefined
  } catch (error) {
    if (error instanceof Returned) return error.value
    throw error
  }
}
