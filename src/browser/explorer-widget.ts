// The explorer as a MyST widget (dist/explorer-widget.mjs): MyST's themes
// run no page script but load an `anywidget` node's module, calling its
// `render` with the node's model and an element in a shadow root. The
// model holds the explorer as HTML, written when the book is built.
import {listenForExplorers} from './explorer-listener.js'

/** The part of an anywidget model this widget reads. */
interface WidgetModel {
  get(name: 'html'): unknown
}

function render({model, el}: {model: WidgetModel; el: HTMLElement}): () => void {
  const html = model.get('html')
  // Written by the plugin from the book's own pages, its text escaped: no one else's markup.
  el.innerHTML = typeof html === 'string' ? html : ''
  for (const controls of Array.from(el.querySelectorAll('.rnn-explorer-controls')))
    controls.removeAttribute('hidden')
  return listenForExplorers(el)
}

export default {render}
