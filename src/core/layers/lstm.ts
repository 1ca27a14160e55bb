import {kerasRecurrentForm} from './keras-recurrent.js'
import type {LayerSpec} from './layer-spec.js'
import {pytorchCellForm, pytorchStackForm} from './pytorch-recurrent.js'

export const lstm: LayerSpec = {
  kind: 'lstm',
  summary: 'LSTM: four gates (input, forget, cell, output); PyTorch proj_size adds W_hr',
  forms: [
    kerasRecurrentForm('LSTM'),
    kerasRecurrentForm('LSTMCell'),
    pytorchStackForm('LSTM'),
    pytorchCellForm('LSTMCell')
  ]
}
