import {descriptionSpecs} from '../directives/specs/attributes.js'
import type {FlagSpec} from './flags.js'

// Which flags of each command take a value (`--inputs 4` or `--inputs=4`) and
// which are switches (`--json`, `--strict=false`), so that a value after a
// space is read as the flag's and a file after a switch stays a file.

/** The description's attributes as `count` flags, from their specs: true/false ones are switches. */
const attributeFlags = (switches: boolean) =>
  descriptionSpecs.filter((spec) => (spec.type === 'boolean') === switches).map((spec) => spec.name)

const countFlags: FlagSpec = {
  values: [...attributeFlags(false), 'code', 'model', 'sizes'],
  switches: [...attributeFlags(true), 'json']
}

const renderFlags: FlagSpec = {
  values: ['output', 'solutions', 'show', 'framework', 'locale', 'seed'],
  switches: ['strict']
}

export const checkFlags: FlagSpec = {
  values: ['framework', 'seed'],
  switches: ['frail', 'quiet', 'silent', 'color', 'no-color']
}

export const exportFlags: FlagSpec = {
  values: ['format', 'output', 'seed', 'variants', 'framework', 'locale'],
  switches: []
}

export const lspFlags: FlagSpec = {
  values: [],
  switches: ['stdio']
}

export const commandFlags: Readonly<Record<string, FlagSpec>> = {
  count: countFlags,
  render: renderFlags,
  check: checkFlags,
  export: exportFlags,
  lsp: lspFlags,
  // The batch says everything; any flag is a mistake the command names.
  pandoc: {values: [], switches: []},
  'quarto-extension': {values: [], switches: []}
}
