import type {Expression, Program} from 'estree'
import type {Parent, Root, Text} from 'mdast'
import {visitParents} from 'unist-util-visit-parents'

// The preview cannot run a page's code, but `export const note = 'Read
// first.'` is a value, not code: an expression such as `{note}` or
// `{meta.title}` that only names the page's own literal exports is shown as
// the site would show it. The estree MDX parsed is read, never run, and only
// literals, their arrays and objects, template literals and names of exports
// are understood; anything else (a call, an operator, an import) stays a
// labelled box.

/** What a literal export can hold. */
export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | readonly LiteralValue[]
  | {readonly [key: string]: LiteralValue}

type Names = ReadonlyMap<string, LiteralValue>

function isRecord(value: LiteralValue): value is {readonly [key: string]: LiteralValue} {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** An own property of an array or object; never the prototype's (`constructor`, `length`). */
function member(object: LiteralValue | undefined, key: LiteralValue | undefined) {
  if (object === undefined || object === null || typeof object !== 'object') return undefined
  if (typeof key !== 'string' && typeof key !== 'number') return undefined
  if (Array.isArray(object)) return typeof key === 'number' ? object[key] : undefined
  return isRecord(object) && Object.hasOwn(object, key) ? object[key] : undefined
}

function objectValue(node: Extract<Expression, {type: 'ObjectExpression'}>, names: Names) {
  const object: Record<string, LiteralValue> = Object.create(null)
  for (const property of node.properties) {
    if (property.type !== 'Property' || property.kind !== 'init' || property.method)
      return undefined
    const key =
      property.key.type === 'Identifier' && !property.computed
        ? property.key.name
        : evaluate(property.key as Expression, names)
    const value = evaluate(property.value as Expression, names)
    if ((typeof key !== 'string' && typeof key !== 'number') || value === undefined)
      return undefined
    object[key] = value
  }

  return object
}

/** The value of an expression made only of literals and the given names; undefined for anything else. */
export function evaluate(node: Expression, names: Names): LiteralValue | undefined {
  switch (node.type) {
    case 'Literal': {
      const {value} = node
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : value === null && !('regex' in node) && !('bigint' in node)
          ? null
          : undefined
    }
    case 'TemplateLiteral': {
      let text = node.quasis[0]?.value.cooked ?? ''
      for (const [index, expression] of node.expressions.entries()) {
        const value = evaluate(expression as Expression, names)
        if (typeof value !== 'string' && typeof value !== 'number') return undefined
        text += String(value) + (node.quasis[index + 1]?.value.cooked ?? '')
      }
      return text
    }
    case 'ArrayExpression': {
      const values = node.elements.map((element) =>
        element === null || element.type === 'SpreadElement' ? undefined : evaluate(element, names)
      )
      return values.every((value) => value !== undefined) ? (values as LiteralValue[]) : undefined
    }
    case 'ObjectExpression':
      return objectValue(node, names)
    case 'Identifier':
      return names.get(node.name)
    case 'MemberExpression':
      // `super.x` and `this.#x` fall to the default below.
      return member(
        evaluate(node.object as Expression, names),
        !node.computed && node.property.type === 'Identifier'
          ? node.property.name
          : evaluate(node.property as Expression, names)
      )
    case 'UnaryExpression': {
      const value = node.operator === '-' ? evaluate(node.argument, names) : undefined
      return typeof value === 'number' ? -value : undefined
    }
    default:
      return undefined
  }
}

/** `export const name = <literal>` in the page's ESM, in order (a later one may name an earlier one). */
export function literalExports(tree: Root): Map<string, LiteralValue> {
  const names = new Map<string, LiteralValue>()
  visitParents(tree, 'mdxjsEsm', (node) => {
    for (const statement of (node.data?.estree as Program | undefined)?.body ?? []) {
      if (statement.type !== 'ExportNamedDeclaration') continue
      const declaration = statement.declaration
      if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue
      for (const {id, init} of declaration.declarations) {
        const value = init ? evaluate(init, names) : undefined
        if (id.type === 'Identifier' && value !== undefined) names.set(id.name, value)
      }
    }
  })
  return names
}

/** The text React renders for a value: strings and numbers as written, booleans and null as nothing. */
function rendered(value: LiteralValue): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (value === null || typeof value === 'boolean') return ''
  if (Array.isArray(value)) {
    const parts = value.map(rendered)
    return parts.every((part) => part !== undefined) ? parts.join('') : undefined
  }

  return undefined
}

/** The text of an MDX expression over the page's literal exports, if it is one. */
export function expressionText(
  program: Program | null | undefined,
  names: Names
): string | undefined {
  const statement = program?.body.length === 1 ? program.body[0] : undefined
  if (statement?.type !== 'ExpressionStatement') return undefined
  const value = evaluate(statement.expression, names)
  return value === undefined ? undefined : rendered(value)
}

/** Replace each expression that only names the page's literal exports with its text. */
export function remarkMdxLiterals() {
  return (tree: Root) => {
    const names = literalExports(tree)
    if (names.size === 0) return
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return
      const value = expressionText(node.data?.estree, names)
      if (value === undefined) return
      // An expression always has a parent: the root at least.
      const parent = ancestors[ancestors.length - 1] as Parent
      const text: Text = {type: 'text', value, position: node.position}
      parent.children.splice(parent.children.indexOf(node as never), 1, text as never)
    })
  }
}
