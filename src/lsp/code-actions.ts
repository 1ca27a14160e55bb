import type {CodeAction, Diagnostic} from 'vscode-languageserver'
import {CodeActionKind} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {DiagnosticData} from './diagnostics.js'

/** The title of a fix: what it does in the author's terms. */
function title(diagnostic: Diagnostic, current: string, expected: string): string {
  if (diagnostic.code === 'wrong-key') return `Set the key to the right option: ${expected}`
  if (diagnostic.code === 'wrong-number' || diagnostic.code === 'unreadable-number')
    return `Write the count: ${expected}`
  return `Replace \`${current}\` with \`${expected}\``
}

/**
 * A directive's opening (`:rnn…`, `::rnn…`, `:::rnn…`) is never replaced by
 * a fix: a message placed on the whole directive (no narrower place known)
 * with a one-word `expected` would otherwise destroy the directive.
 */
function replacesDirective(current: string, expected: string): boolean {
  return /^:{1,3}rnn/.test(current) && !/^:{1,3}rnn/.test(expected)
}

/**
 * Quick fixes from the diagnostics' `expected`: the text that belongs at
 * exactly the diagnostic's range, one action per candidate, while that
 * range still holds the text the diagnostic found there.
 */
export function quickFixes(
  document: TextDocument,
  diagnostics: readonly Diagnostic[]
): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'remark-rnn') continue
    const data = diagnostic.data as DiagnosticData | undefined
    const expected = data?.expected ?? []
    const current = document.getText(diagnostic.range)
    // Computed for another version of the page: its range now holds other text.
    if (data?.current !== undefined && data.current !== current) continue
    for (const value of expected) {
      if (value === current || replacesDirective(current, value)) continue
      actions.push({
        title: title(diagnostic, current, value),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: expected.length === 1,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: value}]}}
      })
    }
  }

  return actions
}
