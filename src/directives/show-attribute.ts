import {closest, didYouMean, quote} from '../core/index.js'
import type {SolutionPart} from '../render/index.js'
import {solutionParts} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {Settings} from './options.js'
import type {Problem} from './report.js'

export type ShowReading =
  | {readonly ok: true; readonly parts: readonly SolutionPart[]}
  | {readonly ok: false; readonly reason: string; readonly suggestion?: string | undefined}

/** Read `show=table,derivation` (commas or spaces); absent means the site default. */
function readShow(value: string | undefined, fallback: readonly SolutionPart[]): ShowReading {
  if (value === undefined) return {ok: true, parts: fallback}
  const words = value.split(/[\s,]+/).filter(Boolean)
  if (words.length === 0) {
    return {
      ok: false,
      reason: `\`show\` needs one or more of ${solutionParts.map((part) => `\`${part}\``).join(', ')}.`
    }
  }

  for (const word of words) {
    if (!(solutionParts as readonly string[]).includes(word)) {
      const suggestion = closest(word, solutionParts)
      return {
        ok: false,
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
  const show = readShow(node.attributes?.show ?? undefined, settings.parts)
  if (show.ok) return {parts: show.parts, problems: []}
  const expected = show.suggestion ? [show.suggestion] : undefined
  return {
    parts: settings.parts,
    problems: [{ruleId: 'invalid-show', reason: show.reason, node, expected, attribute: 'show'}]
  }
}
