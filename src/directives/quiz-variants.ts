import type {Breakdown, RangedAttribute} from '../core/index.js'
import {analyseDescription, boundSizes, drawSizes, readRanges, seededRandom} from '../core/index.js'
import type {SplitAttributes} from './directive-attributes.js'
import {ownAttributes, splitAttributes} from './directive-attributes.js'
import type {Resolved} from './directive-record.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {CheckedQuiz, QuizNode} from './quiz-check.js'
import {checkQuiz} from './quiz-check.js'
import {fillQuizPlaceholders} from './quiz-placeholders.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'
import type {RuleId} from './rules.js'

export type {
  CheckedQuiz,
  ChoiceQuiz,
  NumberMistake,
  NumberQuiz,
  QuizNode,
  QuizType
} from './quiz-check.js'

/** Where a variant comes from: its drawn sizes (none without ranges), network and attributes. */
export interface VariantOrigin {
  readonly sizes: Readonly<Record<string, string>>
  readonly breakdown: Breakdown
  readonly attributes: SplitAttributes
}

/** One variant of a quiz: where it comes from and its checked quiz (narrow on `type`). */
export type QuizVariant = CheckedQuiz & VariantOrigin

/** The variants drawn, or why none is; with what the shown one (or the only one) resolved, for editors. */
export type VariantDraw =
  | {
      readonly ok: true
      readonly variants: readonly QuizVariant[]
      readonly resolved: Resolved | undefined
    }
  | {readonly ok: false; readonly problems: Problem[]; readonly resolved?: Resolved | undefined}

/** Draws per variant before a range is declared unable to give a valid quiz. */
const attemptsPerVariant = 100

// Problems that depend on the drawn sizes: another draw may not have them.
const drawDependent: ReadonlySet<RuleId> = new Set<RuleId>([
  'no-correct-option',
  'several-correct-options',
  'wrong-key',
  'duplicate-options',
  'conflicting-options',
  'too-many-parameters'
])

// Attributes that change how a quiz looks, not what it asks: they leave its draws alone.
const presentation: ReadonlySet<string> = new Set(['seed', 'show', 'class', 'remember'])

/** The quiz as written, presentation aside: what tells one quiz's draws from another's. */
function quizIdentity(node: QuizNode): string {
  const entries = Object.entries(node.attributes ?? {}).filter(([name]) => !presentation.has(name))
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** A range whose ends break the description's limits (`inputs=0..4`) is wrong for every draw that reaches them. */
function boundProblems(
  node: QuizNode,
  ranged: readonly RangedAttribute[],
  description: Readonly<Record<string, string>>
): Problem[] {
  const problems: Problem[] = []
  const names = new Set(ranged.map((range) => range.name))
  for (const end of ['min', 'max'] as const) {
    const analysis = analyseDescription(
      {...description, ...boundSizes(ranged, end)},
      {otherAttributes: ownAttributes}
    )
    if (analysis.ok) continue
    for (const problem of analysis.problems) {
      if (problem.ruleId !== 'out-of-range' || !names.has(problem.attribute ?? '')) continue
      if (problems.some((known) => known.reason.endsWith(problem.message))) continue
      problems.push({
        ruleId: 'invalid-range',
        reason: `The range of \`${problem.attribute}\` reaches a size that is not allowed: ${problem.message}`,
        node,
        at: {attribute: problem.attribute ?? '', part: 'value'}
      })
    }
  }

  return problems
}

type Attempt =
  | {ok: true; variant: QuizVariant; models: ModelRegistry; resolved: Resolved}
  | {
      ok: false
      problems: Problem[]
      models?: ModelRegistry | undefined
      resolved?: Resolved | undefined
    }

/** Resolve, fill in and check one draw of the quiz. */
function attempt(
  node: QuizNode,
  sizes: Record<string, string>,
  models: ModelRegistry,
  settings: Settings
): Attempt {
  const trial: ModelRegistry = new Map(models)
  const sized: QuizNode = {...node, attributes: {...node.attributes, ...sizes}}
  const network = resolveNetwork(sized, trial, settings)
  if (!network.ok) return {ok: false, problems: [...network.problems]}

  // A network that counts defines its model even when the quiz around it is wrong.
  const filled = fillQuizPlaceholders<QuizNode['children'][number]>(
    node.children,
    network.breakdown,
    settings.format
  )
  const {breakdown} = network
  if (!filled.ok) return {...filled, models: trial, resolved: {breakdown}}
  const concrete = {...sized, children: filled.nodes} as QuizNode
  const checked = checkQuiz(concrete, breakdown, network.attributes, settings)
  const resolved = {breakdown, quiz: checked.verdict}
  if (!checked.ok) return {ok: false, problems: checked.problems, models: trial, resolved}
  return {
    ok: true,
    variant: {...checked.quiz, sizes, breakdown, attributes: network.attributes},
    models: trial,
    resolved
  }
}

function sizesText(sizes: Readonly<Record<string, string>>): string {
  return Object.entries(sizes)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')
}

/**
 * The variants of a quiz: without ranges, the quiz itself; with ranges, as
 * many as `settings.variants` asks (fewer when the ranges hold fewer), each
 * drawn from the seed and redrawn until it has exactly one right option and
 * distinct options. The first is the one the page shows; only it registers
 * the quiz's `id` as a model. Each draw is checked by quiz-check.ts.
 */
export function drawQuizVariants({
  node,
  models,
  settings
}: {
  /** The quiz as written, in either syntax. */
  readonly node: QuizNode
  /** The file's models so far; the shown variant adds the quiz's `id`. */
  readonly models: ModelRegistry
  readonly settings: Settings
}): VariantDraw {
  const attributes = splitAttributes(node)
  const reading = readRanges(attributes.description)
  if (!reading.ok)
    return {
      ok: false,
      problems: reading.problems.map(({message, attribute, span}) => ({
        ruleId: 'invalid-range',
        reason: message,
        node,
        attribute,
        at: {attribute, part: 'value', span, read: attributes.description[attribute]}
      }))
    }
  const ranged = reading.ranged

  if (ranged.length === 0) {
    const single = attempt(node, {}, models, settings)
    if (single.models) copyModel(attributes, single.models, models)
    return single.ok
      ? {ok: true, variants: [single.variant], resolved: single.resolved}
      : {ok: false, problems: single.problems, resolved: single.resolved}
  }

  const bounds = boundProblems(node, ranged, attributes.description)
  if (bounds.length > 0) return {ok: false, problems: bounds}

  const seed = attributes.seed ?? settings.seed
  const identity = quizIdentity(node)
  const variants: QuizVariant[] = []
  let shown: Resolved | undefined
  const drawn = new Set<string>()
  let rejected: {sizes: Record<string, string>; problems: Problem[]} | undefined

  for (let index = 0; index < settings.variants; index++) {
    let found: QuizVariant | undefined
    for (let draw = 0; draw < attemptsPerVariant && !found; draw++) {
      const sizes = drawSizes(ranged, seededRandom(seed, identity, String(index), String(draw)))
      if (drawn.has(sizesText(sizes))) continue
      const result = attempt(node, sizes, models, settings)
      if (result.ok) {
        found = result.variant
        if (index === 0) {
          copyModel(attributes, result.models, models)
          shown = result.resolved
        }
      } else if (result.problems.every((problem) => drawDependent.has(problem.ruleId))) {
        rejected ??= {sizes, problems: result.problems}
      } else {
        return {ok: false, problems: result.problems}
      }
    }

    if (!found) break
    drawn.add(sizesText(found.sizes))
    variants.push(found)
  }

  if (variants.length > 0) return {ok: true, variants, resolved: shown}
  const example = rejected
    ? ` With ${sizesText(rejected.sizes)}: ${rejected.problems[0]?.reason ?? ''}`
    : ''
  return {
    ok: false,
    problems: [
      {
        ruleId: 'no-valid-variant',
        reason: `No variant drawn from these ranges (${attemptsPerVariant} draws) gives a quiz with exactly one right option and distinct options; narrow the ranges or change the options.${example}`,
        pageReason: `No variant drawn from these ranges (${attemptsPerVariant} draws) gives a quiz with exactly one right option and distinct options; narrow the ranges or change the options.`,
        node
      }
    ]
  }
}

/** The shown variant defines the quiz's `id` model for later directives. */
function copyModel(attributes: SplitAttributes, trial: ModelRegistry, models: ModelRegistry): void {
  const model = attributes.id ? trial.get(attributes.id) : undefined
  if (attributes.id && model && !models.has(attributes.id)) models.set(attributes.id, model)
}
