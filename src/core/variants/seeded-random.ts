/** FNV-1a over UTF-16 code units: a 32-bit number from any text. */
export function hashText(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }

  return value
}

/**
 * mulberry32: a small, well-studied 32-bit generator. Pure JavaScript
 * integer arithmetic, so every platform draws the same sequence.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A generator for one draw, seeded by every part that identifies it (the
 * seed, the quiz, the variant, the attempt), so draws never depend on order.
 */
export function seededRandom(...parts: readonly string[]): () => number {
  return mulberry32(hashText(parts.join('\u0000')))
}

/** A whole number from `min` to `max`, both included. */
export function drawInteger(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
