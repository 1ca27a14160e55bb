import {solveBlock} from '../directives/block-solution.js'
import {splitAttributes} from '../directives/directive-attributes.js'
import {solutionName} from '../directives/directive-names.js'
import type {Settings} from '../directives/options.js'
import {pageProblems} from '../directives/report.js'
import {showOf} from '../directives/show-attribute.js'
import {bodyCode, runCodeDirective} from './code-directive.js'
import {pageContext} from './file-models.js'
import {placeHtmlParts} from './html-parts.js'
import {optionSpecs} from './option-specs.js'
import {blockProblem} from './problem-nodes.js'
import {reportNode} from './report-node.js'
import {pageText} from './role-position.js'
import {toMyst} from './to-myst.js'
import type {DirectiveSpec, MystNode} from './types.js'
import {readDirective} from './written-options.js'

/**
 * ```` ```{rnn} ```` with the network as options (`:inputs: 4`, or
 * `{rnn} inputs=4 …` in the braces) and the author's content as its body:
 * the content, then the worked solution.
 */
export function rnnDirective(settings: Settings): DirectiveSpec {
  return {
    name: solutionName,
    doc: 'A worked parameter-count solution for a recurrent network: table, derivation and shapes after the body.',
    options: optionSpecs(),
    body: {type: 'myst', doc: 'Your own content, shown before the solution.'},
    run(data, file) {
      const body = Array.isArray(data.body) ? data.body : []
      const read = readDirective(data.node, pageText(file))
      const {directive, problems, atOptions} = read
      const show = showOf(directive, settings)
      const code = bodyCode(body)
      if (code) {
        const found = {problems: [...problems, ...show.problems], parts: show.parts}
        return runCodeDirective(data, body, code, read, found, settings, file)
      }
      const solved = solveBlock(
        directive,
        [...problems, ...show.problems],
        show.parts,
        '{rnn-quiz}',
        pageContext(file, directive),
        settings
      )
      if (!solved.ok)
        return [
          ...blockProblem(data.node, data.name, body, pageProblems(solved.problems, settings.mode)),
          reportNode(atOptions(solved.problems), data.node)
        ]

      const {id, model} = splitAttributes(directive)
      const content: MystNode[] = [...body, ...toMyst(solved.solution, solved.classes)]
      placeHtmlParts(content, data.node.position)
      return [...content, reportNode([], data.node, {defines: id, uses: model})]
    }
  }
}
