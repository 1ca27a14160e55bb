/** The most characters of author text a message repeats. */
export const quoteLimit = 60

/**
 * Author text as a message repeats it: on one line and at most `quoteLimit`
 * characters (then an ellipsis), so a pasted 80 kB label makes a short
 * message rather than a slow report.
 */
export function clip(text: string): string {
  const head = text.slice(0, quoteLimit * 4)
  const chars = Array.from(head.replace(/\s+/g, ' '))
  const cut = chars.length > quoteLimit || head.length < text.length
  return cut ? chars.slice(0, quoteLimit - 1).join('') + '…' : chars.join('')
}

/** Author text in backticks, clipped as above. */
export function quote(text: string): string {
  return '`' + clip(text) + '`'
}
