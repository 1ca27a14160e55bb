import {readFileSync} from 'node:fs'
import type {CodeBreakdown, CodeProblem} from '../core/code/index.js'
import {readModelCode, readSizes} from '../core/code/index.js'
import {codeTerminalTable} from '../render/index.js'
import {CodeProblemsError} from './failure.js'
import {fileError} from './file-error.js'
import {UsageError} from './flags.js'

/** `--sizes=vocab=5000,len(chars)=65`: the values the code only knows at run time. */
export function parseSizes(text: string | undefined): Record<string, number> {
  const reading = readSizes(text ?? '')
  if (!reading.ok)
    throw new UsageError(
      `--sizes takes name=whole number entries, such as --sizes=vocab=5000, not \`${reading.entry}\`.`
    )
  return {...reading.sizes}
}

/** Where an offset is: 1-based line and column. */
function lineColumn(code: string, offset: number): string {
  const before = code.slice(0, offset).split('\n')
  return `${before.length}:${(before.at(-1) as string).length + 1}`
}

const problemLine = (file: string, code: string, problem: CodeProblem) =>
  `${file}:${lineColumn(code, problem.from)}: ${problem.message} [${problem.ruleId}]`

/** The JSON of `--json`: the breakdown, and each layer with its tensors. */
function codeJson(breakdown: CodeBreakdown): string {
  // Where the code builds each layer is for editors, not part of the count's JSON.
  const layers = breakdown.layers.map(({source: _source, ...layer}) => ({
    ...layer,
    tensors: breakdown.terms
      .filter((term) => term.layer === layer.name)
      .map(({name, shape, trainable}) => ({name, shape, trainable}))
  }))
  const modules = breakdown.modules?.map(({source: _source, ...module}) => module)
  return JSON.stringify({...breakdown, layers, ...(modules ? {modules} : {})}, null, 2)
}

/** `remark-rnn count model.py`: read the file (or standard input, `-`), count, print. */
export function countCode(
  file: string,
  options: {readonly json: boolean; readonly model?: string; readonly sizes?: string}
): string {
  let code: string
  try {
    code = readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (error) {
    throw fileError('read', file, error)
  }
  const analysis = readModelCode(code, {
    ...(options.model === undefined ? {} : {model: options.model}),
    sizes: parseSizes(options.sizes)
  })
  const name = file === '-' ? '<stdin>' : file
  if (!analysis.ok)
    throw new CodeProblemsError(analysis.problems.map((p) => problemLine(name, code, p)).join('\n'))
  if (options.json) return codeJson(analysis.breakdown)
  return codeTerminalTable(analysis.breakdown, {thousandsSeparator: ','})
}
