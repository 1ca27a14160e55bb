import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'

// Hostile code gets a clear message at its own text: no engine's words
// (a stack overflow, Infinity, NaN) ever reach the author.

const torch = 'import torch\nimport torch.nn as nn\n'
const keras = 'import keras\nfrom keras import layers\n'

/** The first problem of code the reader refuses, with the text it points at. */
function refused(code: string) {
  const analysis = readModelCode(code)
  if (analysis.ok) throw new Error(`counted ${analysis.breakdown.total}`)
  const [problem] = analysis.problems
  return {
    ruleId: problem?.ruleId,
    message: problem?.message ?? '',
    at: code.slice(problem?.from, problem?.to)
  }
}

const engineWords = /Infinity|NaN|Maximum call stack|undefined|BigInt/

describe('code that builds or calls itself without end', () => {
  it('a class built inside its own __init__, at that construction', () => {
    const code = `${torch}class A(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.a = A()\nmodel = A()\n`
    const problem = refused(code)
    expect(problem).toEqual({
      ruleId: 'unsupported-code',
      message:
        '`A` builds itself without end (or more than 64 levels deep): this call makes another `A` while one is being built.',
      at: 'A()'
    })
    expect(code.indexOf(problem.at)).toBe(code.indexOf('self.a = A()') + 'self.a = '.length)
  })

  it('two classes building each other, naming the one between', () => {
    const code = `${torch}class A(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.b = B()\nclass B(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.a = A()\nmodel = A()\n`
    const problem = refused(code)
    expect(problem.message).toMatch(/^`A` builds itself without end \(through `B`\)/)
    expect(problem.at).toBe('A()')
  })

  it('a method calling itself, and a recursion that ends is followed', () => {
    const method = `${torch}class A(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.grow()\n    def grow(self):\n        self.grow()\nmodel = A()\n`
    expect(refused(method)).toMatchObject({
      message: expect.stringMatching(/^`A\.grow` calls itself without end/),
      at: 'self.grow()'
    })
    const tree = `${torch}class T(nn.Module):\n    def __init__(self, d):\n        super().__init__()\n        self.fc = nn.Linear(2, 2)\n        if d > 0:\n            self.sub = T(d - 1)\nmodel = T(20)\n`
    const analysis = readModelCode(tree)
    expect(analysis.ok && analysis.breakdown.total).toBe(21 * 6)
  })

  it('calls nested past the limit without repeating one', () => {
    const functions = Array.from(
      {length: 70},
      (_, i) => `def f${i}():\n    return ${i === 69 ? '2' : `f${i + 1}()`}\n`
    ).join('')
    const problem = refused(`${torch}${functions}model = nn.Linear(f0(), 2)\n`)
    expect(problem).toMatchObject({
      ruleId: 'unsupported-code',
      message: 'Calls nest more than 64 deep here.',
      at: 'f64()'
    })
  })

  it('a class whose bases lead back to itself: a problem in plain words', () => {
    const problem = refused(
      `${torch}class A(nn.Module):\n    def __init__(self):\n        super().__init__()\nclass B(A):\n    pass\nclass A(B):\n    pass\nmodel = A()\n`
    )
    expect(problem.ruleId).toBe('unsupported-code')
    expect(problem.message).toMatch(/^The reader could not follow this code: /)
    expect(problem.message).not.toMatch(engineWords)
  })
})

describe('numbers too large, or none at all', () => {
  it.each([
    ['n = 10**400\nmodel = nn.Linear(n, 2)', '10**400', 'out-of-range'],
    ['model = nn.Linear(1e400, 2)', '1e400', 'out-of-range'],
    ['model = nn.Linear(100000000000000000000, 2)', '100000000000000000000', 'out-of-range'],
    ['model = nn.Linear(2**53 // 2**50, 2)', '2**53', 'out-of-range'],
    ['model = nn.Linear(4 // 0, 2)', '4 // 0', 'unsupported-code'],
    ['model = nn.Linear(4 % 0, 2)', '4 % 0', 'unsupported-code'],
    ['model = nn.Linear(max([]), 2)', 'max([])', 'unsupported-code']
  ])('%s', (code, at, ruleId) => {
    const problem = refused(`${torch}${code}\n`)
    expect(problem.ruleId).toBe(ruleId)
    expect(problem.at).toBe(at)
    expect(problem.message).not.toMatch(engineWords)
  })

  it('says what is too large without printing Infinity', () => {
    expect(refused(`${torch}n = 10**400\nmodel = nn.Linear(n, 2)\n`).message).toBe(
      '`10**400` is too large for the reader: it counts exactly up to 9,007,199,254,740,991 (2⁵³ − 1), and sizes up to 10,000,000.'
    )
  })

  it.each([
    ['layers.Conv1D(4, 3, strides=0)', 'its output has no whole size'],
    ['layers.MaxPooling1D(pool_size=0)', 'its output has no whole size'],
    ['layers.Conv1D(4, 9)', 'its output has no whole size'],
    ['layers.Reshape((-1, 4))', 'its output has no whole size'],
    ['layers.Conv1D(4, -1)', 'its weights have no whole size']
  ])('a Keras %s is refused at it', (layer, words) => {
    const problem = refused(
      `${keras}model = keras.Sequential([keras.Input((5, 3)), ${layer}, layers.Flatten(), layers.Dense(2)])\n`
    )
    expect(problem).toMatchObject({ruleId: 'bad-layer-argument', at: layer})
    expect(problem.message).toContain(words)
  })

  it('int() truncates and round() takes halves to even, as Python does', () => {
    const width = (expression: string) => {
      const analysis = readModelCode(`${torch}model = nn.Linear(${expression}, 1)\n`)
      return analysis.ok ? analysis.breakdown.total - 1 : undefined
    }
    expect([
      width('int(2.7)'),
      width('int(-2.7) + 5'),
      width('round(2.5)'),
      width('round(3.5)')
    ]).toEqual([2, 3, 2, 4])
  })

  it('any arithmetic in a size gives an exact count or a problem in plain words', () => {
    const expression: fc.Arbitrary<string> = fc.letrec<{e: string}>((tie) => ({
      e: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        fc.oneof(
          fc.integer({min: -3, max: 1000}).map(String),
          fc.constantFrom('0', '1e400', '10**400', '2.5', '9'.repeat(20))
        ),
        fc
          .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '//', '%', '**'), tie('e'))
          .map(([a, op, b]) => `(${a} ${op} ${b})`)
      )
    })).e
    fc.assert(
      fc.property(expression, (size) => {
        const code = `${torch}model = nn.Linear(${size}, 2)\n`
        const analysis = readModelCode(code)
        if (analysis.ok) {
          expect(Number.isSafeInteger(analysis.breakdown.total)).toBe(true)
          return
        }
        for (const problem of analysis.problems) {
          expect(problem.message).not.toMatch(engineWords)
          expect(problem.to).toBeLessThanOrEqual(code.length)
          expect(problem.from).toBeGreaterThan(torch.length)
        }
      }),
      {numRuns: 300}
    )
  })
})
