import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {countParameters, frameworkLayers} from '../../src/core/index.js'
import {kerasCode, pytorchCode} from '../../src/render/index.js'
import {pythonWith, requireDebianTool} from '../helpers/debian.js'
import {randomNetworks} from '../helpers/random-networks.js'
import {randomNewNetworks} from '../helpers/random-new-networks.js'

// The Python that `show=code` and `count --code` print, run for real.
// PyTorch: every snippet executed by Debian's python3-torch in one process
// (test/python/run_snippets.py): it must print the total, and its model
// must give the output shape `layers` promises. Keras (not installed here):
// every snippet compiles (`python3 -m py_compile`) and calls Keras 3 with
// argument names Keras 3 has.

const here = new URL('.', import.meta.url).pathname

/** What `named_parameters()` must list: every module's tensors under its path, in the modules' order. */
function namedParameters(layers: ReturnType<typeof frameworkLayers>): Array<[string, number[]]> {
  return layers.flatMap((layer) =>
    layer.tensors.map((tensor): [string, number[]] => [
      `${layer.name}.${tensor.name}`,
      [...tensor.shape]
    ])
  )
}

/** Run snippets in one python3 process (run_snippets.py) and read its results. */
function runSnippets(
  snippets: readonly object[],
  name: string
): Array<{
  printed?: string
  outputShape?: Array<number | null>
  parameters?: unknown
  error?: string
}> {
  const input = join(work, `${name}.json`)
  writeFileSync(input, JSON.stringify(snippets))
  const run = spawnSync(torchPython ?? 'python3', [join(here, 'run_snippets.py'), input], {
    encoding: 'utf8'
  })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

const work = mkdtempSync(join(tmpdir(), 'remark-rnn-snippets-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const torchPython = pythonWith('torch')

describe.runIf(
  requireDebianTool('python3 with torch', 'python3-torch', {
    probe: () => torchPython !== undefined,
    skips: 'the PyTorch snippet runs'
  })
)('PyTorch snippets, executed with PyTorch', () => {
  const networks = randomNetworks('pytorch', 60, 20261125).map((network) => ({
    ...network,
    // The code does not depend on the length; running it needs one.
    timesteps: network.timesteps ?? 3
  }))

  it('prints the total and gives the promised output shape, for 60 networks', () => {
    const snippets = networks.map((network) => {
      const breakdown = countParameters(network)
      return {
        code: pytorchCode(breakdown),
        vocab: network.vocab,
        inputs: network.inputs,
        timesteps: network.timesteps
      }
    })
    const input = join(work, 'pytorch.json')
    writeFileSync(input, JSON.stringify(snippets))
    const run = spawnSync(torchPython ?? 'python3', [join(here, 'run_snippets.py'), input], {
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as Array<{
      printed?: string
      outputShape?: Array<number | null>
      error?: string
    }>

    for (const [index, network] of networks.entries()) {
      const breakdown = countParameters(network)
      const layers = frameworkLayers(breakdown)
      const last = layers.at(-1)?.outputShape ?? []
      // Without an output layer the model returns the last module's sequence, or its last step.
      const expected =
        network.outputs > 0 || network.returnSequences ? last : [null, last.at(-1) ?? null]
      const label = `${JSON.stringify(network)}\n${snippets[index]?.code}`
      expect(results[index], label).toEqual({
        printed: `${breakdown.total}\n`,
        outputShape: expected,
        parameters: namedParameters(layers)
      })
    }
  })

  it('covers embedding, runs of equal widths, projections, both directions and return-sequences', () => {
    const code = networks.map((network) => pytorchCode(countParameters(network))).join('\n')
    for (const piece of [
      'nn.Embedding(',
      'num_layers=',
      'proj_size=',
      'bidirectional=True',
      'bias=False',
      'torch.cat(',
      'nn.GRU(',
      'nn.RNN(',
      'nn.LSTM('
    ]) {
      expect(code).toContain(piece)
    }
  })
})

describe.runIf(
  requireDebianTool('python3 with torch', 'python3-torch', {
    probe: () => torchPython !== undefined,
    skips: 'the PyTorch snippet runs of dense heads and encoder–decoders'
  })
)('PyTorch snippets of dense heads and encoder–decoders', () => {
  const networks = randomNewNetworks('pytorch', 60, 20261201).map((network) => ({
    ...network,
    timesteps: network.timesteps ?? 3
  }))

  it('build the modules the summary lists, tensor by tensor, print the total and give the promised shape', () => {
    const breakdowns = networks.map((network) => countParameters(network))
    const snippets = breakdowns.map((breakdown) => {
      const d = breakdown.description
      return {
        code: pytorchCode(breakdown),
        vocab: d.vocab,
        inputs: d.inputs,
        timesteps: d.timesteps,
        decoder: d.decoder
      }
    })
    const results = runSnippets(snippets, 'pytorch-new')
    for (const [index, breakdown] of breakdowns.entries()) {
      const d = breakdown.description
      const layers = frameworkLayers(breakdown)
      const last = layers.at(-1)?.outputShape ?? []
      // A decoder (or a sequence) without a head returns its last module's states at every step.
      const everyStep = d.decoder !== null || d.returnSequences
      const expected = d.outputs.length > 0 || everyStep ? last : [null, last.at(-1) ?? null]
      expect(
        results[index],
        `${JSON.stringify(networks[index])}\n${snippets[index]?.code}`
      ).toEqual({
        printed: `${breakdown.total}\n`,
        outputShape: expected,
        parameters: namedParameters(layers)
      })
    }
  })

  it('cover hidden dense layers, decoders with and without embedding, bidirectional encoders and runs', () => {
    const code = networks.map((network) => pytorchCode(countParameters(network))).join('\n')
    for (const piece of [
      'torch.relu(self.dense',
      'class Encoder(nn.Module)',
      'class Decoder(nn.Module)',
      'states.append(joined(state))',
      'x, _ = self.lstm(x, states[0])',
      'states[1]',
      'self.embedding = nn.Embedding(',
      'num_layers='
    ]) {
      expect(code).toContain(piece)
    }
  })
})

// Keras 3's signatures, read in keras-team/keras: keras/src/layers/core/input_layer.py (Input),
// keras/src/models/sequential.py (Sequential), keras/src/layers/core/embedding.py,
// keras/src/layers/core/dense.py, keras/src/layers/rnn/simple_rnn.py, lstm.py, gru.py,
// bidirectional.py. Only the parameters a snippet may use are listed, in order.
const kerasApi: Readonly<Record<string, readonly string[]>> = {
  'keras.Input': [
    'shape',
    'batch_size',
    'dtype',
    'sparse',
    'ragged',
    'batch_shape',
    'name',
    'tensor',
    'optional'
  ],
  'keras.Sequential': ['layers', 'trainable', 'name'],
  'keras.Model': ['inputs', 'outputs', 'name'],
  'layers.Concatenate': ['axis'],
  'layers.Embedding': ['input_dim', 'output_dim'],
  'layers.Dense': ['units', 'activation', 'use_bias'],
  'layers.SimpleRNN': ['units', 'activation', 'use_bias', 'return_sequences', 'return_state'],
  'layers.LSTM': [
    'units',
    'activation',
    'recurrent_activation',
    'use_bias',
    'return_sequences',
    'return_state'
  ],
  'layers.GRU': [
    'units',
    'activation',
    'recurrent_activation',
    'use_bias',
    'return_sequences',
    'return_state',
    'reset_after'
  ],
  'layers.Bidirectional': ['layer', 'merge_mode']
}

/** Positional arguments each call may take (Keras's own first parameters; the rest by name). */
const kerasPositional: Readonly<Record<string, number>> = {
  'layers.Embedding': 2,
  'layers.Bidirectional': 1,
  'layers.Dense': 1,
  'layers.SimpleRNN': 1,
  'layers.LSTM': 1,
  'layers.GRU': 1,
  'keras.Sequential': 1,
  'keras.Model': 2,
  'layers.Concatenate': 1,
  'keras.Input': 0
}

const python = pythonWith('sys')
describe.runIf(
  requireDebianTool('python3', 'python3', {
    probe: () => python !== undefined,
    skips: 'the Keras snippet checks'
  })
)('Keras snippets', () => {
  const networks = [
    ...randomNetworks('keras', 60, 20261126),
    ...randomNewNetworks('keras', 60, 20261202)
  ]
  const files = networks.map((network, index) => {
    const file = join(work, `keras_${index}.py`)
    writeFileSync(file, kerasCode(countParameters(network)))
    return file
  })

  it('compile with python3 -m py_compile', () => {
    const run = spawnSync(python ?? 'python3', ['-m', 'py_compile', ...files], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('call Keras 3 with its own argument names', () => {
    const run = spawnSync(python ?? 'python3', [join(here, 'keras_calls.py'), ...files], {
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    const calls = JSON.parse(run.stdout) as Array<
      Array<{call: string; positional: number; keywords: string[]}>
    >
    const seen = new Set<string>()
    for (const [index, fileCalls] of calls.entries()) {
      for (const call of fileCalls) {
        const label = `${call.call} in ${JSON.stringify(networks[index])}`
        const known = kerasApi[call.call]
        expect(known, label).toBeDefined()
        expect(call.positional, label).toBeLessThanOrEqual(kerasPositional[call.call] ?? 0)
        for (const keyword of call.keywords) expect(known, label).toContain(keyword)
        seen.add(call.call)
        for (const keyword of call.keywords) seen.add(`${call.call}(${keyword})`)
      }
    }

    // The generated networks exercise every call and option the snippets write.
    expect([...seen].sort()).toEqual(
      [
        'keras.Input',
        'keras.Input(shape)',
        'keras.Model',
        'keras.Sequential',
        'layers.Bidirectional',
        'layers.Bidirectional(merge_mode)',
        'layers.Concatenate',
        'layers.Dense',
        'layers.Dense(activation)',
        'layers.Embedding',
        'layers.GRU',
        'layers.GRU(reset_after)',
        'layers.GRU(return_sequences)',
        'layers.GRU(return_state)',
        'layers.GRU(use_bias)',
        'layers.LSTM',
        'layers.LSTM(return_sequences)',
        'layers.LSTM(return_state)',
        'layers.LSTM(use_bias)',
        'layers.SimpleRNN',
        'layers.SimpleRNN(return_sequences)',
        'layers.SimpleRNN(return_state)',
        'layers.SimpleRNN(use_bias)'
      ].sort()
    )
  })
})
