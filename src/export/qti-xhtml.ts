import type {Element} from 'hast'

/**
 * HTML as the XHTML subset QTI 2.1 item bodies allow: elements it has keep
 * their name, `class`, a link's `href`, an image's `src` and `alt`; others
 * become what the schema takes (a footnote `section` a `div`, `del` a
 * `span class="del"`, anything else a `span` or, holding blocks, a `div`).
 */

const allowed = new Set(
  (
    'a abbr acronym address b big blockquote br caption cite code col colgroup dd dfn div dl dt ' +
    'em h1 h2 h3 h4 h5 h6 hr i img kbd li ol p pre q samp small span strong sub sup table ' +
    'tbody td tfoot th thead tr tt ul var'
  ).split(' ')
)

const blocks = new Set(
  'address blockquote div dl h1 h2 h3 h4 h5 h6 hr ol p pre section table ul'.split(' ')
)

/** Attributes QTI has beyond `class`, per element (no `title` anywhere). */
const keptAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt']
}

function holdsBlocks(node: Element): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (blocks.has(child.tagName) || holdsBlocks(child))
  )
}

/** The QTI element name and attributes an HTML element is written as. */
export function qtiElement(node: Element): {name: string; attributes: Record<string, string>} {
  const className = node.properties.className
  const classes = Array.isArray(className) ? className.map(String) : []
  if (allowed.has(node.tagName)) {
    const attributes: Record<string, string> = {}
    for (const attribute of keptAttributes[node.tagName] ?? []) {
      const value = node.properties[attribute]
      if (value !== undefined) attributes[attribute] = String(value)
    }
    // QTI requires an image's alt; an image without one is decorative.
    if (node.tagName === 'img') attributes.alt ??= ''
    if (classes.length > 0) attributes.class = classes.join(' ')
    return {name: node.tagName, attributes}
  }
  // Not in QTI: its name becomes a class, so a stylesheet can still tell it apart.
  const name = node.tagName === 'section' || holdsBlocks(node) ? 'div' : 'span'
  return {name, attributes: {class: [node.tagName, ...classes].join(' ')}}
}
