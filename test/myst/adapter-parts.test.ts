import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {placeProblem} from '../../src/directives/problem-place.js'
import {modelsFor, pageDiagrams} from '../../src/myst/file-models.js'
import {rnnMystPlugin} from '../../src/myst/index.js'
import {misspelledNames} from '../../src/myst/misspelled-names.js'
import {pageSource, rolePosition} from '../../src/myst/role-position.js'
import type {MystNode} from '../../src/myst/types.js'
import {readDirective, writtenOptions} from '../../src/myst/written-options.js'

const at = (line: number, column: number) => ({start: {line, column}, end: {line, column}})

describe('names MyST did not know', () => {
  it("are reported when close to remark-rnn's, and left alone otherwise", () => {
    const node = (type: string, name: string | undefined, line: number): MystNode => ({
      type,
      ...(name === undefined ? {} : {name}),
      position: at(line, 1)
    })
    const tree: MystNode = {
      type: 'root',
      children: [
        node('mystDirective', 'rnn-quizz', 1),
        {type: 'block', children: [node('mystDirective', 'rnn_quiz', 2)]},
        node('mystDirective', 'RNN', 3),
        node('mystRole', 'rnnn', 4),
        node('mystRole', 'run', 5),
        node('mystDirective', 'rnn', 6),
        node('mystDirective', 'note', 7),
        node('mystDirective', 'rn-quiz', 8),
        node('mystDirective', undefined, 9),
        node('paragraph', 'rnn-quizz', 10)
      ]
    }
    expect(
      misspelledNames(tree).map((problem) => [problem.node.position?.start.line, problem.reason])
    ).toEqual([
      [
        1,
        '`{rnn-quizz}` is not a directive MyST knows, so it was not expanded or checked. Did you mean `{rnn-quiz}`?'
      ],
      [
        2,
        '`{rnn_quiz}` is not a directive MyST knows, so it was not expanded or checked. Did you mean `{rnn-quiz}`?'
      ],
      [
        3,
        '`{RNN}` is not a directive MyST knows, so it was not expanded or checked. Did you mean `{rnn}`?'
      ],
      [
        4,
        '`{rnnn}` is not a role MyST knows, so it was not expanded or checked. Did you mean `{rnn}`?'
      ],
      [
        8,
        '`{rn-quiz}` is not a directive MyST knows, so it was not expanded or checked. Did you mean `{rnn-quiz}`?'
      ]
    ])
  })
})

describe('where a role really stands', () => {
  const source = 'A paragraph starts here\nand the role {rnn}`total` is on line 2.\n'

  it("moves MyST's paragraph offset to the role's own line and column", () => {
    // MyST: line 1, the offset counted through the paragraph's text.
    const offset = source.indexOf('{rnn}')
    expect(rolePosition(source, at(1, offset + 1), 'rnn')).toEqual(at(2, 14))
  })

  it("keeps MyST's position where it cannot be checked", () => {
    expect(rolePosition(undefined, at(1, 5), 'rnn')).toEqual(at(1, 5))
    expect(rolePosition(source, at(9, 1), 'rnn')).toEqual(at(9, 1))
    expect(rolePosition(source, at(1, 0), 'rnn')).toEqual(at(1, 0))
    // The source there is not the role: the position stays.
    expect(rolePosition(source, at(1, 3), 'rnn')).toEqual(at(1, 3))
  })

  it('reads the source of Markdown pages only', () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-myst-'))
    writeFileSync(join(folder, 'page.md'), source)
    expect(pageSource(join(folder, 'page.md'))).toBe(source)
    expect(pageSource(join(folder, 'missing.md'))).toBeUndefined()
    expect(pageSource(join(folder, 'notebook.ipynb'))).toBeUndefined()
    expect(pageSource(undefined)).toBeUndefined()
  })
})

describe("a page's models and diagram ids", () => {
  const directive = (line: number, id?: string) => ({
    type: 'mystDirective',
    position: at(line, 1),
    children: id ? [{type: 'mystOption', name: 'id', value: id}] : []
  })

  it('has no models without a file, and its own models for a file without a path', () => {
    expect(modelsFor(undefined, directive(1)).size).toBe(0)
    const file = new VFile()
    const models = modelsFor(file, directive(1))
    expect(modelsFor(file, directive(2))).toBe(models)
    expect(modelsFor(new VFile(), directive(1))).not.toBe(models)
  })

  it('numbers the diagrams of a page, starting again when the page is parsed again', () => {
    const ids = (file: VFile | undefined, lines: number[]) =>
      lines.map((line) => pageDiagrams(file, directive(line))())
    const page = new VFile({path: `page-${Math.random()}.md`})
    expect(ids(page, [1, 5, 1, 5])).toEqual([
      {id: 'rnn-diagram-1', stylesheet: true},
      {id: 'rnn-diagram-2', stylesheet: false},
      {id: 'rnn-diagram-1', stylesheet: true},
      {id: 'rnn-diagram-2', stylesheet: false}
    ])
    // Without a path nothing is shared: each directive's diagram comes first.
    expect(ids(undefined, [1, 5])).toEqual([
      {id: 'rnn-diagram-1', stylesheet: true},
      {id: 'rnn-diagram-1', stylesheet: true}
    ])
  })
})

describe('a MyST directive as written', () => {
  const option = (name: string, value: unknown, line?: number): MystNode => ({
    type: 'mystOption',
    name,
    value: value as string,
    ...(line ? {position: at(line, 1)} : {})
  })

  it('reads options in order, a bare flag as empty, classes added up, a repeat as a problem at its line', () => {
    const node: MystNode = {
      type: 'mystDirective',
      name: 'rnn',
      position: at(1, 1),
      children: [
        option('inputs', '4', 2),
        option('bidirectional', true, 3),
        option('class', 'a', 4),
        option('class', 'b', 5),
        option('units', '5', 6),
        option('units', '6', 7),
        option('units', '7')
      ]
    }
    const {directive, problems, atOptions} = readDirective(node)
    expect({...directive.attributes}).toEqual({
      inputs: '4',
      bidirectional: '',
      class: 'a b',
      units: '7'
    })
    expect(
      problems.map((problem) => [problem.ruleId, placeProblem(problem).place?.start.line])
    ).toEqual([
      ['duplicate-attribute', 7],
      ['duplicate-attribute', 1]
    ])
    // A problem about an attribute moves to that option's line; others stay.
    const moved = atOptions([
      {ruleId: 'out-of-range', reason: 'x', attribute: 'inputs', node},
      {ruleId: 'missing-attribute', reason: 'y', node}
    ])
    expect(moved.map((problem) => problem.node.position?.start.line)).toEqual([2, 1])
  })

  it('reports text after the name, clipped, naming the directive', () => {
    const long = 'inputs=4 units=5 outputs=3 cell=lstm framework=pytorch'
    for (const [name, text, shown] of [
      ['rnn-quiz', 'inputs=4', '`inputs=4`'],
      [undefined, long, `\`${long.slice(0, 37)}…\``],
      ['rnn', undefined, '``']
    ] as const) {
      const node: MystNode = {
        type: 'mystDirective',
        ...(name ? {name} : {}),
        children: [{type: 'mystDirectiveArg', ...(text === undefined ? {} : {value: text})}]
      }
      const [problem] = readDirective(node).problems
      expect(problem?.reason).toBe(
        `${shown} after the directive's name is not read: write each attribute as an option on its own line (\`:inputs: 4\`) or inside the braces (\`{${name ?? 'rnn'} inputs=4 units=5}\`).`
      )
    }
  })

  it('reads no options from a node without children', () => {
    expect(writtenOptions({type: 'mystDirective'})).toEqual([])
    expect(writtenOptions({type: 'mystDirective', children: [{type: 'mystOption'}]})).toEqual([
      {name: '', value: '', node: {type: 'mystOption'}}
    ])
  })
})

describe('a page parsed again', () => {
  const named = (line: number, column = 1) => ({
    type: 'mystDirective',
    position: {start: {line, column}, end: {line, column}},
    attributes: {id: 'm'}
  })

  it('forgets a model defined by the directive at the same place, keeps one defined elsewhere', () => {
    const file = new VFile({path: `again-${Math.random()}.md`})
    const models = modelsFor(file, named(1))
    const define = () => models.set('m', {attributes: {id: 'm'}, node: named(1), used: false})
    define()
    modelsFor(file, named(1))
    expect(models.has('m')).toBe(false)
    define()
    modelsFor(file, named(2))
    modelsFor(file, named(1, 5))
    modelsFor(file, {type: 'mystDirective', position: undefined as never, attributes: {}})
    expect(models.has('m')).toBe(true)
  })
})

describe('MyST data without a body', () => {
  const plugin = rnnMystPlugin()
  const node = (children: MystNode[]): MystNode => ({
    type: 'mystDirective',
    position: at(1, 1),
    children
  })
  const options = ['inputs=3', 'units=4'].map(
    (pair): MystNode => ({type: 'mystOption', name: pair.split('=')[0], value: pair.split('=')[1]})
  )

  it('a directive or role given no body still expands', () => {
    const [rnn, quiz] = plugin.directives
    const [role] = plugin.roles
    const file = new VFile({path: `bodiless-${Math.random()}.md`})
    expect(
      JSON.stringify(rnn?.run({name: 'rnn', node: node(options), body: undefined as never}, file))
    ).toContain('32')
    expect(
      JSON.stringify(
        quiz?.run(
          {
            name: 'rnn-quiz',
            node: node([...options, {type: 'mystOption', name: 'ask', value: 'total'}]),
            body: undefined as never
          },
          file
        )
      )
    ).toContain('32')
    expect(
      JSON.stringify(
        role?.run(
          {name: 'rnn', node: {...node(options), type: 'mystRole'}, body: undefined as never},
          file
        )
      )
    ).toContain('32')
  })
})

describe('a broken directive in MyST', () => {
  const plugin = rnnMystPlugin()
  const directive = (children: MystNode[]): MystNode => ({
    type: 'mystDirective',
    position: at(1, 1),
    children
  })
  const option = (name: string, value: string): MystNode => ({type: 'mystOption', name, value})
  const body: MystNode[] = [{type: 'paragraph', children: [{type: 'text', value: 'Kept.'}]}]
  /** The text of a node, inline code included. */
  const text = (node: MystNode): string =>
    node.value ?? (node.children ?? []).map((child) => text(child)).join('')

  it.for([
    {
      name: 'rnn',
      options: [option('inputs', '4'), option('unit', '5')],
      item: 'Unknown attribute unit. Did you mean units? unknown-attribute'
    },
    {
      name: 'rnn-quiz',
      options: [option('inputs', '3'), option('units', '4'), option('ask', 'totl')],
      item: 'unknown-'
    }
  ])(
    'shows its source as code, what is wrong as a list, then the content ({$name})',
    ({name, options, item}) => {
      const spec = plugin.directives.find((candidate) => candidate.name === name)
      const file = new VFile({path: `broken-${name}-${Math.random()}.md`})
      const nodes = spec?.run({name, node: directive(options), body}, file) as MystNode[]
      expect(nodes.map((node) => node.type)).toEqual(['code', 'list', 'paragraph', 'rnnReport'])
      expect(nodes[0]?.class).toBe('rnn-problem')
      const list = nodes[1] as MystNode
      expect(list.class).toBe('rnn-problem-note')
      const items = (list.children ?? []).map(text)
      expect(items.length).toBeGreaterThan(0)
      expect(items[0]).toContain(item)
      const rule = list.children?.[0]?.children?.[0]?.children?.at(-1)
      expect(rule).toMatchObject({type: 'inlineCode', class: 'rnn-problem-rule'})
      expect(text(nodes[2] as MystNode)).toBe('Kept.')
    }
  )
})
