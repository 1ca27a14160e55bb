import {analyseDescription, closest, descriptionAttributes} from '../core/index.js'
import {terminalTable} from '../render/index.js'
import type {Flag} from './flags.js'
import {UsageError} from './flags.js'

export const countHelp = `Usage: remark-rnn count --inputs=N --units=N[,N…] [options]

Count the trainable parameters of a recurrent network and show the worked table.

Options (the same names as the directive attributes):
  --inputs=N             input features n (required)
  --units=N[,N…]         hidden units h; a comma list stacks layers (required)
  --outputs=N            dense output nodes o; 0 = no output layer (default 0)
  --cell=rnn|lstm|gru    recurrent cell (default rnn)
  --framework=keras|pytorch
                         whose conventions: one bias (keras) or two (pytorch)
  --bidirectional[=true|false]
                         two directions per layer (default false)
  --bias=true|false      biases in the recurrent layers (default true)
  --reset-after=true|false
                         Keras GRU variant with two bias rows (default true)
  --proj-size=N          PyTorch LSTM projection size (default 0)
  --json                 print the breakdown as JSON instead of a table

Example: remark-rnn count --inputs=4 --units=5 --outputs=3   # 68 parameters`

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
