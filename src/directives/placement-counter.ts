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
