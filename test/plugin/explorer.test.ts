import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown, toPlainHtml} from '../helpers/pipelines.js'

const seed = ':::rnn-explorer{inputs=4 units=5 outputs=3}\nTry it.\n:::\n'

describe('the rnn-explorer directive', () => {
  it('writes the worked solution at the author’s sizes, its controls hidden, its script’s configuration on it', async () => {
    const {output, file} = await toPlainHtml(seed)
    expect(file.messages).toEqual([])
    expect(output).toMatch(/^<div class="rnn rnn-explorer" data-rnn-total="68" data-rnn-explorer="/)
    expect(output).toContain('<form class="rnn-explorer-controls" hidden>')
    // The stylesheet, the controls, then the solution they rewrite.
    expect(output.indexOf('<style>')).toBeLessThan(output.indexOf('<form'))
    expect(output.indexOf('<form')).toBeLessThan(output.indexOf('<table'))
    expect(output).toContain('<label for="rnn-explorer-1-0">Input features (n)</label>')
    expect(output).toContain('aria-label="Hidden units (h), slider"')
    expect(output).toContain('role="status" aria-live="polite"')
    // Formulas in symbols stay math; their numbers are text in slots.
    expect(output).toContain(
      '<code class="language-math math-inline">n \\cdot h</code> = <span data-rnn-slot="1">4 · 5</span>'
    )
    expect(output).toContain(
      '<p class="rnn-explorer-total">total = <span data-rnn-slot="25">20 + (25 + 5) + (15 + 3)</span> = <strong><span data-rnn-slot="26">68</span></strong></p>'
    )
    const config = JSON.parse(
      String(/data-rnn-explorer="([^"]*)"/.exec(output)?.[1]).replaceAll('&#x22;', '"')
    )
    expect(config).toEqual({
      description: {inputs: 4, units: [5], outputs: [3], cell: 'rnn', framework: 'keras'},
      separator: ',',
      was: 'was {value}',
      limit: 'Enter a whole number from 1 to 10,000,000.',
      status: 'Total: {total} parameters.'
    })
  })

  it('reads the short form too', async () => {
    const {output, file} = await toPlainHtml('::rnn-explorer<inputs=4 units=5 outputs=3>\n')
    expect(file.messages).toEqual([])
    expect(output).toMatch(/^<div class="rnn rnn-explorer" data-rnn-total="68"/)
  })

  it('carries the stylesheet once a page and numbers each explorer’s fields apart', async () => {
    const {output} = await toPlainHtml(`${seed}\n::rnn-explorer{inputs=2 units="3,4"}\n`)
    expect(output.match(/<style>/g)).toHaveLength(1)
    expect(output).toContain('id="rnn-explorer-2-0"')
    expect(output).toContain('>Hidden units, layer 2 (h₂)</label>')
  })

  it('names dense layers in a stack of them, and works with a model defined earlier', async () => {
    const {output, file} = await toPlainHtml(
      '::rnn{#net inputs=3 units="4,5" outputs="6,2"}\n\n::rnn-explorer{model=net}\n'
    )
    expect(file.messages).toEqual([])
    expect(output).toContain('>Output nodes, dense layer 2 (o₂)</label>')
  })

  it('adds up each part of a network grouped by part, one term or several', async () => {
    const {output} = await toPlainHtml('::rnn-explorer{vocab=100 inputs=8 units=4 outputs="5,2"}\n')
    // The Embedding part has a single term: its subtotal row writes no sum.
    expect(output).toMatch(
      /<strong>Embeddings<\/strong><\/td>\n<td align="center"[^>]*><\/td>\n<td align="center"[^>]*><\/td>\n<td align="left"[^>]*><span data-rnn-slot="\d+"><\/span>/
    )
    expect(output).toContain('<strong>Dense layers</strong>')
  })

  it('offers the choices `vary` allows, with the words a table written anew needs', async () => {
    const {output, file} = await toPlainHtml(
      '::rnn-explorer{inputs=4 units=5 vary="merge, cell  bidirectional"}\n'
    )
    expect(file.messages).toEqual([])
    // In the page's order: cell, bidirectional, merge.
    const order = [...output.matchAll(/data-rnn-choice="(\w+)"/g)].map((match) => match[1])
    expect(order).toEqual(['cell', 'bidirectional', 'merge'])
    expect(output).toContain('<option value="lstm">LSTM</option>')
    expect(output).toContain('<option value="rnn" selected>simple RNN</option>')
    expect(output).toContain('type="checkbox" data-rnn-author="false"')
    expect(output).toContain('&#x22;words&#x22;:{&#x22;columnTerm&#x22;:&#x22;Parameters&#x22;')
    const plain = (await toPlainHtml(seed)).output
    expect(plain).not.toContain('words')
  })

  it('reports a word `vary` does not know at that word, and `vary` on an rnn directive', async () => {
    const {file, output} = await toMarkdown(
      '::rnn-explorer{inputs=4 units=5 vary="cell gates framwork"}\n'
    )
    expect(messageLines(file)).toBe(
      [
        '1:44-1:49 error invalid-choice: `vary` lists what students may change besides the sizes: `cell`, `framework`, `bidirectional`, `merge`, not `gates`.',
        '1:50-1:58 error invalid-choice: `vary` lists what students may change besides the sizes: `cell`, `framework`, `bidirectional`, `merge`, not `framwork`. Did you mean `framework`?'
      ].join('\n')
    )
    expect(output).toBe('::rnn-explorer{inputs=4 units=5 vary="cell gates framwork"}\n')
    const rnn = await toMarkdown('::rnn{inputs=4 units=5 vary=cell}\n')
    expect(messageLines(rnn.file)).toContain('unknown-attribute')
    // Written without a value, it offers nothing more.
    expect((await toPlainHtml('::rnn-explorer{inputs=4 units=5 vary}\n')).output).not.toContain(
      'data-rnn-choice'
    )
  })

  it('speaks German on a German page', async () => {
    const {output} = await toPlainHtml(seed, {locale: 'de'})
    expect(output).toContain('>Eingabemerkmale (n)</label>')
    expect(output).toContain('>Zurück zum Beispiel</button>')
    expect(output).toContain('vorher {value}')
    expect(output).toContain('Gib eine ganze Zahl von 1 bis 10.000.000 ein.')
  })

  it('writes Markdown as the worked solution only, and folds or hides it as the site asks', async () => {
    const markdown = (await toMarkdown(seed)).output
    expect(markdown).toMatch(
      /\| Input weights +\| \$W_\{xh\}\$ \| 4 × 5 \| \$n \\cdot h\$ = 4 · 5 +\| +20 \|/
    )
    expect(markdown).toContain('total = 20 + (25 + 5) + (15 + 3) = **68**')
    expect(markdown).not.toMatch(/slider|Reset|<form/)

    const folded = (await toPlainHtml(seed, {solutions: 'collapse'})).output
    expect(folded).toMatch(
      /<form class="rnn-explorer-controls" hidden>.*<details class="rnn-solution">/s
    )

    const hidden = (await toPlainHtml(seed, {solutions: 'hide'})).output
    expect(hidden).toBe('<div class="rnn rnn-explorer"><p>Try it.</p></div>')
    // Hidden, it still names its model for the page's prose.
    const named = await toPlainHtml(
      ':::rnn-explorer{id=m inputs=4 units=5 outputs=3}\n:::\n\n:rnn[total]{model=m}\n',
      {solutions: 'hide'}
    )
    expect(named.output).toContain('<span class="rnn-number">68</span>')
  })

  it('reports what an rnn directive reports, and keeps the directive as written', async () => {
    for (const [source, rule] of [
      ['::rnn-explorer{inputs=4 unit=5}', 'unknown-attribute'],
      ['::rnn-explorer{inputs=four units=5}', 'not-a-number'],
      ['::rnn-explorer{inputs=4 units=5 ask=total}', 'unknown-attribute'],
      ['::rnn-explorer{model=nowhere}', 'unknown-model'],
      [':::rnn-explorer{inputs=4 units=5}\nno fence', 'missing-closing-fence'],
      [':::rnn{inputs=4 units=5}\n::rnn-explorer{inputs=4 units=5}\n:::', 'nested-directive']
    ] as const) {
      const {output, file} = await toMarkdown(`${source}\n`)
      expect(messageLines(file), source).toContain(rule)
      expect(output, source).toContain(source.split('\n')[0])
    }
  })
})
