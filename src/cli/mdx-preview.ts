import type {Element, ElementContent, Properties} from 'hast'
import {h} from 'hastscript'
import type {Root} from 'mdast'
import type {MdxFlowExpression, MdxTextExpression} from 'mdast-util-mdx-expression'
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx'
import type {Handler, State} from 'mdast-util-to-hast'
import {visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'
import {ruleUrl} from '../directives/rules.js'
import {safeAuthorElement} from '../export/author-html.js'

// A preview of an MDX page without running it: imports, exports and the
// site's components belong to the site, so ESM is left out and each
// component becomes a visible, labelled box with its children rendered.
// HTML written as JSX (`<aside className="note">`) stays HTML, sanitised.

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** `Chart`, `ui.Chart`: a component, not an HTML element. */
function isComponent(name: string | null): name is string {
  return name !== null && (/^[A-Z]/.test(name) || name.includes('.'))
}

/** The notice a preview gives once per page, naming what it could not show. */
export function remarkMdxPreview() {
  return (tree: Root, file: VFile) => {
    const components = new Set<string>()
    let esm = false
    visitParents(tree, (node) => {
      if (node.type === 'mdxjsEsm') esm = true
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        isComponent(node.name)
      )
        components.add(node.name)
    })
    if (!esm && components.size === 0) return
    const parts = [
      ...(esm ? ['imports and exports are left out'] : []),
      ...(components.size > 0
        ? [
            `components are shown as placeholders: ${[...components].map((name) => `<${name}>`).join(', ')}`
          ]
        : [])
    ]
    file.info(`MDX preview: ${parts.join('; ')}.`, {
      ruleId: 'mdx-preview',
      source: 'remark-rnn'
    }).url = ruleUrl('mdx-preview')
  }
}

/** Attributes with a static value; expressions (`style={{…}}`, `{...props}`) need the site's code. */
function staticProperties(node: JsxElement): Properties {
  const properties: Properties = {}
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue
    const {name, value} = attribute
    if (value === null || value === undefined) properties[name] = true
    else if (typeof value === 'string') properties[name] = value
    else {
      const statement = value.data?.estree?.body[0]
      const expression =
        statement?.type === 'ExpressionStatement' ? statement.expression : undefined
      const literal = expression?.type === 'Literal' ? expression.value : undefined
      if (
        typeof literal === 'string' ||
        typeof literal === 'number' ||
        typeof literal === 'boolean'
      )
        properties[name] = literal
    }
  }

  return properties
}

function jsxElement(state: State, node: JsxElement): Element | ElementContent[] {
  const children = state.all(node)
  if (node.name === null) return children
  // HTML written as JSX is the author's: nothing in it may run (`onError`, `srcDoc`, `<script>`).
  if (!isComponent(node.name))
    return safeAuthorElement(h(node.name, staticProperties(node), children))
  const tag = node.type === 'mdxJsxFlowElement' ? 'div' : 'span'
  return h(`${tag}.mdx-component`, {dataComponent: node.name}, [
    h('span.mdx-component-name', `<${node.name}>`),
    ...children
  ])
}

/** `{/* a comment *\/}` disappears; any other expression is shown as written. */
function expression(_: State, node: MdxFlowExpression | MdxTextExpression): Element | undefined {
  const code = node.value.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim()
  if (code === '') return undefined
  return h(
    node.type === 'mdxFlowExpression' ? 'pre.mdx-expression' : 'code.mdx-expression',
    `{${node.value}}`
  )
}

/** remark-rehype handlers for MDX's nodes. */
export const mdxPreviewHandlers: Record<string, Handler> = {
  mdxjsEsm: () => undefined,
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  mdxFlowExpression: expression as Handler,
  mdxTextExpression: expression as Handler
}
