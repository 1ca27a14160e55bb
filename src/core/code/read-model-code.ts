import type {CodeBreakdown} from './code-breakdown.js'
import {codeBreakdown} from './code-breakdown.js'
import type {CodeProblem, Span} from './code-problem.js'
import {CodeStop, stop} from './code-problem.js'
import type {KerasModel, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {defaultNames} from './imports.js'
import {kerasSubclassLayers} from './keras-subclass-layers.js'
import type {ModelLayers} from './model-layers.js'
import {kerasLayers, torchLayers} from './model-layers.js'
import {looksPrinted, printedModel} from './printed-model.js'
import {firstError, parsePython} from './python-tree.js'
import {Run} from './run-state.js'
import {executeBody} from './statements.js'

/** How to read the code: which variable is the model, and sizes the code only knows at run time. */
export interface CodeOptions {
  /** The variable holding the model; default `model`, else every model the code builds. */
  readonly model?: string
  /** `len(vocab)` → 5000: a value for a text the reader cannot work out. */
  readonly sizes?: Readonly<Record<string, number>>
}

export type CodeAnalysis =
  | {readonly ok: true; readonly breakdown: CodeBreakdown}
  | {readonly ok: false; readonly problems: readonly CodeProblem[]}

const isModel = (value: Value) => isKind(value, 'module') || isKind(value, 'keras-model')

const isKerasObject = (value: Value) => isKind(value, 'module') && value.keras !== undefined

/** The models the code builds at its top level, the last binding of each name. */
function builtModels(run: Run, wanted: string | undefined): Array<[string, Value]> {
  const last = new Map<string, Value>()
  for (const {name, value} of run.built) if (isModel(value)) last.set(name, value)
  const named = last.get(wanted ?? 'model')
  if (named) return [[wanted ?? 'model', named]]
  if (wanted !== undefined || last.size === 0) {
    const message = wanted
      ? `The code builds no model called \`${wanted}\`; built: ${[...last.keys()].join(', ') || 'none'}.`
      : 'The code builds no model: end it with `model = YourModel(…)` (or keras.Sequential/keras.Model), or name the variable with model=….'
    stop('no-model', message, {from: 0, to: 0})
  }
  // No `model`: every model built side by side (an encoder and a decoder), none inside another.
  const inside = new Set<Value>()
  for (const value of last.values()) {
    if (!isKind(value, 'module')) continue
    for (const child of value.children.values()) inside.add(child)
    // A Keras subclass holds its parts as attributes.
    if (value.keras) for (const part of value.attributes.values()) inside.add(part)
  }
  return [...last].filter(([, value]) => !inside.has(value))
}

function read(code: string, options: CodeOptions): CodeBreakdown {
  const tree = parsePython(code)
  const error = firstError(tree)
  if (error) {
    const statements =
      tree.topNode.getChildren('AssignStatement').length +
      tree.topNode.getChildren('ClassDefinition').length
    const at = {from: error.from, to: Math.max(error.to, Math.min(error.from + 1, code.length))}
    if (statements === 0)
      stop('not-python', 'This is not Python model code the reader can parse.', at)
    const text = code.slice(at.from, at.to)
    // At the very end there is no text to quote: the code stops inside a bracket or a block.
    const where =
      text.trim() === '' ? 'at the end: something opened is not closed' : `at \`${text}\``
    stop('python-syntax', `Python syntax error ${where}.`, at)
  }
  const sizes = new Map(
    Object.entries(options.sizes ?? {}).map(([key, value]) => [key.replace(/\s+/g, ''), value])
  )
  const run = new Run(code, sizes)
  for (const [name, path] of Object.entries(defaultNames))
    run.globals.set(name, {kind: 'path', path})
  // The code read as a script: its `if __name__ == "__main__":` block runs.
  run.globals.set('__name__', '__main__')
  executeBody(run, tree.topNode, run.globals)
  const models = builtModels(run, options.model)
  const into: ModelLayers = {layers: [], held: [], inputs: [], modules: []}
  const several = models.length > 1
  for (const [name, value] of models) {
    if (isKind(value, 'module') && value.keras)
      kerasSubclassLayers(run, value, several ? name : '', into)
    else if (isKind(value, 'module')) torchLayers(value, several ? name : '', into)
    else kerasLayers(run, value as KerasModel, into)
  }
  const keras = models.some(([, value]) => isKind(value, 'keras-model') || isKerasObject(value))
  const framework = keras ? 'keras' : 'pytorch'
  // Keras layers the code makes that no model counts (a class the reader took for PyTorch's).
  if (into.layers.length === 0 && run.firstKerasLayer)
    stop(
      'unsupported-code',
      'This code makes Keras layers, but the model read holds none of them: write it as a subclass of keras.Model (or keras.layers.Layer) whose `call` calls them, or with keras.Sequential or the functional API.',
      run.firstKerasLayer
    )
  const breakdown = codeBreakdown(
    framework,
    models.map(([name]) => name),
    into.layers,
    into.held,
    framework === 'keras' ? '/' : '.',
    {inputs: into.inputs, modules: into.modules}
  )
  if (!breakdown)
    stop(
      'too-many-parameters',
      `This model has more parameters than can be counted exactly (${Number.MAX_SAFE_INTEGER}).`,
      {from: 0, to: 0}
    )
  return breakdown
}

/** `print(model)` pasted: read as the Python it stands for, problems placed in the pasted text. */
function readPrinted(text: string, options: CodeOptions): CodeAnalysis {
  const printed = printedModel(text)
  const analysis = readModelCode(printed.code, options)
  if (analysis.ok) {
    // Each layer's constructor is where its line stands in the pasted text.
    const layers = analysis.breakdown.layers.map((layer) => {
      const {from, to} = layer.source as Span
      return {...layer, source: {from: printed.original(from), to: printed.original(to)}}
    })
    return {ok: true, breakdown: {...analysis.breakdown, layers}}
  }
  return {
    ok: false,
    problems: analysis.problems.map((problem) => {
      const from = printed.original(problem.from)
      return {...problem, from, to: Math.max(from, printed.original(problem.to))}
    })
  }
}

/** Count the parameters of a Keras or PyTorch model read from its code, never running it. */
export function readModelCode(code: string, options: CodeOptions = {}): CodeAnalysis {
  try {
    if (looksPrinted(code)) return readPrinted(code, options)
    return {ok: true, breakdown: read(code, options)}
  } catch (error) {
    if (error instanceof CodeStop) return {ok: false, problems: [error.problem]}
    // Code deeper than the reader can follow (a class whose bases lead back to
    // itself) is a problem, not a crash, and no engine's words reach the author.
    return {
      ok: false,
      problems: [
        {
          ruleId: 'unsupported-code',
          message:
            'The reader could not follow this code: it refers to itself deeper than the reader goes (a class derived from itself?). Write the model more plainly.',
          from: 0,
          to: 0
        }
      ]
    }
  }
}
