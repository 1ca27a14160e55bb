import type {GroupName, TermKind} from '../core/index.js'

/**
 * Every piece of text the generated solution shows. Templates use `{name}`
 * placeholders; a partial set can override any built-in locale.
 */
export interface SolutionStrings {
  readonly columnTerm: string
  readonly columnSymbol: string
  readonly columnShape: string
  readonly columnFormula: string
  readonly columnCount: string
  readonly terms: Readonly<Record<TermKind, string>>
  /** `layer {layer}`. */
  readonly layer: string
  readonly forward: string
  readonly backward: string
  readonly groups: Readonly<Record<GroupName, string>>
  /** The word after `=` at the end of the derivation, inside `\text{}`. */
  readonly totalSymbol: string
  /** The input vector's name in the shapes view. */
  readonly inputVector: string
  /** The summary of a collapsed solution: `{total}` is the formatted total. */
  readonly summary: string
}

export type SolutionStringsOverride = Partial<Omit<SolutionStrings, 'terms' | 'groups'>> & {
  readonly terms?: Partial<SolutionStrings['terms']>
  readonly groups?: Partial<SolutionStrings['groups']>
}

const english: SolutionStrings = {
  columnTerm: 'Parameters',
  columnSymbol: 'Symbol',
  columnShape: 'Shape',
  columnFormula: 'Formula',
  columnCount: 'Count',
  terms: {
    'input-weights': 'Input weights',
    'recurrent-weights': 'Recurrent weights',
    'recurrent-bias': 'Recurrent bias',
    'input-bias': 'Input bias',
    'projection-weights': 'Projection weights',
    'output-weights': 'Output weights',
    'output-bias': 'Output bias'
  },
  layer: 'layer {layer}',
  forward: 'forward',
  backward: 'backward',
  groups: {
    input: 'Input parameters',
    recurrent: 'Recurrent parameters',
    output: 'Output parameters',
    rnn: 'Without the output layer',
    total: 'Total'
  },
  totalSymbol: 'total',
  inputVector: 'x_t',
  summary: 'Worked solution: {total} parameters'
}

const german: SolutionStrings = {
  columnTerm: 'Parameter',
  columnSymbol: 'Symbol',
  columnShape: 'Form',
  columnFormula: 'Formel',
  columnCount: 'Anzahl',
  terms: {
    'input-weights': 'Eingabegewichte',
    'recurrent-weights': 'Rekurrente Gewichte',
    'recurrent-bias': 'Rekurrenter Bias',
    'input-bias': 'Eingabe-Bias',
    'projection-weights': 'Projektionsgewichte',
    'output-weights': 'Ausgabegewichte',
    'output-bias': 'Ausgabe-Bias'
  },
  layer: 'Schicht {layer}',
  forward: 'vorwärts',
  backward: 'rückwärts',
  groups: {
    input: 'Eingabeparameter',
    recurrent: 'Rekurrente Parameter',
    output: 'Ausgabeparameter',
    rnn: 'Ohne Ausgabeschicht',
    total: 'Gesamt'
  },
  totalSymbol: 'gesamt',
  inputVector: 'x_t',
  summary: 'Lösungsweg: {total} Parameter'
}

/** The built-in locales. */
export const locales: Readonly<Record<string, SolutionStrings>> = {en: english, de: german}

/** The strings of a locale (`de-CH` falls back to `de`, unknown ones to English) with overrides applied. */
export function solutionStrings(
  locale = 'en',
  override: SolutionStringsOverride = {}
): SolutionStrings {
  const base = locales[locale] ?? locales[locale.split('-')[0] ?? ''] ?? english
  return {
    ...base,
    ...override,
    terms: {...base.terms, ...override.terms},
    groups: {...base.groups, ...override.groups}
  }
}

/** Fill `{name}` placeholders; unknown ones stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
