import {
  closest,
  didYouMean,
  groupNames,
  quantityNames,
  quantityOf,
  quote,
  trimmedSpan
} from '../core/index.js'
import {formatCount} from '../render/index.js'
import {codeGroupNames, codeQuantityNames, codeQuantityOf} from './code-quantity.js'
import type {DirectiveLike} from './directive-attributes.js'
import {splitAttributes} from './directive-attributes.js'
import type {Resolved} from './directive-record.js'
import type {ModelRegistry, NamedModel} from './models.js'
import {noteBrokenModel} from './models.js'
import type {Settings} from './options.js'
import type {Span} from './places.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import {readStatedNumber} from './stated-number.js'

/** A label's parts, with where each stands in the label (offsets), for problems about one of them. */
interface Label {
  readonly name: string
  readonly nameSpan: Span
  readonly stated?: string
  readonly statedSpan?: Span
}

/** The trimmed text of `label` from `from` to `to`, and where it stands. */
function trimmedPart(label: string, from: number, to: number): {text: string; span: Span} {
  const part = label.slice(from, to)
  return {text: part.trim(), span: trimmedSpan(part, from)}
}

/** `total`, or `total=68` when the author states the number for the build to check. */
export function readLabel(label: string): Label {
  const at = label.indexOf('=')
  const name = trimmedPart(label, 0, at === -1 ? label.length : at)
  const named = {name: name.text || 'total', nameSpan: name.span}
  if (at === -1) return named
  const stated = trimmedPart(label, at + 1, label.length)
  return {...named, stated: stated.text, statedSpan: stated.span}
}

/**
 * The count written the way the author wrote the wrong one (a number the
 * plugin read): grouped with the same mark (`1,234`, `1 234`) when theirs
 * was, plain digits otherwise.
 */
function countLike(stated: string, count: number): string {
  const separator = /^\d{1,3}(\D+)\d{3}/.exec(stated)?.[1]
  return formatCount(count, {thousandsSeparator: separator ?? ''})
}

/** A number for the prose, or the problems that keep the inline form as written. */
export type InlineNumber =
  | {
      readonly ok: true
      /** The count, formatted for the page. */
      readonly text: string
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
      readonly resolved: Resolved
    }
  | {readonly ok: false; readonly problems: Problem[]; readonly resolved?: Resolved}

/** Where an inline directive's numbers come from: a network counted from its attributes, or a model read from code. */
type QuantitySource =
  | {
      readonly ok: true
      readonly count: (name: string) => number | undefined
      readonly names: readonly string[]
      readonly kind: string
      /** What it can name, for an unknown quantity. */
      readonly hint: string
      readonly classes: readonly string[]
      readonly resolved: Resolved
    }
  | {readonly ok: false; readonly problems: readonly Problem[]}

function quantitySource(
  node: DirectiveLike,
  models: ModelRegistry,
  settings: Settings
): QuantitySource {
  const attributes = splitAttributes(node)
  const code = attributes.model === undefined ? undefined : models.get(attributes.model)?.code
  if (code) {
    ;(models.get(attributes.model as string) as NamedModel).used = true
    const names = codeQuantityNames(code)
    const layers = names.slice(codeGroupNames.length, codeGroupNames.length + 3)
    return {
      ok: true,
      count: (name) => codeQuantityOf(code, name),
      names,
      kind: 'model',
      hint: `Use \`total\`, \`trainable\`, \`non-trainable\` or a layer's name${layers.length > 0 ? ` (${layers.map((id) => `\`${id}\``).join(', ')}…)` : ''}.`,
      classes: attributes.classes,
      resolved: {code}
    }
  }
  const network = resolveNetwork(node, models, settings)
  if (!network.ok) return network
  const names = quantityNames(network.breakdown)
  return {
    ok: true,
    count: (name) => quantityOf(network.breakdown, name),
    names,
    kind: 'network',
    hint: `Use a group (\`total\`, \`embedding\`, \`input\`, \`recurrent\`, \`output\`, \`rnn\`) or a term id (${names
      .slice(groupNames.length, groupNames.length + 3)
      .map((id) => `\`${id}\``)
      .join(', ')}…).`,
    classes: network.attributes.classes,
    resolved: {breakdown: network.breakdown}
  }
}

/**
 * The quantity `label` names (`total`, `recurrent`, a term id; `total=68`
 * states the number, which must equal the count) of the network the
 * directive describes or names with `model=…`.
 */
export function countQuantity(
  node: DirectiveLike,
  label: string,
  models: ModelRegistry,
  settings: Settings
): InlineNumber {
  const source = quantitySource(node, models, settings)
  noteBrokenModel(node, models)
  if (!source.ok) return {ok: false, problems: [...source.problems]}
  const {resolved} = source
  const fail = (problems: Problem[]): InlineNumber => ({ok: false, problems, resolved})

  const {name, nameSpan, stated, statedSpan} = readLabel(label)
  const count = source.count(name)
  if (count === undefined) {
    const suggestion = closest(name, source.names)
    return fail([
      {
        ruleId: 'unknown-quantity',
        reason: `${quote(name)} is not a quantity of this ${source.kind}.${didYouMean(suggestion)} ${source.hint}`,
        node,
        at: {label: nameSpan, read: label},
        expected: suggestion ? [suggestion] : undefined
      }
    ])
  }

  if (stated !== undefined && statedSpan !== undefined) {
    const at = {label: statedSpan, read: label}
    const value = readStatedNumber(stated, settings.format.thousandsSeparator)
    if (value === undefined) {
      return fail([
        {
          ruleId: 'unreadable-number',
          reason: `${quote(stated)} is not a parameter count: write it with digits, grouped in thousands if you like (\`1,234\` or \`1 234\`). This network has ${formatCount(count, {thousandsSeparator: ','})} (${name}).`,
          pageReason: `${quote(stated)} is not a parameter count: write it with digits, grouped in thousands if you like (\`1,234\` or \`1 234\`).`,
          node,
          at,
          expected: [String(count)]
        }
      ])
    }

    if (value !== count) {
      return fail([
        {
          ruleId: 'wrong-number',
          reason: `The text says ${name} = ${quote(stated).slice(1, -1)}, but this network has ${formatCount(count, {thousandsSeparator: ','})} (${name}).`,
          pageReason: `The text says ${name} = ${quote(stated).slice(1, -1)}, which is not this network's count (the build log says which is).`,
          node,
          at,
          expected: [countLike(stated, count)]
        }
      ])
    }
  }

  return {ok: true, text: formatCount(count, settings.format), classes: source.classes, resolved}
}
