import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import type {MystNode} from '../../src/myst/index.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import {messageLines, toMarkdownWithGfmMath} from '../helpers/pipelines.js'

// Attributes as a careless author writes them: two spellings of one name,
// a wrong `show` or a repeat beside other mistakes, thousands of unknown names.

const lines = async (page: string) =>
  messageLines((await toMarkdownWithGfmMath(page)).file)
    .split('\n')
    .filter(Boolean)

/** The MyST directive (or role) with these options, each on its own line, and the messages it leaves. */
async function mystMessages(
  pairs: Array<[string, string]>,
  kind: 'rnn' | 'rnn-quiz' | 'role' = 'rnn'
): Promise<VFileMessage[]> {
  const plugin = rnnMystPlugin({strict: false})
  const file = new VFile({path: `attributes-${Math.random()}.md`})
  const position = {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  const children = pairs.map(
    ([name, value]): MystNode => ({type: 'mystOption', name, value, position})
  )
  const node: MystNode = {type: kind === 'role' ? 'mystRole' : 'mystDirective', children, position}
  const body =
    kind === 'role' ? 'total' : [{type: 'paragraph', children: [{type: 'text', value: 'Q'}]}]
  const spec = kind === 'role' ? plugin.roles[0] : plugin.directives[kind === 'rnn' ? 0 : 1]
  const output = spec?.run({name: kind === 'role' ? 'rnn' : kind, node, body} as never, file) ?? []
  await plugin.transforms[0]?.plugin()({type: 'root', children: output as MystNode[]}, file)
  return file.messages
}

describe('two spellings of one attribute', () => {
  it.each([
    ['decoder-inputs=3 decoderInputs=6', '1:41-1:54', '`decoderInputs` is `decoder-inputs`'],
    ['decoderInputs=6 decoder-inputs=3', '1:40-1:54', '`decoder-inputs` is `decoderInputs`'],
    ['proj-size=2 projSize=3 cell=lstm framework=pytorch', '1:36-1:44', '`projSize` is `proj-size`']
  ])('%s is a duplicate, at the second spelling', async (written, at, said) => {
    expect(await lines(`::rnn{inputs=4 units=5 ${written}}`)).toEqual([
      `${at} error duplicate-attribute: ${said} written again; only the last value would count. Keep one.`
    ])
  })

  it('in the short form and in an inline directive too', async () => {
    expect(
      await lines('::rnn<inputs=4 units=5 cell=gru reset-after=true resetAfter=false>')
    ).toEqual([
      '1:50-1:60 error duplicate-attribute: `resetAfter` is `reset-after` written again; only the last value would count. Keep one.'
    ])
    expect(await lines(':rnn[total]{inputs=4 units=5 decoder-inputs=3 decoderInputs=6}')).toEqual([
      '1:47-1:60 error duplicate-attribute: `decoderInputs` is `decoder-inputs` written again; only the last value would count. Keep one.'
    ])
  })

  it('in MyST', async () => {
    const messages = await mystMessages([
      ['inputs', '4'],
      ['units', '5'],
      ['decoder-inputs', '3'],
      ['decoderInputs', '6']
    ])
    expect(messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'duplicate-attribute',
        '`decoderInputs` is `decoder-inputs` written again; only the last value would count. Keep one.'
      ]
    ])
  })
})

describe('every problem of a directive', () => {
  const others = [
    'error unknown-attribute: Unknown attribute `unit`. Did you mean `units`?',
    'error not-a-number: `inputs` must be a whole number; got `x`.',
    'error invalid-choice: `cell` must be one of `rnn`, `lstm`, `gru`, not `lstmm`. Did you mean `lstm`?'
  ]
  const strip = (line: string) => line.replace(/^\S+ /, '')

  it('an invalid show hides none of the others', async () => {
    expect(
      (await lines('::rnn{inputs=x units=5 cell=lstmm unit=3 show=tabel}')).map(strip)
    ).toEqual([
      'error invalid-show: `show` lists `tabel`, which is not one of `diagram`, `table`, `derivation`, `shapes`, `summary`, `code`. Did you mean `table`?',
      ...others
    ])
  })

  it('a duplicate hides none of the others, in a block, a quiz and an inline directive', async () => {
    const duplicate =
      'error duplicate-attribute: `units` is written twice; only the last value would count. Keep one.'
    for (const page of [
      '::rnn{inputs=x units=5 units=4 cell=lstmm unit=3}',
      ':::rnn-quiz{inputs=x units=5 units=4 cell=lstmm unit=3 ask=total}\nQ\n:::',
      ':rnn[total]{inputs=x units=5 units=4 cell=lstmm unit=3}'
    ]) {
      expect((await lines(page)).map(strip)).toEqual([duplicate, ...others])
    }
  })

  it('a directive whose numbers are in doubt defines no model, and a use of it says it has errors', async () => {
    expect(
      (await lines('::rnn{id=a inputs=4 units=5 units=6}\n\n:rnn[total]{model=a}')).map(strip)
    ).toEqual([
      'error duplicate-attribute: `units` is written twice; only the last value would count. Keep one.',
      'error unknown-model: The model `a` (line 1) has errors, so its numbers are unknown: fix them there, and this directive is checked against it.'
    ])
  })

  it.each([
    ['rnn', 'rnn'],
    ['rnn-quiz', 'rnn-quiz'],
    ['role', 'role']
  ] as const)('in MyST: %s', async (_, kind) => {
    const pairs: Array<[string, string]> = [
      ['inputs', 'x'],
      ['units', '5'],
      ['units', '4'],
      ['cell', 'lstmm'],
      ['unit', '3']
    ]
    if (kind === 'rnn-quiz') pairs.push(['ask', 'total'])
    const messages = await mystMessages(pairs, kind)
    expect(messages.map((message) => message.ruleId)).toEqual([
      'duplicate-attribute',
      'unknown-attribute',
      'not-a-number',
      'invalid-choice'
    ])
  })

  it('in MyST, an invalid show hides none of the others', async () => {
    const messages = await mystMessages([
      ['inputs', 'x'],
      ['units', '5'],
      ['show', 'tabel']
    ])
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-show', 'not-a-number'])
  })
})

describe('a line of ten thousand unknown attributes', () => {
  const names = Array.from({length: 10_000}, (_, index) => `zz${index}=1`).join(' ')

  it.each([
    ['{…}', `::rnn{inputs=4 units=5 ${names}}`],
    ['<…>', `::rnn<inputs=4 units=5 ${names}>`]
  ])('%s: the first 20 one by one, then how many more, at the 21st', async (_, page) => {
    const found = await lines(page)
    expect(found).toHaveLength(21)
    expect(found[0]).toBe('1:24-1:27 error unknown-attribute: Unknown attribute `zz0`.')
    expect(found[20]).toBe(
      '1:154-1:158 error unknown-attribute: And 9980 more unknown attributes from `zz20` on; only the first 20 are listed one by one.'
    )
  })
})
