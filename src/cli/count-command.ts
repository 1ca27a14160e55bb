import {analyseDescription, closest, descriptionAttributes} from '../core/index.js'
import {formatCount, terminalTable} from '../render/index.js'
import {asFlags} from './flag-names.js'
import type {Flag} from './flags.js'
import {UsageError} from './flags.js'

/** `remark-rnn count`: the breakdown of one network, as a table or JSON. */
export function countCommand(flags: readonly Flag[]): string {
  let json = false
  const description: Record<string, string> = {}
  const known: readonly string[] = descriptionAttributes

  for (const {name, value} of flags) {
    if (name === 'json') {
      json = value !== 'false'
    } else if (known.includes(name)) {
      description[name] = value ?? ''
    } else {
      const suggestion = closest(name, [...known, 'json'])
      throw new UsageError(`Unknown flag --${name}.${suggestion ? ` Did you mean --${suggestion}?` : ''}`)
    }
  }

  const analysis = analyseDescription(description)
  if (!analysis.ok) {
    throw new UsageError(analysis.problems.map((problem) => asFlags(problem.message)).join('\n'))
  }

  const {breakdown} = analysis
  const format = {thousandsSeparator: ','}
  return json
    ? JSON.stringify(breakdown, null, 2)
    : `${terminalTable(breakdown, format)}\n\n${formatCount(breakdown.total, format)} parameters`
}
