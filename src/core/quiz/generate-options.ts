import type {Breakdown} from '../breakdown.js'
import {hashText} from '../variants/seeded-random.js'
import type {MistakeKind, MistakenAnswer, OptionVerdict} from './check-quiz.js'
import {answerValues, byLikelihood, mistakenAnswers, sameValues} from './check-quiz.js'
import {mistakes} from './mistakes.js'

/** A generated question: the options in order and the 0-based index of the right one. */
export interface GeneratedOptions {
  readonly options: readonly OptionVerdict[]
  readonly key: number
}

/**
 * The directive's network and question as text to seed the order. Shape-only
 * attributes are left out, and `vocab`, `merge`, a decoder and several dense
 * layers only count when set, so quizzes written before they existed keep
 * their order (one dense layer is written as the number it was).
 */
function seedText(breakdown: Breakdown, ask: readonly string[]): string {
  const {
    vocab,
    merge,
    decoder,
    outputs,
    returnSequences: _sequences,
    timesteps: _timesteps,
    ...rest
  } = breakdown.description
  const {inputs, units, ...after} = rest
  const counted = {
    inputs,
    units,
    outputs: outputs.length > 1 ? outputs : (outputs[0] ?? 0),
    ...after,
    ...(merge === 'concat' ? {} : {merge}),
    ...(decoder === null ? {} : {decoder})
  }
  return JSON.stringify([vocab > 0 ? {...counted, vocab} : counted, ask])
}

/**
 * Further distractors, in this order: the right numbers doubled, plus the
 * units h, minus h, tripled, then plus 1, 2, 3, … (which always ends with
 * enough distinct values).
 */
function* nearMisses(right: readonly number[], units: number): Generator<number[]> {
  yield right.map((value) => value * 2)
  yield right.map((value) => value + units)
  yield right.map((value) => value - units)
  yield right.map((value) => value * 3)
  for (let step = 1; ; step++) yield right.map((value) => value + step)
}

/**
 * The mistakes about a part only some networks have (an embedding, hidden
 * dense layers, a merge mode, a decoder) before the common ones, so the
 * options of such a network test what is particular to it.
 */
function featuresFirst(answers: readonly MistakenAnswer[]): MistakenAnswer[] {
  const particular = (answer: MistakenAnswer) =>
    mistakes.find((mistake) => mistake.id === answer.mistake)?.about !== undefined
  return [...answers.filter(particular), ...answers.filter((answer) => !particular(answer))]
}

/**
 * The right answer and three distractors, each a typical mistake (or,
 * where those collide, a near miss) with values distinct from the others
 * and from the right ones, placed in an order
 * that depends only on the network and the question.
 */
export function generateOptions(breakdown: Breakdown, ask: readonly string[]): GeneratedOptions {
  const right = answerValues(breakdown, ask)
  const distractors: Array<OptionVerdict & {mistakes: MistakeKind[]}> = []
  const taken = [right]
  const consider = (values: readonly number[], mistake: MistakeKind) => {
    const same = distractors.find((other) => sameValues(other.values, values))
    // Two mistakes give these numbers: the option is explained by the likelier.
    if (same) same.mistakes = byLikelihood([...same.mistakes, mistake]).slice(0, 1)
    if (same || distractors.length >= 3) return
    if (values.some((value) => value <= 0)) return
    if (taken.some((other) => sameValues(other, values))) return
    taken.push([...values])
    distractors.push({values, correct: false, mistakes: [mistake]})
  }

  for (const {mistake, values} of featuresFirst(mistakenAnswers(breakdown, ask))) {
    consider(values, mistake)
  }
  // Small networks make mistakes collide (or impossible); a question still
  // gets four options, from near misses that are no named mistake.
  for (const values of nearMisses(right, breakdown.description.units[0] ?? 1)) {
    if (distractors.length >= 3) break
    if (values.some((value) => value <= 0)) continue
    if (taken.some((other) => sameValues(other, values))) continue
    taken.push([...values])
    distractors.push({values, correct: false, mistakes: []})
  }

  // A stable seed from the directive's own text, so builds are reproducible.
  let seed = hashText(seedText(breakdown, ask))
  const key = seed % (distractors.length + 1)
  // Shuffle the distractors deterministically (Fisher–Yates on a seeded LCG).
  const options: OptionVerdict[] = [...distractors]
  for (let index = options.length - 1; index > 0; index--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
    const pick = seed % (index + 1)
    ;[options[index], options[pick]] = [
      options[pick] as OptionVerdict,
      options[index] as OptionVerdict
    ]
  }

  options.splice(key, 0, {values: right, correct: true, mistakes: []})
  return {options, key}
}
