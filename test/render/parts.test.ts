import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {DescriptionInput} from '../../src/index.js'
import {countParameters} from '../../src/index.js'
import {
  derivationLatex,
  groupedByPart,
  partSums,
  shapesLatex,
  solutionStrings,
  solutionTable,
  terminalTable
} from '../../src/render/index.js'

const english = solutionStrings('en')
const german = solutionStrings('de')
const format = {thousandsSeparator: ','}
const plain = {thousandsSeparator: ''}

/** Random networks of every shape the views group by part, and the seed's. */
const networks = fc
  .record({
    inputs: fc.integer({min: 1, max: 40}),
    units: fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 3}),
    outputs: fc.array(fc.integer({min: 1, max: 40}), {maxLength: 3}),
    cell: fc.constantFrom('rnn', 'lstm', 'gru'),
    framework: fc.constantFrom('keras', 'pytorch'),
    bidirectional: fc.boolean(),
    merge: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
    vocab: fc.nat({max: 300}),
    decoderInputs: fc.nat({max: 30}),
    decoderVocab: fc.nat({max: 300})
  })
  .map(
    ({merge, decoderInputs, decoderVocab, outputs, ...rest}): DescriptionInput => ({
      ...rest,
      outputs: outputs.length > 0 ? outputs : 0,
      ...(rest.bidirectional && rest.framework === 'keras' ? {merge} : {}),
      ...(decoderInputs > 0
        ? {
            'decoder-inputs': decoderInputs,
            'decoder-units': rest.units.map((units) => (rest.bidirectional ? 2 * units : units)),
            ...(decoderVocab > 0 ? {'decoder-vocab': decoderVocab} : {})
          }
        : {})
    })
  )

/** The text of a table's rows, one string per row, cells joined by `|`. */
const rows = (input: DescriptionInput, strings = english) =>
  solutionTable(countParameters(input), strings, format).children.map((row) =>
    row.children.map((cell) => toString(cell)).join('|')
  )

describe('parts', () => {
  it('hold every term once, in the table’s order, and add up to the total', () => {
    fc.assert(
      fc.property(networks, (input) => {
        const breakdown = countParameters(input)
        const parts = partSums(breakdown)
        expect(
          parts.flatMap((part) => part.terms).sort((a, b) => a.id.localeCompare(b.id))
        ).toEqual([...breakdown.terms].sort((a, b) => a.id.localeCompare(b.id)))
        expect(parts.reduce((sum, part) => sum + part.subtotal, 0)).toBe(breakdown.total)
        for (const part of parts)
          expect(part.summands.reduce((sum, value) => sum + value, 0)).toBe(part.subtotal)
        // The table grouped by part ends with the parts' sum; its counts are the terms' and the parts'.
        if (groupedByPart(breakdown)) {
          const table = rows(input)
          const total = parts.map((part) => part.subtotal.toLocaleString('en')).join(' + ')
          expect(table.at(-1)).toBe(
            `Total|||${parts.length > 1 ? total : ''}|${breakdown.total.toLocaleString('en')}`
          )
          expect(table).toHaveLength(1 + breakdown.terms.length + parts.length + 1)
          const derivation = derivationLatex(breakdown, english, plain)
          expect(derivation).toContain(
            `\\text{total} &= ${parts.map((part) => part.subtotal).join(' + ')} = ${breakdown.total}`
          )
        }
      }),
      {numRuns: 150}
    )
  })

  it('leave the seed lesson’s table as it was', () => {
    expect(rows({inputs: 4, units: 5, outputs: 3}).slice(-5)).toEqual([
      'Input parameters||||20',
      'Recurrent parameters|||25 + 5|30',
      'Output parameters|||15 + 3|18',
      'Without the output layer|||20 + 30|50',
      'Total|||20 + (25 + 5) + (15 + 3)|68'
    ])
  })

  it('group a dense head: TensorFlow’s text classifier, 138,369 parameters', () => {
    const classifier = {
      vocab: 1000,
      inputs: 64,
      units: 64,
      cell: 'lstm',
      bidirectional: true,
      outputs: [64, 1]
    }
    const table = rows(classifier)
    expect(table).toContain('Embeddings||||64,000')
    expect(table).toContain('Recurrent layers|||33,024 + 33,024|66,048')
    expect(table).toContain('Dense layers|||8,192 + 64 + 64 + 1|8,321')
    expect(table.at(-1)).toBe('Total|||64,000 + 66,048 + 8,321|138,369')
    expect(table.some((row) => row.startsWith('Dense weights (dense layer 1)|'))).toBe(true)
    expect(rows(classifier, german)).toContain('Dichte Schichten|||8,192 + 64 + 64 + 1|8,321')
    const text = terminalTable(countParameters(classifier), format)
    expect(text).toContain('dense layers')
    expect(text).toContain('dense layers: 8,192 + 64 + 64 + 1 = 8,321')
    expect(text).toContain('total: 64,000 + 66,048 + 8,321 = 138,369')
  })

  it('name the encoder, the decoder and their terms in an encoder–decoder', () => {
    const network = {inputs: 4, units: 5, 'decoder-inputs': 3, outputs: 3}
    const table = rows(network)
    expect(table.map((row) => row.split('|')[0])).toEqual(
      expect.arrayContaining(['Encoder', 'Decoder', 'Dense layers', 'Total'])
    )
    expect(table.some((row) => row.startsWith('Input weights (decoder)|'))).toBe(true)
    expect(rows(network, german).some((row) => row.startsWith('Eingabegewichte (Decoder)|'))).toBe(
      true
    )
  })

  it('name the embedded vector in the shapes view', () => {
    const shapes = shapesLatex(countParameters({vocab: 100, inputs: 8, units: 4}), english)
    expect(shapes).toContain('W_{e} &\\in \\mathbb{R}^{100 \\times 8}')
    expect(shapes).toContain(
      'x_t &\\in \\mathbb{R}^{1 \\times 8} \\quad \\text{the embedding of token }w_t'
    )
    const decoder = shapesLatex(
      countParameters({inputs: 8, units: 4, 'decoder-inputs': 6, 'decoder-vocab': 50, outputs: 50}),
      german
    )
    expect(decoder).toContain('&\\text{Decoder}')
    expect(decoder).toContain(
      'x_t^{(\\mathrm{dec})} &\\in \\mathbb{R}^{1 \\times 6} \\quad \\text{die Einbettung des Tokens }w_t^{(\\mathrm{dec})}'
    )
  })
})
