import type {Cell, Framework} from '../description.js'
import {cells} from '../description.js'

/**
 * A recurrent cell's gates, the one place that knows them: each gate has its
 * own block of every weight matrix and bias, so the gate count is the factor
 * 4 (LSTM) or 3 (GRU) in every count. Names in the order each framework
 * stacks the blocks; a simple RNN has one block and no gates.
 */
const gatesByCell: Readonly<Record<Cell, Readonly<Record<Framework, readonly string[]>>>> = {
  rnn: {keras: [], pytorch: []},
  lstm: {keras: ['i', 'f', 'c', 'o'], pytorch: ['i', 'f', 'g', 'o']},
  gru: {keras: ['z', 'r', 'h'], pytorch: ['r', 'z', 'n']}
}

/** The recurrent layer class of each cell in each framework (`nn.RNN` is PyTorch's simple RNN). */
const classesByCell: Readonly<Record<Cell, Readonly<Record<Framework, string>>>> = {
  rnn: {keras: 'SimpleRNN', pytorch: 'RNN'},
  lstm: {keras: 'LSTM', pytorch: 'LSTM'},
  gru: {keras: 'GRU', pytorch: 'GRU'}
}

/** A framework's recurrent layer class of each cell: Keras `SimpleRNN`, PyTorch `RNN`. */
export function recurrentClasses(framework: Framework): Readonly<Record<Cell, string>> {
  return {
    rnn: classesByCell.rnn[framework],
    lstm: classesByCell.lstm[framework],
    gru: classesByCell.gru[framework]
  }
}

/** The gates a cell stacks into each weight matrix, in the framework's order. */
export function cellGates(cell: Cell, framework: Framework): readonly string[] {
  return gatesByCell[cell][framework]
}

/** How many weight blocks a cell has: 1 for a simple RNN. */
export function gateCount(cell: Cell): number {
  return Math.max(1, gatesByCell[cell].keras.length)
}

/** The states a cell carries from step to step, and returns with `return_state`: h, and c for an LSTM. */
export function cellStates(cell: Cell): number {
  return cell === 'lstm' ? 2 : 1
}

/** The cell a recurrent layer or cell class runs (`LSTM`, `GRUCell`, `SimpleRNN`, `RNN`, `CuDNNGRU`). */
export function classCell(className: string): Cell {
  const base = className.replace(/Cell$/, '').replace(/^CuDNN/, '')
  return cells.find((each) => Object.values(classesByCell[each]).includes(base)) as Cell
}

/** The blocks of a recurrent layer or cell class (`LSTM`, `GRUCell`, `SimpleRNN`, `RNN`). */
export function classGates(className: string): number {
  return gateCount(classCell(className))
}
