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

/**
 * How large a placeholder may be: at most `tokens` names, numbers,
 * operators and brackets, brackets at most `depth` deep. Real ones are a
 * dozen tokens; the bounds keep parsing and evaluation short and shallow,
 * whatever a page holds (docs/limits.md).
 */
export const placeholderLimits = {tokens: 200, depth: 20} as const

// Names may hold hyphens and dots (`recurrent-bias.l2`), so subtracting a name needs spaces: `{h - n}`.
const tokenPattern = /\s*(\d+|[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*|[-+*()])/iy

/** The tokens of a placeholder, undefined when something in it is no token. */
function tokenize(text: string): string[] | undefined {
  const tokens: string[] = []
  const end = text.trimEnd().length
  tokenPattern.lastIndex = 0
  while (tokenPattern.lastIndex < end) {
    const match = tokenPattern.exec(text)
    if (!match?.[1]) return undefined
    tokens.push(match[1])
  }

  return tokens
}

/** Why a placeholder is beyond `placeholderLimits` (a sentence), or undefined when it is within them. */
export function expressionLimitProblem(text: string): string | undefined {
  const tokens = tokenize(text)
  if (!tokens) return undefined
  let depth = 0
  for (const token of tokens) {
    if (token === '(') depth++
    else if (token === ')') depth--
    if (depth > placeholderLimits.depth)
      return `brackets in a placeholder nest at most ${placeholderLimits.depth} deep.`
  }

  return tokens.length > placeholderLimits.tokens
    ? `a placeholder holds at most ${placeholderLimits.tokens} names, numbers, operators and brackets; this one has ${tokens.length}.`
    : undefined
}

/**
 * Parse `n * h + h` or `input`: whole numbers, names, `+`, `-`, `*` and
 * brackets, with the usual precedence. Undefined when it is not one, or is
 * beyond `placeholderLimits` (so the recursion below stays shallow).
 */
export function parseExpression(text: string): Expression | undefined {
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 0 || expressionLimitProblem(text)) return undefined
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

/** Every name an expression uses, in order (walked with a stack: a long sum is a deep tree). */
export function expressionNames(expression: Expression): string[] {
  const names: string[] = []
  const pending: Expression[] = [expression]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.kind === 'name') names.push(next.name)
    else if (next.kind === 'operation') pending.push(next.right, next.left)
  }

  return names
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
