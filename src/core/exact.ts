/**
 * Multiply whole numbers exactly. Products are formed in bigint so that no
 * intermediate is rounded; the caller decides what to do with a result too
 * large for a JavaScript number.
 */
export function exactProduct(values: readonly number[]): bigint {
  let product = 1n
  for (const value of values) product *= BigInt(value)
  return product
}

export function exactSum(values: readonly bigint[]): bigint {
  let sum = 0n
  for (const value of values) sum += value
  return sum
}

export const maxSafe = BigInt(Number.MAX_SAFE_INTEGER)
