/**
 * A model file's problems, each as file:line:col with its ruleId; the command
 * then fails. Apart from the reader, so that failure handling loads no parser.
 */
export class CodeProblemsError extends Error {
  override name = 'CodeProblemsError'
}
