import type {BlockContent} from 'mdast'
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import type {Breakdown, OptionVerdict} from '../core/index.js'
import {generateOptions, quote} from '../core/index.js'
import type {OptionContent, RnnBlock} from '../render/index.js'
import {fillTemplate, formatValues, presentSolution, quizOptionList, quizSolutionContent, rnnBlock} from '../render/index.js'
import type {Expansion} from './expand-block.js'
import {checkBlockDirective} from './directive-checks.js'
import type {ModelRegistry} from './models.js'
import type {Settings} from './options.js'
import {blockProblem} from './problem-node.js'
import type {Problem} from './report.js'
import {readAsk} from './quiz-ask.js'
import {optionList, readKey, readOptions} from './quiz-options.js'
import {judgeQuiz} from './quiz-verdict.js'
import {resolveNetwork} from './resolve-network.js'

interface QuizContent {
  readonly options: readonly OptionContent[]
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
    const options = generated.options.map((verdict): OptionContent => ({first: [{type: 'text', value: formatValues(verdict.values, settings.format)}], rest: []}))
    return {ok: true, content: {options, verdicts: generated.options}}
  }

  const key = answer === undefined ? undefined : readKey(answer)
  if (key === undefined || key >= reading.options.length) {
    const reason =
      answer === undefined
        ? 'This quiz lists options but has no `answer`: add the key, such as `answer=B`.'
        : key === undefined
          ? `${quote(`answer=${answer}`)} is not a key: use a letter (\`answer=B\`, after \`Z\` \`AA\`) or a number from 1 (\`answer=2\`).`
          : `${quote(`answer=${answer}`)} points beyond the ${reading.options.length} options.`
    return {ok: false, problems: [{ruleId: 'invalid-key', reason, node}]}
  }

  const judged = judgeQuiz(breakdown, ask, reading.options.map((option) => option.values), key, node)
  if (judged.problems.length > 0) return {ok: false, problems: judged.problems}
  return {ok: true, content: {options: reading.options.map((option) => option.content), verdicts: judged.verdicts}}
}

/**
 * The question: the author's text without the option list (a leaf's label
 * is its question), or a generated sentence.
 */
function questionContent(node: ContainerDirective | LeafDirective, breakdown: Breakdown, ask: readonly string[], settings: Settings): BlockContent[] {
  if (node.type === 'leafDirective' && node.children.length > 0) return [{type: 'paragraph', children: node.children}]
  const list = optionList(node)
  const authored = node.type === 'containerDirective' ? node.children.filter((child) => child !== list) : []
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
  return [{type: 'paragraph', children: [{type: 'text', value: text}]}]
}

/**
 * Expand `:::rnn-quiz{… ask=… answer=…}`: check the key against the counting
 * core, then show the question, lettered options and the answer (as the
 * solutions option says); or keep the directive visible with its problems.
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

  const network = resolveNetwork(node, models, settings)
  if (!network.ok) return fail([...network.problems])
  const {breakdown, attributes} = network
  const asked = readAsk(attributes.ask, breakdown, node)
  if (!asked.ok) return fail(asked.problems)

  const quiz = quizContent(node, breakdown, asked.ask, attributes.answer, settings)
  if (!quiz.ok) return fail(quiz.problems)

  const solution =
    settings.mode === 'hide' ? [] : quizSolutionContent(breakdown, asked.ask, quiz.content.verdicts, {...settings, parts})
  const replacement = rnnBlock('div', ['rnn', 'rnn-quiz', ...attributes.classes], [
    ...questionContent(node, breakdown, asked.ask, settings),
    quizOptionList(quiz.content.options),
    ...presentSolution(solution, settings.strings.quizSummary, settings.mode)
  ])
  if (node.position) replacement.position = node.position
  return {replacement, problems: []}
}
