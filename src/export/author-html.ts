import type {Element, ElementContent, Root} from 'hast'
import type {Schema} from 'hast-util-sanitize'
import {defaultSchema, sanitize} from 'hast-util-sanitize'
import type {Handler, Handlers, State} from 'mdast-util-to-hast'
import {defaultHandlers} from 'mdast-util-to-hast'

// The one sanitising step for what an author wrote as HTML: JSX elements in
// the `.mdx` preview, and the links and images of every page, in the
// preview and in every export. Only the author's elements are sanitised,
// one at a time as they become HTML: the parts remark-rnn generates (quiz
// forms, diagrams, KaTeX) are never the author's, and a directive inside an
// author's `<div>` keeps working. See docs/security.md.

// The defaults always have these (typed optional for schemas in general).
const defaultAttributes = defaultSchema.attributes as NonNullable<Schema['attributes']>
const defaultTagNames = defaultSchema.tagNames as readonly string[]
const strip = ['script', 'style']

/** The defaults' attributes, less the classes some elements may only have (their class rule is the one below). */
const withoutClassRules = Object.fromEntries(
  Object.entries(defaultAttributes).map(([tagName, definitions]) => [
    tagName,
    definitions.filter((definition) =>
      Array.isArray(definition) ? definition[0] !== 'className' : definition !== 'className'
    )
  ])
)

/**
 * hast-util-sanitize's defaults (GitHub's), with: `className` on any author
 * element (except remark-rnn's own `rnn-…` and `mdx-…` classes, so a page
 * cannot dress up as a quiz for the self-check script); `data-*` attributes
 * (inert text) and `hidden`; a few harmless semantic elements; `style`
 * dropped with its content like `script`; and no ancestor rules, since an
 * element is sanitised on its own (a `<td>` cannot see its table).
 */
export const authorSchema: Schema = {
  ...defaultSchema,
  ancestors: {},
  strip,
  // The defaults allow `action` everywhere without a scheme check; it is inert without a form, but never a script URL.
  protocols: {...defaultSchema.protocols, action: ['http', 'https', 'mailto']},
  tagNames: [
    ...defaultTagNames,
    'abbr',
    'aside',
    'cite',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'u'
  ],
  attributes: {
    ...withoutClassRules,
    '*': [...(defaultAttributes['*'] as []), ['className', /^(?!rnn-|mdx-)/], 'data*', 'hidden']
  }
}

/**
 * An author's element with whatever could run removed: kept with its safe
 * attributes, unwrapped to its children (an element the schema does not
 * allow, such as `iframe` or `svg`), or dropped with them (`script`, `style`).
 * Its children are the caller's, already made safe the same way.
 */
export function safeAuthorElement(element: Element): ElementContent[] {
  if (strip.includes(element.tagName)) return []
  const root = sanitize({type: 'root', children: [{...element, children: []}]}, authorSchema)
  const [safe] = (root as Root).children
  return safe?.type === 'element' ? [{...safe, children: element.children}] : element.children
}

/** A handler of mdast-util-to-hast whose element is then made safe. */
function safe(handler: Handler): Handler {
  return (state: State, node, parent) => {
    // A reference without its definition comes back as the text it was written as.
    const result = handler(state, node, parent) as Element | ElementContent[]
    const nodes = Array.isArray(result) ? result : [result]
    return nodes.flatMap((child) => (child.type === 'element' ? safeAuthorElement(child) : [child]))
  }
}

/**
 * mdast-util-to-hast handlers for the nodes that carry an author's URL:
 * `[x](javascript:…)`, `<javascript:…>`, reference definitions and images
 * lose a URL whose scheme is not http(s), mailto (or irc, xmpp) and that is
 * not relative.
 */
export const authorHandlers: Handlers = {
  link: safe(defaultHandlers.link),
  linkReference: safe(defaultHandlers.linkReference),
  image: safe(defaultHandlers.image),
  imageReference: safe(defaultHandlers.imageReference)
}
