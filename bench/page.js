import {readFileSync} from 'node:fs'

// Course pages for the benchmark: N directives of every kind (container,
// leaf, inline, quiz; `{…}` and `<…>`), mixed cells and sizes, with prose
// between them. Deterministic, so every run measures the same text.

const cells = ['rnn', 'lstm', 'gru']

/** The network of directive `index`: sizes and cells vary but repeat. */
function network(index) {
  const cell = cells[index % 3]
  const inputs = 2 + (index % 17)
  const units = index % 5 === 0 ? `${8 + (index % 7)},${4 + (index % 3)}` : String(3 + (index % 13))
  const outputs = index % 4
  return `inputs=${inputs} units=${units} outputs=${outputs} cell=${cell}${index % 6 === 0 ? ' bidirectional' : ''}`
}

/** One directive and a paragraph of prose around it. */
function section(index) {
  const attributes = network(index)
  const prose = `Paragraph ${index}: a recurrent layer shares its weights across time steps, so its size does not depend on the sequence length.`
  switch (index % 5) {
    case 0:
      return `## Example ${index}\n\n:::rnn{${attributes}}\n${prose}\n:::\n`
    case 1:
      return `${prose}\n\n::rnn<${attributes} show=table>\n`
    case 2:
      return `${prose} It has :rnn[total]{${attributes}} parameters, :rnn[rnn]{${attributes}} without its output layer.\n`
    case 3:
      return `:::rnn-quiz{${attributes} ask=total show=derivation}\n${prose}\n:::\n`
    default:
      return `:::rnn<${attributes} show=derivation>\n${prose}\n:::\n`
  }
}

/** A page of `count` directives. */
export function benchPage(count) {
  return ['# Benchmark page', ...Array.from({length: count}, (_, index) => section(index))].join(
    '\n\n'
  )
}

/**
 * The encoder–decoder of directive `index`: a (sometimes bidirectional,
 * sometimes stacked) encoder handing its state to a decoder of the width
 * the hand-over needs, a dense head, an embedding on either side now and then.
 */
function encoderDecoder(index) {
  const cell = cells[index % 3]
  const units = index % 4 === 0 ? [6 + (index % 5), 4 + (index % 3)] : [3 + (index % 9)]
  const bidirectional = index % 3 === 0
  const width = (size) => (bidirectional ? 2 * size : size)
  const vocab = index % 2 === 0 ? ` vocab=${50 + index} decoder-vocab=${40 + index}` : ''
  const head = index % 5 === 0 ? `${8 + (index % 4)},${2 + (index % 7)}` : String(2 + (index % 7))
  return [
    `inputs=${2 + (index % 11)} units=${units.join(',')} cell=${cell}`,
    bidirectional ? 'bidirectional' : '',
    `decoder-inputs=${3 + (index % 7)} decoder-units=${units.map(width).join(',')}`,
    `outputs=${head}${vocab}`
  ]
    .filter(Boolean)
    .join(' ')
}

/** A page of `count` encoder–decoder solutions (containers and leaves, both spellings) with prose between them. */
export function encoderDecoderPage(count) {
  const sections = Array.from({length: count}, (_, index) => {
    const attributes = encoderDecoder(index)
    const prose = `Paragraph ${index}: the encoder reads the source sequence; its final state starts the decoder, which writes the target one step at a time.`
    return index % 2 === 0
      ? `## Translation ${index}\n\n:::rnn{${attributes}}\n${prose}\n:::\n`
      : `${prose}\n\n::rnn<${attributes} show=table,derivation>\n`
  })
  return ['# Encoder–decoder page', ...sections].join('\n\n')
}

const topics = [
  'sequence models',
  'hidden states',
  'gradient descent',
  'weight sharing',
  'backpropagation through time',
  'vanishing gradients'
]

/**
 * The prose of a lesson page without any directive (about 4 KB: headings,
 * paragraphs with emphasis, links and code, a list, a code block and a table),
 * like most pages of a course. Its text never contains `rnn`.
 */
export function prosePage(index) {
  const sections = Array.from({length: 10}, (_, part) => {
    const topic = topics[(index + part) % topics.length]
    return [
      `## Part ${part + 1}: ${topic}`,
      `In this part we look at *${topic}* in lesson ${index}. A model reads its input one step at a time and keeps a state; see [the notes](notes-${index}.md#part-${part}) and the function \`step(x, state)\`. The **key idea** is that the same weights are used at every step.`,
      `- read the input\n- update the state\n- produce an output when the task needs one`,
      part % 2 === 0
        ? '```python\nstate = tanh(x @ W + state @ U + b)\n```'
        : '| step | input | state |\n| --- | --- | --- |\n| 1 | x1 | s1 |\n| 2 | x2 | s2 |'
    ].join('\n\n')
  })
  return [`# Lesson ${index}`, ...sections].join('\n\n') + '\n'
}

// The example course page, as a reader gets it: its prose, tables, maths and
// quizzes, with a diagram in every solution or in none. Block directives
// (`::`, `:::`) are the ones with a solution; inline counts have none.
const course = readFileSync(
  new URL('../examples/course/rnn-parameters.md', import.meta.url),
  'utf8'
)
const blockDirective = /^(:{2,}rnn(?:-quiz)?)([{<])([^}>\n]*)([}>])/gm
const showAttribute = /\bshow=("[^"]*"|[\w,]+)/
const defaultParts = ['table', 'derivation', 'shapes']

/** The example course with `diagram` first in every solution's parts (`diagrams`), or in none. */
export function coursePage(diagrams) {
  return course.replace(blockDirective, (_, name, open, attributes, close) => {
    const show = attributes.match(showAttribute)
    const parts = (
      show
        ? show[1]
            .replace(/"/g, '')
            .split(/[\s,]+/)
            .filter(Boolean)
        : defaultParts
    ).filter((part) => part !== 'diagram')
    const value = `show=${(diagrams ? ['diagram', ...parts] : parts).join(',')}`
    return `${name}${open}${show ? attributes.replace(showAttribute, value) : `${attributes} ${value}`}${close}`
  })
}
