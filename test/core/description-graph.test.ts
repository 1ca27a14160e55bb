import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../src/core/code/index.js'
import {breakdownOf} from '../../src/core/count-parameters.js'
import type {NetworkDescription} from '../../src/core/description.js'
import type {DescribedLayer, Wiring} from '../../src/core/description-graph.js'
import {describedGraph} from '../../src/core/description-graph.js'
import type {ArgValue, InnerLayer} from '../../src/core/layers/index.js'
import {validateDescription} from '../../src/core/validate-description.js'

// A description is counted as a model graph of the layer specs' calls, the
// same calls the code readers make; the lesson only names the tensors. These
// properties hold the two together: every term is one tensor of the graph,
// its count and factors the spec's, and the graph written as Python code and
// read back by the code reader counts tensor for tensor the same.

const size = fc.integer({min: 1, max: 40})

/** Any description an author can write (invalid ones are dropped by validation). */
const written = fc
  .record({
    inputs: size,
    units: fc.array(size, {minLength: 1, maxLength: 3}),
    outputs: fc.array(size, {maxLength: 3}),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    bias: fc.boolean(),
    resetAfter: fc.boolean(),
    projSize: fc.integer({min: 0, max: 8}),
    vocab: fc.nat(60),
    decoder: fc.option(fc.record({inputs: size, vocab: fc.nat(60)}))
  })
  .map(({decoder, merge, outputs, resetAfter, projSize, ...rest}) => ({
    ...rest,
    outputs: outputs.length === 0 ? 0 : outputs,
    ...(rest.bidirectional && rest.framework === 'keras' ? {merge} : {}),
    ...(rest.cell === 'gru' && rest.framework === 'keras' ? {resetAfter} : {}),
    ...(rest.cell === 'lstm' && rest.framework === 'pytorch' && decoder === null ? {projSize} : {}),
    ...(decoder === null ? {} : {decoderInputs: decoder.inputs, decoderVocab: decoder.vocab})
  }))

const description = written
  .map((input) => validateDescription(input))
  .filter((validation) => validation.ok)
  .map((validation) => (validation as {description: NetworkDescription}).description)

const wiring: fc.Arbitrary<Wiring> = fc.record({
  laterLayersReadInputs: fc.boolean(),
  directionsConcatenated: fc.boolean(),
  decoderBidirectional: fc.boolean()
})

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1)

describe('the attribute form and its model graph', () => {
  it('every term is one tensor of the graph, counted by its layer spec, for any wiring', () => {
    fc.assert(
      fc.property(description, wiring, (network, wired) => {
        const analysis = breakdownOf(network, wired)
        if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
        const tensors = describedGraph(network, wired).flatMap((layer) => layer.tensors)
        const {terms, total} = analysis.breakdown
        expect(terms.length).toBe(tensors.length)
        for (const [index, term] of terms.entries()) {
          const tensor = tensors[index]
          if (tensor === undefined) throw new Error('a term without a tensor')
          const count = product(tensor.factors.map((factor) => factor.value))
          expect(term.count).toBe(count)
          expect(term.tensor.shape).toEqual(tensor.shape)
          expect(tensor.name.endsWith(term.tensor.name.replace(/_l\d+/, '_l0'))).toBe(true)
          // The lesson's names for the sizes multiply to the spec's count, as does its shape.
          expect(product(term.formula.factors.map((factor) => factor.value))).toBe(count)
          expect(term.shape.rows * term.shape.columns).toBe(count)
        }
        expect(total).toBe(terms.reduce((sum, term) => sum + term.count, 0))
      }),
      {numRuns: 300}
    )
  })

  it('written as Keras or PyTorch code, the graph reads back tensor for tensor', () => {
    const single = description.filter((network) => network.decoder === null)
    fc.assert(
      fc.property(single, (network) => {
        const layers = describedGraph(network)
        const code = network.framework === 'keras' ? kerasCode(network, layers) : torchCode(layers)
        const read = readModelCode(code)
        if (!read.ok) throw new Error(`${code}\n${JSON.stringify(read.problems)}`)
        const analysis = breakdownOf(network)
        if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
        const counted = analysis.breakdown.terms
        expect(read.breakdown.terms.map((term) => term.count)).toEqual(
          counted.map((term) => term.count)
        )
        expect(read.breakdown.terms.map((term) => term.shape)).toEqual(
          counted.map((term) => term.tensor.shape)
        )
        expect(read.breakdown.total).toBe(analysis.breakdown.total)
      }),
      {numRuns: 150}
    )
  })

  it('is the lesson’s network as each framework writes it', () => {
    const calls = (input: Record<string, unknown>) => {
      const validation = validateDescription(input as never)
      if (!validation.ok) throw new Error('invalid')
      return describedGraph(validation.description).map(({call}) => `${call.className}`)
    }
    expect(calls({inputs: 4, units: 5, outputs: 3})).toEqual(['SimpleRNN', 'Dense'])
    expect(
      calls({inputs: 4, units: [5, 6], outputs: 3, cell: 'lstm', bidirectional: true, vocab: 9})
    ).toEqual(['Embedding', 'Bidirectional', 'Bidirectional', 'Dense'])
    expect(
      calls({inputs: 4, units: 5, outputs: [7, 3], cell: 'gru', framework: 'pytorch'})
    ).toEqual(['GRU', 'Linear', 'Linear'])
  })
})

/** A Python literal of an argument. */
function python(value: ArgValue, prefix: string): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'string') return `'${value}'`
  if (typeof value === 'object' && value !== null && 'inner' in value) {
    return layerCode(value as InnerLayer, prefix)
  }
  return String(value)
}

/** `layers.LSTM(units=5, use_bias=False)`, a wrapped layer first and unnamed. */
function layerCode({className, args}: Pick<InnerLayer, 'className' | 'args'>, prefix: string) {
  const written = Object.entries(args).map(([name, value]) =>
    name === 'layer' ? python(value, prefix) : `${name}=${python(value, prefix)}`
  )
  return `${prefix}${className}(${written.join(', ')})`
}

function kerasCode(network: NetworkDescription, layers: readonly DescribedLayer[]): string {
  const input = network.vocab > 0 ? [] : [`keras.Input(shape=(None, ${network.inputs}))`]
  const calls = layers.map(({call}) => layerCode(call, 'layers.'))
  return `import keras\nfrom keras import layers\nmodel = keras.Sequential([${[...input, ...calls].join(', ')}])\n`
}

function torchCode(layers: readonly DescribedLayer[]): string {
  const lines = layers.map(
    ({call}, index) => `        self.layer${index} = ${layerCode(call, 'nn.')}`
  )
  return [
    'from torch import nn',
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...lines,
    'model = Net()',
    ''
  ].join('\n')
}
