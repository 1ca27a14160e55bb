import type {Options} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import {explorerDirective} from './explorer-directive.js'
import {writeHtmlParts} from './html-parts.js'
import {quizDirective} from './quiz-directive.js'
import {reportProblems} from './report-transform.js'
import {rnnDirective} from './rnn-directive.js'
import {rnnRole} from './rnn-role.js'
import type {MystPlugin} from './types.js'

/**
 * The mystmd plugin (Jupyter Book 2): the `rnn`, `rnn-quiz` and `rnn-explorer` directives,
 * the `rnn` role, and the page transform that reports their problems. Takes
 * the remark plugin's options; a wrong option throws when the book loads
 * the plugin, as with remark. (`strict` has no effect: `myst build --strict`
 * fails on every error remark-rnn reports.)
 */
export function rnnMystPlugin(options?: Options | null | undefined): MystPlugin {
  const settings = {...resolveOptions(options), strict: false}
  return {
    name: 'remark-rnn',
    directives: [rnnDirective(settings), quizDirective(settings), explorerDirective(settings)],
    roles: [rnnRole(settings)],
    transforms: [
      {
        name: 'remark-rnn-report',
        doc: 'Reports wrong answer keys, stated numbers and broken rnn directives on the page, positioned, with their ruleId.',
        stage: 'document',
        plugin: () => async (tree, file) => {
          await writeHtmlParts(tree, file)
          reportProblems(tree, file)
        }
      }
    ]
  }
}
