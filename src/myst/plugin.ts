import type {Options} from '../directives/options.js'
import {resolveOptions} from '../directives/options.js'
import {stopOnErrors} from '../directives/stop-on-errors.js'
import {explorerDirective} from './explorer-directive.js'
import {writeHtmlParts} from './html-parts.js'
import {checkPageEncoding} from './page-encoding.js'
import {quizDirective} from './quiz-directive.js'
import {reportProblems} from './report-transform.js'
import {rnnDirective} from './rnn-directive.js'
import {rnnRole} from './rnn-role.js'
import type {MystPlugin} from './types.js'

/**
 * The mystmd plugin (Jupyter Book 2): the `rnn`, `rnn-quiz` and `rnn-explorer` directives,
 * the `rnn` role, and the page transform that reports their problems. Takes
 * the remark plugin's options; a wrong option throws when the book loads
 * the plugin, as with remark. Strict (the default): a page with an error
 * stops every build, `myst build` and `myst start` too, with one error
 * listing them (mystmd prints a transform's messages only after it ran);
 * `strict: false` leaves them to `myst build --strict`.
 */
export function rnnMystPlugin(options?: Options | null | undefined): MystPlugin {
  const settings = resolveOptions(options)
  return {
    name: 'remark-rnn',
    directives: [rnnDirective(settings), quizDirective(settings), explorerDirective(settings)],
    roles: [rnnRole(settings)],
    transforms: [
      {
        name: 'remark-rnn-report',
        doc: 'Reports pages that are not UTF-8, wrong answer keys, stated numbers and broken rnn directives on the page, positioned, with their ruleId.',
        stage: 'document',
        plugin: () => async (tree, file) => {
          checkPageEncoding(file)
          await writeHtmlParts(tree, file)
          reportProblems(tree, file)
          if (settings.strict) stopOnErrors(file)
        }
      }
    ]
  }
}
