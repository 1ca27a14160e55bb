import type * as tf from '@tensorflow/tfjs'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'
import {randomKerasPrograms} from '../../helpers/random-keras-programs.js'

// Random Keras programs (Sequential and functional: every recurrent layer,
// RNN(cell), Bidirectional with each merge mode, Dense, TimeDistributed,
// Conv1D, BatchNormalization, LayerNormalization, Dropout, Embedding, a
// shared layer, concatenate/add, a frozen layer), read by the code reader and
// built by TF.js, whose layers follow Keras. TF.js has no GRU with
// reset_after=True: the programs write reset_after=False (keras-specs.test.ts
// checks Keras 3's default).

const programs = randomKerasPrograms(150, 2026)

/** TF.js's weights per layer, without InputLayer (Keras 3 lists none). */
function tfjsLayers(model: tf.LayersModel) {
  return model.layers
    .filter((layer) => layer.getClassName() !== 'InputLayer')
    .map((layer) => ({
      type: layer.getClassName(),
      params: layer.countParams(),
      shapes: layer.weights.map((weight) => weight.shape),
      trainable: layer.trainableWeights.reduce(
        (sum, w) => sum + w.shape.reduce((a, b) => a * b, 1),
        0
      )
    }))
}

describe('Keras code, read and counted as TF.js builds it', () => {
  it('covers every layer the programs use', () => {
    const all = programs.map((program) => program.code).join('\n')
    for (const name of [
      'Bidirectional',
      'RNN(layers.LSTMCell',
      'TimeDistributed',
      'Conv1D',
      'BatchNormalization',
      'LayerNormalization',
      'Embedding',
      'concatenate',
      'add(',
      'trainable = False',
      "merge_mode='sum'"
    ])
      expect(all).toContain(name)
  })

  it.each(programs.map((program, index) => [index, program] as const))(
    'program %i',
    (_, program) => {
      const analysis = readModelCode(program.code)
      if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems) + '\n' + program.code)
      const {breakdown} = analysis
      const model = program.build()
      const expected = tfjsLayers(model)
      const ours = breakdown.layers.map((layer) => ({
        type: layer.type,
        params: layer.params,
        shapes: breakdown.terms
          .filter((term) => term.layer === layer.name)
          .map((term) => [...term.shape]),
        trainable: layer.trainable
      }))
      expect(ours).toEqual(expected)
      expect(breakdown.total).toBe(model.countParams())
      model.dispose()
    }
  )
})
