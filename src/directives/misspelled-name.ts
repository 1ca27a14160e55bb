import {closest} from '../core/index.js'
import {blockNames, inlineNames} from './directive-names.js'

/**
 * The name of ours an unknown directive (or MyST role) name was most likely
 * meant to be (`rnn-quizz`, `rnnn`, `RNN`), or undefined for a name that is
 * ours or another plugin's. Every adapter asks this one question, so a
 * misspelling is caught the same way in remark, MyST and the editor.
 */
export function misspelledName(name: string, inline: boolean): string | undefined {
  const candidates = inline ? inlineNames : blockNames
  if (candidates.includes(name)) return undefined
  // A short name one edit from `rnn` (`run`) is too likely another plugin's.
  return /^rnn/i.test(name)
    ? (closest(name, candidates) ?? candidates.at(-1))
    : closest(
        name,
        candidates.filter((candidate) => candidate.length > 3)
      )
}
