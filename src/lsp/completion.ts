import type {CompletionItem} from 'vscode-languageserver'
import {CompletionItemKind} from 'vscode-languageserver'
import type {CodeBreakdown} from '../core/code/index.js'
import type {Breakdown} from '../core/index.js'
import {
  analyseDescription,
  cells,
  descriptionAttributes,
  descriptionSwitches,
  explainQuantity,
  frameworks,
  merges,
  quantityNames
} from '../core/index.js'
import {codeQuantityNames} from '../directives/code-quantity.js'
import {ownAttributes} from '../directives/directive-attributes.js'
import {quizSpec, rnnSpec} from '../directives/specs/directives.js'
import {solutionParts} from '../render/index.js'
import type {PageAnalysis} from './analyse-page.js'
import {attributeHelp, descriptionDefaults} from './attribute-help.js'
import type {CompletionPlace} from './completion-place.js'
import {networkAt} from './page-networks.js'

/** What only a quiz takes: in its spec, not in the solution's. */
const quizOnly = new Set(
  quizSpec.attributes
    .map((spec) => spec.name)
    .filter((name) => !rnnSpec.attributes.some((spec) => spec.name === name))
)

function item(
  label: string,
  kind: CompletionItemKind,
  detail?: string,
  doc?: string
): CompletionItem {
  return {
    label,
    kind,
    ...(detail ? {detail} : {}),
    ...(doc ? {documentation: doc} : {})
  }
}

/** The network the cursor's directive describes: from the last check of the page, or its written attributes. */
function breakdownHere(
  analysis: PageAnalysis,
  offset: number,
  attributes: Readonly<Record<string, string>> | undefined
): Breakdown | undefined {
  const known = networkAt(analysis, offset)?.breakdown
  if (known) return known
  if (!attributes) return undefined
  const analysed = analyseDescription(
    {framework: analysis.options.framework ?? 'keras', ...attributes},
    {otherAttributes: ownAttributes}
  )
  return analysed.ok ? analysed.breakdown : undefined
}

function quantities(breakdown: Breakdown | undefined): CompletionItem[] {
  if (!breakdown) return []
  return quantityNames(breakdown).map((name) =>
    item(name, CompletionItemKind.Value, explainQuantity(breakdown, name))
  )
}

/** The ids defined with `id=…` above the cursor: what `model=…` may name. */
function modelsAbove(analysis: PageAnalysis, offset: number): CompletionItem[] {
  const ids = new Set<string>()
  // Only the written ids: no network needs resolving for them.
  for (const node of analysis.directives) {
    const id = node.attributes?.id
    if (id && (node.position?.start.offset ?? offset) < offset) ids.add(id)
  }

  return [...ids].map((id) => item(id, CompletionItemKind.Reference, 'model defined above'))
}

/** The model read from code that `model=…` names (a quiz still being written has no record of its own). */
function namedCode(analysis: PageAnalysis, model: string | undefined): CodeBreakdown | undefined {
  const index = analysis.directives.findIndex((node) => model && node.attributes?.id === model)
  return analysis.records[index]?.code
}

function values(
  name: string,
  analysis: PageAnalysis,
  offset: number,
  line: Readonly<Record<string, string>>
): CompletionItem[] {
  const word = (words: readonly string[], detail?: string) =>
    words.map((value) => item(value, CompletionItemKind.EnumMember, detail))
  if (name === 'cell') return word(cells)
  if (name === 'framework') return word(frameworks)
  if (name === 'merge') return word(merges)
  if ((descriptionSwitches as readonly string[]).includes(name) || name === 'remember')
    return word(['true', 'false'])
  // A model read from code: its code is on the page already (`show=code` is a problem there).
  const code = networkAt(analysis, offset)?.code ?? namedCode(analysis, line.model)
  if (name === 'show')
    return word(code ? solutionParts.filter((part) => part !== 'code') : solutionParts)
  if (name === 'model') return modelsAbove(analysis, offset)
  if (name === 'ask' && code) return word(codeQuantityNames(code))
  if (name === 'ask') return quantities(breakdownHere(analysis, offset, line))
  return []
}

/** Attribute names not yet written, with the default of each in the detail. */
function names(
  analysis: PageAnalysis,
  quiz: boolean,
  written: ReadonlySet<string>
): CompletionItem[] {
  const defaults = descriptionDefaults(analysis.options.framework ?? 'keras')
  return [...descriptionAttributes, ...ownAttributes]
    .filter((name) => !written.has(name) && (quiz || !quizOnly.has(name)))
    .map((name) => {
      const fallback = defaults[name]
      return {
        ...item(
          name,
          CompletionItemKind.Property,
          fallback === undefined ? undefined : `default ${fallback}`,
          attributeHelp[name]
        ),
        insertText: `${name}=`
      }
    })
}

/** Completion items for a place in a directive (see completion-place.ts). */
export function completionsAt(
  analysis: PageAnalysis,
  offset: number,
  place: CompletionPlace,
  lineAttributes: Readonly<Record<string, string>>
): CompletionItem[] {
  if (place.kind === 'label') return quantities(breakdownHere(analysis, offset, place.attributes))
  if (place.kind === 'value') return values(place.name, analysis, offset, lineAttributes)
  return names(analysis, place.quiz, place.written)
}
