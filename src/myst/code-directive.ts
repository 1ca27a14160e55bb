import type {CodeContent} from '../directives/code-content.js'
import {isModelCode} from '../directives/code-content.js'
import {solveCodeBlock} from '../directives/code-solution.js'
import {splitAttributes} from '../directives/directive-attributes.js'
import type {Settings} from '../directives/options.js'
import type {Problem} from '../directives/report.js'
import type {SolutionPart} from '../render/index.js'
import {pageContext} from './file-models.js'
import {placeHtmlParts} from './html-parts.js'
import {blockProblem} from './problem-nodes.js'
import {reportNode} from './report-node.js'
import {toMyst} from './to-myst.js'
import type {MystData, MystNode} from './types.js'
import type {ReadDirective} from './written-options.js'

/** The Python block a `{rnn}` directive's body holds, if it holds one. */
export function bodyCode(body: readonly MystNode[]): (MystNode & CodeContent) | undefined {
  return body.find(
    (node): node is MystNode & CodeContent =>
      node.type === 'code' && isModelCode(node as CodeContent)
  )
}

/**
 * `{rnn}` whose body is a model's Python: the body as written, then the
 * table and derivation; or the directive kept with the problems placed in
 * the code.
 */
export function runCodeDirective(
  data: MystData,
  body: MystNode[],
  code: CodeContent,
  read: ReadDirective,
  found: {readonly problems: readonly Problem[]; readonly parts: readonly SolutionPart[]},
  settings: Settings,
  file: Parameters<typeof pageContext>[0]
): MystNode[] {
  const {directive, atOptions} = read
  const context = pageContext(file, directive)
  const solved = solveCodeBlock(directive, code, found.problems, found.parts, context, settings)
  if (!solved.ok)
    return [
      ...blockProblem(data.node, data.name, body, solved.problems),
      reportNode(atOptions(solved.problems), data.node)
    ]
  const {id} = splitAttributes(directive)
  const content = [...body, ...toMyst(solved.solution, solved.classes)]
  placeHtmlParts(content, data.node.position)
  return [...content, reportNode([], data.node, {defines: id})]
}
