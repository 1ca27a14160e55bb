import type {Node} from 'unist'
import type {Breakdown} from '../core/index.js'
import {closest, didYouMean, quantityNames, quantityOf, quote} from '../core/index.js'
import {listWords} from './places.js'
import type {Problem} from './report.js'

export type AskReading =
  | {readonly ok: true; readonly ask: readonly string[]}
  | {readonly ok: false; readonly problems: Problem[]}

/** Read `ask="input recurrent"`: the quantities each option gives, in order. */
export function readAsk(value: string | undefined, breakdown: Breakdown, node: Node): AskReading {
  const written = listWords(value ?? '')
  const names = written.map(({word}) => word.toLowerCase())
  if (names.length === 0) {
    return {
      ok: false,
      problems: [
        {
          ruleId: 'missing-ask',
          reason:
            'A quiz needs `ask`: the quantities each option gives, in order, such as `ask=total` or `ask="input recurrent"`.',
          node
        }
      ]
    }
  }

  const problems: Problem[] = []
  for (const [index, {word, span}] of written.entries()) {
    const name = names[index] as string
    if (quantityOf(breakdown, name) === undefined) {
      const suggestion = closest(name, quantityNames(breakdown))
      problems.push({
        ruleId: 'unknown-quantity',
        at: {attribute: 'ask', part: 'value', span, read: value},
        // Quoted as written (`ASK`), though names are read in any case.
        reason: `\`ask\` names ${quote(word)}, which is not a quantity of this network.${didYouMean(suggestion)}`,
        node,
        expected: suggestion ? [suggestion] : undefined
      })
    }
  }

  return problems.length > 0 ? {ok: false, problems} : {ok: true, ask: names}
}
