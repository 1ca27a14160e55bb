/**
 * The explorers' stylesheet, carried by a page's first explorer. The
 * controls stay `hidden` (print, feeds, exports, no script) until the
 * script marks the page; a changed count is outlined and says its old
 * value in words, never by colour alone; colours are the page's own, and
 * the fields wrap on a narrow screen.
 */
export const explorerStylesheet = [
  'html[data-rnn-explorer] .rnn-explorer-controls[hidden]{display:block!important}',
  '.rnn-explorer-controls{margin:1em 0}',
  '.rnn-explorer-controls fieldset{border:1px solid currentColor;border-radius:.3em;padding:.5em .75em;margin:0;min-width:0}',
  '.rnn-explorer-size{display:flex;flex-wrap:wrap;align-items:center;gap:.25em .75em;margin:.4em 0}',
  '.rnn-explorer-size label{flex:1 1 12em}',
  '.rnn-explorer-size input[type=number]{width:7.5em;font:inherit}',
  '.rnn-explorer-size input[type=range]{flex:1 1 8em;min-width:0;max-width:100%}',
  '.rnn-explorer-limit{flex-basis:100%;font-weight:bold}',
  '.rnn-explorer-limit:empty{display:none}',
  '.rnn-explorer-reset{font:inherit;margin-top:.5em}',
  '[data-rnn-changed]{outline:2px solid currentColor;outline-offset:1px;font-weight:bold}',
  '.rnn-explorer-was{font-style:italic;font-weight:normal;white-space:nowrap;margin-left:.3em}',
  '@media print{.rnn-explorer-controls{display:none!important}}'
].join('\n')
