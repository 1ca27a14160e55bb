import {FileError} from './file-error.js'
import {UsageError} from './flags.js'

/**
 * A model file's problems, each as file:line:col with its ruleId; the command
 * then fails. Apart from the reader, so that failure handling loads no parser.
 */
export class CodeProblemsError extends Error {
  override name = 'CodeProblemsError'
}

/** What the user sees when a command fails: one message and the exit code. */
export interface Failure {
  readonly message: string
  readonly exitCode: number
}

/**
 * Every error a command can throw, as one message without a stack: a usage
 * mistake (exit 2, with a pointer to --help), a file that cannot be read or
 * written (exit 2), or anything unexpected (exit 1).
 */
export function failureOf(error: unknown, command: string): Failure {
  if (error instanceof UsageError) {
    return {
      message: `remark-rnn ${command}: ${error.message}\n\nSee remark-rnn ${command} --help.`,
      exitCode: 2
    }
  }

  // Problems in a model file: one line each at the code's own place, exit 2 as a bad description.
  if (error instanceof CodeProblemsError) return {message: error.message, exitCode: 2}
  if (error instanceof FileError)
    return {message: `remark-rnn ${command}: ${error.message}`, exitCode: 2}
  const reason = error instanceof Error ? error.message : String(error)
  return {
    message: `remark-rnn ${command}: ${reason}\n(This is a bug in remark-rnn; please report it with the file that caused it.)`,
    exitCode: 1
  }
}
