import type {VFile} from 'vfile'
import type {DiagramPlacement, SolutionPart} from '../render/index.js'
import type {QuizPlacement} from '../render/quiz-form.js'
import type {ModelRegistry} from './models.js'

/**
 * Places for the generated parts of one kind in one file, in document order:
 * ids `rnn-quiz-1`, `rnn-diagram-1`, … so that every id is unique on the
 * page and the same on every build, and the kind's stylesheet in the first
 * only (it styles every part of that kind on the page).
 */
export function placementCounter(
  prefix: string
): () => {readonly id: string; readonly stylesheet: boolean} {
  let count = 0
  return () => {
    count++
    return {id: `${prefix}-${count}`, stylesheet: count === 1}
  }
}

/** Where a solution's diagram goes, taken only when it shows one. */
export function diagramIdFor(
  parts: readonly SolutionPart[],
  context: FileContext
): DiagramPlacement | undefined {
  return parts.includes('diagram') ? context.nextDiagram() : undefined
}

/**
 * What the directives of one file share, made afresh for every file and
 * kept out of the site's settings (which every file of a build shares).
 */
export interface FileContext {
  /** Models named with `id=…` so far, for `model=…` on later directives. */
  readonly models: ModelRegistry
  /** The place of the file's next diagram (`rnn-diagram-1`, …). */
  readonly nextDiagram: () => DiagramPlacement
  /** The place of the file's next quiz form (`rnn-quiz-1`, …). */
  readonly nextQuiz: () => QuizPlacement
  /** The place of the file's next explorer (`rnn-explorer-1`, …), the base of its fields' ids. */
  readonly nextExplorer: () => QuizPlacement
}

/** A new file's context: no models, diagrams and quizzes counted from 1. */
export function createFileContext(): FileContext {
  return {
    models: new Map(),
    nextDiagram: placementCounter('rnn-diagram'),
    nextQuiz: placementCounter('rnn-quiz'),
    nextExplorer: placementCounter('rnn-explorer')
  }
}

/** Each file's text decoded from its bytes, for as long as its value is those bytes. */
const decoded = new WeakMap<VFile, {readonly bytes: unknown; readonly text: string}>()

/**
 * A file's text, decoded once. A file read as bytes (to-vfile's `read`,
 * unified-engine) decodes its whole value at every `String(file)`; the
 * directives of a page ask for their source one by one, so a page of a
 * thousand directives decoded itself a thousand times.
 */
export function fileText(file: VFile): string {
  if (typeof file.value === 'string') return file.value
  const known = decoded.get(file)
  if (known && known.bytes === file.value) return known.text
  const text = String(file)
  decoded.set(file, {bytes: file.value, text})
  return text
}
