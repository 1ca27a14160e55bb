// The self-check script a course page loads (dist/self-check.js,
// `remark-rnn/self-check`): Check shows and announces the feedback the form
// already holds. It imports nothing from unified; without it, the stylesheet
// reveals a choice quiz's feedback from the checked radio.
import {listenForChecks} from './check-listener.js'

// A site may import the script where it also renders on the server (Docusaurus's client modules).
if (typeof document !== 'undefined') {
  listenForChecks(document)
  // The stylesheet then shows Check and lets feedback wait for it.
  document.documentElement.setAttribute('data-rnn-self-check', '')
}
