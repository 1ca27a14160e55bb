import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {RnnReport} from '../../src/myst/report-node.js'
import type {MystNode} from '../../src/myst/types.js'

// `:::{rnn}` whose body is the model's Python, as mystmd hands it to `run`:
// the options as `mystOption` children, the body parsed, the code block with its place in the page.

const directive = (options: Array<[string, string]>): MystNode => ({
  type: 'mystDirective',
  name: 'rnn',
  position: {start: {line: 1, column: 1}, end: {line: 6, column: 4}},
  children: options.map(([name, value]): MystNode => ({type: 'mystOption', name, value}))
})
const codeNode = (value: string): MystNode => ({
  type: 'code',
  lang: 'python',
  value,
  position: {start: {line: 3, column: 1}, end: {line: 5, column: 4}}
})
const spec = rnnMystPlugin().directives.find((candidate) => candidate.name === 'rnn')
const run = (options: Array<[string, string]>, code: string) =>
  spec?.run(
    {name: 'rnn', node: directive(options), body: [codeNode(code)]},
    new VFile({path: `code-${Math.random()}.md`})
  ) as MystNode[]

describe('MyST: {rnn} with the model code as its body', () => {
  it('keeps the code and follows it with the table and the derivation', () => {
    const nodes = run([['id', 'g']], 'model = nn.GRU(2, 3)')
    expect(nodes[0]?.type).toBe('code')
    const json = JSON.stringify(nodes)
    expect(json).toContain('"type":"table"')
    expect(json).toContain('N &= 63')
    expect(nodes.at(-1)).toMatchObject({type: 'rnnReport', problems: [], defines: 'g'})
  })

  it('gives a role the numbers of a model it names', () => {
    const plugin = rnnMystPlugin()
    const file = new VFile({path: `code-role-${Math.random()}.md`})
    plugin.directives[0]?.run(
      {name: 'rnn', node: directive([['id', 'pair']]), body: [codeNode('model = nn.GRU(2, 3)')]},
      file
    )
    const role = plugin.roles[0]
    const node: MystNode = {
      type: 'mystRole',
      name: 'rnn',
      position: {start: {line: 8, column: 1}, end: {line: 8, column: 30}},
      children: [{type: 'mystOption', name: 'model', value: 'pair'}]
    }
    expect(JSON.stringify(role?.run({name: 'rnn', node, body: 'trainable'}, file))).toContain(
      '"value":"63"'
    )
  })

  it('reads sizes from its option', () => {
    const json = JSON.stringify(run([['sizes', 'V=7']], 'model = nn.Embedding(V, 2)'))
    expect(json).toContain('14')
  })

  it('shows the summary, shapes and a diagram placed at the directive; `show=code` is a problem', () => {
    const nodes = run([['show', 'diagram summary shapes']], 'model = nn.Sequential(nn.GRU(2, 3))')
    const diagram = nodes.find((node) => node.type === 'rnnDiagram')
    expect(diagram?.position).toEqual(directive([]).position)
    const json = JSON.stringify(nodes)
    expect(json).toContain('PyTorch model: 63 parameters')
    expect(json).toContain('(0): GRU')
    expect(json).toContain('weight_ih_l0 [9, 2]')
    expect(json).not.toContain('N &= 63')
    const refused = run([['show', 'code']], 'model = nn.GRU(2, 3)')
    const report = refused.at(-1) as RnnReport
    expect(report.problems.map((problem) => problem.ruleId)).toEqual(['invalid-show'])
  })

  it('places a problem at the code’s own text', () => {
    const nodes = run([], 'x = 1\nmodel = nn.LSTMM(4, 5)')
    const report = nodes.at(-1) as RnnReport
    expect(report.problems.map((problem) => [problem.ruleId, problem.position?.start])).toEqual([
      ['unknown-layer', {line: 5, column: 9}]
    ])
    expect(nodes.map((node) => node.type)).toEqual(['code', 'list', 'code', 'rnnReport'])
  })

  it('checks a quiz on the model it names, naming the mistake behind a wrong option', () => {
    const plugin = rnnMystPlugin()
    const [rnn, quiz] = plugin.directives
    const file = new VFile({path: `code-quiz-${Math.random()}.md`})
    rnn?.run(
      {name: 'rnn', node: directive([['id', 'lin']]), body: [codeNode('model = nn.Linear(3, 2)')]},
      file
    )
    const list: MystNode = {
      type: 'list',
      children: ['6', '8'].map((value) => ({
        type: 'listItem',
        children: [{type: 'paragraph', children: [{type: 'text', value}]}]
      }))
    }
    const options = [
      ['model', 'lin'],
      ['ask', 'total'],
      ['answer', 'A']
    ].map(([name, value]): MystNode => ({type: 'mystOption', name, value}))
    const nodes = quiz?.run(
      {
        name: 'rnn-quiz',
        node: {type: 'mystDirective', position: directive([]).position, children: options},
        body: [list]
      },
      file
    ) as MystNode[]
    const report = nodes.at(-1) as RnnReport
    expect(report.problems.map((problem) => [problem.ruleId, problem.reason])).toEqual([
      [
        'wrong-key',
        'Answer B, not A: `total` of this model is 8. The key points at option A (6): the bias of a Dense/Linear layer forgotten.'
      ]
    ])
  })

  it('checks a number question on the model it names (`:type: number`)', () => {
    const plugin = rnnMystPlugin()
    const [rnn, quiz] = plugin.directives
    const file = new VFile({path: `code-number-${Math.random()}.md`})
    rnn?.run(
      {name: 'rnn', node: directive([['id', 'lin']]), body: [codeNode('model = nn.Linear(3, 2)')]},
      file
    )
    const options = (answer: string) =>
      [
        ['model', 'lin'],
        ['type', 'number'],
        ['ask', 'total'],
        ['answer', answer]
      ].map(([name, value]): MystNode => ({type: 'mystOption', name, value}))
    const ask = (answer: string) =>
      quiz?.run(
        {
          name: 'rnn-quiz',
          node: {
            type: 'mystDirective',
            position: directive([]).position,
            children: options(answer)
          },
          body: []
        },
        file
      ) as MystNode[]
    const right = ask('8')
    expect((right.at(-1) as RnnReport).problems).toEqual([])
    expect(JSON.stringify(right)).toContain('How many parameters does this model have in total?')
    const wrong = (ask('6').at(-1) as RnnReport).problems
    expect(wrong.map((problem) => [problem.ruleId, problem.reason])).toEqual([
      [
        'wrong-key',
        'The answer is 8, not 6: `total` of this model is 8. The key is the bias of a Dense/Linear layer forgotten.'
      ]
    ])
  })
})
