import {analyseDescription, closest, descriptionAttributes} from '../core/index.js'
import {terminalTable} from '../render/index.js'
import type {Flag} from './flags.js'
import {UsageError} from './flags.js'

/** `remark-rnn count`: the breakdown of one network, as a table or JSON. */
export function countCommand(flags: readonly Flag[]): string {
  let json = false
  const description: Record<string, string> = {}
  const known: readonly string[] = descriptionAttributes

  for (const {name, value} of flags) {
    if (name === 'json') {
      json = value === undefined || value === 'true'
    } else if (known.includes(name)) {
      description[name] = value ?? ''
    } else {
      const suggestion = closest(name, [...known, 'json'])
      throw new UsageError(`Unknown flag --${name}.${suggestion ? ` Did you mean --${suggestion}?` : ''}`)
    }
  }

  const analysis = analyseDescription(description)
  if (!analysis.ok) {
    throw new UsageError(analysis.problems.map((problem) => problem.message).join('\n'))
  }

  const {breakdown} = analysis
  return json
    ? JSON.stringify(breakdown, null, 2)
    : `${terminalTable(breakdown, {thousandsSeparator: ','})}\n\n${breakdown.total} parameters`
}
