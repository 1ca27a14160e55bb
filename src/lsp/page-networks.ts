import type {Directives} from 'mdast-util-directive'
import type {Position} from 'unist'
import type {CodeBreakdown} from '../core/code/index.js'
import type {Breakdown} from '../core/index.js'
import type {CodeQuizVerdict} from '../directives/code-quiz-verdict.js'
import type {QuizVerdict} from '../directives/quiz-verdict.js'
import type {PageAnalysis} from './analyse-page.js'

/** A directive of the page with the network the build resolved for it, when it describes one that counts. */
export interface PageNetwork {
  readonly node: Directives
  readonly breakdown: Breakdown | undefined
  /** The model read from code the directive holds or names. */
  readonly code?: CodeBreakdown | undefined
  /** A quiz's verdict, as the build's check of it found. */
  readonly quiz?: QuizVerdict | undefined
  /** A quiz on a model read from code: its verdict, as the build's check of it found. */
  readonly codeQuiz?: CodeQuizVerdict | undefined
}

/**
 * The innermost directive whose text holds `offset`, with what the plugin
 * left on the file for it (directive-record.ts): nothing is resolved again.
 */
export function networkAt(analysis: PageAnalysis, offset: number): PageNetwork | undefined {
  let best: PageNetwork | undefined
  for (const [index, node] of analysis.directives.entries()) {
    // Parsed nodes always have their place, with offsets.
    const {start, end} = node.position as Position
    if ((start.offset as number) > offset || offset > (end.offset as number)) continue
    const record = analysis.records[index]
    best = {
      node,
      breakdown: record?.breakdown,
      code: record?.code,
      quiz: record?.quiz,
      codeQuiz: record?.codeQuiz
    }
  }

  return best
}
