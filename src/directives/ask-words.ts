import type {Node} from 'unist'
import type {Breakdown} from '../core/index.js'
import {closest, didYouMean, quantityNames, quantityOf, quote} from '../core/index.js'
import {listWords} from './places.js'
import type {Problem} from './report.js'

export type AskReading =
  | {readonly ok: true; readonly ask: readonly string[]}
  | {readonly ok: false; readonly problems: Problem[]}

/** The quantities a model answers to, as `ask` reads them. */
export interface AskQuantities {
  /** The name a written word stands for (a network's quantities in any case, a layer as the code spells it). */
  readonly name: (word: string) => string
  /** Whether the model has a quantity of that name. */
  readonly has: (name: string) => boolean
  /** Every name it has, for a suggestion. */
  readonly names: () => readonly string[]
  /** Why a quiz without `ask` cannot be asked. */
  readonly missing: string
  /** Why a word is not one of them (`\`ask\` names "x", which is …`), before the suggestion. */
  readonly unknown: (quoted: string) => string
}

/**
 * Read `ask="input recurrent"` against a model's quantities: the names in
 * order, or a problem at each word it does not have (with the closest name).
 */
export function readAskWords(
  value: string | undefined,
  quantities: AskQuantities,
  node: Node
): AskReading {
  const written = listWords(value ?? '')
  if (written.length === 0)
    return {ok: false, problems: [{ruleId: 'missing-ask', reason: quantities.missing, node}]}
  const ask = written.map(({word}) => quantities.name(word))
  const problems = written.flatMap(({word, span}, index): Problem[] => {
    if (quantities.has(ask[index] as string)) return []
    const suggestion = closest(ask[index] as string, quantities.names())
    return [
      {
        ruleId: 'unknown-quantity',
        at: {attribute: 'ask', part: 'value', span, read: value},
        // Quoted as written (`ASK`), though a network's names are read in any case.
        reason: `${quantities.unknown(quote(word))}${didYouMean(suggestion)}`,
        node,
        expected: suggestion ? [suggestion] : undefined
      }
    ]
  })
  return problems.length > 0 ? {ok: false, problems} : {ok: true, ask}
}

/** Read `ask="input recurrent"`: the quantities each option gives, in order. */
export function readAsk(value: string | undefined, breakdown: Breakdown, node: Node): AskReading {
  return readAskWords(
    value,
    {
      name: (word) => word.toLowerCase(),
      has: (name) => quantityOf(breakdown, name) !== undefined,
      names: () => quantityNames(breakdown),
      missing:
        'A quiz needs `ask`: the quantities each option gives, in order, such as `ask=total` or `ask="input recurrent"`.',
      unknown: (word) => `\`ask\` names ${word}, which is not a quantity of this network.`
    },
    node
  )
}
