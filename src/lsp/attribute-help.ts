import type {Framework} from '../core/index.js'
import {countParameters, descriptionAttributes} from '../core/index.js'

/** What each attribute means, in a line, for completion's documentation. */
export const attributeHelp: Readonly<Record<string, string>> = {
  inputs: 'input features n of the first recurrent layer (required)',
  units: 'hidden units h; a comma list stacks layers: `units=8,4` (required)',
  outputs:
    'dense layers after the recurrent stack, the last is the output layer: `outputs=64,1`; 0 is none',
  cell: 'recurrent cell: rnn, lstm or gru',
  framework: 'whose conventions: one bias (keras) or two (pytorch)',
  bidirectional: 'two directions per layer',
  merge: 'how Keras joins the two directions: concat (2h), sum, mul or ave (h)',
  'decoder-inputs': "an encoder–decoder: the decoder's input width d",
  'decoder-units':
    "the decoder's units per layer: the encoder's state widths (2h when bidirectional)",
  'decoder-vocab': 'an Embedding of V′ target tokens in front of the decoder (V′ × d)',
  bias: 'biases in the recurrent layers',
  'reset-after': 'Keras GRU variant with two bias rows',
  'proj-size': 'PyTorch LSTM projection size p; 0 is none',
  vocab: 'an Embedding layer of V words in front (V × n parameters)',
  'return-sequences': 'the last recurrent layer returns every step (shapes only)',
  timesteps: 'sequence length in output shapes; never changes a count',
  id: 'name this network so later directives can reuse it with `model=…`',
  model: 'reuse a network defined above with `id=…`; own attributes override it',
  show: 'the parts of the solution: table, derivation, shapes, diagram, summary, code',
  class: 'extra classes on the generated element',
  ask: 'the quantities each option gives: a group (total, rnn, head, encoder, decoder, …) or a term id',
  answer: 'the key: a letter (`B`) or a number from 1',
  seed: 'picks the variant of a quiz with size ranges',
  remember: '`false`: the page does not keep the student’s answer across reloads'
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
const required = ['inputs', 'units']

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
