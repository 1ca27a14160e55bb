import type {BlockContent, PhrasingContent, RootContent} from 'mdast'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {generateOptions} from '../core/index.js'
import type {RnnBlock, SolutionPart} from '../render/index.js'
import {fillTemplate, formatValues, presentSolution, quizOptionList, quizSolutionContent} from '../render/index.js'
import type {DirectiveLike} from './directive-attributes.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import type {QuizBody} from './quiz-options.js'
import {optionList, readKey, readOptions} from './quiz-options.js'
import {readAsk} from './quiz-ask.js'
import {judgeQuiz} from './quiz-verdict.js'
import type {Problem} from './report.js'
import {resolveNetwork} from './resolve-network.js'

interface QuizContent {
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  readonly verdicts: readonly OptionVerdict[]
}

/** The author's options checked against the count, or generated ones when there are none. */
function quizContent(
  node: DirectiveLike,
  body: QuizBody,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): {ok: true; content: QuizContent} | {ok: false; problems: Problem[]} {
  const reading = readOptions(body, ask.length)
  if (!reading.ok) return reading
  if (reading.options.length === 0) {
    if (answer !== undefined || reading.list) {
      return {ok: false, problems: [{ruleId: 'missing-options', reason: 'This quiz has an `answer` but no options: list them inside the container (`- 12, 20`), or leave out `answer` to have options generated.', node}]}
    }

    const generated = generateOptions(breakdown, ask)
    const options = generated.options.map((verdict): PhrasingContent[] => [{type: 'text', value: formatValues(verdict.values, settings.format)}])
    return {ok: true, content: {options, verdicts: generated.options}}
  }

  const key = answer === undefined ? undefined : readKey(answer)
  if (key === undefined || key >= reading.options.length) {
    const reason =
      answer === undefined
        ? 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
        : key === undefined
          ? `\`answer=${answer}\` is not a key: use a letter (\`answer=B\`) or a number from 1 (\`answer=2\`).`
          : `\`answer=${answer}\` points beyond the ${reading.options.length} options.`
    return {ok: false, problems: [{ruleId: 'invalid-key', reason, node}]}
  }

  const judged = judgeQuiz(breakdown, ask, reading.options.map((option) => option.values), key, node)
  if (judged.problems.length > 0) return {ok: false, problems: judged.problems}
  return {ok: true, content: {options: reading.options.map((option) => option.content), verdicts: judged.verdicts}}
}

/** The question: the author's text without the option list, or a generated sentence. */
function questionContent(body: QuizBody, breakdown: Breakdown, ask: readonly string[], settings: Settings): BlockContent[] {
  const list = optionList(body)
  const authored = body.children.filter((child: RootContent) => child !== list)
  if (authored.length > 0) return authored as BlockContent[]
  const {description: d} = breakdown
  const strings = settings.strings
  const text = fillTemplate(strings.quizQuestion, {
    cell: (d.bidirectional ? `${strings.bidirectional} ` : '') + strings.cells[d.cell],
    framework: d.framework === 'keras' ? 'Keras' : 'PyTorch',
    inputs: String(d.inputs),
    units: d.units.length > 1 ? `${d.units.slice(0, -1).join(', ')} ${strings.and} ${d.units.at(-1)}` : String(d.units[0]),
    outputs: String(d.outputs),
    quantities: ask.map((name) => strings.groups[name as keyof typeof strings.groups] ?? name).join(', ')
  })
  // Without the vocabulary the question could not be answered.
  const embedding = d.vocab > 0 ? fillTemplate(strings.quizEmbedding, {vocab: String(d.vocab), inputs: String(d.inputs)}) + ' ' : ''
  return [{type: 'paragraph', children: [{type: 'text', value: embedding + text}]}]
}

/** A quiz ready to show, or the problems that keep it as written. */
export type QuizBuild =
  | {
      readonly ok: true
      /** The question, the lettered options, and the answer as the `solutions` option says. */
      readonly content: Array<BlockContent | RnnBlock>
      /** `class=…` of the directive. */
      readonly classes: readonly string[]
    }
  | {readonly ok: false; readonly problems: Problem[]}

/**
 * Build a quiz from its attributes (`ask`, `answer`, the network) and its
 * content (question, option list): the key is checked against the counting
 * core, options are generated when none are listed. Syntax-neutral: `body`
 * is a container's children in either syntax, without the opening line.
 */
export function buildQuiz(
  node: DirectiveLike,
  body: QuizBody,
  parts: readonly SolutionPart[],
  models: ModelRegistry,
  settings: Settings
): QuizBuild {
  const network = resolveNetwork(node, models, settings)
  if (!network.ok) return {ok: false, problems: [...network.problems]}
  const {breakdown, attributes} = network
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return asked

  const quiz = quizContent(node, body, breakdown, asked.ask, attributes.answer, settings)
  if (!quiz.ok) return quiz

  const solution =
    settings.mode === 'hide' ? [] : quizSolutionContent(breakdown, asked.ask, quiz.content.verdicts, {...settings, parts})
  return {
    ok: true,
    content: [
      ...questionContent(body, breakdown, asked.ask, settings),
      quizOptionList(quiz.content.options),
      ...presentSolution(solution, settings.strings.quizSummary, settings.mode)
    ],
    classes: attributes.classes
  }
}
