import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {placeProblem} from '../../src/directives/problem-place.js'
import type {MystNode} from '../../src/myst/index.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import {misspelledNames} from '../../src/myst/misspelled-names.js'
import {readDirective} from '../../src/myst/written-options.js'

// MyST gives each option only its line. With the page's text the adapter
// finds the name and value on that line, so a message points at the text at
// fault and its `expected` replaces exactly that text.

/** The `mystOption` nodes MyST makes for `:name: value` lines (one line each, as MyST positions them). */
function fieldOptions(source: string): MystNode[] {
  return source.split('\n').flatMap((line, index) => {
    const match = /^:([\w-]+):\s*(.*?)\s*$/.exec(line)
    if (!match) return []
    const position = {start: {line: index + 1, column: 1}, end: {line: index + 1, column: 1}}
    return [
      {type: 'mystOption', name: match[1], value: match[2] === '' ? true : match[2], position}
    ]
  }) as MystNode[]
}

/** Run the `rnn` directive (or the role, with its options in the braces) on a page, then the transform. */
async function messages(
  source: string,
  options: MystNode[],
  kind: 'rnn' | 'rnn-quiz' | 'role',
  withSource = true
): Promise<VFileMessage[]> {
  const plugin = rnnMystPlugin({strict: false})
  const file = new VFile(withSource ? {value: source} : {})
  const [rnn, quiz] = plugin.directives
  const spec = kind === 'role' ? plugin.roles[0] : kind === 'rnn' ? rnn : quiz
  const node: MystNode = {
    type: kind === 'role' ? 'mystRole' : 'mystDirective',
    children: options,
    position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  }
  const body = kind === 'role' ? 'total' : []
  const children = spec?.run({name: kind === 'role' ? 'rnn' : kind, node, body}, file) ?? []
  await plugin.transforms[0]?.plugin()({type: 'root', children}, file)
  return file.messages
}

const slice = (source: string, message: VFileMessage | undefined) => {
  const place = message?.place
  // Without offsets, only the option's line is known.
  return place && 'start' in place && place.start.offset !== undefined
    ? source.slice(place.start.offset, place.end.offset)
    : undefined
}

function applyFix(source: string, message: VFileMessage): string {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return (
    source.slice(0, place.start.offset) + message.expected?.[0] + source.slice(place.end.offset)
  )
}

describe('MyST option places', () => {
  it.each([
    ['```{rnn}\n:inputs: 4\n:unit: 5\n```\n', 'unknown-attribute', 'unit', 'units'],
    ['```{rnn}\n:inputs: 4\n:units: 5\n:cell:   lstmm\n```\n', 'invalid-choice', 'lstmm', 'lstm'],
    [
      '```{rnn}\n:inputs: 4\n:units: 5\n:show: table tabel\n```\n',
      'invalid-show',
      'tabel',
      'table'
    ],
    [
      '```{rnn}\n:inputs: 4\n:units: 5\n:bidirectional: ture\n```\n',
      'invalid-boolean',
      'ture',
      'true'
    ]
  ])(
    '%s: the message is at the text at fault, and its fix fixes it',
    async (source, rule, at, fixed) => {
      const [message] = await messages(source, fieldOptions(source), 'rnn')
      expect(message?.ruleId).toBe(rule)
      expect(slice(source, message)).toBe(at)
      expect(message?.expected).toEqual([fixed])
      const repaired = applyFix(source, message as VFileMessage)
      expect(await messages(repaired, fieldOptions(repaired), 'rnn')).toEqual([])
    }
  )

  it('points at the key of a quiz and fixes it', async () => {
    const source = '```{rnn-quiz}\n:inputs: 3\n:units: 4\n:ask: total\n:answer: A\n```\n'
    const plugin = rnnMystPlugin({strict: false})
    const file = new VFile({value: source})
    const node: MystNode = {
      type: 'mystDirective',
      children: fieldOptions(source),
      position: {start: {line: 1, column: 1}, end: {line: 6, column: 4}}
    }
    const item = (text: string): MystNode => ({
      type: 'listItem',
      children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]
    })
    const body = [{type: 'list', children: [item('36'), item('32')]}]
    const children = plugin.directives[1]?.run({name: 'rnn-quiz', node, body}, file) ?? []
    await plugin.transforms[0]?.plugin()({type: 'root', children}, file)
    const [message] = file.messages
    expect(message?.ruleId).toBe('wrong-key')
    expect(slice(source, message)).toBe('A')
    expect(message?.expected).toEqual(['B'])
  })

  it('finds an option written in the braces of a role', async () => {
    const source = 'It has {rnn inputs=4 units="0"}`total` parameters.\n'
    const line = {start: {line: 1, column: 8}, end: {line: 1, column: 8}}
    const options = [
      {type: 'mystOption', name: 'inputs', value: '4', position: line},
      {type: 'mystOption', name: 'units', value: '0', position: line}
    ]
    const [message] = await messages(source, options, 'role')
    expect(message?.ruleId).toBe('out-of-range')
    expect(slice(source, message)).toBe('0')
  })

  it.each([
    ["{rnn inputs=4 units='0'}", 'units', '0', 'out-of-range', '0'],
    ['{rnn inputs=4 units=5 cell}', 'cell', '', 'empty-value', 'cell'],
    // MyST read a value the line does not show: only the line is trusted.
    ['{rnn inputs=4 units=5 cell}', 'cell', 'x', 'invalid-choice', undefined]
  ])('in the braces %s, %s=%s', async (braces, name, value, rule, at) => {
    const source = `It has ${braces}\`total\` parameters.\n`
    const line = {start: {line: 1, column: 8}, end: {line: 1, column: 8}}
    const options = [
      {type: 'mystOption', name: 'inputs', value: '4', position: line},
      {type: 'mystOption', name: 'units', value: name === 'units' ? value : '5', position: line},
      ...(name === 'cell' ? [{type: 'mystOption', name, value, position: line}] : [])
    ]
    const [message] = await messages(source, options, 'role')
    expect(message?.ruleId).toBe(rule)
    expect(slice(source, message)).toBe(at)
    expect(message?.expected).toBeUndefined()
  })

  it('keeps a place for an option without a position, so later writings keep their count', () => {
    const node: MystNode = {
      type: 'mystDirective',
      children: [{type: 'mystOption', name: 'units', value: '4'}]
    }
    expect(readDirective(node, 'units').directive.data?.rnnPlaces?.attributes).toEqual([])
    const placed = readDirective({
      ...node,
      position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
    })
    expect(placed.directive.data?.rnnPlaces?.attributes).toMatchObject([
      {name: 'units', approximate: true}
    ])
  })

  it("keeps the option's line, without a fix, where the line does not read as MyST read the option", async () => {
    const source = '```{rnn}\n:inputs: 4\n:unit: 5\n```\n'
    // MyST would have read another value than the line shows: nothing on it is trusted.
    const options = fieldOptions(source).map((option) =>
      option.name === 'unit' ? {...option, value: '6'} : option
    )
    const [message] = await messages(source, options, 'rnn')
    expect(message?.ruleId).toBe('unknown-attribute')
    expect(message?.line).toBe(3)
    expect(message?.expected).toBeUndefined()
  })

  it("without the page's text, points at the option's line and offers no fix", async () => {
    const source = '```{rnn}\n:inputs: 4\n:unit: 5\n```\n'
    const [message] = await messages(source, fieldOptions(source), 'rnn', false)
    expect(message?.ruleId).toBe('unknown-attribute')
    expect(message?.line).toBe(3)
    expect(message?.expected).toBeUndefined()
  })

  it('puts a misspelled name at the name, where its fix belongs', () => {
    const source = '# Page\n\n```{rnn-quizz}\n:inputs: 4\n```\n\n```{rnn_quiz} {rnn_quiz}\n```\n'
    const node = (line: number, name: string): MystNode => ({
      type: 'mystDirective',
      name,
      position: {start: {line, column: 1}, end: {line: line + 2, column: 4}}
    })
    const tree: MystNode = {type: 'root', children: [node(3, 'rnn-quizz'), node(7, 'rnn_quiz')]}
    const [once, twice] = misspelledNames(tree, () => source).map((problem) =>
      placeProblem(problem)
    )
    const place = once?.place
    expect(place && source.slice(place.start.offset, place.end.offset)).toBe('rnn-quizz')
    expect(once?.expected).toEqual(['rnn-quiz'])
    // Written twice on its line: which one is meant is not known, so no fix.
    expect(twice?.place?.start.line).toBe(7)
    expect(twice?.expected).toBeUndefined()
  })
})
