import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../src/core/code/index.js'
import {breakdownOf} from '../../src/core/count-parameters.js'
import type {NetworkDescription} from '../../src/core/description.js'
import type {DescribedLayer} from '../../src/core/description-graph.js'
import {describedGraph} from '../../src/core/description-graph.js'
import {networkGraph} from '../../src/core/framework/framework-layer.js'
import {summaryRows} from '../../src/core/framework/layers.js'
import {frameworkLayers, trainableParams} from '../../src/core/index.js'
import {validateDescription} from '../../src/core/validate-description.js'
import {frameworkCode} from '../../src/render/python/index.js'

// The framework summary (Keras's summary() rows, PyTorch's modules) lists the
// layers of the same model graph the count is made of: every layer of the
// graph in exactly one row, and each row's count its layers' tensors' sum.

const size = fc.integer({min: 1, max: 40})
// Few widths, so that PyTorch stacks have runs of equal widths (one module, num_layers).
const width = fc.integer({min: 1, max: 3})

const written = fc
  .record({
    inputs: size,
    units: fc.array(width, {minLength: 1, maxLength: 4}),
    outputs: fc.array(size, {maxLength: 3}),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    bias: fc.boolean(),
    resetAfter: fc.boolean(),
    projSize: fc.integer({min: 0, max: 3}),
    vocab: fc.nat(60),
    timesteps: fc.option(fc.integer({min: 1, max: 9})),
    returnSequences: fc.boolean(),
    decoder: fc.option(fc.record({inputs: size, vocab: fc.nat(60)}))
  })
  .map(({decoder, merge, outputs, resetAfter, projSize, timesteps, returnSequences, ...rest}) => ({
    ...rest,
    outputs: outputs.length === 0 ? 0 : outputs,
    ...(timesteps === null ? {} : {timesteps}),
    ...(returnSequences && decoder === null ? {'return-sequences': true} : {}),
    ...(rest.bidirectional && rest.framework === 'keras' ? {merge} : {}),
    ...(rest.cell === 'gru' && rest.framework === 'keras' ? {resetAfter} : {}),
    ...(rest.cell === 'lstm' && rest.framework === 'pytorch' && decoder === null ? {projSize} : {}),
    ...(decoder === null ? {} : {decoderInputs: decoder.inputs, decoderVocab: decoder.vocab})
  }))

const description = written
  .map((input) => validateDescription(input as never))
  .filter((validation) => validation.ok)
  .map((validation) => (validation as {description: NetworkDescription}).description)

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1)

/** A layer's parameters as its tensors' shapes give them. */
const tensorSum = (layers: readonly DescribedLayer[]) =>
  layers.flatMap((layer) => layer.tensors).reduce((sum, tensor) => sum + product(tensor.shape), 0)

describe('the framework summary of the attribute form', () => {
  it('lists every layer of the model graph once, each row counting its layers’ tensors', () => {
    fc.assert(
      fc.property(description, (network) => {
        const analysis = breakdownOf(network)
        if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
        const {breakdown} = analysis
        const rows = summaryRows(breakdown)
        expect(frameworkLayers(breakdown)).toEqual(rows.map((row) => row.layer))

        // Every row's count and tensors are those of the graph layers it lists.
        for (const {layer, from} of rows) {
          expect(layer.params).toBe(tensorSum(from))
          expect(layer.tensors.map((tensor) => tensor.shape)).toEqual(
            from.flatMap(({tensors}) => tensors.map((tensor) => tensor.shape))
          )
        }

        // Every layer of the graph is listed, once: the graph as counted, built afresh.
        const graph = networkGraph(breakdown.description)
        const listed = rows.flatMap((row) => row.from)
        expect(new Set(listed).size).toBe(listed.length)
        expect(listed.length).toBe(graph.length)
        const inGraphOrder = [...listed].sort((a, b) => graph.indexOf(a) - graph.indexOf(b))
        expect(inGraphOrder.map((layer) => layer.tensors)).toEqual(
          describedGraph(network).map((layer) => layer.tensors)
        )
        const listedTotal = rows.reduce((sum, row) => sum + row.layer.params, 0)
        expect(listedTotal).toBe(breakdown.total)
        // The attribute form's tensors are all trainable, as its summary says.
        expect(trainableParams(breakdown.description)).toBe(breakdown.total)
      }),
      {numRuns: 400}
    )
  })
})

describe('the Python view of the attribute form', () => {
  // One stack: the reader does not follow a functional decoder's `initial_state=` back to its encoder.
  const single = description.filter((network) => network.decoder === null)

  it('written from the graph and read back by the code reader, counts the same tensors', () => {
    fc.assert(
      fc.property(single, (network) => {
        const analysis = breakdownOf(network)
        if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
        const code = frameworkCode(analysis.breakdown)
        const read = readModelCode(code)
        if (!read.ok) throw new Error(`${code}\n${JSON.stringify(read.problems)}`)
        expect(read.breakdown.total).toBe(analysis.breakdown.total)
        expect(read.breakdown.terms.map((term) => term.count).sort()).toEqual(
          analysis.breakdown.terms.map((term) => term.count).sort()
        )
      }),
      {numRuns: 200}
    )
  })
})
