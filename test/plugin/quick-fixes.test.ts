import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {pageReader} from '../../src/pipeline/page-parser.js'

// What an editor's quick fix does with a message (unified-language-server):
// replace the message's place with `expected[0]`. For every rule that offers
// one, in every syntax and in MDX, the fixed page must lose exactly that
// problem and gain none.

/** Every message of a page read the way `remark-rnn check` reads it. */
async function check(value: string, mdx: boolean): Promise<VFileMessage[]> {
  const file = new VFile({value, path: mdx ? 'page.mdx' : 'page.md'})
  const processor = pageReader({strict: false}, mdx)
  await processor.run(processor.parse(file), file)
  return file.messages
}

/** The page with the message's place replaced by its first expected value. */
function applyFix(source: string, message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) throw new Error('a fix needs a place with a start and end')
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) throw new Error('a fix needs offsets')
  return source.slice(0, start) + (message.expected?.[0] ?? '') + source.slice(end)
}

const said = (message: VFileMessage) => `${message.ruleId}: ${message.reason}`

/** Put a directive on a page with other content around it, which the fix must leave alone. */
const page = (directive: string) =>
  `# Page\n\nBefore, :rnn[total]{inputs=1 units=1} parameters.\n\n${directive}\nAfter.\n`

type Syntax = readonly [name: string, write: (attributes: string) => string]

const blockSyntaxes: readonly Syntax[] = [
  ['container', (attributes) => `:::rnn{${attributes}}\nText.\n:::\n`],
  ['leaf', (attributes) => `::rnn{${attributes}}\n`],
  ['short container', (attributes) => `:::rnn<${attributes}>\nText.\n:::\n`],
  ['short leaf', (attributes) => `::rnn<${attributes}>\n`]
]

const quizSyntaxes: readonly Syntax[] = [
  ['quiz container', (attributes) => `:::rnn-quiz{${attributes}}\n`],
  ['short quiz container', (attributes) => `:::rnn-quiz<${attributes}>\n`]
]

/** [rule, attributes, the fixed text]: one problem each, with a fix. */
const blockCases: ReadonlyArray<readonly [string, string, string]> = [
  ['unknown-attribute', 'inputs=4 unit=5', 'units'],
  ['unknown-attribute', 'inputs=4 units=5 outputz=3', 'outputs'],
  ['invalid-choice', 'inputs=4 units=5 cell=lstmm', 'lstm'],
  ['invalid-choice', 'inputs=4 units=5 cell="lstmm"', 'lstm'],
  ['invalid-choice', "inputs=4 units=5 cell='grru'", 'gru'],
  ['invalid-choice', 'inputs=4 units=5 framework=pytroch', 'pytorch'],
  ['invalid-choice', 'inputs=4 units=5 framework = kears', 'keras'],
  ['invalid-boolean', 'inputs=4 units=5 bidirectional=ture', 'true'],
  ['invalid-boolean', 'inputs=4 units=5 cell=gru reset-after="flase"', 'false'],
  ['invalid-show', 'inputs=4 units=5 show=table,derivaton', 'derivation'],
  ['invalid-show', 'inputs=4 units=5 show="shapes  tabel"', 'table']
]

const quizCases: ReadonlyArray<readonly [string, string, string, string]> = [
  ['wrong-key', 'inputs=3 units=4 ask=total answer=A', '- 36\n- 32\n:::', 'B'],
  ['wrong-key', 'inputs=3 units=4 ask=total answer="1"', '- 36\n- 32\n:::', 'B'],
  [
    'unknown-quantity',
    'inputs=3 units=4 ask="input recurent" answer=A',
    '- 12, 20\n- 20, 12\n:::',
    'recurrent'
  ],
  ['wrong-key', 'inputs=3 units=4 ask=total type=number answer=28', 'How many?\n:::', '32'],
  ['invalid-choice', 'inputs=3 units=4 ask=total type=numbr', 'How many?\n:::', 'number'],
  [
    'unknown-placeholder',
    'inputs=3 units=4 ask=total answer=B',
    'With {inptus} inputs, how many?\n\n- 36\n- 32\n:::',
    '{inputs}'
  ]
]

const inlineCases: ReadonlyArray<readonly [string, string, string]> = [
  ['unknown-quantity', ':rnn[totl]{inputs=3 units=4}', 'total'],
  ['unknown-quantity', ':rnn[ recurent ]{inputs=3 units=4}', 'recurrent'],
  ['wrong-number', ':rnn[total=33]{inputs=3 units=4}', '32'],
  ['wrong-number', ':rnn[total = 4,700]{inputs=40 units=50 outputs=3}', '4,703'],
  ['wrong-number', ':rnn[total=4 700]{inputs=40 units=50 outputs=3}', '4 703'],
  ['unreadable-number', ':rnn[total=6.8]{inputs=4 units=5 outputs=3}', '68'],
  ['unreadable-number', ':rnn[total=sixty-eight]{inputs=4 units=5 outputs=3}', '68'],
  ['unknown-model', ':rnn[total]{model=lessn}', 'lesson']
]

interface Case {
  readonly title: string
  readonly source: string
  readonly rule: string
  readonly fixed: string
  /** Other messages the fix rightly ends (a model now used is no longer unused). */
  readonly alsoFixes?: readonly string[]
}

const cases: Case[] = [
  ...blockSyntaxes.flatMap(([syntax, write]) => [
    ...blockCases.map(([rule, attributes, fixed]) => ({
      title: `${syntax} ${attributes}`,
      source: page(write(attributes)),
      rule,
      fixed
    })),
    {
      title: `${syntax} model=lessn`,
      source: page(`${write('id=lesson inputs=4 units=5')}\n${write('model=lessn')}`),
      rule: 'unknown-model',
      fixed: 'lesson',
      alsoFixes: ['unused-model']
    }
  ]),
  ...quizSyntaxes.flatMap(([syntax, write]) =>
    quizCases.map(([rule, attributes, body, fixed]) => ({
      title: `${syntax} ${attributes}`,
      source: page(write(attributes) + body + '\n'),
      rule,
      fixed
    }))
  ),
  {
    title: 'leaf quiz ask=totl',
    source: page('::rnn-quiz{inputs=3 units=4 ask=totl}\n'),
    rule: 'unknown-quantity',
    fixed: 'total'
  },
  ...inlineCases.map(([rule, directive, fixed]) => ({
    title: directive,
    source: page(
      `::rnn{#lesson inputs=4 units=5}\n\nIn prose: ${directive} parameters.\n\n:rnn[total]{model=lesson}\n`
    ),
    rule,
    fixed
  }))
]

/** A directive inside a quote or a list item: its places are the source's, prefixes and all. */
const contexts: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['in a quote', (text) => text.replace(/^(?=.)/gm, '> ')],
  ['in a list item', (text) => text.replace(/^(?=.)/gm, '  ').replace(/^ {2}/, '- ')]
]

cases.push(
  ...contexts.flatMap(([where, wrap]) =>
    [blockSyntaxes[1], blockSyntaxes[2]].flatMap((syntax) => {
      const [name, write] = syntax as Syntax
      return [
        ['unknown-attribute', 'inputs=4 unit=5', 'units'],
        ['invalid-choice', 'inputs=4 units=5 cell="lstmm"', 'lstm']
      ].map(([rule, attributes, fixed]) => ({
        title: `${name} ${where} ${attributes}`,
        source: page(wrap(write(attributes as string))),
        rule: rule as string,
        fixed: fixed as string
      }))
    })
  ),
  ...contexts.map(([where, wrap]) => ({
    title: `inline ${where}`,
    source: page(wrap('In prose, with a line break:\n:rnn[total=33]{inputs=3 units=4} here.\n')),
    rule: 'wrong-number',
    fixed: '32'
  }))
)

describe('quick fixes: replacing the place with expected[0] fixes exactly that problem', () => {
  for (const mdx of [false, true]) {
    it.each(cases)(
      `${mdx ? 'MDX' : 'Markdown'}: $title`,
      async ({source, rule, fixed, alsoFixes}) => {
        const before = await check(source, mdx)
        const fixable = before.filter((message) => message.expected?.length)
        expect(fixable.map((message) => message.ruleId)).toEqual([rule])
        const [message] = fixable as [VFileMessage]
        expect(message.expected?.[0]).toBe(fixed)

        const after = await check(applyFix(source, message), mdx)
        const others = before.filter(
          (other) => other !== message && !alsoFixes?.includes(other.ruleId ?? '')
        )
        expect(after.map(said)).toEqual(others.map(said))
      }
    )
  }

  it('points at the whole value when a character reference stands in it, and still fixes it', async () => {
    const source = page('::rnn{inputs=4 units=5 cell="lstm&#109;"}\n')
    const [message] = await check(source, false)
    expect(message?.ruleId).toBe('invalid-choice')
    const place = message?.place
    expect(place && 'start' in place && source.slice(place.start.offset, place.end.offset)).toBe(
      'lstm&#109;'
    )
    expect(await check(applyFix(source, message as VFileMessage), false)).toEqual([])
  })

  it('offers no fix where the text at fault cannot be mapped exactly', async () => {
    // `&#44;` is a comma: the empty entry of `4,,5` has no place of its own in the source.
    const source = page('::rnn{inputs=4 units="4,&#44;5"}\n')
    const [message] = await check(source, false)
    expect(message?.ruleId).toBe('empty-value')
    const place = message?.place
    expect(place && 'start' in place && source.slice(place.start.offset, place.end.offset)).toBe(
      '4,&#44;5'
    )
  })
})
