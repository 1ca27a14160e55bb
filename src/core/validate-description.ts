import type {AttributeRead} from './decoder-attributes.js'
import {
  flattenDecoder,
  handOverProblems,
  handOverWidths,
  present,
  readDecoder
} from './decoder-attributes.js'
import type {
  DescriptionAttribute,
  DescriptionInput,
  DescriptionValue,
  Merge,
  NetworkDescription
} from './description.js'
import {cells, descriptionAttributes, frameworks, merges} from './description.js'
import {conflicts} from './description-conflicts.js'
import type {DescriptionProblem} from './problem.js'
import {quote} from './problem.js'
import type {Reading} from './read-value.js'
import {
  readBoolean,
  readChoice,
  readDenseSizes,
  readInteger,
  readIntegerList
} from './read-value.js'
import {closest, didYouMean} from './suggest.js'

/**
 * Read `merge`. A word that is no typo of a mode (`max`) still gets a
 * suggestion, the default `concat`: Keras's Bidirectional has no other modes.
 */
export function readMerge(raw: DescriptionValue): Reading<Merge> {
  const reading = readChoice('merge', raw, merges)
  if (reading.ok || reading.problem.ruleId !== 'invalid-choice') return reading
  if (reading.problem.suggestion !== undefined) return reading
  return {
    ok: false,
    problem: {
      ...reading.problem,
      message: `${reading.problem.message} Keras's \`Bidirectional\` joins the two directions only by these.${didYouMean('concat', (mode) => `\`${mode}\` (the default)`)}`,
      suggestion: 'concat'
    }
  }
}

/** The outcome of validating a description: the network, or every problem. */
export type Validation =
  | {readonly ok: true; readonly description: NetworkDescription}
  | {readonly ok: false; readonly problems: readonly DescriptionProblem[]}

export interface ValidateOptions {
  /**
   * Names the caller handles itself (the plugin's `id`, `model`, `show`): they
   * are not reported as unknown and take part in "did you mean" suggestions.
   * @default []
   */
  readonly otherAttributes?: readonly string[]
}

/** `resetAfter` → `reset-after`, so API callers may use either spelling. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())
}

/**
 * Check a description as written and turn it into a `NetworkDescription`,
 * collecting every problem rather than stopping at the first, so an author
 * fixes a directive in one go.
 */
export function validateDescription(
  input: DescriptionInput,
  options: ValidateOptions = {}
): Validation {
  const problems: DescriptionProblem[] = []
  const given = new Map<DescriptionAttribute, DescriptionValue>()
  const other = options.otherAttributes ?? []
  const known: readonly string[] = descriptionAttributes

  const unknown: string[] = []
  for (const [rawName, value] of Object.entries(flattenDecoder(input))) {
    const name = kebab(rawName)
    if (known.includes(name)) given.set(name as DescriptionAttribute, value)
    else if (!other.includes(name)) unknown.push(rawName)
  }

  problems.push(...unknownAttributeProblems(unknown, [...known, ...other]))

  const unreadable = new Set<DescriptionAttribute>()

  const read: AttributeRead = (name, fallback, reader) => {
    const raw = given.get(name)
    if (raw === undefined || raw === null) return fallback
    const reading = reader(raw)
    if (reading.ok) return reading.value
    problems.push(reading.problem)
    unreadable.add(name)
    return fallback
  }

  for (const name of ['inputs', 'units'] as const) {
    const typo = problems.some((problem) => problem.suggestion === name)
    if (!typo && (given.get(name) === undefined || given.get(name) === null)) {
      problems.push({
        ruleId: 'missing-attribute',
        attribute: name,
        message: missingMessage(name, given.has('vocab'))
      })
    }
  }

  // Read in the vocabulary's order, so problems are listed as the attributes are.
  const inputs = read('inputs', 1, (raw) => readInteger('inputs', raw, 1))
  const units = read('units', [1], (raw) => readIntegerList('units', raw))
  const outputs = read('outputs', [], (raw) => readDenseSizes('outputs', raw))
  const cell = read('cell', 'rnn', (raw) => readChoice('cell', raw, cells))
  const framework = read('framework', 'keras', (raw) => readChoice('framework', raw, frameworks))
  const bidirectional = read('bidirectional', false, (raw) => readBoolean('bidirectional', raw))
  const description: NetworkDescription = {
    inputs,
    units,
    outputs,
    cell,
    framework,
    bidirectional,
    merge: read('merge', 'concat', readMerge),
    decoder: readDecoder(given, read, handOverWidths(units, bidirectional), problems),
    bias: read('bias', true, (raw) => readBoolean('bias', raw)),
    resetAfter: read('reset-after', true, (raw) => readBoolean('reset-after', raw)),
    projSize: read('proj-size', 0, (raw) => readInteger('proj-size', raw, 0)),
    vocab: read('vocab', 0, (raw) => readInteger('vocab', raw, 0)),
    returnSequences: read('return-sequences', false, (raw) => readBoolean('return-sequences', raw)),
    timesteps: read<number | null>('timesteps', null, (raw) => readInteger('timesteps', raw, 1))
  }

  // A conflict is only worth reporting between values that were read.
  if (!unreadable.has('cell') && !unreadable.has('framework')) {
    problems.push(...conflicts(description, given, unreadable))
  }

  // The hand-over is only checked against an encoder that was read.
  const encoderRead = ['units', 'bidirectional'].every(
    (name) => !unreadable.has(name as DescriptionAttribute)
  )
  if (encoderRead && present(given.get('units'))) {
    problems.push(...handOverProblems(description))
  }

  return problems.length === 0 ? {ok: true, description} : {ok: false, problems}
}

/** Unknown attributes reported one by one; the rest of a long list in one message (docs/limits.md). */
export const unknownAttributeLimit = 20

/** One problem per unknown name (with the name it is a typo of), up to `unknownAttributeLimit`, then how many more. */
function unknownAttributeProblems(
  unknown: readonly string[],
  names: readonly string[]
): DescriptionProblem[] {
  const problems: DescriptionProblem[] = unknown.slice(0, unknownAttributeLimit).map((rawName) => {
    const suggestion = closest(kebab(rawName), names)
    return {
      ruleId: 'unknown-attribute',
      attribute: rawName,
      message: `Unknown attribute ${quote(rawName)}.${didYouMean(suggestion)}`,
      ...(suggestion === undefined ? {} : {suggestion})
    }
  })
  const first = unknown[unknownAttributeLimit]
  if (first !== undefined) {
    const more = unknown.length - unknownAttributeLimit
    problems.push({
      ruleId: 'unknown-attribute',
      attribute: first,
      message: `And ${more} more unknown attributes from ${quote(first)} on; only the first ${unknownAttributeLimit} are listed one by one.`
    })
  }

  return problems
}

/** What to write for a missing size; with `vocab`, `inputs` is the Embedding's width. */
function missingMessage(name: 'inputs' | 'units', embedding: boolean): string {
  if (name === 'inputs' && embedding) {
    return "Missing `inputs`: with `vocab`, say how wide each word's Embedding vector is, such as `inputs=32`."
  }

  return `Missing \`${name}\`: say how many ${name === 'inputs' ? 'input features' : 'hidden units'} the network has, such as \`${name}=${name === 'inputs' ? 4 : 5}\`.`
}
