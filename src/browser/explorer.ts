// The explorer script a course page loads (dist/explorer.js,
// `remark-rnn/explorer`): a student changes a size and the worked table,
// the derivation's last line and the total follow, counted by the plugin's
// own core. It imports nothing from unified.
import {listenForExplorers} from './explorer-listener.js'

// A site may import the script where it also renders on the server (Docusaurus's client modules).
if (typeof document !== 'undefined') {
  listenForExplorers(document)
  // The stylesheet then shows the controls, hidden without the script.
  document.documentElement.setAttribute('data-rnn-explorer', '')
}
