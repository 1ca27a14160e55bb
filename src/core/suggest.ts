import {distance} from 'fastest-levenshtein'

/**
 * The candidate closest to what was typed, if it is close enough to be a typo
 * (one edit in a short word, two in a longer one), so `lstmm` suggests
 * `lstm` and `modle` suggests `model`.
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase()
  let best: string | undefined
  let bestDistance = (wanted.length < 4 ? 1 : 2) + 1

  for (const candidate of candidates) {
    // Lengths further apart than the allowed edits cannot be a typo: skip
    // the distance, which costs the product of the lengths.
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue
    const d = distance(wanted, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }

  return best
}

/**
 * The one "Did you mean" sentence, appended to messages: `` Did you mean `x`?``
 * (or `--x`, with `shown`), or nothing without a suggestion.
 */
export function didYouMean(
  suggestion: string | undefined,
  shown: (suggestion: string) => string = (name) => `\`${name}\``
): string {
  return suggestion ? ` Did you mean ${shown(suggestion)}?` : ''
}
