import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {describe, expect, it} from 'vitest'
import type {DescriptionInput} from '../../src/index.js'
import {countParameters} from '../../src/index.js'
import {foldNetwork, solutionStrings} from '../../src/render/index.js'
import {toPlainHtml} from '../helpers/pipelines.js'
import {randomNetworks} from '../helpers/random-networks.js'

async function foldTitles(page: string, locale?: string): Promise<string[]> {
  const {output, file} = await toPlainHtml(page, {
    solutions: 'collapse',
    ...(locale ? {locale} : {})
  })
  expect(file.messages.map(String)).toEqual([])
  // The quiz's Hint fold names no network: it is not a solution's fold.
  return selectAll('details:not(.rnn-quiz-hint) > summary', fromHtml(output, {fragment: true})).map(
    (node) => toText(node)
  )
}

const page = `Two networks in a row:

::rnn{inputs=20 units=8 outputs=2}

::rnn{inputs=20 units=6 outputs=2 cell=lstm}

::rnn{inputs=3 units=8,4 cell=gru bidirectional=true outputs=0}

::rnn{inputs=1 units=1 outputs=1 vocab=1000}

::rnn-quiz{inputs=4 units=5 cell=lstm outputs=0 ask=total}
`

describe('fold titles', () => {
  it('say what a fold holds when it is not the usual table, derivation and shapes', async () => {
    const titles = await foldTitles(
      [
        '::rnn{#reviews vocab=100 inputs=32 units=32 outputs=1 show=table}',
        '::rnn{model=reviews show=summary}',
        '::rnn{model=reviews framework=pytorch show=summary,code}',
        '::rnn{inputs=3 units=4}'
      ].join('\n\n')
    )
    expect(titles).toEqual([
      'Worked solution: simple RNN, 32 inputs, 32 units, 1 output (table)',
      'Worked solution: simple RNN, 32 inputs, 32 units, 1 output (Keras summary)',
      'Worked solution: simple RNN, 32 inputs, 32 units, 1 output (PyTorch summary and PyTorch code)',
      'Worked solution: simple RNN, 3 inputs, 4 units'
    ])
    expect(await foldTitles('::rnn{inputs=3 units=4 show=summary}', 'de')).toEqual([
      'Lösungsweg: einfaches RNN, 3 Eingaben, 4 Einheiten (Keras-Übersicht)'
    ])
  })

  it('name the network a solution or quiz answer holds, never its count', async () => {
    expect(await foldTitles(page)).toEqual([
      'Worked solution: simple RNN, 20 inputs, 8 units, 2 outputs',
      'Worked solution: LSTM, 20 inputs, 6 units, 2 outputs',
      'Worked solution: bidirectional GRU, 3 inputs, 8 and 4 units',
      'Worked solution: simple RNN, 1 input, 1 unit, 1 output',
      'Show the answer: LSTM, 4 inputs, 5 units'
    ])
  })

  it('in German too', async () => {
    expect(await foldTitles(page, 'de')).toEqual([
      'Lösungsweg: einfaches RNN, 20 Eingaben, 8 Einheiten, 2 Ausgaben',
      'Lösungsweg: LSTM, 20 Eingaben, 6 Einheiten, 2 Ausgaben',
      'Lösungsweg: bidirektionales GRU, 3 Eingaben, 8 und 4 Einheiten',
      'Lösungsweg: einfaches RNN, 1 Eingabe, 1 Einheit, 1 Ausgabe',
      'Antwort anzeigen: LSTM, 4 Eingaben, 5 Einheiten'
    ])
  })

  it('an author’s own title may place {network}, and {total} if it wants the count', async () => {
    const {output} = await toPlainHtml('::rnn{inputs=4 units=5 outputs=3}', {
      solutions: 'collapse',
      strings: {summary: 'Solution ({network}): {total}'}
    })
    expect(output).toContain(
      '<summary>Solution (simple RNN, 4 inputs, 5 units, 3 outputs): 68</summary>'
    )
  })

  it('leave a student build (hide) without any count, not even in an attribute', async () => {
    const {output} = await toPlainHtml(':::rnn{inputs=4 units=5 outputs=3}\nHow many?\n:::', {
      solutions: 'hide'
    })
    expect(output).toBe('<div class="rnn"><p>How many?</p></div>')
  })

  it('words dense heads and encoder–decoders from what the description says', async () => {
    expect(
      await foldTitles(
        '::rnn{inputs=8 units=16 outputs=64,1 cell=lstm}\n\n::rnn{cell=gru inputs=4 units=8 decoder-inputs=6 outputs=5}\n'
      )
    ).toEqual([
      'Worked solution: LSTM, 8 inputs, 16 units, dense layers of 64 and 1 nodes',
      'Worked solution: GRU encoder–decoder, 4 inputs, 8 units, 5 outputs'
    ])
    expect(
      await foldTitles(
        '::rnn{inputs=8 units=16 outputs=64,1 cell=lstm}\n\n::rnn{cell=gru inputs=4 units=8 decoder-inputs=6 outputs=5}\n',
        'de'
      )
    ).toEqual([
      'Lösungsweg: LSTM, 8 Eingaben, 16 Einheiten, dichte Schichten mit 64 und 1 Knoten',
      'Lösungsweg: Encoder–Decoder (GRU), 4 Eingaben, 8 Einheiten, 5 Ausgaben'
    ])
    const breakdown = countParameters({inputs: 4, units: [5], outputs: [3], cell: 'lstm'})
    expect(foldNetwork(breakdown, solutionStrings('en'))).toBe('LSTM, 4 inputs, 5 units, 3 outputs')
  })

  it('hold exactly the sizes of random networks, and never their total', () => {
    for (const framework of ['keras', 'pytorch'] as const) {
      for (const network of randomNetworks(framework, 60, 18)) {
        const breakdown = countParameters(network as unknown as DescriptionInput)
        const title = foldNetwork(breakdown, solutionStrings('en'))
        const numbers = (title.match(/\d+/g) ?? []).map(Number)
        const sizes = [network.inputs, ...network.units, ...breakdown.description.outputs]
        expect(numbers, title).toEqual(sizes)
        expect(numbers, title).not.toContain(breakdown.total)
      }
    }
  })
})
