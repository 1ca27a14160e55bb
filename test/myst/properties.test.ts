import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {MystNode} from '../../src/myst/index.js'
import {rnnMystPlugin} from '../../src/myst/index.js'

// The adapter without mystmd: the data MyST hands a directive's and a role's
// `run` (a `mystDirective` or `mystRole` node with a `mystOption` per option
// as written, and the body), then the page transform on the result.
const names = [
  'inputs',
  'units',
  'outputs',
  'cell',
  'framework',
  'bidirectional',
  'bias',
  'reset-after',
  'proj-size',
  'id',
  'model',
  'show',
  'ask',
  'answer',
  'class',
  'unit',
  'label',
  '__proto__',
  'constructor'
]
const value = fc.oneof(
  fc.integer({min: -2, max: 30}).map(String),
  fc.constantFrom(
    true,
    '',
    '64,32',
    'lstm',
    'gru',
    'pytorch',
    'true',
    'table,derivation',
    'input recurrent',
    'B',
    'a',
    'classifier',
    '1e3',
    '<b>x</b>'
  ),
  fc.string({maxLength: 6})
)
const option = fc
  .record({name: fc.constantFrom(...names), value})
  .map(({name, value}): MystNode => ({type: 'mystOption', name, value: value as string}))
const line = (n: number) => ({start: {line: n, column: 1}, end: {line: n, column: 1}})
const item = (text: string): MystNode => ({
  type: 'listItem',
  children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]
})
const body = fc
  .array(fc.constantFrom('12, 20', '32', '1,234', '', '68', '20, 12'), {maxLength: 4})
  .map((options): MystNode[] => [
    {type: 'paragraph', children: [{type: 'text', value: 'The question, as the author wrote it.'}]},
    ...(options.length > 0 ? [{type: 'list', ordered: false, children: options.map(item)}] : [])
  ])
const use = fc.record({
  kind: fc.constantFrom('rnn', 'rnn-quiz', 'role'),
  options: fc.array(option, {maxLength: 6}),
  body,
  label: fc.constantFrom(
    'total',
    'classifier.total',
    'totl',
    'total=68',
    'recurrent-bias',
    '',
    'a.b.c'
  )
})
// Every page starts with a network that counts, so roles and `model=…` have something to name.
const classifier = {
  kind: 'rnn',
  body: [],
  label: '',
  options: ['id=classifier', 'inputs=4', 'units=5', 'outputs=3'].map(
    (pair): MystNode => ({type: 'mystOption', name: pair.split('=')[0]!, value: pair.split('=')[1]})
  )
}
const settings = fc.record({
  solutions: fc.constantFrom('show', 'collapse', 'hide'),
  locale: fc.constantFrom('en', 'de'),
  show: fc.constantFrom(undefined, ['table'], ['derivation', 'shapes'])
})

/** One page: every directive and role run in order, roles last (as MyST does), then the transform. */
async function buildPage(
  uses: Array<{kind: string; options: MystNode[]; body: MystNode[]; label: string}>,
  options: object
) {
  const plugin = rnnMystPlugin({strict: false, ...options})
  const file = new VFile({path: `page-${Math.random()}.md`})
  const [rnn, quiz] = plugin.directives
  const [role] = plugin.roles
  const ordered = [
    ...uses.filter((use) => use.kind !== 'role'),
    ...uses.filter((use) => use.kind === 'role')
  ]
  const children = ordered.map((use, index): MystNode => {
    const node = {
      type: use.kind === 'role' ? 'mystRole' : 'mystDirective',
      children: use.options,
      position: line(index + 1)
    }
    const name = use.kind === 'role' ? 'rnn' : use.kind
    const spec = use.kind === 'role' ? role! : use.kind === 'rnn' ? rnn! : quiz!
    return {
      type: 'block',
      children: spec.run({name, node, body: use.kind === 'role' ? use.label : use.body}, file)
    }
  })
  const tree: MystNode = {type: 'root', children}
  await plugin.transforms[0]!.plugin()(tree, file)
  return {tree, file}
}

const types = (node: MystNode): string[] => [node.type, ...(node.children ?? []).flatMap(types)]

describe('the MyST adapter on random directives and roles', () => {
  it("never throws; every problem is a positioned message with its ruleId; no report node is left; the author's question stays", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(use, {maxLength: 6}), settings, async (random, options) => {
        const uses = [classifier, ...random]
        const {tree, file} = await buildPage(uses, options)
        expect(types(tree)).not.toContain('rnnReport')
        expect(types(tree).every((type) => typeof type === 'string' && type.length > 0)).toBe(true)
        for (const message of file.messages) {
          expect(message.source).toBe('remark-rnn')
          expect(message.ruleId).toMatch(/^[a-z-]+$/)
          expect(message.line).toBeGreaterThan(0)
          expect(typeof message.fatal).toBe('boolean')
        }

        const quizzes = uses.filter((use) => use.kind === 'rnn-quiz').length
        const questions =
          JSON.stringify(tree).split('The question, as the author wrote it.').length - 1
        expect(questions).toBeGreaterThanOrEqual(quizzes)
      }),
      {numRuns: 400}
    )
  })
})
