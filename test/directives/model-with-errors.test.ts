import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {brokenModelProblem} from '../../src/directives/models.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {RnnReport} from '../../src/myst/report-node.js'
import type {MystNode} from '../../src/myst/types.js'
import {toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

// One error never hides behind another: a model whose problems leave its
// numbers known (an invalid `show`) is still defined, so the directives
// naming it are checked against it; one whose numbers are unknown makes a
// directive naming it say so, not that there is no such model.

/** Each message as its rule and the text it points at (one line each). */
async function faults(page: string) {
  const {file, output} = await toMarkdown(page)
  const lines = page.split('\n')
  const found = file.messages.map((message) => {
    const {start, end} = message.place as {start: {line: number; column: number}; end: typeof start}
    return [
      message.ruleId,
      (lines[start.line - 1] as string).slice(start.column - 1, end.column - 1)
    ]
  })
  return {found, file, output}
}

const linear = (attributes: string, code = 'model = nn.Linear(3, 2)') =>
  `:::rnn{${attributes}}\n\`\`\`python\n${code}\n\`\`\`\n:::\n\n`
/** A quiz and an inline quantity on the model `m` (a Linear(3, 2) has 8 parameters; 3·4 + 4·4 + 4 = 32 an RNN). */
const uses = (right: number) =>
  `:::rnn-quiz{model=m ask=total answer=B}\n- ${right - 2}\n- ${right}\n:::\n\nIt has :rnn[total=${right}]{model=m}.\n`

describe('a model whose problems leave its numbers known is defined all the same', () => {
  const cases: Array<[string, string, number, [string, string]]> = [
    ['an invalid show', '::rnn{#m inputs=3 units=4 show=tabel}\n\n', 32, ['invalid-show', 'tabel']],
    [
      'a duplicate show',
      '::rnn{#m inputs=3 units=4 show=table show=shapes}\n\n',
      32,
      ['duplicate-attribute', 'show']
    ],
    [
      'a quiz attribute on an rnn',
      '::rnn{#m inputs=3 units=4 ask=total}\n\n',
      32,
      ['unknown-attribute', 'ask']
    ],
    ['a code model’s invalid show', linear('#m show=tabel'), 8, ['invalid-show', 'tabel']],
    ['a code model showing its code', linear('#m show="table code"'), 8, ['invalid-show', 'code']]
  ]
  for (const [name, model, right, fault] of cases) {
    it(name, async () => {
      const {found} = await faults(model + uses(right))
      expect(found).toEqual([fault])
      // In HTML: Markdown output writes the uses of a model kept as written back as written.
      const {output} = await toPlainHtml(model + uses(right))
      expect(output).toContain(`It has <span class="rnn-number">${right}</span>.`)
      expect(output).toContain('rnn-quiz-feedback')
    })
  }

  it('in MyST', () => {
    const plugin = rnnMystPlugin()
    const [rnn] = plugin.directives
    const file = new VFile({path: `defined-${Math.random()}.md`})
    const option = (name: string, value: string, line: number): MystNode => ({
      type: 'mystOption',
      name,
      value,
      position: {start: {line, column: 1}, end: {line, column: 9}}
    })
    const position = {start: {line: 1, column: 1}, end: {line: 6, column: 4}}
    const nodes = rnn?.run(
      {
        name: 'rnn',
        node: {
          type: 'mystDirective',
          position,
          children: [
            option('id', 'm', 2),
            option('inputs', '3', 3),
            option('units', '4', 4),
            option('show', 'tabel', 5)
          ]
        },
        body: []
      },
      file
    ) as MystNode[]
    expect((nodes.at(-1) as RnnReport).problems.map((problem) => problem.ruleId)).toEqual([
      'invalid-show'
    ])
    const role: MystNode = {
      type: 'mystRole',
      name: 'rnn',
      position: {start: {line: 8, column: 1}, end: {line: 8, column: 30}},
      children: [{type: 'mystOption', name: 'model', value: 'm'}]
    }
    expect(
      JSON.stringify(plugin.roles[0]?.run({name: 'rnn', node: role, body: 'total'}, file))
    ).toContain('"value":"32"')
  })
})

describe('a directive naming a model whose numbers are unknown says the model has errors', () => {
  const cases: Array<[string, string, number, Array<[string, string]>]> = [
    ['a size that is no number', '::rnn{#m inputs=x units=4}\n\n', 32, [['not-a-number', 'x']]],
    [
      'a size written twice',
      '::rnn{#m inputs=3 units=4 units=5}\n\n',
      32,
      [['duplicate-attribute', 'units']]
    ],
    [
      'a layer the reader does not know',
      linear('#m', 'model = nn.Linearr(3, 2)'),
      8,
      [['unknown-layer', 'nn.Linearr']]
    ],
    [
      'an attribute a code model does not take',
      linear('#m inputs=4'),
      8,
      [['unknown-attribute', 'inputs']]
    ]
  ]
  for (const [name, model, right, own] of cases) {
    it(name, async () => {
      const {found, file} = await faults(model + uses(right))
      expect(found).toEqual([...own, ['unknown-model', 'm'], ['unknown-model', 'm']])
      const line = 1
      expect(file.messages.at(-1)?.reason).toBe(
        `The model \`m\` (line ${line}) has errors, so its numbers are unknown: fix them there, and this directive is checked against it.`
      )
    })
  }

  it('and a model built on it has errors too, while a later directive may define the name afresh', async () => {
    const page = [
      '::rnn{#m inputs=x units=4}',
      '',
      '::rnn{#n model=m outputs=2}',
      '',
      'It has :rnn[total]{model=n}.',
      '',
      '::rnn{#m inputs=3 units=4}',
      '',
      'Now :rnn[total=32]{model=m}.',
      ''
    ].join('\n')
    const {found, file} = await faults(page)
    expect(found).toEqual([
      ['not-a-number', 'x'],
      ['unknown-model', 'm'],
      ['unknown-model', 'n']
    ])
    expect(file.messages.slice(1).map((message) => message.reason.slice(0, 26))).toEqual([
      'The model `m` (line 1) has',
      'The model `n` (line 3) has'
    ])
    const {output} = await toPlainHtml(page)
    expect(output).toContain('Now <span class="rnn-number">32</span>.')
  })

  it('a code model with errors, then one of the same name', async () => {
    const page = `${linear('#m', 'model = nn.Linearr(3, 2)')}${linear('#m')}${uses(8)}`
    const {found} = await faults(page)
    expect(found).toEqual([['unknown-layer', 'nn.Linearr']])
  })

  it('a quiz kept as written for its shape defines no model', async () => {
    const page =
      '::rnn-quiz{#q inputs=3 units=4 ask=total answer=A show=tabel}\n\nIt has :rnn[total]{model=q}.\n'
    const {found, file} = await faults(page)
    expect(found.map(([rule]) => rule)).toEqual([
      'invalid-show',
      'missing-options',
      'unknown-model'
    ])
    expect(file.messages.at(-1)?.reason).toMatch(/^The model `q` \(line 1\) has errors/)
  })

  it('says so without a line where the model’s directive has no place', () => {
    const model = {attributes: {}, node: {type: 'mystDirective'}, used: true, broken: true} as const
    const problem = brokenModelProblem('m', model, {type: 'mystRole'})
    expect(problem.reason).toMatch(/^The model `m` has errors/)
  })
})
