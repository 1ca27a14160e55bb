// The properties remark-rnn must keep on any input. Each takes the pieces it
// needs, so the same checks run in vitest (bounded) and in `npm run fuzz`.
import fc from 'fast-check'
import katex from 'katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {closedFormTotal, description, document, validDocument} from './arbitraries.js'

export function properties(api) {
  const {
    default: remarkRnn,
    countParameters,
    derivationLatex,
    frameworkLayers,
    shapesLatex,
    solutionTable,
    locales
  } = api
  const html = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn, {strict: false})
    .use(remarkRehype)
    .use(rehypeStringify)
  const markdown = (options) =>
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkRnn, {strict: false, ...options})
      .use(remarkStringify)
  // The same document with the rnn directives taken out of the tree by hand.
  const withoutDirectives = () => (tree) => {
    tree.children = tree.children.filter(
      (node) => !(node.type === 'leafDirective' && node.name === 'rnn')
    )
  }
  const plain = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(withoutDirectives)
    .use(remarkStringify)

  // A message as the author sees it: rule, severity and the text of the line it points at
  // (without quote markers, list bullets and indentation, which the serialiser may rewrite).
  const problemsOf = (file, source) =>
    file.messages
      .map((message) => {
        const line = source.split(/\r?\n|\r/)[message.line - 1] ?? ''
        return `${message.ruleId} ${message.fatal} ${line.replace(/^[ \t>*+-]*(?:\d+[.)][ \t]*)?/, '')}`
      })
      .sort()
      .join('\n')

  const compiles = (latex) =>
    katex.renderToString(latex, {
      throwOnError: true,
      strict: 'error',
      trust: false,
      displayMode: true
    })

  return {
    'never throws: every run ends in output or positioned messages': fc.property(
      document,
      (doc) => {
        const file = html.processSync(doc)
        if (typeof file.value !== 'string') throw new Error('no output')
        for (const message of file.messages) {
          if (
            !(
              message.line >= 1 &&
              message.column >= 1 &&
              message.ruleId &&
              message.source === 'remark-rnn'
            )
          ) {
            throw new Error(`message without place or rule: ${message}`)
          }
        }
      }
    ),

    'keeps everything outside the directives as remark-stringify alone would': fc.property(
      validDocument,
      (doc) => {
        const withDirectives = String(markdown({solutions: 'hide'}).processSync(doc))
        const without = String(plain.processSync(doc))
        if (withDirectives !== without) throw new Error(`\n${withDirectives}\n---\n${without}`)
      }
    ),

    'generates LaTeX that KaTeX compiles with throwOnError': fc.property(
      description,
      fc.constantFrom('en', 'de'),
      (d, locale) => {
        const breakdown = countParameters(d)
        const strings = locales[locale]
        for (const separator of [',', '.', ' ', '']) {
          compiles(derivationLatex(breakdown, strings, {thousandsSeparator: separator}))
        }

        compiles(shapesLatex(breakdown, strings))
        const table = solutionTable(breakdown, strings, {thousandsSeparator: ','})
        for (const row of table.children) {
          for (const cell of row.children) {
            for (const node of cell.children) if (node.type === 'inlineMath') compiles(node.value)
          }
        }
      }
    ),

    'is idempotent and deterministic': fc.property(validDocument, (doc) => {
      const first = String(markdown().processSync(doc))
      if (String(markdown().processSync(doc)) !== first) throw new Error('not deterministic')
      const again = String(markdown().processSync(first))
      if (again !== first) throw new Error(`not idempotent:\n${first}\n---\n${again}`)
    }),

    'writes problems back as written: the second pass reports the same problems, a third changes nothing':
      fc.property(document, (doc) => {
        const first = markdown().processSync(doc)
        const second = markdown().processSync(String(first))
        const expected = problemsOf(first, doc)
        const again = problemsOf(second, String(first))
        if (again !== expected)
          throw new Error(`problems differ:\n${expected}\n---\n${again}\n--- output:\n${first}`)
        const third = String(markdown().processSync(String(second)))
        if (third !== String(second))
          throw new Error(`third pass changed:\n${second}\n---\n${third}`)
      }),

    'lists framework layers whose tensors add up to the total': fc.property(description, (d) => {
      const breakdown = countParameters(d)
      const layers = frameworkLayers(breakdown)
      let total = 0
      for (const layer of layers) {
        const owned = layer.tensors.reduce(
          (sum, tensor) => sum + tensor.shape.reduce((a, b) => a * b, 1),
          0
        )
        if (owned !== layer.params)
          throw new Error(`${layer.name}: tensors hold ${owned}, params say ${layer.params}`)
        const shape = layer.outputShape
        if (shape[0] !== null || shape.length < 2 || shape.length > 3)
          throw new Error(`${layer.name}: shape ${JSON.stringify(shape)}`)
        total += layer.params
      }

      if (total !== breakdown.total)
        throw new Error(`${JSON.stringify(d)}: layers add up to ${total} ≠ ${breakdown.total}`)
      const dense = Array.isArray(d.outputs) ? d.outputs.length : d.outputs > 0 ? 1 : 0
      const embeddings = (d.vocab > 0 ? 1 : 0) + ((d.decoderVocab ?? 0) > 0 ? 1 : 0)
      // An encoder–decoder's functional model adds two inputs, the decoder's
      // layers and, for a bidirectional encoder, a Concatenate per state.
      const states = d.cell === 'lstm' ? 2 : 1
      const pair =
        d.decoderInputs === undefined
          ? 0
          : 2 + d.units.length * (1 + (d.bidirectional ? states : 0))
      const expected = embeddings + dense + d.units.length + pair
      if (d.framework === 'keras' && layers.length !== expected)
        throw new Error(`${layers.length} Keras rows`)
    }),

    'counts what the closed form counts': fc.property(description, (d) => {
      const total = BigInt(countParameters(d).total)
      const expected = closedFormTotal(d)
      if (total !== expected) throw new Error(`${JSON.stringify(d)}: ${total} ≠ ${expected}`)
    })
  }
}
