import type {Resolved} from '../directives/directive-record.js'
import {buildQuiz, checkQuizAside} from '../directives/quiz.js'
import {pageProblems} from '../directives/report.js'
import type {RnnBlock} from '../render/index.js'
import {rnnBlock} from '../render/index.js'
import {checkBlockDirective} from './directive-checks.js'
import type {BlockAt, Expansion} from './expand-block.js'
import {blockProblem} from './problem-node.js'
import {recordQuiz} from './quiz-record.js'

/**
 * Expand `:::rnn-quiz{… ask=… answer=…}`: draw its variants (one without
 * ranges), check each key against the counting core, then show the first
 * variant's question, lettered options and answer (as the solutions option
 * says); or keep the directive visible with its problems.
 */
export function expandQuiz({file, node, nested, context, settings}: BlockAt): Expansion<RnnBlock> {
  const checks = checkBlockDirective(file, node, nested, settings)
  const {parts} = checks
  const fail = (found: typeof checks.problems, resolved: Resolved | undefined) => ({
    replacement: blockProblem(file, node, pageProblems(found, settings.mode)),
    problems: found,
    resolved
  })
  if (checks.problems.length > 0) {
    const aside = checkQuizAside(node, context, settings)
    return fail([...checks.problems, ...aside.problems], aside.resolved)
  }

  // A leaf quiz's label, if any, is its question (see questionContent).
  const quiz = buildQuiz(node, parts, context, settings)
  if (!quiz.ok) return fail(quiz.problems, quiz.resolved)
  recordQuiz(file, node.position?.start, quiz.variants)

  const replacement = rnnBlock('div', ['rnn', 'rnn-quiz', ...quiz.classes], quiz.content)
  if (node.position) replacement.position = node.position
  return {replacement, problems: [], resolved: quiz.resolved}
}
