/** `text` as a regular expression that matches it literally (outside a character class). */
export function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}
