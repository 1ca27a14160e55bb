import {cells, frameworks, merges} from '../../core/index.js'
import {solutionParts} from '../../render/index.js'

/**
 * One attribute of a directive, declared once (in the shape of mystmd's
 * `DirectiveSpec` options): what it is called and holds, its default, what
 * it means, the values it allows, and how a syntax adapter reads its text.
 * The remark adapter, the MyST option specs, the CLI's flags and help, the
 * language server's completion and docs/attributes.md are all made from it.
 */
export interface AttributeSpec {
  readonly name: string
  /** What the value is: a whole number, a comma list of them, one word of `values`, a list of them, true/false, a name, or text. */
  readonly type: 'number' | 'numbers' | 'choice' | 'choices' | 'boolean' | 'name' | 'text'
  /** The default as an author would write it; none for a required attribute or where there is none. */
  readonly default?: string | undefined
  /** What it means, in a line (Markdown). */
  readonly doc: string
  /** The words it allows (`choice` and `choices`). */
  readonly values?: readonly string[] | undefined
  /** Required on every directive that counts (unless a `model` gives it). */
  readonly required?: true | undefined
  /**
   * How the shared layer reads the text an adapter gives (attributes the
   * plugin handles itself; the network description is read by the core):
   * trimmed, as written, or split into words.
   */
  readonly read?: 'trimmed' | 'as-written' | 'words' | undefined
}

const description: readonly AttributeSpec[] = [
  {
    name: 'inputs',
    type: 'number',
    required: true,
    doc: 'input features n of the first recurrent layer'
  },
  {
    name: 'units',
    type: 'numbers',
    required: true,
    doc: 'hidden units h; a comma list stacks layers: `units=8,4`'
  },
  {
    name: 'outputs',
    type: 'numbers',
    default: '0',
    doc: 'dense layers after the recurrent stack, the last is the output layer: `outputs=64,1`; 0 is none'
  },
  {name: 'cell', type: 'choice', default: 'rnn', values: cells, doc: 'recurrent cell'},
  {
    name: 'framework',
    type: 'choice',
    default: 'keras',
    values: frameworks,
    doc: 'whose conventions: one bias (keras) or two (pytorch)'
  },
  {name: 'bidirectional', type: 'boolean', default: 'false', doc: 'two directions per layer'},
  {
    name: 'merge',
    type: 'choice',
    default: 'concat',
    values: merges,
    doc: 'how Keras joins the two directions: concat (2h), sum, mul or ave (h)'
  },
  {name: 'decoder-inputs', type: 'number', doc: "an encoder–decoder: the decoder's input width d"},
  {
    name: 'decoder-units',
    type: 'numbers',
    doc: "the decoder's units per layer: the encoder's state widths (2h when bidirectional)"
  },
  {
    name: 'decoder-vocab',
    type: 'number',
    doc: 'an Embedding of V′ target tokens in front of the decoder (V′ × d)'
  },
  {name: 'bias', type: 'boolean', default: 'true', doc: 'biases in the recurrent layers'},
  {
    name: 'reset-after',
    type: 'boolean',
    default: 'true',
    doc: 'Keras GRU variant with two bias rows'
  },
  {
    name: 'proj-size',
    type: 'number',
    default: '0',
    doc: 'PyTorch LSTM projection size p; 0 is none'
  },
  {
    name: 'vocab',
    type: 'number',
    default: '0',
    doc: 'an Embedding layer of V words in front (V × n parameters)'
  },
  {
    name: 'return-sequences',
    type: 'boolean',
    default: 'false',
    doc: 'the last recurrent layer returns every step (shapes only)'
  },
  {
    name: 'timesteps',
    type: 'number',
    default: 'None',
    doc: 'sequence length in output shapes; never changes a count'
  }
]

/** The attributes of the network description, in the core's order (a test holds the two lists equal). */
export const descriptionSpecs: readonly AttributeSpec[] = description

/** The attributes the plugin handles itself, each read as its spec says. */
export const ownSpecs: readonly AttributeSpec[] = [
  {
    name: 'id',
    type: 'name',
    read: 'trimmed',
    doc: 'name this network so later directives can reuse it with `model=…` (or `#name`)'
  },
  {
    name: 'model',
    type: 'name',
    read: 'trimmed',
    doc: 'reuse a network defined above with `id=…`; own attributes override it'
  },
  {
    name: 'show',
    type: 'choices',
    read: 'as-written',
    values: solutionParts,
    default: 'table,derivation,shapes',
    doc: 'the parts of the solution: table, derivation, shapes, diagram, summary, code'
  },
  {
    name: 'class',
    type: 'text',
    read: 'words',
    doc: 'extra classes on the generated element (or `.name`)'
  },
  {
    name: 'ask',
    type: 'text',
    read: 'as-written',
    doc: 'the quantities each option gives: a group (total, rnn, head, encoder, decoder, …) or a term id'
  },
  {
    name: 'answer',
    type: 'text',
    read: 'trimmed',
    doc: 'the key: a letter (`B`) or a number from 1'
  },
  {
    name: 'seed',
    type: 'text',
    read: 'trimmed',
    doc: 'picks the variant of a quiz with size ranges'
  },
  {
    name: 'type',
    type: 'choice',
    read: 'as-written',
    values: ['choice', 'number'],
    default: 'choice',
    doc: 'a choice between options, or typed numbers (`number`)'
  },
  {
    name: 'remember',
    type: 'boolean',
    read: 'as-written',
    default: 'true',
    doc: '`false`: the page does not keep the student’s answer across reloads'
  }
]

/** Every attribute by name. */
export const attributeSpecs: ReadonlyMap<string, AttributeSpec> = new Map(
  [...descriptionSpecs, ...ownSpecs].map((spec) => [spec.name, spec])
)
