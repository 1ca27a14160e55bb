import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {pageReader} from '../../src/pipeline/page-parser.js'

// However an author spells and quotes the attributes of a directive, each
// message lands on the very name or value it is about: the generator writes
// the page and remembers where each wrong name or value stands.

/** What is wrong in an attribute: the rules its message may have, and whether its name or value is at fault. */
interface Fault {
  readonly rule: readonly string[]
  readonly at: 'name' | 'value'
}

/** One attribute as written, with the offsets of its name and value inside `text`. */
interface Written {
  readonly text: string
  readonly name: readonly [number, number]
  readonly value: readonly [number, number]
  readonly fault?: Fault | undefined
  /** The spaces before it. */
  readonly gap: string
}

const quoteChar = fc.constantFrom('', '"', "'")
const around = fc.constantFrom('', ' ')

/** `name=value` with a random quote and spaces around `=`, remembering where name and value are. */
function write(name: string, value: string, quote: string, before: string, after: string) {
  const head = `${name}${before}=${after}${quote}`
  return {
    text: `${head}${value}${quote}`,
    name: [0, name.length] as const,
    value: [head.length, head.length + value.length] as const
  }
}

const word = fc
  .stringMatching(/^[a-z][a-z0-9]{0,7}$/)
  .filter((text) => !['rnn', 'lstm', 'gru', 'keras', 'pytorch', 'true', 'false'].includes(text))

/** A wrong name or value, and the rules its message may have. */
const fault: fc.Arbitrary<{name: string; value: string; part: Fault | undefined}> = fc.oneof(
  fc
    .constantFrom('colour', 'unit', 'inptus', 'outputz', 'celll', 'label')
    .map((name) => ({name, value: '1', part: {rule: ['unknown-attribute'], at: 'name' as const}})),
  fc.tuple(fc.constantFrom('cell', 'framework'), word).map(([name, value]) => ({
    name,
    value,
    part: {rule: ['invalid-choice'], at: 'value' as const}
  })),
  fc.tuple(fc.constantFrom('bidirectional', 'bias'), word).map(([name, value]) => ({
    name,
    value,
    part: {rule: ['invalid-boolean'], at: 'value' as const}
  })),
  fc.constantFrom('x1', '1e3', '-2', '2.5', '0x10', '3.0').map((value) => ({
    name: 'outputs',
    value,
    part: {rule: ['not-a-number', 'not-an-integer', 'out-of-range'], at: 'value' as const}
  }))
)

const written = fc
  .record({
    faults: fc.uniqueArray(fault, {minLength: 1, maxLength: 4, selector: (one) => one.name}),
    emptyEntry: fc.boolean(),
    quotes: fc.array(quoteChar, {minLength: 8, maxLength: 8}),
    spaces: fc.array(fc.tuple(around, around), {minLength: 8, maxLength: 8}),
    gaps: fc.array(fc.constantFrom(' ', '  ', '   '), {minLength: 8, maxLength: 8})
  })
  .map(({faults, emptyEntry, quotes, spaces, gaps}) => {
    const pairs: Array<[string, string, Fault | undefined]> = [
      ['inputs', '4', undefined],
      ['units', emptyEntry ? '4,,5' : '5', undefined],
      ...faults.map(({name, value, part}): [string, string, Fault | undefined] => [
        name,
        value,
        part
      ])
    ]
    return pairs.map(([name, value, part], index): Written => {
      const [before, after] = spaces[index] ?? ['', '']
      return {
        ...write(name, value, quotes[index] ?? '', before, after),
        fault: part,
        gap: gaps[index] ?? ' '
      }
    })
  })
  .chain((attributes) =>
    fc.shuffledSubarray(attributes, {minLength: attributes.length, maxLength: attributes.length})
  )

const syntaxes = [
  {open: '::rnn{', close: '}\n'},
  {open: ':::rnn{', close: '}\nText.\n:::\n'},
  {open: '::rnn<', close: '>\n'},
  {open: ':::rnn<', close: '>\nText.\n:::\n'},
  {open: 'In prose :rnn[total]{', close: '} here.\n'}
] as const

describe('places over random spellings', () => {
  it('every message slices to the name or value it is about', async () => {
    await fc.assert(
      fc.asyncProperty(
        written,
        fc.constantFrom(...syntaxes),
        fc.boolean(),
        async (attributes, syntax, mdx) => {
          const head = `# Page\n\n${syntax.open}`
          let source = head
          const expected: Array<{start: number; end: number; rule: readonly string[]}> = []
          for (const [index, attribute] of attributes.entries()) {
            if (index > 0) source += attribute.gap
            const start = source.length
            source += attribute.text
            if (attribute.fault) {
              const [from, to] = attribute.fault.at === 'name' ? attribute.name : attribute.value
              expected.push({start: start + from, end: start + to, rule: attribute.fault.rule})
            }

            // `units=4,,5`: the empty entry, between the commas.
            const empty = attribute.text.indexOf(',,')
            if (attribute.text.startsWith('units') && empty !== -1) {
              expected.push({
                start: start + empty + 1,
                end: start + empty + 1,
                rule: ['empty-value']
              })
            }
          }

          source += syntax.close
          const file = new VFile({value: source, path: mdx ? 'page.mdx' : 'page.md'})
          const processor = pageReader({strict: false}, mdx)
          await processor.run(processor.parse(file), file)

          const found = file.messages.map((message) => {
            const place = message.place
            return {
              rule: message.ruleId ?? '',
              start: place && 'start' in place ? place.start.offset : undefined,
              end: place && 'start' in place ? place.end.offset : undefined
            }
          })
          const wanted = expected.map(({start, end, rule}) => ({start, end, rule}))
          expect(found.length, source).toBe(wanted.length)
          for (const message of found) {
            const match = wanted.find(
              (one) =>
                one.start === message.start &&
                one.end === message.end &&
                one.rule.includes(message.rule)
            )
            expect(
              match,
              `${message.rule} at ${message.start}-${message.end} in ${source}`
            ).toBeDefined()
          }
        }
      ),
      {numRuns: 150}
    )
  })
})
