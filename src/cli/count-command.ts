import type {Breakdown} from '../core/index.js'
import {
  analyseDescription,
  closest,
  descriptionAttributes,
  didYouMean,
  frameworkLayers,
  frameworks
} from '../core/index.js'
import {formatCount, frameworkCode, terminalSummary, terminalTable} from '../render/index.js'
import {countCode} from './count-code.js'
import type {Flag} from './flags.js'
import {asFlag, asFlags, UsageError} from './flags.js'

interface CountRequest {
  readonly json: boolean
  /** Reading model code: the variable that is the model, and run-time sizes. */
  readonly model: string | undefined
  readonly sizes: string | undefined
  /** `--code=keras|pytorch`: print the Python instead of the table. */
  readonly code: string | undefined
  readonly description: Readonly<Record<string, string>>
}

function readFlags(flags: readonly Flag[]): CountRequest {
  let json = false
  let code: string | undefined
  let model: string | undefined
  let sizes: string | undefined
  const description: Record<string, string> = {}
  const known: readonly string[] = descriptionAttributes

  for (const {name, value} of flags) {
    if (name === 'json') {
      json = value !== 'false'
    } else if (name === 'code') {
      code = value ?? ''
    } else if (name === 'model') {
      model = value ?? ''
    } else if (name === 'sizes') {
      sizes = value ?? ''
    } else if (known.includes(name)) {
      description[name] = value ?? ''
    } else {
      const suggestion = closest(name, [...known, 'json', 'code', 'model', 'sizes'])
      throw new UsageError(`Unknown flag --${name}.${didYouMean(suggestion, asFlag)}`)
    }
  }

  return {json, code, model, sizes, description}
}

/** `--code=pytorch` counts with PyTorch's conventions unless `--framework` says otherwise, which is a conflict. */
function withCodeFramework(request: CountRequest): Record<string, string> {
  const {code, description} = request
  if (code === undefined) return {...description}
  if (!(frameworks as readonly string[]).includes(code)) {
    const suggestion = closest(code, frameworks)
    throw new UsageError(
      `--code takes keras or pytorch, not \`${code}\`.${didYouMean(suggestion, (name) => `--code=${name}`)}`
    )
  }

  const framework = description.framework
  if (framework !== undefined && framework.trim() !== code) {
    throw new UsageError(
      `--code=${code} writes ${code} code, but --framework=${framework} counts another framework's parameters: drop one.`
    )
  }

  return {...description, framework: code}
}

/** The JSON of `--json`: the breakdown and the framework's own layers. */
function countJson(breakdown: Breakdown): string {
  const layers = frameworkLayers(breakdown).map(
    ({name, type, outputShape, stateShapes, params, tensors}) => ({
      name,
      type,
      outputShape,
      ...(stateShapes === undefined ? {} : {stateShapes}),
      params,
      tensors
    })
  )
  return JSON.stringify({...breakdown, layers}, null, 2)
}

/** `remark-rnn count`: the breakdown of one network, as a table, JSON, or Python. */
export async function countCommand(
  flags: readonly Flag[],
  positionals: readonly string[] = []
): Promise<string> {
  // A misspelled flag first: `--unit 5` leaves `5` without a flag, but the typo is the cause.
  const request = readFlags(flags)
  if (
    positionals.length > 1 ||
    (positionals.length === 1 && Object.keys(request.description).length > 0)
  ) {
    throw new UsageError(
      `count reads one model file, or flags such as --inputs=4 --units=5, not both: \`${positionals.join(' ')}\`.`
    )
  }
  if (positionals.length === 1) {
    return countCode(positionals[0] as string, {
      json: request.json,
      ...(request.model === undefined ? {} : {model: request.model}),
      ...(request.sizes === undefined ? {} : {sizes: request.sizes})
    })
  }

  const analysis = analyseDescription(withCodeFramework(request))
  if (!analysis.ok) {
    throw new UsageError(analysis.problems.map((problem) => asFlags(problem.message)).join('\n'))
  }

  const {breakdown} = analysis
  const format = {thousandsSeparator: ','}
  if (request.json) return countJson(breakdown)
  if (request.code !== undefined) return frameworkCode(breakdown)
  return [
    terminalTable(breakdown, format),
    breakdown.description.framework === 'keras'
      ? 'As Keras model.summary() lists it:'
      : 'As PyTorch lists its modules:',
    terminalSummary(breakdown, format),
    `${formatCount(breakdown.total, format)} parameters`
  ].join('\n\n')
}
