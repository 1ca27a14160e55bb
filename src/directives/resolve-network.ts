import type {Breakdown, DescriptionProblem} from '../core/index.js'
import {analyseDescription, closest, didYouMean, quote} from '../core/index.js'
import type {DirectiveLike, SplitAttributes} from './directive-attributes.js'
import {ownAttributes, splitAttributes} from './directive-attributes.js'
import type {ModelRegistry} from './models.js'
import {brokenModelProblem, duplicateModelProblem} from './models.js'
import type {Settings} from './options.js'
import type {ProblemTarget} from './places.js'
import type {Problem} from './report.js'

/** What text a description problem is about: a name, a value (or one entry of it), a whole attribute, or none (the directive). */
function descriptionTarget(
  problem: DescriptionProblem,
  read: Readonly<Record<string, string>>
): ProblemTarget | undefined {
  const attribute = problem.attribute
  if (attribute === undefined) return undefined
  if (problem.ruleId === 'missing-attribute' || problem.ruleId === 'too-many-parameters')
    return undefined
  if (problem.ruleId === 'unknown-attribute') return {attribute, part: 'name'}
  if (problem.ruleId === 'conflicting-options') return {attribute, part: 'attribute'}
  return {attribute, part: 'value', span: problem.span, read: read[attribute]}
}

export type Resolution =
  | {readonly ok: true; readonly breakdown: Breakdown; readonly attributes: SplitAttributes}
  | {readonly ok: false; readonly problems: readonly Problem[]}

/**
 * The network a directive describes: its own attributes over those of the
 * model it names, with the site's default framework, counted by the core.
 * A directive with `id=…` is registered for later ones to name.
 */
export function resolveNetwork(
  node: DirectiveLike,
  models: ModelRegistry,
  settings: Settings
): Resolution {
  const attributes = splitAttributes(node)
  const problems: Problem[] = []
  let inherited: Readonly<Record<string, string>> = {}

  if (attributes.model !== undefined) {
    const named = models.get(attributes.model)
    if (named?.broken)
      return {ok: false, problems: [brokenModelProblem(attributes.model, named, node)]}
    if (named?.code) {
      named.used = true
      problems.push({
        ruleId: 'unknown-model',
        at: {attribute: 'model', part: 'value'},
        reason: `${quote(attributes.model)} is a model read from code: inline quantities can name it (\`:rnn[total]{model=${attributes.model}}\`), a network description cannot build on it.`,
        node
      })
      return {ok: false, problems}
    }
    if (named) {
      named.used = true
      inherited = named.attributes
    } else {
      const suggestion = closest(attributes.model, [...models.keys()])
      const known =
        models.size > 0
          ? ` Models defined before this line: ${[...models.keys()].map(quote).join(', ')}.`
          : ' Define it first with `id=…` on an earlier rnn directive.'
      problems.push({
        ruleId: 'unknown-model',
        at: {attribute: 'model', part: 'value'},
        reason: `No model named ${quote(attributes.model)} is defined earlier in this file.${didYouMean(suggestion, quote) || known}`,
        node,
        expected: suggestion ? [suggestion] : undefined
      })
      return {ok: false, problems}
    }
  }

  const merged = {framework: settings.framework, ...inherited, ...attributes.description}
  const analysis = analyseDescription(merged, {otherAttributes: ownAttributes})
  if (!analysis.ok) {
    for (const problem of analysis.problems) {
      problems.push({
        ruleId: problem.ruleId,
        reason: problem.message,
        attribute: problem.attribute,
        at: descriptionTarget(problem, merged),
        node,
        expected: problem.suggestion ? [problem.suggestion] : undefined
      })
    }

    return {ok: false, problems}
  }

  if (attributes.id !== undefined && attributes.id !== '') {
    const first = models.get(attributes.id)
    if (first && !first.broken)
      return {ok: false, problems: [duplicateModelProblem(attributes.id, first, node)]}

    models.set(attributes.id, {
      attributes: {...inherited, ...attributes.description},
      node,
      used: false
    })
  }

  return {ok: true, breakdown: analysis.breakdown, attributes}
}
