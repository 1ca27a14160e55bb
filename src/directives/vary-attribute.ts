import type {ExplorerChoice} from '../core/index.js'
import {closest, didYouMean, explorerChoices, quote} from '../core/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {DirectivePlaces} from './places.js'
import {placesOf} from './places.js'
import type {Problem} from './report.js'

/** An explorer's `vary=…`: the choices students may change, and the directive without it for the shared checks. */
export interface Vary {
  readonly choices: readonly ExplorerChoice[]
  readonly problems: readonly Problem[]
  /** The directive as the network's checks read it: `vary` is the explorer's own. */
  readonly node: DirectiveLike
}

/**
 * Read `vary="cell framework bidirectional merge"` (spaces or commas): each
 * word once, in the order the page lists the controls. A word that is none
 * of them is an `invalid-choice` at that word.
 */
export function readVary(node: DirectiveLike): Vary {
  const written = node.attributes?.vary
  if (written === undefined) return {choices: [], problems: [], node}
  const text = String(written)
  const problems: Problem[] = []
  const seen = new Set<ExplorerChoice>()
  for (const match of text.matchAll(/[^\s,]+/g)) {
    const word = match[0].toLowerCase()
    if ((explorerChoices as readonly string[]).includes(word)) seen.add(word as ExplorerChoice)
    else {
      const suggestion = closest(word, [...explorerChoices])
      problems.push({
        ruleId: 'invalid-choice',
        reason: `\`vary\` lists what students may change besides the sizes: ${explorerChoices.map(quote).join(', ')}, not ${quote(match[0])}.${didYouMean(suggestion, quote)}`,
        at: {
          attribute: 'vary',
          part: 'value',
          span: [match.index, match.index + match[0].length],
          read: text
        },
        node,
        expected: suggestion ? [suggestion] : undefined
      })
    }
  }

  const {vary: _, ...attributes} = node.attributes ?? {}
  const places = placesOf(node)
  const without: DirectiveLike = {
    ...node,
    attributes,
    ...(places
      ? {
          data: {
            ...node.data,
            rnnPlaces: {
              ...places,
              attributes: places.attributes.filter((place) => place.name !== 'vary')
            } as DirectivePlaces
          }
        }
      : {})
  }
  return {choices: explorerChoices.filter((choice) => seen.has(choice)), problems, node: without}
}
