import {kerasRecurrentForm} from './keras-recurrent.js'
import type {LayerSpec} from './layer-spec.js'
import {pytorchCellForm, pytorchStackForm} from './pytorch-recurrent.js'

export const simpleRnn: LayerSpec = {
  kind: 'simple-rnn',
  summary: 'Elman RNN: one gate, h = tanh(W·x + U·h + b)',
  forms: [
    kerasRecurrentForm('SimpleRNN'),
    kerasRecurrentForm('SimpleRNNCell'),
    pytorchStackForm('RNN'),
    pytorchCellForm('RNNCell')
  ]
}
