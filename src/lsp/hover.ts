import type {Code} from 'mdast'
import type {Directives} from 'mdast-util-directive'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {mathToMarkdown} from 'mdast-util-math'
import {toMarkdown} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import type {Hover} from 'vscode-languageserver'
import {MarkupKind} from 'vscode-languageserver'
import type {CodeBreakdown} from '../core/code/index.js'
import {layersAt, moduleAt} from '../core/code/index.js'
import type {Breakdown} from '../core/index.js'
import {explainAsked, explainQuantity, mistakeExplanation, quantityOf} from '../core/index.js'
import {codeOffsetAt} from '../directives/code-content.js'
import {quizName} from '../directives/directive-names.js'
import {readLabel} from '../directives/inline-number.js'
import type {Settings} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import type {QuizVerdict} from '../directives/quiz-verdict.js'
import {modelCode} from '../plugin/expand-code-block.js'
import {formatCount, formatValues, solutionTable} from '../render/index.js'
import type {PageAnalysis} from './analyse-page.js'
import {codeLayerMarkdown, codeModuleMarkdown} from './code-layer-markdown.js'
import {codeMarkdown, statedVerdict} from './code-markdown.js'
import type {PageNetwork} from './page-networks.js'
import {networkAt} from './page-networks.js'
import {codeQuizMarkdown, quizOptionsMarkdown} from './quiz-options-markdown.js'

const plain = {thousandsSeparator: ','}

/**
 * Which option of a quiz is right and why, and what each wrong one matches:
 * the verdict the build recorded when it checked the quiz (directive-record.ts),
 * said before the author saves; why the numbers are right is the recorded
 * breakdown's own formula.
 */
function quizMarkdown({ask, answer, options}: QuizVerdict, breakdown: Breakdown): string {
  const why = explainAsked(breakdown, ask, ', ')
  const noneRight = `the answer is ${formatValues(answer, plain)} (${why})`
  return quizOptionsMarkdown(
    answer,
    options,
    {why, rightOption: why, noneRight},
    mistakeExplanation
  )
}

/** The worked table of a breakdown as GFM Markdown (the page's own table), and its total. */
function breakdownMarkdown(breakdown: Breakdown, settings: Settings): string {
  const table = solutionTable(breakdown, settings.strings, settings.format)
  const markdown = toMarkdown(
    {type: 'root', children: [table]},
    {extensions: [gfmTableToMarkdown(), mathToMarkdown()]}
  )
  const d = breakdown.description
  const cell = `${d.bidirectional ? 'bidirectional ' : ''}${d.cell.toUpperCase()}`
  return `**${formatCount(breakdown.total, settings.format)} parameters** (${cell}, ${d.framework})\n\n${markdown}`
}

/** `recurrent = 4 · 4 + 4 = 20`, and whether the number the text states agrees. */
function inlineMarkdown(
  {node}: PageNetwork,
  breakdown: Breakdown,
  thousandsSeparator: string
): string | undefined {
  const {name, stated} = readLabel(toString(node))
  const count = quantityOf(breakdown, name)
  if (count === undefined) return undefined
  const formula = `\`${explainQuantity(breakdown, name)}\``
  if (stated === undefined)
    return `**${formatCount(count, {thousandsSeparator})}** (${name}): ${formula}`
  const verdict = statedVerdict(stated, count, thousandsSeparator)
  return `**${formatCount(count, {thousandsSeparator})}** (${name}): ${formula}; ${verdict}.`
}

/**
 * What the code constructs where the cursor is, when it is in the
 * directive's own Python block: a layer (its hover), else a module without
 * parameters of its own (its subtree's); undefined elsewhere.
 */
function codePartAt(
  analysis: PageAnalysis,
  node: Directives,
  code: CodeBreakdown,
  offset: number,
  settings: Settings
): string | undefined {
  const block = node.type === 'textDirective' ? undefined : modelCode(node)
  const at = block ? codeOffsetAt(block, analysis.text, offset) : undefined
  if (at === undefined) return undefined
  const source = (block as Code).value
  const [layer, ...others] = layersAt(code, source, at)
  if (layer) return codeLayerMarkdown(code, [layer, ...others], settings)
  const module = moduleAt(code, source, at)
  return module && codeModuleMarkdown(code, module, settings)
}

/**
 * What hovering a directive shows: a block's worked table and total, an
 * inline directive's value and formula, a quiz's right option and why.
 * Nothing where the directive has problems (its diagnostics say them).
 */
export function hoverAt(analysis: PageAnalysis, offset: number): Hover | undefined {
  const network = networkAt(analysis, offset)
  const settings = resolveOptions({...analysis.options, solutions: 'hide'})
  if (network?.code) {
    const part = codePartAt(analysis, network.node, network.code, offset, settings)
    if (part) return markdownHover(part)
    const model = codeMarkdown(network.node, network.code, settings)
    // A quiz names its model: what the build found of it, then the model's table.
    const quiz = network.codeQuiz && codeQuizMarkdown(network.codeQuiz, network.code)
    return markdownHover(quiz ? `${quiz}\n\n${model}` : model)
  }
  if (!network?.breakdown) return undefined
  const {node} = network
  const table = breakdownMarkdown(network.breakdown, settings)
  const withTable = (text: string | undefined) => text && `${text}\n\n${table}`
  const value =
    node.type === 'textDirective'
      ? inlineMarkdown(network, network.breakdown, settings.format.thousandsSeparator)
      : node.name === quizName
        ? withTable(network.quiz && quizMarkdown(network.quiz, network.breakdown))
        : table
  return markdownHover(value)
}

const markdownHover = (value: string | undefined): Hover | undefined =>
  value === undefined ? undefined : {contents: {kind: MarkupKind.Markdown, value}}
