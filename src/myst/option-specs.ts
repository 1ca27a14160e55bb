import {descriptionAttributes} from '../core/index.js'
import {ownAttributes} from '../directives/directive-attributes.js'
import type {OptionSpec} from './types.js'

/**
 * Every attribute of the `{…}` form as a MyST option of the same name, all
 * as text: the shared layer reads and checks the values, so a wrong one gets
 * the same message in both syntaxes. `label` is where MyST files `#name`.
 */
export function optionSpecs(): Record<string, OptionSpec> {
  // `sizes` is a code model's own (code-solution.ts), `vary` an explorer's (vary-attribute.ts); elsewhere it is reported as unknown.
  const names = [...descriptionAttributes, ...ownAttributes, 'vary', 'label', 'sizes']
  return Object.fromEntries(names.map((name) => [name, {type: String}]))
}
