import type {Cell, Framework} from './description.js'

/**
 * The gates a cell stacks into each weight matrix, in the order the framework
 * stores them: the gate count is the factor 4 (LSTM) or 3 (GRU) in every count.
 */
export function cellGates(cell: Cell, framework: Framework): readonly string[] {
  switch (cell) {
    case 'rnn':
      return []
    case 'lstm':
      return framework === 'keras' ? ['i', 'f', 'c', 'o'] : ['i', 'f', 'g', 'o']
    case 'gru':
      return framework === 'keras' ? ['z', 'r', 'h'] : ['r', 'z', 'n']
  }
}

/** How many weight blocks a cell has: 1 for a simple RNN. */
export function gateCount(cell: Cell): number {
  return cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1
}
