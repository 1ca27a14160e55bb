import type {Element, ElementContent, Properties} from 'hast'
import type {Parents} from 'mdast'
import type {Handler, Handlers, State} from 'mdast-util-to-hast'
import {safeAuthorElement} from './author-html.js'

/** The parts of an MDX JSX node (`mdxJsxFlowElement`, `mdxJsxTextElement`) read here. */
interface JsxNode {
  readonly name: string | null
  readonly attributes: ReadonlyArray<{
    readonly type: string
    readonly name?: string
    readonly value?: unknown
  }>
}

/**
 * An MDX page's JSX as the HTML it means, for an LMS: `W<sub>xh</sub>`,
 * `<br />`, `<em>`, `<abbr title="…">` keep their element and their plain
 * attributes; a component (`<Aside>`) or a fragment, which an LMS cannot
 * run, keeps its content. Attributes written as expressions (`{…}`) cannot
 * be evaluated here and are left out.
 */
function jsxElement(state: State, node: JsxNode): Element | ElementContent[] {
  const children = state.all(node as unknown as Parents)
  const {name} = node
  if (name === null || !/^[a-z][a-z0-9]*$/.test(name)) return children
  const properties: Properties = {}
  for (const attribute of node.attributes) {
    const {value} = attribute
    // An expression value is an object; a bare attribute (`<span hidden>`) has none (null).
    if (attribute.type !== 'mdxJsxAttribute' || (typeof value === 'object' && value !== null))
      continue
    const key = attribute.name === 'class' ? 'className' : (attribute.name as string)
    properties[key] =
      typeof value !== 'string' ? true : key === 'className' ? value.split(/\s+/) : value
  }
  return safeAuthorElement({type: 'element', tagName: name, properties, children})
}

export const jsxHandlers: Handlers = {
  mdxJsxFlowElement: jsxElement as unknown as Handler,
  mdxJsxTextElement: jsxElement as unknown as Handler
}
