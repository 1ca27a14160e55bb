// The self-check as a MyST widget (dist/self-check-widget.mjs): MyST's
// themes run no page script, but they load an `anywidget` node's module and
// call its `render` with the node's model and an element in a shadow root.
// remark-rnn's MyST plugin puts each quiz's answer form (with its
// stylesheet), written as HTML when the book is built, in the model.
import {listenForChecks} from './check-listener.js'

/** The part of an anywidget model this widget reads. */
interface WidgetModel {
  get(name: 'html'): unknown
}

function render({model, el}: {model: WidgetModel; el: HTMLElement}): () => void {
  const html = model.get('html')
  // Written by the plugin from the book's own pages, its text escaped: no one else's markup.
  el.innerHTML = typeof html === 'string' ? html : ''
  return listenForChecks(el)
}

export default {render}
