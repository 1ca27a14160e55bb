// fast-check arbitraries shared by the property tests (bounded, in `npm test`)
// and by `npm run fuzz` (long runs). Plain JS so both can import it.
import fc from 'fast-check'

const attributeNames = [
  'inputs',
  'units',
  'outputs',
  'cell',
  'framework',
  'bidirectional',
  'bias',
  'reset-after',
  'proj-size',
  'merge',
  'decoder-inputs',
  'decoder-units',
  'decoder-vocab',
  // Another spelling of a name above: a duplicate when both are written.
  'decoderInputs',
  'resetAfter',
  'projSize',
  'id',
  'model',
  'show',
  'ask',
  'answer',
  'unit',
  'class',
  'x'
]

/** Attribute values, good and bad: sizes, lists, words, hostile text. */
const attributeValue = fc.oneof(
  fc.integer({min: -3, max: 40}).map(String),
  fc.constantFrom(
    '',
    ' ',
    '1e3',
    '0x10',
    '2.5',
    '٣',
    '64,32',
    '8,,4',
    '64,1',
    '0,3',
    'sum',
    'ave',
    'max',
    '99999999999',
    'lstm',
    'gru',
    'rnn',
    'lstmm',
    'keras',
    'pytorch',
    'true',
    'false',
    'total',
    'table,derivation',
    'input recurrent',
    'B',
    'm',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\\href{javascript:alert(1)}{x}',
    '\\def\\x{y}',
    '$',
    '}',
    '{{{{{{{{',
    'a b',
    '-32',
    '9007199254740993',
    '99999999999999999999999',
    'ASK'
  ),
  fc.string({maxLength: 8})
)

const attribute = fc.tuple(fc.constantFrom(...attributeNames), attributeValue)

/** `{a="1" b="2"}` or `<a="1" b="2">`, quoting so the value survives either way. */
function attributeText(attributes, short) {
  const inner = attributes
    .map(([name, value]) => `${name}="${value.replace(/["\r\n]/g, '')}"`)
    .join(' ')
  return short ? `<${inner}>` : `{${inner}}`
}

/** A block of ordinary Markdown, the text around directives. */
export const markdownBlock = fc.constantFrom(
  '# A heading',
  'A paragraph with *emphasis*, `code :::rnn<x>` and a [link](https://example.com).',
  '- item one\n- item two',
  '> A quote.',
  '```\n:::rnn<inputs=4 units=5>\n```',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '$$\nx^2\n$$',
  ':::note\nAn admonition.\n:::',
  'Text with a colon: 3:4 and a ::double.',
  '<div>html</div>',
  '1. first\n2. second'
)

/** A random rnn directive: any form, any spelling, any attributes, sometimes unclosed. */
export const directive = fc
  .record({
    kind: fc.constantFrom('container', 'leaf', 'inline', 'quiz'),
    short: fc.boolean(),
    // Now and then a wide list: many attributes, most of them unknown or repeated.
    attributes: fc.oneof(
      {arbitrary: fc.array(attribute, {maxLength: 6}), weight: 9},
      {arbitrary: fc.array(attribute, {minLength: 20, maxLength: 60}), weight: 1}
    ),
    label: fc.constantFrom(
      '',
      'total',
      'input',
      'totl',
      'total=68',
      'recurrent-bias',
      'Which \\] one?',
      'How many {total}?'
    ),
    content: fc.array(markdownBlock, {maxLength: 2}),
    options: fc.array(
      fc.constantFrom(
        '12, 20',
        '32',
        '1,234',
        '',
        '68',
        '1.5',
        '−32',
        '{total}',
        '{n * h + h}, {recurrent}',
        '{inptus}',
        `{${'('.repeat(40)}n${')'.repeat(40)}}`,
        `{${Array.from({length: 300}, () => 'h').join(' + ')}}`
      ),
      {maxLength: 4}
    ),
    closed: fc.boolean()
  })
  .map(({kind, short, attributes, label, content, options, closed}) => {
    const attrs = attributeText(attributes, short && kind !== 'inline')
    if (kind === 'inline') return `Inline :rnn[${label}]${attrs} in prose.`
    if (kind === 'leaf') return `::rnn${attrs}`
    const name = kind === 'quiz' ? 'rnn-quiz' : 'rnn'
    const list =
      kind === 'quiz' && options.length > 0 ? options.map((option) => `- ${option}`).join('\n') : ''
    const body = [...content, list].filter(Boolean).join('\n\n')
    return `:::${name}${attrs}\n${body}${closed ? '\n:::' : ''}`
  })

/** A valid directive defining the model `m`, which random directives may use (`model=m`). */
const modelDefinition = fc.constantFrom(
  '::rnn{id=m inputs=4 units=5 outputs=3}',
  ':::rnn<id=m inputs=3 units=4>\nA defined model.\n:::'
)

/**
 * A directive as it stands, indented, in a block quote (`> ` or `>`), or in a
 * list item: every later line prefixed as its first, or some left bare (a
 * lazy continuation line where it continues a paragraph, else the end of the
 * quote or item, or content of an indented directive that is not indented).
 */
const placedDirective = fc
  .tuple(
    directive,
    fc.constantFrom('', '> ', '>', '- ', '1. ', '  ', '> - ', '- > '),
    fc.array(fc.boolean(), {maxLength: 12})
  )
  .map(([text, prefix, bare]) => {
    if (prefix === '') return text
    // Later lines: quote markers stay, a list marker becomes spaces.
    const rest = prefix.replace(/[-\d.]/g, ' ')
    return text
      .split('\n')
      .map((line, index) => (index === 0 ? prefix : bare[index] ? '' : rest) + line)
      .join('\n')
  })

/** A document: blocks and directives, sometimes nested, CRLF or LF. */
export const document = fc
  .tuple(
    fc.array(fc.oneof(markdownBlock, placedDirective, modelDefinition), {maxLength: 6}),
    fc.boolean(),
    fc.boolean()
  )
  .map(([blocks, crlf, nested]) => {
    let text = blocks.join('\n\n')
    if (nested) text = `:::rnn{inputs=2 units=3}\n${text}\n:::`
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

/** A valid network description, small enough to count fast. */
export const description = fc
  .record({
    inputs: fc.integer({min: 1, max: 300}),
    units: fc.array(fc.integer({min: 1, max: 300}), {minLength: 1, maxLength: 4}),
    outputs: fc.oneof(
      fc.integer({min: 0, max: 50}),
      fc.array(fc.integer({min: 1, max: 50}), {minLength: 1, maxLength: 3})
    ),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    decoder: fc.option(
      fc.record({inputs: fc.integer({min: 1, max: 300}), vocab: fc.integer({min: 0, max: 5000})}),
      {nil: undefined}
    ),
    bias: fc.boolean(),
    resetAfter: fc.boolean(),
    projSize: fc.integer({min: 0, max: 20}),
    vocab: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 5000})),
    returnSequences: fc.boolean(),
    timesteps: fc.option(fc.integer({min: 1, max: 50}), {nil: undefined})
  })
  .map(({decoder, ...d}) => ({
    ...d,
    resetAfter: d.cell === 'gru' && d.framework === 'keras' ? d.resetAfter : undefined,
    projSize:
      d.cell === 'lstm' &&
      d.framework === 'pytorch' &&
      d.projSize < Math.min(...d.units) &&
      !(decoder && d.bidirectional)
        ? d.projSize
        : undefined,
    // Keras's merge modes; PyTorch always concatenates.
    merge: d.bidirectional ? (d.framework === 'keras' ? d.merge : 'concat') : undefined,
    decoderInputs: decoder?.inputs,
    decoderVocab: decoder?.vocab,
    // A decoder always returns every step.
    returnSequences: decoder ? false : d.returnSequences
  }))
  .map((d) => Object.fromEntries(Object.entries(d).filter(([, value]) => value !== undefined)))

/** A document of valid directives between ordinary blocks (for round trips). */
export const validDocument = fc
  .array(
    fc.oneof(
      markdownBlock,
      fc
        .tuple(
          description,
          fc.constantFrom('', ' show=summary', ' show=code', ' show="table summary code"')
        )
        .map(
          ([d, show]) =>
            `::rnn{inputs=${d.inputs} units=${d.units.join(',')} cell=${d.cell} framework=${d.framework} vocab=${d.vocab} return-sequences=${d.returnSequences}${show}}`
        )
    ),
    {maxLength: 6}
  )
  .map((blocks) => blocks.join('\n\n'))

/**
 * The parameter count by its closed form, written independently of the core:
 * g gate blocks of input and recurrent weights per direction, the framework's
 * biases, PyTorch's projection; a decoder whose layers are as wide as the
 * encoder's states (2h when bidirectional); then the dense layers.
 */
export function closedFormTotal(d) {
  const g = {rnn: 1n, lstm: 4n, gru: 3n}[d.cell]
  const p = BigInt(d.projSize ?? 0)
  const resetAfter = d.resetAfter ?? true
  const directionsOf = (bidirectional) => (bidirectional ? 2n : 1n)
  const stack = (inputs, widths, bidirectional, joined) => {
    const directions = directionsOf(bidirectional)
    let width = BigInt(inputs)
    let total = 0n
    for (const units of widths) {
      const h = BigInt(units)
      const state = p > 0n ? p : h
      let perDirection = g * h * width + g * h * state
      if (d.bias ?? true) {
        const twoBiases = d.framework === 'pytorch' || (d.cell === 'gru' && resetAfter)
        perDirection += (twoBiases ? 2n : 1n) * g * h
      }

      if (p > 0n) perDirection += h * p
      total += directions * perDirection
      width = (joined ? directions : 1n) * state
    }

    return {total, width}
  }

  const encoder = stack(d.inputs, d.units, d.bidirectional, (d.merge ?? 'concat') === 'concat')
  let total = encoder.total
  let width = encoder.width
  if (d.decoderInputs !== undefined) {
    const widths = d.units.map((units) => Number(directionsOf(d.bidirectional)) * units)
    const decoder = stack(d.decoderInputs, widths, false, true)
    total += decoder.total + BigInt(d.decoderVocab ?? 0) * BigInt(d.decoderInputs)
    width = decoder.width
  }

  const dense = Array.isArray(d.outputs) ? d.outputs : d.outputs ? [d.outputs] : []
  for (const nodes of dense) {
    const o = BigInt(nodes)
    total += width * o + o
    width = o
  }

  // An Embedding layer in front: V rows of n numbers.
  total += BigInt(d.vocab ?? 0) * BigInt(d.inputs)
  return total
}
