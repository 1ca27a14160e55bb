import type {QuizPlacement} from '../render/quiz-form.js'

/**
 * Places for the quiz forms of one file, in document order: ids
 * `rnn-quiz-1`, … so that every field's id is unique on the page and the
 * same on every build, and the quiz stylesheet in the first form only.
 */
export function quizIdCounter(): () => QuizPlacement {
  let count = 0
  return () => {
    count++
    return {id: `rnn-quiz-${count}`, stylesheet: count === 1}
  }
}
