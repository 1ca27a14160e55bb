import {closest, didYouMean, quote} from '../core/index.js'
import type {SolutionPart} from '../render/index.js'
import {solutionParts} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {Settings} from './options.js'
import type {Span} from './places.js'
import {listWords} from './places.js'
import type {Problem} from './report.js'

export type ShowReading =
  | {readonly ok: true; readonly parts: readonly SolutionPart[]}
  | {
      readonly ok: false
      readonly reason: string
      readonly suggestion?: string | undefined
      /** The word that is not a part, as offsets in the value. */
      readonly span?: Span | undefined
    }

/** Read `show=table,derivation` (commas or spaces); absent means the site default. */
function readShow(value: string | undefined, fallback: readonly SolutionPart[]): ShowReading {
  if (value === undefined) return {ok: true, parts: fallback}
  const written = listWords(value)
  const words = written.map(({word}) => word)
  if (words.length === 0) {
    return {
      ok: false,
      reason: `\`show\` needs one or more of ${solutionParts.map((part) => `\`${part}\``).join(', ')}.`
    }
  }

  for (const {word, span} of written) {
    if (!(solutionParts as readonly string[]).includes(word)) {
      const suggestion = closest(word, solutionParts)
      return {
        ok: false,
        span,
        reason: `\`show\` lists ${quote(word)}, which is not one of ${solutionParts.map((part) => `\`${part}\``).join(', ')}.${didYouMean(suggestion)}`,
        suggestion
      }
    }
  }

  return {ok: true, parts: words as SolutionPart[]}
}

/** The parts a directive's solution shows (`show=…`, or the site default), and the problem with `show`. */
export function showOf(
  node: DirectiveLike,
  settings: Settings
): {parts: readonly SolutionPart[]; problems: Problem[]} {
  const value = node.attributes?.show ?? undefined
  const show = readShow(value, settings.parts)
  if (show.ok) return {parts: show.parts, problems: []}
  const expected = show.suggestion ? [show.suggestion] : undefined
  const at = {attribute: 'show', part: 'value', span: show.span, read: value} as const
  return {
    parts: settings.parts,
    problems: [{ruleId: 'invalid-show', reason: show.reason, node, expected, at}]
  }
}

/**
 * `show` on a directive whose content is model code: `code` is the one part
 * it cannot show (the author's code is already on the page).
 */
export function codeShowProblems(node: DirectiveLike): Problem[] {
  const value = node.attributes?.show ?? undefined
  if (value === undefined) return []
  const shown = solutionParts.filter((part) => part !== 'code')
  return listWords(value)
    .filter(({word}) => word === 'code')
    .map(({span}) => ({
      ruleId: 'invalid-show' as const,
      reason: `\`show\` lists \`code\`, but this directive's content is already the model's code; a model read from code shows ${shown.map((part) => `\`${part}\``).join(', ')}.`,
      node,
      at: {attribute: 'show', part: 'value', span, read: value} as const
    }))
}
