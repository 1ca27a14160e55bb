import {limits} from '../description.js'
import {callValue} from './calls.js'
import {stop} from './code-problem.js'
import type {Unknown, Value} from './code-values.js'
import {isKind, isObject} from './code-values.js'
import {starName} from './imports.js'
import {tensorArithmetic} from './keras-tensor-ops.js'
import {memberOf} from './members.js'
import type {SyntaxNode} from './python-tree.js'
import {kids} from './python-tree.js'
import type {Run} from './run-state.js'
import {Scope} from './run-state.js'
import {percentFormat, printable} from './sequences.js'
import {subscript} from './subscripts.js'

/** What the reader does not know, at this text. */
export function unknown(run: Run, node: SyntaxNode): Unknown {
  return {kind: 'unknown', at: {from: node.from, to: node.to}, text: run.text(node)}
}

/** The first unknown among values, so a problem names the innermost text at fault. */
const firstUnknown = (values: readonly Value[]): Unknown | undefined =>
  values.find((value): value is Unknown => isKind(value, 'unknown'))

/** `sizes="len(vocab)=5000"`: the author's value for a text, spaces ignored. */
export const sizeKey = (text: string) => text.replace(/\s+/g, '')

/**
 * A number the code computes, as Python would have it, or a problem at its
 * text: never Infinity or NaN, and never an integer past 2⁵³ − 1, which a
 * JavaScript number no longer holds exactly (Python's would be exact).
 */
function exactNumber(run: Run, node: SyntaxNode, value: number, integer: boolean): number {
  if (Number.isFinite(value) && (!integer || Number.isSafeInteger(value))) return value
  return stop(
    'out-of-range',
    `\`${run.text(node)}\` is too large for the reader: it counts exactly up to 9,007,199,254,740,991 (2⁵³ − 1), and sizes up to ${limits.size.toLocaleString('en')}.`,
    node
  )
}

function literal(run: Run, node: SyntaxNode): Value {
  const text = run.text(node)
  if (node.name === 'Number') {
    const value = Number(text.replace(/_/g, ''))
    if (Number.isNaN(value)) return unknown(run, node)
    // 1e400 is a float; 10000…0 (400 digits) an integer.
    return exactNumber(run, node, value, !/[.eE]/.test(text) || /^0[xX]/.test(text))
  }
  if (node.name === 'Boolean') return text === 'True'
  if (node.name === 'None') return null
  return unquote(text)
}

const unquote = (text: string) =>
  text.replace(/^[rbuf]*(['"]{3}|['"])/i, '').replace(/(['"]{3}|['"])$/, '')

const arithmetic: Readonly<Record<string, (a: number, b: number) => Value>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '//': (a, b) => Math.floor(a / b),
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b
}

function binary(run: Run, node: SyntaxNode, scope: Scope): Value {
  const parts = kids(node)
  const [left, right] = [parts[0], parts.at(-1)] as [SyntaxNode, SyntaxNode]
  const op = parts
    .slice(1, -1)
    .map((part) => run.text(part))
    .join(' ')
  const a = evaluate(run, left, scope)
  if (op === 'and' || op === 'or') {
    if (isKind(a, 'unknown')) return a
    return (op === 'and') === Boolean(a) ? evaluate(run, right, scope) : a
  }
  return combine(run, node, op, a, evaluate(run, right, scope))
}

/** Two values an operator combines (`+`, `*`, `==`, `in` …), or unknown. */
export function combine(run: Run, node: SyntaxNode, op: string, a: Value, b: Value): Value {
  // `x + res`, `x * scale`: a Keras tensor stays a tensor whatever the other operand.
  const tensor = tensorArithmetic(op, a, b)
  if (tensor) return tensor
  const missing = firstUnknown([a, b])
  if (missing) return missing
  // A tensor scaled by a number (torch.randn(a, b) * 0.01) keeps its shape.
  if (isKind(a, 'torch-tensor')) return a
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b
  if (op === '%' && typeof a === 'string') return percentFormat(a, b) ?? unknown(run, node)
  if (op === '==' || op === 'is' || op === '!=' || op === 'is not')
    return (a === b) === (op === '==' || op === 'is')
  if ((op === 'in' || op === 'not in') && Array.isArray(b)) return b.includes(a) === (op === 'in')
  if ((op === 'in' || op === 'not in') && typeof a === 'string' && typeof b === 'string')
    return b.includes(a) === (op === 'in')
  const apply = arithmetic[op]
  if (apply && typeof a === 'number' && typeof b === 'number') {
    if (b === 0 && dividing.has(op))
      stop('unsupported-code', `\`${run.text(node)}\` divides by zero.`, node)
    const value = apply(a, b)
    if (typeof value !== 'number') return value
    // Integers stay integers, except under `/` and a negative power.
    const integer =
      Number.isInteger(a) && Number.isInteger(b) && op !== '/' && !(op === '**' && b < 0)
    return exactNumber(run, node, value, integer)
  }
  return unknown(run, node)
}

/** The operators Python refuses with a zero on the right (ZeroDivisionError). */
const dividing = new Set(['/', '//', '%'])

function unary(run: Run, node: SyntaxNode, scope: Scope): Value {
  const [operator, operand] = kids(node) as [SyntaxNode, SyntaxNode]
  const value = evaluate(run, operand, scope)
  if (run.text(operator) === 'not') return isKind(value, 'unknown') ? value : !value
  if (typeof value === 'number') return run.text(operator) === '-' ? -value : value
  return isKind(value, 'unknown') ? value : unknown(run, node)
}

/** Bind a comprehension's `for` targets (`a, b` or `(a, b)`) to an item. */
function bindTargets(run: Run, targets: readonly SyntaxNode[], item: Value, scope: Scope): void {
  if (targets.length === 1 && (targets[0] as SyntaxNode).name === 'VariableName') {
    scope.set(run.text(targets[0] as SyntaxNode), item)
    return
  }
  const nested = targets.length === 1 ? kids(targets[0] as SyntaxNode) : targets
  nested.forEach((target, index) => {
    bindTargets(
      run,
      [target],
      Array.isArray(item) ? (item[index] ?? null) : unknown(run, target),
      scope
    )
  })
}

/**
 * `[f(i) for i in range(n) if i > 0]`, `(… for …)`, `{k: v for …}`, and a
 * generator as a call's one argument: the body once per element the clauses
 * keep, in a scope of its own.
 */
function comprehension(run: Run, node: SyntaxNode, outer: Scope): Value {
  const parts = kids(node)
  const forAt = parts.findIndex((part) => part.name === 'for')
  const body = parts.slice(0, forAt)
  const clauses = parts.slice(forAt)
  const scope = new Scope(outer)
  const results: Value[] = []
  let missing: Value | undefined
  const walk = (at: number): void => {
    const clause = clauses[at]
    if (!clause) {
      results.push(body.map((part) => evaluate(run, part, scope)))
      return
    }
    if (clause.name === 'if') {
      const condition = evaluate(run, clauses[at + 1] as SyntaxNode, scope)
      if (isKind(condition, 'unknown')) missing ??= condition
      else if (condition) walk(at + 2)
      return
    }
    const inAt = clauses.findIndex((part, index) => index > at && part.name === 'in')
    const items = evaluate(run, clauses[inAt + 1] as SyntaxNode, scope)
    if (!Array.isArray(items)) {
      missing ??= isKind(items, 'unknown') ? items : unknown(run, node)
      return
    }
    for (const item of items) {
      if (missing) return
      run.countStep(node)
      bindTargets(run, clauses.slice(at + 1, inAt), item, scope)
      walk(inAt + 2)
    }
  }
  walk(0)
  if (missing) return missing
  if (node.name === 'DictionaryComprehensionExpression')
    return {
      kind: 'dict',
      entries: new Map(
        results.map((pair) => [String((pair as Value[])[0]), (pair as Value[])[1] as Value])
      )
    }
  return results.map((result) => (result as Value[])[0] as Value)
}

function dictionary(run: Run, node: SyntaxNode, scope: Scope): Value {
  const parts = kids(node)
  const entries = new Map<string, Value>()
  for (let i = 0; i + 1 < parts.length; i += 2) {
    entries.set(
      String(evaluate(run, parts[i] as SyntaxNode, scope)),
      evaluate(run, parts[i + 1] as SyntaxNode, scope)
    )
  }
  return {kind: 'dict', entries}
}

function name(run: Run, node: SyntaxNode, scope: Scope): Value {
  const value = scope.get(run.text(node)) ?? starName(run, run.text(node))
  return value === undefined ? unknown(run, node) : value
}

function conditional(run: Run, node: SyntaxNode, scope: Scope): Value {
  const [then, , test, , otherwise] = kids(node) as SyntaxNode[]
  const condition = evaluate(run, test as SyntaxNode, scope)
  if (isKind(condition, 'unknown')) return condition
  return evaluate(run, (condition ? then : otherwise) as SyntaxNode, scope)
}

/** `f"drop{i}"`: the text with each replacement's value, when all are known. */
function formatString(run: Run, node: SyntaxNode, scope: Scope): Value {
  let text = ''
  let at = node.from
  for (const part of node.getChildren('FormatReplacement')) {
    const [expression] = kids(part) as [SyntaxNode]
    const value = evaluate(run, expression, scope)
    if (!printable(value)) return isKind(value, 'unknown') ? value : unknown(run, node)
    text += run.code.slice(at, part.from) + String(value)
    at = part.to
  }
  return unquote(text + run.code.slice(at, node.to))
}

/** `lambda *shape: …`: a function whose body is one expression. */
const lambda = (_run: Run, node: SyntaxNode, scope: Scope): Value => ({
  kind: 'function',
  name: 'lambda',
  node,
  bases: [],
  methods: new Map(),
  closure: scope
})

type Evaluator = (run: Run, node: SyntaxNode, scope: Scope) => Value

const evaluators: Readonly<Record<string, Evaluator>> = {
  Number: literal,
  String: literal,
  FormatString: formatString,
  LambdaExpression: lambda,
  Boolean: literal,
  None: literal,
  VariableName: name,
  BinaryExpression: binary,
  UnaryExpression: unary,
  ParenthesizedExpression: (run, node, scope) => evaluate(run, kids(node)[0] as SyntaxNode, scope),
  TupleExpression: (run, node, scope) => kids(node).map((item) => evaluate(run, item, scope)),
  ArrayExpression: (run, node, scope) => kids(node).map((item) => evaluate(run, item, scope)),
  ArrayComprehensionExpression: comprehension,
  ComprehensionExpression: comprehension,
  DictionaryComprehensionExpression: comprehension,
  SetComprehensionExpression: comprehension,
  ArgList: comprehension,
  DictionaryExpression: dictionary,
  ConditionalExpression: conditional,
  MemberExpression: (run, node, scope) => {
    if (node.getChild('[')) return subscript(run, node, scope)
    const [object, property] = kids(node) as [SyntaxNode, SyntaxNode]
    return memberOf(run, evaluate(run, object, scope), run.text(property), node)
  },
  CallExpression: callValue
}

/** What an expression is worth, as far as reading (never running) the code can tell. */
export function evaluate(run: Run, node: SyntaxNode, scope: Scope): Value {
  const given = run.sizes.get(sizeKey(run.text(node)))
  if (given !== undefined) return given
  const evaluator = evaluators[node.name]
  return evaluator ? evaluator(run, node, scope) : unknown(run, node)
}

export {isObject}
