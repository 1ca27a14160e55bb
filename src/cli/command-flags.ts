import type {FlagSpec} from './flags.js'

// Which flags of each command take a value (`--inputs 4` or `--inputs=4`) and
// which are switches (`--json`, `--strict=false`), so that a value after a
// space is read as the flag's and a file after a switch stays a file.

export const countFlags: FlagSpec = {
  values: ['inputs', 'units', 'outputs', 'cell', 'framework', 'proj-size'],
  switches: ['bidirectional', 'bias', 'reset-after', 'json']
}

export const renderFlags: FlagSpec = {
  values: ['output', 'solutions', 'show', 'framework', 'locale'],
  switches: ['strict']
}

export const checkFlags: FlagSpec = {
  values: ['framework'],
  switches: ['frail', 'quiet', 'silent', 'color', 'no-color']
}

export const commandFlags: Readonly<Record<string, FlagSpec>> = {count: countFlags, render: renderFlags, check: checkFlags}
