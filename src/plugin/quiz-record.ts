import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {CodeQuizVariant} from '../directives/code-quiz-variant.js'
import type {QuizVariant} from '../directives/quiz-variants.js'

/** A checked quiz of a page, as export needs it: where it stands and every variant drawn. */
export interface QuizRecord {
  /** The page's title: frontmatter `title` (when a tool put it on `file.data.matter`), its first level-1 heading, or the file name. */
  page: string
  /** The nearest heading above the quiz, if any. */
  heading: string | undefined
  /** Where the quiz starts in the file. */
  readonly start: Point | undefined
  /** The variants, the one the page shows first; one for a quiz without ranges. */
  readonly variants: readonly (QuizVariant | CodeQuizVariant)[]
}

declare module 'vfile' {
  interface DataMap {
    /** Frontmatter as a tool read it (vfile-matter's convention); its `title` names the page. */
    matter: Record<string, unknown>
    /** Every quiz the plugin checked in this file, in document order, for `remark-rnn export`. */
    rnnQuizzes: QuizRecord[]
  }
}

/** Keep a checked quiz on the file for tools that export quizzes. */
export function recordQuiz(
  file: VFile,
  start: Point | undefined,
  variants: readonly (QuizVariant | CodeQuizVariant)[]
): void {
  ;(file.data.rnnQuizzes ??= []).push({page: file.stem ?? '', heading: undefined, start, variants})
}

/**
 * Name the recorded quizzes after the page and the heading above each,
 * once the tree is expanded (headings are never directives, so they stay).
 */
export function nameRecordedQuizzes(tree: Root, file: VFile): void {
  const records = file.data.rnnQuizzes
  if (!records || records.length === 0) return
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const title = headings.find((heading) => heading.depth === 1)
  const matter = file.data.matter?.title
  const page =
    typeof matter === 'string' && matter.trim() !== ''
      ? matter.trim()
      : title
        ? toString(title).trim()
        : (file.stem ?? 'remark-rnn')
  for (const record of records) {
    record.page = page
    const above = headings.filter(
      (heading) => (heading.position?.start.offset ?? 0) < (record.start?.offset ?? 0)
    )
    const nearest = above.at(-1)
    record.heading = nearest && nearest !== title ? toString(nearest).trim() : undefined
  }
}
