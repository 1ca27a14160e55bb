import {describe, expect, it} from 'vitest'
import {
  boundSizes,
  countParameters,
  drawSizes,
  evaluateExpression,
  fillPlaceholders,
  mulberry32,
  parseExpression,
  readRanges,
  seededRandom
} from '../../src/core/index.js'

describe('size ranges', () => {
  it('reads ranges in sizes and in units lists, leaving fixed entries as written', () => {
    const reading = readRanges({inputs: '2..8', units: '8..32,4', outputs: '0 .. 4', cell: 'lstm'})
    expect(reading).toEqual({
      ok: true,
      ranged: [
        {name: 'inputs', entries: [{min: 2, max: 8}]},
        {name: 'units', entries: [{min: 8, max: 32}, '4']},
        {name: 'outputs', entries: [{min: 0, max: 4}]}
      ]
    })
  })

  it('reads ranges in the Embedding vocabulary and the time steps too', () => {
    expect(readRanges({inputs: '8', units: '4', vocab: '100..200', timesteps: '5..10'})).toEqual({
      ok: true,
      ranged: [
        {name: 'vocab', entries: [{min: 100, max: 200}]},
        {name: 'timesteps', entries: [{min: 5, max: 10}]}
      ]
    })
    const embedded = countParameters({inputs: 8, units: 4, vocab: 150, timesteps: 7})
    expect(fillPlaceholders('{vocab} {timesteps} {vocab * n}', embedded, String)).toEqual({
      ok: true,
      text: '150 7 1200'
    })
  })

  it('has no ranges when no size holds `..`', () => {
    expect(readRanges({inputs: '4', units: '5,3'})).toEqual({ok: true, ranged: []})
  })

  it('refuses backwards and malformed ranges with a way to write them', () => {
    const reading = readRanges({inputs: '8..2', units: '4..', vocab: '1..2,3'})
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.problems.map((problem) => problem.message)).toEqual([
      '`inputs=8..2` runs backwards: write the smaller bound first (`inputs=2..8`).',
      '`units=4..` is not a range: write two whole numbers joined by `..`, such as `units=2..8`.',
      '`vocab=1..2,3` is not a range: write two whole numbers joined by `..`, such as `vocab=2..8`.'
    ])
  })

  it('draws every value inside its range, reaching both ends', () => {
    const reading = readRanges({inputs: '2..4', units: '8..9,1..1'})
    if (!reading.ok) throw new Error('ranges')
    const seen = new Set<string>()
    for (let index = 0; index < 200; index++) {
      const sizes = drawSizes(reading.ranged, seededRandom('s', String(index)))
      const inputs = Number(sizes.inputs)
      expect(inputs).toBeGreaterThanOrEqual(2)
      expect(inputs).toBeLessThanOrEqual(4)
      expect(sizes.units).toMatch(/^(8|9),1$/)
      seen.add(`${sizes.inputs} ${sizes.units}`)
    }

    expect(seen.size).toBe(6)
    expect(boundSizes(reading.ranged, 'min')).toEqual({inputs: '2', units: '8,1'})
    expect(boundSizes(reading.ranged, 'max')).toEqual({inputs: '4', units: '9,1'})
  })
})

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const first = mulberry32(42)
    const again = mulberry32(42)
    const other = mulberry32(43)
    const a = Array.from({length: 5}, () => first())
    expect(Array.from({length: 5}, () => again())).toEqual(a)
    expect(Array.from({length: 5}, () => other())).not.toEqual(a)
    for (const value of a) expect(value >= 0 && value < 1).toBe(true)
  })

  it('is pinned: the first draws of a known seed never change between versions', () => {
    const random = seededRandom('2026', 'quiz')
    expect(Array.from({length: 3}, () => Math.floor(random() * 1000))).toMatchInlineSnapshot(`
      [
        452,
        918,
        718,
      ]
    `)
  })
})

describe('placeholders', () => {
  const breakdown = countParameters({inputs: 3, units: [4, 2], outputs: 5})
  const plain = (value: number) => String(value)

  it('fills sizes, layers, quantities and arithmetic', () => {
    const filled = fillPlaceholders(
      '{inputs} {n} {units} {h} {h2} {outputs} {input}, {recurrent}; {n * h + h} {(n + 1) * h} {total}',
      breakdown,
      plain
    )
    expect(filled).toEqual({
      ok: true,
      text: `3 3 4, 2 4 2 5 20, ${breakdown.groups.recurrent}; 16 16 ${breakdown.total}`
    })
  })

  it('reads term ids with hyphens and needs spaces to subtract', () => {
    const layer = countParameters({inputs: 3, units: 4})
    expect(fillPlaceholders('{recurrent-bias} {h - n} {h-n}', layer, plain)).toMatchObject({
      ok: false,
      problems: [{message: expect.stringContaining('`h-n`')}]
    })
    expect(fillPlaceholders('{recurrent-bias} {h - n}', layer, plain)).toEqual({
      ok: true,
      text: '4 1'
    })
    expect(fillPlaceholders('{recurrent-bias.l2}', breakdown, plain)).toEqual({ok: true, text: '2'})
  })

  it('leaves braces that are not placeholders alone, and names unknown ones', () => {
    expect(fillPlaceholders('a {#x} and {} and {=}', breakdown, plain)).toEqual({
      ok: true,
      text: 'a {#x} and {} and {=}'
    })
    expect(fillPlaceholders('{inptus}', breakdown, plain)).toEqual({
      ok: false,
      problems: [
        {
          message:
            '`{inptus}` names `inptus`, which is neither a size nor a quantity of this network. Did you mean `inputs`?',
          span: [0, 8],
          suggestion: '{inputs}'
        }
      ]
    })
    // Every wrong placeholder is reported, each at its own place; inside arithmetic no fix is guessed.
    expect(fillPlaceholders('{n} then {n * hh} and {zz}', breakdown, plain)).toMatchObject({
      ok: false,
      problems: [{span: [9, 17]}, {span: [22, 26]}]
    })
    const arithmetic = fillPlaceholders('{n * hh}', breakdown, plain)
    expect(arithmetic.ok ? arithmetic : arithmetic.problems[0]).not.toHaveProperty('suggestion')
    expect(fillPlaceholders('{n *}', breakdown, plain).ok).toBe(false)
    expect(fillPlaceholders('{99999999 * 99999999 * 99999999}', breakdown, plain)).toEqual({
      ok: false,
      problems: [
        {
          message: '`{99999999 * 99999999 * 99999999}` is too large to write exactly.',
          span: [0, 32]
        }
      ]
    })
  })

  it('refuses placeholders beyond their limits with a message, without deep recursion', () => {
    const nested = `{${'('.repeat(3000)}n${')'.repeat(3000)}}`
    const long = `{${Array.from({length: 10_000}, () => 'n').join(' + ')}}`
    expect(fillPlaceholders(`a ${nested} b`, breakdown, plain)).toEqual({
      ok: false,
      problems: [
        {
          message: `\`{${'('.repeat(58)}…\` is too long: brackets in a placeholder nest at most 20 deep.`,
          span: [2, 2 + nested.length]
        }
      ]
    })
    expect(fillPlaceholders(long, breakdown, plain)).toMatchObject({
      ok: false,
      problems: [
        {
          message: expect.stringContaining(
            'is too long: a placeholder holds at most 200 names, numbers, operators and brackets; this one has 19999.'
          )
        }
      ]
    })
    // At the limits, arithmetic still works.
    const deepest = `{${'('.repeat(20)}n${')'.repeat(20)} + ${Array.from({length: 78}, () => 'h').join(' + ')}}`
    expect(fillPlaceholders(deepest, breakdown, plain)).toEqual({
      ok: true,
      text: String(3 + 78 * 4)
    })
    // A long `{` that never closes is text, read in one pass.
    expect(fillPlaceholders(`{${'n + '.repeat(20_000)}`, breakdown, plain).ok).toBe(true)
  })

  it('evaluates with the usual precedence', () => {
    const expression = parseExpression('2 + 3 * (4 - 1)')
    expect(expression && evaluateExpression(expression, new Map())).toBe(11)
    expect(parseExpression('2 +')).toBeUndefined()
    expect(parseExpression('(2')).toBeUndefined()
  })
})
