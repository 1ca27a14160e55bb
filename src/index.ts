// The public API of remark-rnn: the counting core today; the plugin joins it.
export * from './core/index.js'
