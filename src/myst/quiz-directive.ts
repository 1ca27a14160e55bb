import {splitAttributes} from '../directives/directive-attributes.js'
import {quizName} from '../directives/directive-names.js'
import type {Settings} from '../directives/options.js'
import {buildQuiz, quizProblems} from '../directives/quiz.js'
import type {QuizNode} from '../directives/quiz-variants.js'
import {pageProblems} from '../directives/report.js'
import {showOf} from '../directives/show-attribute.js'
import {pageContext} from './file-models.js'
import {placeHtmlParts} from './html-parts.js'
import {optionSpecs} from './option-specs.js'
import {blockProblem} from './problem-nodes.js'
import {reportNode} from './report-node.js'
import {pageText} from './role-position.js'
import {selfCheckWidget} from './self-check-widget.js'
import {toMyst} from './to-myst.js'
import type {DirectiveSpec} from './types.js'
import {readDirective} from './written-options.js'

/**
 * ```` ```{rnn-quiz} ```` with `ask` and `answer` among the options and the
 * question and its option list as the body: the key is checked by the
 * counting core; without a list, options are generated.
 */
export function quizDirective(settings: Settings): DirectiveSpec {
  return {
    name: quizName,
    doc: 'A question about a recurrent network whose answer key is checked when the book is built.',
    options: optionSpecs(),
    body: {
      type: 'myst',
      doc: 'The question, then its options as a list (leave the list out to have options generated).'
    },
    run(data, file) {
      const body = Array.isArray(data.body) ? data.body : []
      const {directive, problems, atOptions} = readDirective(data.node, pageText(file))
      const show = showOf(directive, settings)
      const fail = (found: Parameters<typeof reportNode>[0]) => [
        ...blockProblem(data.node, data.name, body, pageProblems(found, settings.mode)),
        reportNode(atOptions(found), data.node)
      ]
      const quizNode = {...directive, children: body} as QuizNode
      const context = pageContext(file, directive)
      if (problems.length > 0 || show.problems.length > 0)
        return fail([...problems, ...show.problems, ...quizProblems(quizNode, context, settings)])

      const quiz = buildQuiz(quizNode, show.parts, context, settings)
      if (!quiz.ok) return fail(quiz.problems)
      const {id, model} = splitAttributes(directive)
      // The form first, then the answer: the widget goes between them.
      const [form, ...answer] = quiz.content
      const content = [
        ...toMyst(form ? [form] : [], quiz.classes),
        ...selfCheckWidget(form?.type === 'rnnBlock' ? form : undefined, settings),
        ...toMyst(answer, quiz.classes)
      ]
      placeHtmlParts(content, data.node.position)
      return [...content, reportNode([], data.node, {defines: id, uses: model})]
    }
  }
}
