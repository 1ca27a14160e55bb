import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/core/index.js'
import type {DescriptionInput} from '../../src/index.js'
import {diagramColours, diagramSvg, solutionStrings, solutionTable} from '../../src/render/index.js'
import {requireDebianTool} from '../helpers/debian.js'

// One SVG per case in test/diagrams: every cell in both frameworks, the GRU
// variants, stacks, bidirectional layers, projection, no bias, no output,
// German. `UPDATE=1` rewrites them; open them in a browser to review.
const root = new URL('../diagrams/', import.meta.url)
const update = process.env.UPDATE === '1'

const cases: Record<string, DescriptionInput> = {
  'rnn-keras': {inputs: 4, units: 5, outputs: 3},
  'rnn-pytorch': {inputs: 4, units: 5, outputs: 3, framework: 'pytorch'},
  'lstm-keras': {inputs: 4, units: 5, outputs: 3, cell: 'lstm'},
  'lstm-pytorch': {inputs: 4, units: 5, outputs: 3, cell: 'lstm', framework: 'pytorch'},
  'lstm-pytorch-projection': {
    inputs: 4,
    units: 5,
    cell: 'lstm',
    framework: 'pytorch',
    'proj-size': 3
  },
  'gru-keras-reset-after': {inputs: 4, units: 5, outputs: 3, cell: 'gru'},
  'gru-keras-reset-before': {inputs: 4, units: 5, outputs: 3, cell: 'gru', 'reset-after': false},
  'gru-pytorch': {inputs: 4, units: 5, outputs: 3, cell: 'gru', framework: 'pytorch'},
  'rnn-no-output': {inputs: 3, units: 4},
  'rnn-no-bias': {inputs: 3, units: 4, outputs: 2, bias: false},
  'stack-three-layers': {inputs: 10, units: [64, 32, 16], outputs: 4, cell: 'lstm'},
  bidirectional: {inputs: 4, units: 5, outputs: 3, bidirectional: true},
  'bidirectional-no-output': {inputs: 4, units: 5, bidirectional: true},
  'bidirectional-stack': {inputs: 8, units: [16, 8], outputs: 2, bidirectional: true},
  'bidirectional-gru-pytorch-stack': {
    inputs: 6,
    units: [12, 6],
    outputs: 2,
    cell: 'gru',
    framework: 'pytorch',
    bidirectional: true
  },
  embedding: {inputs: 32, units: 32, outputs: 1, vocab: 10000},
  'large-sizes': {
    inputs: 1000,
    units: [2048, 1024],
    outputs: 50000,
    cell: 'lstm',
    framework: 'pytorch'
  },
  'dense-head': {
    vocab: 1000,
    inputs: 64,
    units: 64,
    cell: 'lstm',
    bidirectional: true,
    outputs: [64, 1]
  },
  'dense-head-three': {inputs: 6, units: 8, outputs: [16, 8, 2], cell: 'gru'},
  'merge-sum': {inputs: 4, units: 5, outputs: 3, bidirectional: true, merge: 'sum'},
  'merge-mul-stack': {inputs: 8, units: [16, 8], outputs: 2, bidirectional: true, merge: 'mul'},
  'merge-ave': {
    inputs: 4,
    units: 5,
    outputs: [6, 3],
    cell: 'lstm',
    bidirectional: true,
    merge: 'ave'
  },
  'encoder-decoder': {inputs: 4, units: 5, 'decoder-inputs': 3, outputs: 3},
  'encoder-decoder-lstm': {
    inputs: 71,
    units: 256,
    cell: 'lstm',
    'decoder-inputs': 93,
    outputs: 93
  },
  'encoder-decoder-embeddings': {
    vocab: 500,
    inputs: 32,
    units: 64,
    cell: 'gru',
    framework: 'pytorch',
    'decoder-inputs': 32,
    'decoder-vocab': 400,
    outputs: 400
  },
  'encoder-decoder-stacked-bidirectional': {
    inputs: 8,
    units: [16, 8],
    bidirectional: true,
    'decoder-inputs': 6,
    'decoder-units': [32, 16],
    outputs: [10, 6]
  },
  'encoder-decoder-no-head': {inputs: 4, units: [5, 5], 'decoder-inputs': 3}
}

const format = {thousandsSeparator: ','}
const english = solutionStrings('en')

function svgOf(input: DescriptionInput, locale = 'en', id = 'rnn-diagram-1'): Element {
  const strings = solutionStrings(locale)
  return diagramSvg(countParameters(input), {
    strings,
    format: {thousandsSeparator: locale === 'de' ? '.' : ','},
    id
  })
}

function serialise(svg: Element): string {
  const tree: Root = {type: 'root', children: [svg]}
  return unified().use(rehypeStringify).stringify(tree) + '\n'
}

describe('diagram fixtures', () => {
  const all = {
    ...cases,
    'rnn-keras-de': cases['rnn-keras']!,
    'dense-head-de': cases['dense-head']!,
    'encoder-decoder-stacked-bidirectional-de': cases['encoder-decoder-stacked-bidirectional']!
  }
  for (const [name, input] of Object.entries(all)) {
    it(name, () => {
      const file = new URL(`${name}.svg`, root)
      const actual = serialise(svgOf(input, name.endsWith('-de') ? 'de' : 'en'))
      if (update) writeFileSync(file, actual)
      expect(existsSync(file), `missing ${file.pathname}; run with UPDATE=1`).toBe(true)
      expect(actual).toBe(readFileSync(file, 'utf8'))
      // Same input, same bytes.
      expect(serialise(svgOf(input, name.endsWith('-de') ? 'de' : 'en'))).toBe(actual)
    })
  }

  it.runIf(
    requireDebianTool('xmllint', 'libxml2-utils', {skips: "the diagrams' well-formedness check"})
  )('are well-formed XML, so the files open as images', () => {
    const files = readdirSync(root)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => fileURLToPath(new URL(name, root)))
    expect(files.length).toBeGreaterThan(Object.keys(cases).length)
    // xmllint exits non-zero on the first malformed file.
    execFileSync('xmllint', ['--noout', ...files])
  })
})

const texts = (svg: Element) => selectAll('text', svg).map((node) => toText(node))

describe('what the diagram shows', () => {
  it('labels the seed example’s connections with symbol, shape and count, and adds them up', () => {
    const shown = texts(svgOf(cases['rnn-keras']!))
    for (const label of ['Wxh 4 × 5 = 20', 'Whh 5 × 5 = 25', 'bh 5', 'Why 5 × 3 = 15', 'by 3'])
      expect(shown).toContain(label)
    expect(shown).toContain('Recurrent parameters: 25 + 5 = 30')
    expect(shown).toContain('Total: 20 + (25 + 5) + (15 + 3) = 68')
    // Unrolled: the same symbols at every step.
    expect(shown.filter((text) => text === 'Wxh')).toHaveLength(3)
    expect(shown.filter((text) => text === 'Whh')).toHaveLength(2)
    expect(shown.filter((text) => text === 'Why')).toHaveLength(3)
  })

  it('shows the gate blocks and each gate’s shape', () => {
    const lstm = texts(svgOf(cases['lstm-pytorch']!))
    for (const gate of ['i', 'f', 'g', 'o']) expect(lstm).toContain(gate)
    expect(lstm).toContain('4 gates, each 4 × 5')
    expect(lstm).toContain('bi{i,f,g,o} 20')
    expect(lstm).toContain('bh{i,f,g,o} 20')
    const gru = texts(svgOf(cases['gru-pytorch']!))
    for (const gate of ['r', 'z', 'n']) expect(gru).toContain(gate)
  })

  it('draws a Keras GRU’s second bias row (reset_after) and only then', () => {
    const after = svgOf(cases['gru-keras-reset-after']!)
    expect(texts(after)).toContain('b{z,r,h} 2 × 15 = 30')
    expect(texts(after)).toContain('two rows: input and recurrent bias')
    // Every bar is one subpath of the bias path.
    const bars = (svg: Element) =>
      String(select('path.rnn-d-bias', svg)?.properties.d).split('M').length - 1
    expect(bars(after)).toBe(3)
    expect(bars(svgOf(cases['gru-keras-reset-before']!))).toBe(2)
  })

  it('shows a stack layer by layer and a bidirectional layer in two directions with 2h', () => {
    const stack = texts(svgOf(cases['stack-three-layers']!))
    expect(stack).toEqual(expect.arrayContaining(['h₂ = 32', 'h₃ = 16']))
    const both = texts(svgOf(cases['bidirectional-stack']!))
    expect(both).toEqual(
      expect.arrayContaining([
        '2·h₁ = 32',
        '2·h₂ = 16',
        'Wxh(1,→) 8 × 16 = 128',
        'Wxh(1,←) 8 × 16 = 128'
      ])
    )
    // Forward rows point right, backward rows left: three arrows each way per layer.
    expect(both.filter((text) => text === 'Whh(1,→)')).toHaveLength(2)
    expect(both.filter((text) => text === 'Whh(1,←)')).toHaveLength(2)
  })

  it('draws an embedding below the input: the token w_t, one of V, looked up in W_e', () => {
    const shown = texts(svgOf(cases.embedding!))
    expect(shown).toEqual(
      expect.arrayContaining([
        'wt',
        'V = 10,000',
        'We\u200210,000 × 32 = 320,000',
        'Embedding parameters: 320,000'
      ])
    )
  })

  it('shows the projection and leaves out the output layer when there is none', () => {
    const projected = texts(svgOf(cases['lstm-pytorch-projection']!))
    expect(projected).toEqual(expect.arrayContaining(['p = 3', 'Whr 5 × 3 = 15']))
    expect(projected.some((text) => text.startsWith('y'))).toBe(false)
    expect(selectAll('.rnn-d-output', svgOf(cases['rnn-no-output']!))).toHaveLength(0)
  })

  it('draws dense layers as boxes above the state, each with its weights and bias', () => {
    const svg = svgOf(cases['dense-head']!)
    const shown = texts(svg)
    expect(shown).toEqual(
      expect.arrayContaining([
        'zt(1)',
        'o₁ = 64',
        'yt',
        'o₂ = 1',
        'Wd(1)\u2002128 × 64 = 8,192',
        'bd(1)\u200264',
        '2·h = 128',
        'Dense layers: 8,192 + 64 + 64 + 1 = 8,321',
        'Total: 64,000 + 66,048 + 8,321 = 138,369'
      ])
    )
    // Unrolled, the hidden dense layer at every step.
    expect(shown.filter((text) => /^z[₁₂₃]\(1\)$/.test(text))).toHaveLength(3)
    // Four bias bars: both directions' biases and both dense layers'.
    expect(String(select('path.rnn-d-bias', svg)?.properties.d).split('M').length - 1).toBe(4)
  })

  it('joins the two directions as the merge mode says, with the width the next matrix reads', () => {
    expect(texts(svgOf(cases['merge-sum']!))).toEqual(expect.arrayContaining(['→ + ←', 'h = 5']))
    expect(texts(svgOf(cases['merge-mul-stack']!))).toEqual(
      expect.arrayContaining(['→ ⊙ ←', 'h₁ = 16', 'h₂ = 8'])
    )
    expect(texts(svgOf(cases['merge-ave']!))).toContain('(→ + ←) / 2')
    expect(texts(svgOf(cases.bidirectional!))).toContain('[ → ; ← ]')
  })

  it('draws the decoder beside the encoder, its vectors marked, with the hand-over in both pictures', () => {
    const svg = svgOf(cases['encoder-decoder-stacked-bidirectional']!)
    const shown = texts(svg)
    expect(shown).toEqual(
      expect.arrayContaining([
        'Encoder',
        'Decoder',
        'ht(dec,1)',
        's₁ = 32',
        'xt(dec)',
        'd = 6',
        'Wxh(dec,1)\u20026 × 32 = 192',
        'Encoder: 400 + 400 + 328 + 328 = 1,456',
        'Total: 1,456 + 2,032 + 236 = 3,724'
      ])
    )
    expect(shown.join(' ')).toContain('hands its final state to the decoder layer')
    // The decoder unrolled too: three steps of each of its layers.
    expect(shown.filter((text) => /^h[₁₂₃]\(dec,2\)$/.test(text))).toHaveLength(3)
    const german = texts(svgOf(cases['encoder-decoder-stacked-bidirectional']!, 'de'))
    expect(german.join(' ')).toContain('übergibt ihren letzten Zustand')
    expect(toText(selectAll('title', svg)[0]!)).toBe(
      'Encoder–decoder: bidirectional simple RNN with 8 inputs and 16 and 8 units; decoder: simple RNN with 6 inputs, 32 and 16 units and dense layers of 10 and 6 nodes: 3,724 parameters'
    )
    // Unrolled, the decoder sits under the encoder: the picture is no wider than the folded pair.
    const small = svgOf(cases['encoder-decoder']!)
    expect(Number(String(small.properties.viewBox).split(' ')[2])).toBeLessThan(650)
    const embeddings = texts(svgOf(cases['encoder-decoder-embeddings']!))
    expect(embeddings).toEqual(
      expect.arrayContaining([
        'wt',
        'V = 500',
        'wt(dec)',
        'V′ = 400',
        'Embeddings: 16,000 + 12,800 = 28,800'
      ])
    )
  })

  it('never shows a number the table lacks', () => {
    const description = fc.record({
      inputs: fc.integer({min: 1, max: 300}),
      units: fc.array(fc.integer({min: 1, max: 300}), {minLength: 1, maxLength: 3}),
      outputs: fc.array(fc.integer({min: 1, max: 50}), {maxLength: 3}),
      cell: fc.constantFrom('rnn', 'lstm', 'gru'),
      framework: fc.constantFrom('keras', 'pytorch'),
      bidirectional: fc.boolean(),
      sum: fc.constantFrom('concat', 'sum', 'mul', 'ave'),
      bias: fc.boolean(),
      vocab: fc.option(fc.integer({min: 1, max: 5000}), {nil: undefined}),
      decoder: fc.option(
        fc.record({
          inputs: fc.integer({min: 1, max: 300}),
          vocab: fc.option(fc.integer({min: 1, max: 5000}), {nil: undefined})
        }),
        {nil: undefined}
      )
    })
    // Everything the views draw: dense heads, merge modes (Keras), decoders of the widths the hand-over needs.
    const network = description.map(({sum, decoder, outputs, ...rest}): DescriptionInput => {
      const merge = rest.bidirectional && rest.framework === 'keras' ? {merge: sum} : {}
      const handOver = decoder
        ? {
            'decoder-inputs': decoder.inputs,
            'decoder-units': rest.units.map((units) => (rest.bidirectional ? 2 * units : units)),
            ...(decoder.vocab ? {'decoder-vocab': decoder.vocab} : {})
          }
        : {}
      return {...rest, outputs: outputs.length > 0 ? outputs : 0, ...merge, ...handOver}
    })
    const numbers = (text: string) =>
      new Set(text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+/g) ?? [])
    fc.assert(
      fc.property(network, (input) => {
        const breakdown = countParameters(input)
        // Every text and formula of the table, each on its own (cells would run together).
        const table = JSON.stringify(
          solutionTable(breakdown, english, format),
          (key, value: unknown) => (key === 'position' ? undefined : value)
        )
          .match(/"value":"[^"]*"/g)!
          .join(' ')
          .replace(/\{,\}/g, '')
        const allowed = numbers(table)
        const svg = diagramSvg(breakdown, {strings: english, format, id: 'd'})
        // The unrolled boxes number the time steps ₁, ₂, ₃; those are not sizes (nor ASCII digits).
        const shown = texts(svg)
        for (const text of [
          ...shown,
          toText(selectAll('title', svg)[0]!),
          toText(selectAll('desc', svg)[0]!)
        ]) {
          for (const number of numbers(text))
            expect(allowed, `${number} in “${text}”`).toContain(number)
        }
      }),
      {numRuns: 60}
    )
  })
})

describe('accessibility of the SVG', () => {
  it('is an image labelled by its title and one sentence per matrix, in the page’s language', () => {
    const svg = svgOf(cases['rnn-keras']!, 'en', 'rnn-diagram-2')
    expect(svg.properties.role).toBe('img')
    expect(svg.properties.ariaLabelledBy).toEqual(['rnn-diagram-2-title', 'rnn-diagram-2-desc'])
    expect(toText(selectAll('#rnn-diagram-2-title', svg)[0]!)).toBe(
      'Simple RNN with 4 inputs, 5 units and 3 outputs: 68 parameters'
    )
    const desc = toText(selectAll('#rnn-diagram-2-desc', svg)[0]!)
    expect(desc.split('. ')).toHaveLength(5)
    expect(desc).toContain('Input weights, W_xh: 4 × 5, 20 parameters.')
    const german = toText(selectAll('desc', svgOf(cases['rnn-keras']!, 'de'))[0]!)
    expect(german).toContain('Eingabegewichte, W_xh: 4 × 5, 20 Parameter.')
  })

  it('has default colours with WCAG AA contrast in both schemes', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((index) => Number.parseInt(hex.slice(index, index + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }

    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (light! + 0.05) / (dark! + 0.05)
    }

    for (const colours of [diagramColours.light, diagramColours.dark]) {
      // Text on the background and inside every kind of box: 4.5:1.
      for (const surface of [
        colours.background,
        colours['input-fill'],
        colours['hidden-fill'],
        colours['output-fill'],
        colours['concat-fill'],
        colours['gate-fill']
      ]) {
        expect(contrast(colours.text, surface)).toBeGreaterThanOrEqual(4.5)
      }

      expect(contrast(colours.muted, colours.background)).toBeGreaterThanOrEqual(4.5)
      // Lines, frames and bias bars against the background: 3:1 (non-text contrast).
      for (const mark of [
        colours.line,
        colours['input-stroke'],
        colours['hidden-stroke'],
        colours['output-stroke'],
        colours.bias
      ]) {
        expect(contrast(mark, colours.background)).toBeGreaterThanOrEqual(3)
      }
    }
  })
})
