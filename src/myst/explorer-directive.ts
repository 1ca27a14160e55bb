import {splitAttributes} from '../directives/directive-attributes.js'
import {explorerName} from '../directives/directive-names.js'
import {solveExplorer} from '../directives/explorer-block.js'
import type {Settings} from '../directives/options.js'
import {explorerWidgetBlock} from '../render/index.js'
import {buildsWebsiteOnly} from './build-target.js'
import {pageContext} from './file-models.js'
import {placeHtmlParts} from './html-parts.js'
import {optionSpecs} from './option-specs.js'
import {blockProblem} from './problem-nodes.js'
import {reportNode} from './report-node.js'
import {pageText} from './role-position.js'
import type {RnnWidget} from './self-check-widget.js'
import {toMyst} from './to-myst.js'
import type {DirectiveSpec, MystNode} from './types.js'
import {readDirective} from './written-options.js'

/**
 * ```` ```{rnn-explorer} ```` with the network as options: the body, the
 * worked solution at the author's sizes as MyST content (every export has
 * it), then, on a website, the explorer as a widget (MyST's themes run no
 * page script): its controls and a table that follows them. A student
 * build (`solutions: 'hide'`) has the body alone.
 */
export function explorerDirective(settings: Settings, website = buildsWebsiteOnly): DirectiveSpec {
  return {
    name: explorerName,
    doc: 'A worked parameter-count solution whose sizes students change on the page (a widget on websites).',
    options: optionSpecs(),
    body: {type: 'myst', doc: 'Your own content, shown before the explorer.'},
    run(data, file) {
      const body = Array.isArray(data.body) ? data.body : []
      const {directive, problems, atOptions} = readDirective(data.node, pageText(file))
      const solved = solveExplorer(
        directive,
        problems,
        '{rnn-quiz}',
        pageContext(file, directive),
        settings
      )
      if (!solved.ok)
        return [
          ...blockProblem(data.node, data.name, body, solved.problems),
          reportNode(atOptions(solved.problems), data.node)
        ]

      const {id, model} = splitAttributes(directive)
      const widget: RnnWidget[] =
        website() && solved.config
          ? [
              {
                type: 'rnnWidget',
                module: 'explorer',
                form: explorerWidgetBlock(solved.breakdown, {
                  strings: settings.strings,
                  format: settings.format,
                  placement: {id: 'rnn-explorer', stylesheet: true},
                  choices: solved.choices
                })
              }
            ]
          : []
      const solution = toMyst(solved.content, solved.classes)
      // Folded (`solutions: 'collapse'`), the widget goes in the fold with the solution it explores.
      const fold = solution.find(
        (node): node is MystNode & {children: MystNode[]} =>
          node.type === 'details' && Array.isArray(node.children)
      )
      fold?.children.push(...widget)
      const content: MystNode[] = [...body, ...solution, ...(fold ? [] : widget)]
      placeHtmlParts(content, data.node.position)
      return [...content, reportNode([], data.node, {defines: id, uses: model})]
    }
  }
}
