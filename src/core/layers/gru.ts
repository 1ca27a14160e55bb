import {kerasRecurrentForm} from './keras-recurrent.js'
import type {LayerSpec} from './layer-spec.js'
import {pytorchCellForm, pytorchStackForm} from './pytorch-recurrent.js'

export const gru: LayerSpec = {
  kind: 'gru',
  summary:
    'GRU: three gates; Keras 3 keeps two bias rows (reset_after=True), PyTorch two bias vectors',
  forms: [
    kerasRecurrentForm('GRU'),
    kerasRecurrentForm('GRUCell'),
    pytorchStackForm('GRU'),
    pytorchCellForm('GRUCell')
  ]
}
