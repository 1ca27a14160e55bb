import type {Node} from 'unist'
import {readBoolean} from '../core/read-value.js'
import type {Problem} from './report.js'
import {valueProblem} from './report.js'

/**
 * `remember=false` on a quiz: the page keeps no answer of it across reloads
 * (the default is to keep it, in the browser's own storage). Anything but
 * `true` or `false` is an `invalid-boolean` with a suggestion.
 */
export function readRemember(
  value: string | undefined,
  node: Node
): {ok: true; remember: boolean} | {ok: false; problems: Problem[]} {
  if (value === undefined) return {ok: true, remember: true}
  const reading = readBoolean('remember', value)
  if (reading.ok) return {ok: true, remember: reading.value}
  return {ok: false, problems: [valueProblem(reading.problem, node, 'remember')]}
}
