import type {VFile} from 'vfile'
import type {Diagnostic} from 'vscode-languageserver'
import {DiagnosticSeverity} from 'vscode-languageserver'
import type {Range, TextDocument} from 'vscode-languageserver-textdocument'
import {messageSource} from '../directives/rules.js'

type VFileMessage = VFile['messages'][number]

/** What a diagnostic carries for code actions: the text that belongs at its range, and the text it found there. */
export interface DiagnosticData {
  readonly expected?: readonly string[] | undefined
  /** A fix applies only while the range still holds this (the editor may send a diagnostic of an older version). */
  readonly current?: string | undefined
}

/**
 * A message's place as an editor range. Offsets are used where the parser
 * gave them, so tabs and astral characters land where the editor counts.
 */
export function placeRange(message: VFileMessage, document: TextDocument): Range {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  const at = (point: typeof start) => {
    if (!point) return {line: 0, character: 0}
    if (typeof point.offset === 'number') return document.positionAt(point.offset)
    return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
  }

  return {start: at(start), end: at(end)}
}

/** vfile's `fatal`: true an error, false a warning, unset a note. */
function severityOf(fatal: boolean | null | undefined): DiagnosticSeverity {
  if (fatal === true) return DiagnosticSeverity.Error
  return fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
}

/** One plugin message as an LSP diagnostic: ruleId as its code, linked to the rule's README row. */
export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: placeRange(message, document),
    message: message.reason,
    severity: severityOf(message.fatal),
    source: message.source ?? messageSource
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.expected && message.expected.length > 0) {
    const data: DiagnosticData = {
      expected: [...message.expected],
      current: document.getText(diagnostic.range)
    }
    diagnostic.data = data
  }

  return diagnostic
}
