// The gates live with the recurrent layer specs; the lesson's labels read them from there.
export {cellGates, gateCount} from './layers/recurrent-cells.js'
