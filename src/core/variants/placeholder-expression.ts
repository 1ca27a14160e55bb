/** A parsed placeholder: a number, a name, or `+ - *` of two expressions. */
export type Expression =
  | {readonly kind: 'number'; readonly value: number}
  | {readonly kind: 'name'; readonly name: string}
  | {
      readonly kind: 'operation'
      readonly operator: '+' | '-' | '*'
      readonly left: Expression
      readonly right: Expression
    }

// Names may hold hyphens and dots (`recurrent-bias.l2`), so subtracting a name needs spaces: `{h - n}`.
const tokenPattern = /\s*(\d+|[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*|[-+*()])/iy

function tokenize(text: string): string[] | undefined {
  const tokens: string[] = []
  tokenPattern.lastIndex = 0
  while (tokenPattern.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(tokenPattern.lastIndex))) break
    const match = tokenPattern.exec(text)
    if (!match?.[1]) return undefined
    tokens.push(match[1])
  }

  return tokens
}

/**
 * Parse `n * h + h` or `input`: whole numbers, names, `+`, `-`, `*` and
 * brackets, with the usual precedence. Undefined when it is not one.
 */
export function parseExpression(text: string): Expression | undefined {
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 0) return undefined
  let position = 0

  const primary = (): Expression | undefined => {
    const token = tokens[position++]
    if (token === undefined) return undefined
    if (token === '(') {
      const inner = sum()
      return tokens[position++] === ')' ? inner : undefined
    }

    if (/^\d+$/.test(token)) return {kind: 'number', value: Number(token)}
    if (/^[a-z]/i.test(token)) return {kind: 'name', name: token.toLowerCase()}
    return undefined
  }

  const product = (): Expression | undefined => {
    let left = primary()
    while (left && tokens[position] === '*') {
      position++
      const right = primary()
      left = right ? {kind: 'operation', operator: '*', left, right} : undefined
    }

    return left
  }

  const sum = (): Expression | undefined => {
    let left = product()
    while (left && (tokens[position] === '+' || tokens[position] === '-')) {
      const operator = tokens[position++] as '+' | '-'
      const right = product()
      left = right ? {kind: 'operation', operator, left, right} : undefined
    }

    return left
  }

  const expression = sum()
  return expression && position === tokens.length ? expression : undefined
}

/** Every name an expression uses, in order. */
export function expressionNames(expression: Expression): string[] {
  if (expression.kind === 'number') return []
  if (expression.kind === 'name') return [expression.name]
  return [...expressionNames(expression.left), ...expressionNames(expression.right)]
}

/** The value of an expression whose names are all known. */
export function evaluateExpression(
  expression: Expression,
  values: ReadonlyMap<string, number>
): number {
  if (expression.kind === 'number') return expression.value
  if (expression.kind === 'name') return values.get(expression.name) ?? 0
  const left = evaluateExpression(expression.left, values)
  const right = evaluateExpression(expression.right, values)
  return expression.operator === '+'
    ? left + right
    : expression.operator === '-'
      ? left - right
      : left * right
}
