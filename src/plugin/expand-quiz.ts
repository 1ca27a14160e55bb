import type {BlockContent, PhrasingContent} from 'mdast'
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {generateOptions} from '../core/index.js'
import type {RnnBlock} from '../render/index.js'
import {diagramIdFor} from './diagram-ids.js'
import {fillTemplate, formatValues, presentSolution, quizOptionList, quizQuestionText, quizSolutionContent, rnnBlock} from '../render/index.js'
import type {Expansion} from './expand-block.js'
import {checkBlockDirective} from './directive-checks.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import {blockProblem} from './problem-node.js'
import type {Problem} from './report.js'
import {readAsk} from './quiz-ask.js'
import type {SplitAttributes} from './directive-attributes.js'
import {optionList, readKey, readOptions} from './quiz-options.js'
import {judgeQuiz} from './quiz-verdict.js'
import {recordQuiz} from './quiz-record.js'
import type {QuizCheck, QuizVariant} from './quiz-variants.js'
import {drawQuizVariants} from './quiz-variants.js'

interface QuizContent {
  readonly options: ReadonlyArray<readonly PhrasingContent[]>
  readonly verdicts: readonly OptionVerdict[]
}

/** The author's options checked against the count, or generated ones when there are none. */
function quizContent(
  node: ContainerDirective | LeafDirective,
  breakdown: Breakdown,
  ask: readonly string[],
  answer: string | undefined,
  settings: Settings
): {ok: true; content: QuizContent} | {ok: false; problems: Problem[]} {
  const reading = readOptions(node, ask.length)
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
function questionContent(node: ContainerDirective | LeafDirective, breakdown: Breakdown, ask: readonly string[], settings: Settings): BlockContent[] {
  const list = optionList(node)
  const authored = node.type === 'containerDirective' ? node.children.filter((child) => child !== list) : []
  if (authored.length > 0) return authored as BlockContent[]
  const d = breakdown.description
  const strings = settings.strings
  const text = quizQuestionText(breakdown, ask, strings)
  // Without the vocabulary the question could not be answered.
  const embedding = d.vocab > 0 ? fillTemplate(strings.quizEmbedding, {vocab: String(d.vocab), inputs: String(d.inputs)}) + ' ' : ''
  return [{type: 'paragraph', children: [{type: 'text', value: embedding + text}]}]
}

/** Read the key, check the options and build the question for one variant's network. */
function checkQuiz(node: ContainerDirective | LeafDirective, breakdown: Breakdown, attributes: SplitAttributes, settings: Settings): ReturnType<QuizCheck> {
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return asked
  const quiz = quizContent(node, breakdown, asked.ask, attributes.answer, settings)
  if (!quiz.ok) return quiz
  const question = questionContent(node, breakdown, asked.ask, settings)
  return {ok: true, quiz: {ask: asked.ask, question, ...quiz.content}}
}

/**
 * Expand `:::rnn-quiz{… ask=… answer=…}`: draw its variants (one without
 * ranges), check each key against the counting core, then show the first
 * variant's question, lettered options and answer (as the solutions option
 * says); or keep the directive visible with its problems.
 */
export function expandQuiz(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  nested: boolean,
  models: ModelRegistry,
  settings: Settings
): Expansion<RnnBlock> {
  const fail = (problems: Problem[]) => ({replacement: blockProblem(file, node, problems), problems})
  const {problems, parts} = checkBlockDirective(file, node, nested, settings)
  if (problems.length > 0) return fail(problems)

  const drawn = drawQuizVariants(node, models, settings, (variant, breakdown, attributes) => checkQuiz(variant, breakdown, attributes, settings))
  if (!drawn.ok) return fail(drawn.problems)
  recordQuiz(file, node.position?.start, drawn.variants)
  const shown = drawn.variants[0] as QuizVariant
  const {breakdown, attributes, ask, verdicts} = shown

  const solution = settings.mode === 'hide' ? [] : quizSolutionContent(breakdown, ask, verdicts, {...settings, parts, diagram: diagramIdFor(parts, settings)})
  const replacement = rnnBlock('div', ['rnn', 'rnn-quiz', ...attributes.classes], [
    ...shown.question,
    quizOptionList(shown.options),
    ...presentSolution(solution, settings.strings.quizSummary, settings.mode)
  ])
  if (node.position) replacement.position = node.position
  return {replacement, problems: []}
}
