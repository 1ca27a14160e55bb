import type {Framework} from '../core/index.js'
import {countParameters, descriptionAttributes} from '../core/index.js'
import {attributeSpecs} from '../directives/specs/attributes.js'

/** What each attribute means, in a line, for completion's documentation: its spec's doc (required ones say so). */
export const attributeHelp: Readonly<Record<string, string>> = Object.fromEntries(
  [...attributeSpecs.values()].map((spec) => [
    spec.name,
    spec.required ? `${spec.doc} (required)` : spec.doc
  ])
)

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
const required = [...attributeSpecs.values()]
  .filter((spec) => spec.required)
  .map((spec) => spec.name)

/** A default as written: a list with commas (`0` when empty), absent as `None`. */
function defaultText(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '0' : value.join(',')
  return String(value ?? 'None')
}

/** The default of each description attribute, as the core fills it in (none for the required ones). */
export function descriptionDefaults(framework: Framework): Readonly<Record<string, string>> {
  const {description} = countParameters({inputs: 1, units: 1, framework})
  const values = description as unknown as Record<string, unknown>
  return Object.fromEntries(
    descriptionAttributes
      .filter((name) => !required.includes(name))
      .map((name) => [name, defaultText(values[camel(name)])])
  )
}
