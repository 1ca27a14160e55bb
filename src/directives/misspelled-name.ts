import {closest} from '../core/index.js'
import {blockNames, inlineNames, quizName} from './directive-names.js'

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
  // A name plainly ours but close to none (`rnn-question`) is taken for the
  // quiz: the directive whose loss costs students most.
  return /^rnn/i.test(name)
    ? (closest(name, candidates) ?? (inline ? candidates[0] : quizName))
    : closest(
        name,
        candidates.filter((candidate) => candidate.length > 3)
      )
}
