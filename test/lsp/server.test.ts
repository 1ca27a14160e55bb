import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {CodeAction, CompletionItem, Diagnostic, Hover} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {LspClient} from '../helpers/lsp-client.js'
import {inProcessClient} from '../helpers/lsp-client.js'
import {goodPage, problemPage} from './fixtures.js'

const uri = 'file:///course/lesson.md'
let client: LspClient

beforeEach(async () => {
  client = inProcessClient()
  await client.initialize()
})
afterEach(() => client.close())

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code)

/** The position of the first `needle` in `text`, `shift` characters on. */
function positionOf(text: string, needle: string, shift = 0) {
  const document = TextDocument.create(uri, 'markdown', 1, text)
  const offset = text.indexOf(needle)
  if (offset === -1) throw new Error(`${needle} is not in the page`)
  return document.positionAt(offset + shift)
}

const hover = (text: string, needle: string, shift = 1) =>
  client.connection.sendRequest('textDocument/hover', {
    textDocument: {uri},
    position: positionOf(text, needle, shift)
  }) as Promise<Hover | null>

const hoverText = async (text: string, needle: string, shift = 1) =>
  ((await hover(text, needle, shift))?.contents as {value: string} | undefined)?.value

describe('diagnostics', () => {
  it('reports each problem with its rule, link, source and severity', async () => {
    const diagnostics = await client.open(uri, problemPage)
    expect(codes(diagnostics)).toEqual(['unknown-attribute', 'wrong-number', 'wrong-key'])
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('remark-rnn')
      expect(diagnostic.severity).toBe(1)
      expect(diagnostic.codeDescription?.href).toBe(
        `https://github.com/remark-rnn/remark-rnn#rule-${diagnostic.code}`
      )
    }

    // Each at the text at fault, which its `expected` replaces.
    const document = TextDocument.create(uri, 'markdown', 1, problemPage)
    expect(diagnostics.map((d) => [document.getText(d.range), d.data])).toEqual([
      ['unit', {expected: ['units'], current: 'unit'}],
      ['67', {expected: ['68'], current: '67'}],
      ['A', {expected: ['B'], current: 'A'}]
    ])
  })

  it('has none for a page whose directives are right, and warnings as warnings', async () => {
    expect(await client.open(uri, goodPage)).toEqual([])
    const diagnostics = await client.open('file:///unused.md', '::rnn{#spare inputs=2 units=3}\n')
    expect(codes(diagnostics)).toEqual(['unused-model'])
    expect(diagnostics[0]?.severity).toBe(2)
  })

  it('follows incremental edits and clears a fixed problem', async () => {
    await client.open(uri, problemPage)
    const start = positionOf(problemPage, 'unit=')
    const fixed = await client.change(uri, 2, [
      {range: {start, end: {line: start.line, character: start.character + 4}}, text: 'units'}
    ])
    expect(codes(fixed)).toEqual(['wrong-number', 'wrong-key'])
    const broken = await client.change(uri, 3, [
      {range: {start, end: {line: start.line, character: start.character + 5}}, text: 'unitz'}
    ])
    expect(codes(broken)).toEqual(['unknown-attribute', 'wrong-number', 'wrong-key'])
  })

  it('reads .mdx pages as MDX, with a syntax error as one diagnostic', async () => {
    const mdx =
      'import X from "./x.js"\n\n<X>It has :rnn[total=68]{inputs=4 units=5 outputs=3}.</X>\n'
    expect(await client.open('file:///page.mdx', mdx, 'mdx')).toEqual([])
    // The same text as Markdown: no error either, but `<X>` is HTML there.
    const broken = await client.open(
      'file:///broken.mdx',
      '<X>\n\n:rnn[total]{inputs=4 units=5\n',
      'mdx'
    )
    expect(broken.length).toBe(1)
    expect(broken[0]?.severity).toBe(1)
  })

  it('does not parse a page without rnn, and clears diagnostics on close', async () => {
    expect(await client.open('file:///plain.md', '# Nothing here\n')).toEqual([])
    await client.open(uri, problemPage)
    const cleared = client.diagnostics(uri)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    expect(await cleared).toEqual([])
  })
})

describe('settings', () => {
  it('checks with the framework the workspace configuration gives', async () => {
    await client.close()
    client = inProcessClient()
    await client.initialize({framework: 'pytorch'})
    // PyTorch: two biases per recurrent layer, 20 + 25 + 5 + 5 + 15 + 3 = 73.
    expect(await client.open(uri, ':rnn[total=73]{inputs=4 units=5 outputs=3}\n')).toEqual([])
    // Completing `ask=` of a quiz not yet parsed counts its written sizes with that framework.
    const quiz = ':::rnn-quiz{inputs=4 units=5 outputs=3 ask=\n:::\n'
    await client.open(uri, quiz)
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: {uri},
      position: positionOf(quiz, 'ask=', 4)
    })) as CompletionItem[]
    expect(items.find((item) => item.label === 'total')?.detail).toBe('total = 20 + 35 + 18 = 73')
  })

  it('takes pushed settings from a client without workspace/configuration, and their changes', async () => {
    await client.close()
    client = inProcessClient()
    await client.initialize({framework: 'pytorch'}, false)
    const page = ':rnn[total=73]{inputs=4 units=5 outputs=3}\n'
    expect(await client.open(uri, page)).toEqual([])
    const again = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {'remark-rnn': {framework: 'keras'}}
    })
    expect(codes(await again)).toEqual(['wrong-number'])
  })

  it('falls back to the defaults on settings the plugin rejects', async () => {
    await client.close()
    client = inProcessClient()
    await client.initialize({framework: 'jax', enable: true})
    expect(await client.open(uri, ':rnn[total=68]{inputs=4 units=5 outputs=3}\n')).toEqual([])
  })

  it('reads a missing section as no settings, and a null value as the default', async () => {
    await client.close()
    client = inProcessClient()
    await client.initialize(null as never)
    expect(await client.open(uri, ':rnn[total=68]{inputs=4 units=5 outputs=3}\n')).toEqual([])
    await client.close()
    client = inProcessClient()
    // VS Code sends every setting of the extension, unset ones as null.
    await client.initialize({framework: 'pytorch', thousandsSeparator: null, locale: null})
    expect(await client.open(uri, ':rnn[total=73]{inputs=4 units=5 outputs=3}\n')).toEqual([])
  })

  it('in strict mode (a build stops on errors) still reports every problem', async () => {
    await client.close()
    client = inProcessClient()
    await client.initialize({strict: true})
    expect(codes(await client.open(uri, problemPage))).toEqual([
      'unknown-attribute',
      'wrong-number',
      'wrong-key'
    ])
    // A warning does not stop a build: with no error, every message.
    const warned = await client.open('file:///warned.md', '::rnn{#spare inputs=2 units=3}\n')
    expect(codes(warned)).toEqual(['unused-model'])
  })
})

describe('hover', () => {
  beforeEach(async () => {
    await client.open(uri, goodPage)
  })

  it('shows a block directive’s table and total', async () => {
    const text = await hoverText(goodPage, ':::rnn{')
    expect(text).toContain('**68 parameters** (RNN, keras)')
    expect(text).toMatch(/^\| .* \|$/m)
    expect(text).toMatch(/\| Input weights +\| \$W_\{xh\}\$ \| 4 × 5 \| .* \| +20 \|/)
  })

  it('shows an inline directive’s value and formula, and judges a stated number', async () => {
    expect(await hoverText(goodPage, ':rnn[total]')).toBe(
      '**68** (total): `total = 20 + 30 + 18 = 68`'
    )
    expect(await hoverText(goodPage, ':rnn[recurrent=30]')).toContain(
      '`recurrent = 5 · 5 + 5 = 30`; the stated number is right.'
    )
  })

  it('says which quiz option is right and why, and what the others are', async () => {
    const text = await hoverText(goodPage, ':::rnn-quiz')
    expect(text).toContain('**Answer B** (20, 30): input = 4 · 5 = 20, recurrent = 5 · 5 + 5 = 30.')
    expect(text).toContain('- ✗ A: 30, 20 (the right numbers in the wrong order)')
    expect(text).toContain('- ✓ B: 20, 30')
  })

  it('names the cell and its directions, and hovers the <…> form', async () => {
    const page = '::rnn<inputs=3 units=4 cell=gru bidirectional framework=pytorch>\n'
    await client.open(uri, page)
    expect(await hoverText(page, '::rnn<')).toContain('parameters** (bidirectional GRU, pytorch)')
  })

  it('for a quiz without options, or with one it cannot read, gives the answer', async () => {
    const generated = ':::rnn-quiz{inputs=4 units=5 ask=recurrent}\nHow many?\n:::\n'
    await client.open(uri, generated)
    expect(await hoverText(generated, ':::rnn-quiz')).toContain(
      '**Answer: 30** (recurrent = 5 · 5 + 5 = 30).\n\nNo options listed: they are generated.'
    )
    const unreadable =
      ':::rnn-quiz{inputs=4 units=5 ask=recurrent answer=A}\nHow many?\n\n- 6.5\n- 30\n:::\n'
    await client.open(uri, unreadable)
    expect(await hoverText(unreadable, ':::rnn-quiz')).toMatch(
      /^\*\*Answer: 30\*\* \(recurrent = 5 · 5 \+ 5 = 30\)\.\n\n\*\*50 parameters/
    )
    const none = ':::rnn-quiz{inputs=4 units=5 ask=total answer=A}\nHow many?\n\n- 1\n- 2\n:::\n'
    await client.open(uri, none)
    expect(await hoverText(none, ':::rnn-quiz')).toContain(
      '**No option is right**: the answer is 50 (total = 20 + 30 = 50).'
    )
    const askless = ':::rnn-quiz{inputs=4 units=5}\nHow many?\n:::\n'
    await client.open(uri, askless)
    expect(await hover(askless, ':::rnn-quiz')).toBeNull()
  })

  it('says what is wrong with a stated number and a key', async () => {
    await client.open(uri, problemPage)
    expect(await hoverText(problemPage, ':rnn[total=67]')).toContain(
      '; the text states 67, which is wrong.'
    )
    expect(await hoverText(problemPage, ':::rnn-quiz')).toContain(
      '**Answer B** (68): total = 20 + 30 + 18 = 68. The key says A.'
    )
    const keyless = problemPage.replace(' answer=A', '')
    await client.open(uri, keyless)
    expect(await hoverText(keyless, ':::rnn-quiz')).toContain(
      '**Answer B** (68): total = 20 + 30 + 18 = 68.\n'
    )
  })

  it('says nothing on a quantity the network does not have', async () => {
    const page = 'It has :rnn[totl]{inputs=4 units=5} parameters.\n'
    await client.open(uri, page)
    expect(await hover(page, ':rnn[')).toBeNull()
  })

  it('says nothing outside directives and on a directive with problems', async () => {
    expect(await hover(goodPage, '# Parameters')).toBeNull()
    await client.open(uri, problemPage)
    expect(await hover(problemPage, ':::rnn{')).toBeNull()
  })
})

describe('completion', () => {
  const complete = async (text: string, needle: string, shift = needle.length) => {
    await client.open(uri, text)
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: {uri},
      position: positionOf(text, needle, shift)
    })) as CompletionItem[]
    return items
  }

  const labels = (items: CompletionItem[]) => items.map((item) => item.label)

  it('offers attribute names not yet written, with defaults in the detail', async () => {
    const items = await complete(':::rnn{inputs=4 \n:::\n', 'inputs=4 ')
    expect(labels(items)).toContain('units')
    expect(labels(items)).not.toContain('inputs')
    expect(labels(items)).not.toContain('ask')
    expect(items.find((item) => item.label === 'cell')?.detail).toBe('default rnn')
    expect(items.find((item) => item.label === 'bias')?.detail).toBe('default true')
    expect(items.find((item) => item.label === 'timesteps')?.detail).toBe('default None')
    expect(labels(await complete(':::rnn-quiz{inputs=4 \n:::\n', 'inputs=4 '))).toEqual(
      expect.arrayContaining(['ask', 'remember'])
    )
    expect(labels(items)).not.toContain('remember')
  })

  it('does not offer the attributes written after the cursor either', async () => {
    const items = labels(await complete('::rnn{inputs=4  units=5 cell="lstm"}\n', 'inputs=4 '))
    expect(items).not.toContain('units')
    expect(items).not.toContain('cell')
    expect(items).not.toContain('inputs')
    expect(items).toContain('outputs')
    // Only up to the closing brace: the next directive's attributes are its own.
    const next = labels(await complete('::rnn{inputs=4 } and ::rnn{units=5}\n', 'inputs=4 '))
    expect(next).toContain('units')
  })

  it('offers the values of cell, framework, switches and show', async () => {
    expect(labels(await complete('::rnn{cell=\n', 'cell='))).toEqual(['rnn', 'lstm', 'gru'])
    expect(labels(await complete('::rnn<framework=\n', 'framework='))).toEqual(['keras', 'pytorch'])
    expect(labels(await complete('::rnn{bias=\n', 'bias='))).toEqual(['true', 'false'])
    expect(labels(await complete('::rnn-quiz{remember=\n', 'remember='))).toEqual(['true', 'false'])
    expect(labels(await complete('::rnn{show=table,\n', 'show=table,'))).toContain('derivation')
    expect(labels(await complete('::rnn{merge=\n', 'merge='))).toEqual([
      'concat',
      'sum',
      'mul',
      'ave'
    ])
  })

  it('offers the new attributes with their defaults and the new groups for ask', async () => {
    const items = await complete(':::rnn{inputs=4 \n:::\n', 'inputs=4 ')
    expect(labels(items)).toEqual(
      expect.arrayContaining(['merge', 'decoder-inputs', 'decoder-units', 'decoder-vocab'])
    )
    expect(items.find((item) => item.label === 'outputs')?.detail).toBe('default 0')
    expect(items.find((item) => item.label === 'merge')?.detail).toBe('default concat')
    const ask = await complete(
      ':::rnn-quiz{inputs=4 units=5 decoder-inputs=3 outputs=8,2 ask=\n:::\n',
      'ask='
    )
    expect(labels(ask)).toEqual(
      expect.arrayContaining(['head', 'decoder', 'dense-weights.d1', 'decoder.input-weights'])
    )
  })

  it('offers quantities and term ids for a label and for ask, with their formulas', async () => {
    const items = await complete('It has :rnn[]{inputs=4 units=5 outputs=3}.\n', ':rnn[')
    expect(labels(items)).toEqual(expect.arrayContaining(['total', 'recurrent', 'input-weights']))
    expect(items.find((item) => item.label === 'total')?.detail).toBe('total = 20 + 30 + 18 = 68')
    const ask = await complete(':::rnn-quiz{inputs=4 units=5 ask=\n:::\n', 'ask=')
    expect(labels(ask)).toContain('recurrent-bias')
  })

  it('offers a model read from code the parts it shows and the quantities it has', async () => {
    const page = [
      ':::rnn{id=m show=table,}',
      '```python',
      'model = nn.Sequential(nn.GRU(2, 3), nn.Linear(3, 1))',
      '```',
      ':::',
      '',
      ':::rnn-quiz{model=m ask=}',
      'How many?',
      ':::',
      ''
    ].join('\n')
    const show = labels(await complete(page, 'show=table,'))
    expect(show).toContain('summary')
    expect(show).not.toContain('code')
    expect(labels(await complete(page, 'ask='))).toEqual([
      'total',
      'trainable',
      'non-trainable',
      '0',
      '1'
    ])
  })

  it('offers the model ids defined above the directive', async () => {
    const page =
      '::rnn{#first inputs=2 units=3}\n\n::rnn{id=second inputs=2 units=3}\n\n::rnn{model=\n\n::rnn{#later inputs=1 units=1}\n'
    expect(labels(await complete(page, 'model='))).toEqual(['first', 'second'])
  })

  it('offers nothing outside a directive, for sizes, or in a page never opened', async () => {
    expect(await complete('Just prose\n', 'Just')).toEqual([])
    expect(await complete('::rnn{inputs=\n', 'inputs=')).toEqual([])
    expect(await complete(':::rnn-quiz{inputs=x ask=\n:::\n', 'ask=')).toEqual([])
    expect(
      await client.connection.sendRequest('textDocument/completion', {
        textDocument: {uri: 'file:///never.md'},
        position: {line: 0, character: 0}
      })
    ).toEqual([])
    expect(
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: {uri: 'file:///never.md'},
        position: {line: 0, character: 0}
      })
    ).toBeNull()
    expect(
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri: 'file:///never.md'},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: []}
      })
    ).toEqual([])
  })
})

describe('code actions', () => {
  const actionsFor = async (diagnostics: Diagnostic[]) =>
    (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics}
    })) as CodeAction[]

  /** Apply an action's edits to the text. */
  function applied(text: string, action: CodeAction): string {
    const document = TextDocument.create(uri, 'markdown', 1, text)
    return TextDocument.applyEdits(document, action.edit?.changes?.[uri] ?? [])
  }

  it('fixes every problem with its expected text, and the page is then right', async () => {
    let text = problemPage
    let diagnostics = await client.open(uri, text)
    const titles: string[] = []
    let version = 1
    while (diagnostics.length > 0) {
      const [action] = await actionsFor(diagnostics.slice(0, 1))
      if (!action) throw new Error(`no fix for ${diagnostics[0]?.code}`)
      titles.push(action.title)
      expect(action.isPreferred).toBe(true)
      text = applied(text, action)
      version++
      diagnostics = await client.change(uri, version, [{text}])
    }

    expect(titles).toEqual([
      'Replace `unit` with `units`',
      'Write the count: 68',
      'Set the key to the right option: B'
    ])
    expect(text).toBe(
      problemPage.replace('unit=', 'units=').replace('=67', '=68').replace('answer=A', 'answer=B')
    )
  })

  it('renames a misspelled directive to ours, at its name', async () => {
    const text =
      ':::rnn-quizz{inputs=3 units=4 ask=total answer=B}\nQ?\n\n- 31\n- 32\n:::\n\nIt has :rnnn[total]{inputs=3 units=4}.\n'
    const diagnostics = await client.open(uri, text)
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'unparsed-directive',
        '`:::rnn-quizz` is not a directive remark-rnn knows, so it was not expanded or checked. Did you mean `rnn-quiz`?'
      ],
      [
        'unparsed-directive',
        '`:rnnn` is not a directive remark-rnn knows, so it was not expanded or checked. Did you mean `rnn`?'
      ]
    ])
    let fixed = text
    for (const diagnostic of diagnostics.reverse()) {
      const [action] = await actionsFor([diagnostic])
      fixed = applied(fixed, action!)
    }
    expect(fixed).toBe(text.replace('rnn-quizz', 'rnn-quiz').replace(':rnnn', ':rnn'))
    expect(await client.change(uri, 2, [{text: fixed}])).toEqual([])
  })

  it('never replaces a whole directive by a word', async () => {
    const diagnostic: Diagnostic = {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 20}},
      message: 'whole',
      source: 'remark-rnn',
      code: 'invalid-choice',
      data: {expected: ['lstm']}
    }
    await client.open(uri, '::rnn{cell=lstn inputs=1 units=1}\n')
    expect(await actionsFor([diagnostic])).toEqual([])
    expect(await actionsFor([{...diagnostic, source: 'other'}])).toEqual([])
    // Without `expected` there is nothing to offer, and an `expected` equal to the text is no fix.
    expect(await actionsFor([{...diagnostic, data: undefined}])).toEqual([])
    const same = {
      ...diagnostic,
      range: {start: {line: 0, character: 11}, end: {line: 0, character: 15}}
    }
    expect(await actionsFor([{...same, data: {expected: ['lstn']}}])).toEqual([])
    const [fix] = await actionsFor([{...same, data: {expected: ['lstm', 'lstm']}}])
    expect(fix?.isPreferred).toBe(false)
  })
})
