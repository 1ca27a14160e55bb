import type {InnerLayer, LayerArgs, TensorShape} from './layer-spec.js'
import {cellStates, classCell} from './recurrent-cells.js'

/** A Keras recurrent layer, cell or wrapper as its constructor reads it. */
interface Recurrent {
  readonly className: string
  readonly args: LayerArgs
}

/**
 * The shapes (without the batch) of the states a Keras recurrent layer
 * returns after its output with `return_state=True`, in Keras's order
 * (keras/src/layers/rnn: `return output, *states`): LSTM and LSTMCell h and
 * c, GRU and SimpleRNN h; `RNN(cell)` its cell's, `RNN([cells])` and
 * StackedRNNCells each cell's in turn; Bidirectional the forward layer's
 * then the backward's (its `backward_layer`); ConvLSTM2D h and c, each an image of its filters
 * (its rows and columns are those of the layer's `output`).
 */
export function returnedStates({className, args}: Recurrent, output: TensorShape): TensorShape[] {
  if (className === 'Bidirectional') {
    // Built already: its layer is one; a `backward_layer` the other.
    const forward = args.layer as InnerLayer
    const backward = (args.backward_layer as InnerLayer | null | undefined) ?? forward
    return [forward, backward].flatMap((inner) => returnedStates(inner, output))
  }
  if (className === 'RNN' || className === 'StackedRNNCells') {
    const given = className === 'RNN' ? args.cell : args.cells
    const cells = Array.isArray(given) ? given : [given]
    return cells.flatMap((cell) => returnedStates(cell as InnerLayer, output))
  }
  if (className === 'ConvLSTM2D') {
    const image = [...output.slice(-3, -1), args.filters as number]
    return [image, image]
  }
  const units: TensorShape = [args.units as number]
  return Array.from({length: cellStates(classCell(className))}, () => units)
}
