import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {CodeAnalysis} from '../../../src/core/code/index.js'
import {readModelCode} from '../../../src/core/code/index.js'
import {pythonWith, requireDebianTool} from '../../helpers/debian.js'

// Held-out PyTorch models in the styles course authors write them
// (test/fixtures/code/heldout-torch, one model per file): the reader's total
// and trainable count against numbers PyTorch gave, and, where python3-torch
// is installed, every model built by PyTorch in one process and compared
// tensor by tensor.

const folder = fileURLToPath(new URL('../../fixtures/code/heldout-torch', import.meta.url))

interface Spec {
  /** The variable holding the model, when it is not `model`. */
  readonly model?: string
  /** The run-time sizes the reader is given. */
  readonly sizes?: Record<string, number>
  /** Python run before the file, standing for what the notebook had (a vocabulary). */
  readonly prelude?: string
  /** The variables PyTorch counts, when several models are built side by side. */
  readonly python?: readonly string[]
}

const specs = JSON.parse(readFileSync(`${folder}/models.json`, 'utf8')) as Record<string, Spec>

/** [total, trainable], as sum(p.numel() for p in model.parameters()) gives them. */
const expected: Record<string, [number, number]> = {
  'char-rnn-classify.py': [27156, 27156],
  'char-rnn-classify-nnrnn.py': [26386, 26386],
  'char-rnn-generate.py': [49614, 49614],
  'char-lstm-shakespeare.py': [3320385, 3320385],
  'lstm-pos-tagger.py': [411, 411],
  'seq2seq-bahdanau.py': [1556980, 1556980],
  'word-language-model-gru.py': [4541200, 4541200],
  'timeseries-lstm.py': [13473, 13473],
  'airline-lstm.py': [41301, 41301],
  'sentiment-glove.py': [4810857, 2310657],
  'sentiment-gru-padding.py': [7863906, 363906],
  'bilstm-crf.py': [294, 294],
  'd2l-rnn-scratch-params.py': [291356, 291356],
  'd2l-lstm-scratch.py': [7808, 7808],
  'd2l-gru-scratch.py': [6780, 6780],
  'lstmcell-loop.py': [32284, 32284],
  'grucell-decoder.py': [3714696, 3714696],
  'parameter-containers.py': [2321, 2321],
  'modulelist-stack.py': [88261, 88261],
  'add-module-loop.py': [48323, 48323],
  'sequential-ordereddict.py': [64950, 64950],
  'sequential-star.py': [12928, 12928],
  'conv1d-lstm.py': [255878, 255878],
  'mha-lstm.py': [3129347, 3129347],
  'config-dataclass.py': [7296832, 7296832],
  'config-dict.py': [232906, 232906],
  'seq2seq-bridge.py': [20518405, 20518405],
  'freeze-embedding-cuda.py': [1276881, 34368],
  'main-guard.py': [698, 698],
  'sentiment-torchtext-vectors.py': [2618218, 118018],
  'lstm-projection.py': [1233952, 1213952],
  'hand-cell.py': [67850, 67850],
  'lightning-gru.py': [23921, 23921],
  'finetune-named-parameters.py': [1946628, 791556],
  'layer-attributes.py': [314364, 314364]
}

const source = (file: string) => readFileSync(`${folder}/${file}`, 'utf8')

function read(file: string): Extract<CodeAnalysis, {ok: true}>['breakdown'] {
  const spec = specs[file] as Spec
  const analysis = readModelCode(source(file), {
    ...(spec.model ? {model: spec.model} : {}),
    ...(spec.sizes ? {sizes: spec.sizes} : {})
  })
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
  return analysis.breakdown
}

describe('held-out PyTorch models', () => {
  it('has a count for every fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(specs).sort())
  })

  it.each(Object.keys(specs))('%s', (file) => {
    const breakdown = read(file)
    expect([breakdown.total, breakdown.trainable]).toEqual(expected[file])
  })
})

/** What the reader cannot know, asked for at the text at fault, never a silent number. */
const problems: Array<[string, string, Record<string, number>, string, string]> = [
  // The vocabulary a loop over split sentences fills: its size is asked for, never 0.
  ['lstm-pos-tagger.py', 'model', {}, 'unresolved-size', 'len(word_to_ix)'],
  ['char-rnn-classify-nnrnn.py', 'rnn', {}, 'unresolved-size', 'len(allowed_characters)'],
  // argparse: each size from the command line, then the layer class it names.
  ['wlm-argparse.py', 'model', {}, 'unresolved-size', 'args.emsize'],
  [
    'wlm-argparse.py',
    'model',
    {'args.emsize': 200, 'args.nhid': 200, 'args.nlayers': 2, 'args.dropout': 0, 'args.tied': 0},
    'unresolved-size',
    'args.model'
  ],
  // Not among the layer specs: named at its text, not counted as zero.
  ['transformer-lstm.py', 'model', {}, 'unknown-layer', 'nn.TransformerEncoderLayer']
]

describe('held-out PyTorch models the reader cannot count alone', () => {
  it.each(problems)('%s (%s, %j): %s at %s', (file, model, sizes, ruleId, text) => {
    const code = source(file)
    const analysis = readModelCode(code, {model, sizes})
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    const [problem] = analysis.problems
    expect(problem?.ruleId).toBe(ruleId)
    expect(code.slice(problem?.from, problem?.to)).toBe(text)
  })
})

const torchPython = pythonWith('torch')

describe.runIf(
  requireDebianTool('python3 with torch', 'python3-torch', {
    probe: () => torchPython !== undefined,
    skips: 'the held-out models built by PyTorch'
  })
)('held-out PyTorch models built by PyTorch', () => {
  const script = fileURLToPath(new URL('torch-heldout.py', import.meta.url))
  let built: Record<string, {total: number; trainable: number; shapes: Record<string, number[]>}>
  it('builds every model', () => {
    const run = spawnSync(torchPython ?? 'python3', [script, folder], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    built = JSON.parse(run.stdout)
    expect(Object.keys(built).sort()).toEqual(Object.keys(specs).sort())
  })

  it.each(Object.keys(specs))('%s: totals, trainable split and every shape', (file) => {
    const breakdown = read(file)
    const torch = built[file]
    expect(torch).toBeDefined()
    expect(breakdown.total).toBe(torch?.total)
    expect(breakdown.trainable).toBe(torch?.trainable)
    const shapes = Object.fromEntries(breakdown.terms.map((term) => [term.id, [...term.shape]]))
    expect(shapes).toEqual(torch?.shapes)
  })
})
