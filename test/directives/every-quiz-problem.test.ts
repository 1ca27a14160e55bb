import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {analysePage} from '../../src/lsp/analyse-page.js'
import {toDiagnostic} from '../../src/lsp/diagnostics.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import type {RnnReport} from '../../src/myst/report-node.js'
import type {MystNode} from '../../src/myst/types.js'
import {toMarkdown} from '../helpers/pipelines.js'
import {runCliInProcess} from '../helpers/run-cli-in-process.js'

// Issue 32: an author fixing a page sees every fault of a quiz in one build,
// each at its own text, a quiz on a model read from code as an attribute quiz.

const model = ':::rnn{id=lin}\n```python\nmodel = nn.Linear(3, 2)\n```\n:::\n\n'
/** A quiz on the model `lin` (8 parameters; 6 without the bias), options 6 and 8. */
const codeQuiz = (attributes: string) =>
  `${model}:::rnn-quiz{model=lin ${attributes}}\n- 6\n- 8\n:::\n`

/** Each message as its rule and the text it points at. */
function faults(page: string, messages: VFile['messages']) {
  const lines = page.split('\n')
  return messages.map((message) => {
    const {start, end} = message.place as {start: {line: number; column: number}; end: typeof start}
    const text =
      start.line === end.line
        ? (lines[start.line - 1] as string).slice(start.column - 1, end.column - 1)
        : '(lines)'
    return [message.ruleId, text]
  })
}

const cases: Array<[string, string, Array<[string, string]>]> = [
  [
    'a bad type and a bad ask',
    'type=numbr ask=totl answer=B',
    [
      ['invalid-choice', 'numbr'],
      ['unknown-quantity', 'totl']
    ]
  ],
  [
    'an attribute it does not take, a bad remember and a wrong key',
    'inputs=4 ask=total answer=A remember=maybe',
    [
      ['unknown-attribute', 'inputs'],
      ['invalid-boolean', 'maybe'],
      ['wrong-key', 'A']
    ]
  ],
  [
    'show=code and a key beyond the options',
    'show=code ask=total answer=C',
    [
      ['invalid-show', 'code'],
      ['invalid-key', 'C']
    ]
  ],
  [
    'a bad remember and a wrong number key',
    'type=number ask=total answer=6 remember=sometimes',
    [
      ['invalid-boolean', 'sometimes'],
      ['wrong-key', '6']
    ]
  ]
]

describe('a quiz on a model read from code reports every problem', () => {
  for (const [name, attributes, expected] of cases) {
    it(`in remark: ${name}`, async () => {
      const page = codeQuiz(attributes)
      const {file, output} = await toMarkdown(page)
      expect(faults(page, file.messages)).toEqual(expected)
      expect(output).toContain(`{model=lin ${attributes}}`)
    })
  }

  it('stops only where a check depends on an earlier one: the key waits for `type` and `ask`', async () => {
    const page = codeQuiz('type=numbr ask=total answer=Q')
    const {file} = await toMarkdown(page)
    expect(faults(page, file.messages)).toEqual([['invalid-choice', 'numbr']])
  })

  it('in the language server’s diagnostics', () => {
    const page = codeQuiz('inputs=4 type=numbr ask=totl answer=B')
    const document = TextDocument.create('file:///q.md', 'markdown', 1, page)
    const analysis = analysePage(page, 'q.md', {})
    const diagnostics = analysis.messages.map((message) => toDiagnostic(message, document))
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, document.getText(diagnostic.range)])
    ).toEqual([
      ['unknown-attribute', 'inputs'],
      ['invalid-choice', 'numbr'],
      ['unknown-quantity', 'totl']
    ])
  })

  it('in `remark-rnn check`', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-quiz-'))
    writeFileSync(join(folder, 'quiz.md'), codeQuiz('ask=total answer=A remember=maybe'))
    const {status, stderr} = await runCliInProcess(['check', 'quiz.md'], folder)
    expect(status).toBe(1)
    expect(stderr).toMatch(/7:51-7:56 +error .*invalid-boolean/)
    expect(stderr).toMatch(/7:40-7:41 +error .*wrong-key/)
  })

  it('in MyST, each at its option', () => {
    const plugin = rnnMystPlugin()
    const [rnn, quiz] = plugin.directives
    const file = new VFile({path: `every-${Math.random()}.md`})
    const at = (line: number) => ({start: {line, column: 1}, end: {line, column: 9}})
    rnn?.run(
      {
        name: 'rnn',
        node: {
          type: 'mystDirective',
          position: {start: {line: 1, column: 1}, end: {line: 6, column: 4}},
          children: [{type: 'mystOption', name: 'id', value: 'lin', position: at(2)}]
        },
        body: [
          {
            type: 'code',
            lang: 'python',
            value: 'model = nn.Linear(3, 2)',
            position: {start: {line: 3, column: 1}, end: {line: 5, column: 4}}
          }
        ]
      },
      file
    )
    const options = [
      ['model', 'lin'],
      ['type', 'numbr'],
      ['ask', 'totl'],
      ['remember', 'maybe']
    ].map(
      ([name, value], index): MystNode => ({
        type: 'mystOption',
        name,
        value,
        position: at(9 + index)
      })
    )
    const nodes = quiz?.run(
      {
        name: 'rnn-quiz',
        node: {
          type: 'mystDirective',
          position: {start: {line: 8, column: 1}, end: {line: 14, column: 4}},
          children: options
        },
        body: []
      },
      file
    ) as MystNode[]
    const report = nodes.at(-1) as RnnReport
    expect(
      report.problems.map((problem) => [problem.ruleId, problem.position?.start.line])
    ).toEqual([
      ['invalid-choice', 10],
      ['unknown-quantity', 11],
      ['invalid-boolean', 12]
    ])
  })
})

describe('an attribute quiz reports a bad type and a bad ask together', () => {
  it('in remark', async () => {
    const page = ':::rnn-quiz{inputs=3 units=4 type=numbr ask=totl answer=A}\n- 32\n:::\n'
    const {file} = await toMarkdown(page)
    expect(faults(page, file.messages)).toEqual([
      ['invalid-choice', 'numbr'],
      ['unknown-quantity', 'totl']
    ])
    const typeOnly = ':::rnn-quiz{inputs=3 units=4 type=numbr ask=total answer=A}\n- 32\n:::\n'
    const one = await toMarkdown(typeOnly)
    expect(faults(typeOnly, one.file.messages)).toEqual([['invalid-choice', 'numbr']])
  })

  it('in remark: a bad remember and a wrong key, with ranges too', async () => {
    const page =
      ':::rnn-quiz{inputs=3 units=4 ask=total answer=B remember=maybe}\n- 32\n- 33\n:::\n'
    const {file} = await toMarkdown(page)
    expect(faults(page, file.messages)).toEqual([
      ['invalid-boolean', 'maybe'],
      ['wrong-key', 'B']
    ])
    const ranged = ':::rnn-quiz{inputs=2..5 units=4 ask=total remember=maybe}\n:::\n'
    const drawn = await toMarkdown(ranged)
    expect(faults(ranged, drawn.file.messages)).toEqual([['invalid-boolean', 'maybe']])
  })
})
