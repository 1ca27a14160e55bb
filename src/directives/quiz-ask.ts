import type {Node} from 'unist'
import type {Breakdown} from '../core/index.js'
import {quantityNames, quantityOf} from '../core/index.js'
import type {AskReading} from './ask-words.js'
import {readAskWords} from './ask-words.js'

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
