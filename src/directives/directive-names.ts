// The names remark-rnn answers to, in one place: the remark adapter, its
// `<…>` short form, the MyST adapter and the "looks like a directive" checks
// all read them from here, so a new directive is added once.

/** `text` as a regular expression that matches it literally (outside a character class). */
export function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** The worked solution: a block, a leaf, an inline number and the MyST role. */
export const solutionName = 'rnn'

/** The self-check question: a block only. */
export const quizName = 'rnn-quiz'

/** The explorer: the worked solution with sizes a student changes on the page; a block only. */
export const explorerName = 'rnn-explorer'

/** Every block directive name remark-rnn handles. */
export const blockNames: readonly string[] = [solutionName, quizName, explorerName]

/** The names an inline directive or a MyST role may have. */
export const inlineNames: readonly string[] = [solutionName]

/**
 * A regular expression source matching any block name, longest first so an
 * alternation never stops at `rnn` when `rnn-quiz` is written.
 */
export const blockNamePattern = `(?:${[...blockNames]
  .sort((a, b) => b.length - a.length)
  .map(escapeForPattern)
  .join('|')})`
