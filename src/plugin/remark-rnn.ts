import type {Parent, PhrasingContent, Root, TableCell} from 'mdast'
import type {} from 'remark-parse'
import type {} from 'remark-stringify'
import type {Processor} from 'unified'
import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import {explorerName, quizName} from '../directives/directive-names.js'
import {recordDirective} from '../directives/directive-record.js'
import {createFileContext, fileText} from '../directives/file-context.js'
import {unusedModelProblem} from '../directives/models.js'
import type {Options, Settings} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import {createReport} from '../directives/report.js'
import {stopOnErrors} from '../directives/stop-on-errors.js'
import type {RnnInline, RnnSource} from '../render/nodes.js'
import {attributeNamesFromMarkdown} from './attribute-names.js'
import {collectDirectives} from './collect.js'
import {writtenBack} from './directive-source.js'
import {expandBlock} from './expand-block.js'
import {expandExplorer} from './expand-explorer.js'
import {expandInline} from './expand-inline.js'
import {expandQuiz} from './expand-quiz.js'
import {misspelledDirectiveProblem} from './misspelled-directive.js'
import {nameRecordedQuizzes} from './quiz-record.js'
import {shortDirectiveFromMarkdown, shortDirectiveSyntax} from './short-form/index.js'
import {rnnToMarkdown} from './to-markdown.js'
import {unparsedProblem} from './unparsed.js'
import {createWriteBack} from './write-back.js'

/** A cell's text as one node, without the pipes its own place takes in (the author writes a cell on one line). */
function cellText(cell: TableCell): Node {
  // Parsed cells have places, and a cell found here starts with its text.
  const start = (cell.children[0] as PhrasingContent).position as Position
  const end = (cell.children.at(-1) as PhrasingContent).position as Position
  return {type: 'text', position: {start: start.start, end: end.end}}
}

/**
 * remark plugin: replace `rnn` directives with worked solutions and numbers.
 * Use it after remark-directive, which parses the `{…}` form; this plugin
 * adds the `<…>` short form and the Markdown serialisers it needs.
 */
export default function remarkRnn(
  this: Processor,
  options?: Options | null | undefined
): (tree: Root, file: VFile) => undefined {
  const settings = resolveOptions(options)
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(shortDirectiveSyntax())
  ;(data.fromMarkdownExtensions ??= []).push(
    shortDirectiveFromMarkdown(),
    attributeNamesFromMarkdown()
  )
  ;(data.toMarkdownExtensions ??= []).push(rnnToMarkdown())

  return (tree, file) => {
    expandDirectives(tree, file, settings)
    if (settings.strict) stopOnErrors(file)
  }
}

/** Expand every rnn directive of one document, in order, reporting problems on the file. */
function expandDirectives(tree: Root, file: VFile, settings: Settings): undefined {
  const context = createFileContext()
  const {models} = context
  const report = createReport(file)

  const {directives, unparsed, misspelled} = collectDirectives(tree)
  const emptied = new Set<Parent>()
  const writeBack = createWriteBack(file, models)

  for (const {node, parent, index, nested, outer} of directives) {
    const expansion =
      node.type === 'textDirective'
        ? expandInline(file, node, models, settings)
        : node.name === quizName
          ? expandQuiz({file, node, nested, context, settings})
          : node.name === explorerName
            ? expandExplorer({file, node, nested, context, settings})
            : expandBlock({file, node, nested, context, settings})
    for (const problem of expansion.problems) report(problem)
    recordDirective(file, node, expansion.resolved, context, settings)
    writeBack.expanded(node, expansion.replacement, expansion.problems.length > 0)
    // A nested directive is a problem only inside its outer one, so that stays as written too.
    if (nested && outer && expansion.problems.length > 0) writeBack.keep(outer)
    parent.children[index] = expansion.replacement as never
    if (expansion.replacement.children.length === 0) emptied.add(parent)
  }

  for (const paragraph of unparsed) {
    report(unparsedProblem(paragraph))
    const source = writtenBack(
      file,
      paragraph.type === 'tableCell' ? cellText(paragraph) : paragraph
    )
    if (source === undefined) continue
    // A cell stays a cell (its pipes are the table's): its content becomes ours, a `span` in HTML.
    if (paragraph.type === 'tableCell') {
      const content: RnnInline = {type: 'rnnInline', source, children: paragraph.children}
      content.data = {hName: 'span'}
      paragraph.children = [content]
      continue
    }

    // Becomes a node of ours in place (wherever an expansion moved it): a
    // `p` in HTML as before, and in Markdown the author's text, unescaped.
    Object.assign(paragraph, {
      type: 'rnnInline',
      source,
      data: {hName: 'p', ...paragraph.data}
    } satisfies Partial<RnnInline>)
  }

  for (const {node, meant} of misspelled)
    report(misspelledDirectiveProblem(node, meant, fileText(file)))

  nameRecordedQuizzes(tree, file)
  for (const [name, model] of models) {
    if (!model.used) {
      writeBack.keep(model.node)
      report(unusedModelProblem(name, model.node))
    }
  }

  // A hidden solution with no author content leaves nothing behind in HTML,
  // only its source where Markdown output must write its directive back.
  for (const parent of emptied) {
    parent.children = parent.children.flatMap((child) => {
      if (child.type !== 'rnnBlock' || child.children.length > 0) return [child]
      if (child.source === undefined) return []
      const kept: RnnSource = {type: 'rnnSource', value: '', source: child.source}
      return [child.position ? {...kept, position: child.position} : kept]
    }) as never
  }
}
