import type {Span} from './places.js'

/** Every word of a list written with commas or spaces, and where it stands. */
export function listWords(value: string): Array<{word: string; span: Span}> {
  return [...value.matchAll(/[^\s,]+/g)].map((match) => ({
    word: match[0],
    span: [match.index, match.index + match[0].length] as const
  }))
}
