// The property the `.mdx` preview keeps whatever JSX an author writes: no
// element, attribute or URL that could run survives into the page. It takes
// the render function as a parameter, so vitest runs it on the source
// (test/cli/hostile-preview.test.ts).
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {hostileUrl} from './hostile-exports.js'

const tagNames = [
  'a',
  'img',
  'svg',
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'style',
  'math',
  'video',
  'source',
  'details',
  'base',
  'meta',
  'link',
  'template',
  'div',
  'section'
]
const attributeNames = [
  'onError',
  'onLoad',
  'onClick',
  'onMouseOver',
  'srcDoc',
  'href',
  'src',
  'action',
  'formAction',
  'xlinkHref',
  'data',
  'poster',
  'style',
  'srcSet',
  'content',
  'httpEquiv',
  'className',
  'id',
  'cite'
]

const attribute = fc
  .tuple(fc.constantFrom(...attributeNames), fc.oneof(hostileUrl, fc.constant('alert(1)')))
  .map(([name, value]) => `${name}="${value.replace(/"/g, '')}"`)

/** One JSX element of any tag with hostile attributes, in prose or flow. */
const element = fc
  .tuple(fc.constantFrom(...tagNames), fc.array(attribute, {maxLength: 4}))
  .map(([tag, attributes]) => `<${tag} ${attributes.join(' ')}>x</${tag}>`)

/** An MDX page of such elements, some inside a quiz question. */
export const hostileMdx = fc
  .tuple(fc.array(element, {minLength: 1, maxLength: 4}), element)
  .map(
    ([flow, inQuiz]) =>
      `# Page\n\n${flow.join('\n\n')}\n\n:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nQuestion ${inQuiz}?\n\n- 32\n- 28\n:::\n`
  )

const runnable = /^(javascript|vbscript|data):/i
const forbidden = 'script, iframe, object, embed, base, meta, link, template, style, svg, form'

/** The page's body without remark-rnn's own self-check script and stylesheet. */
function authorPart(html) {
  const body = html.slice(html.indexOf('<body>'))
  return body
    .replace(/<script>[\s\S]*?<\/script>\s*<\/body>/, '</body>')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
}

/** `render(source)` returns the HTML page of an `.mdx` source. */
export function previewProperties(render) {
  return {
    'the .mdx preview keeps nothing that runs, whatever the JSX': fc.asyncProperty(
      hostileMdx,
      async (source) => {
        const tree = fromHtml(authorPart(await render(source)))
        const left = selectAll(forbidden, tree).filter(
          // remark-rnn's own quiz form.
          (node) =>
            !(node.tagName === 'form' && String(node.properties.className).includes('rnn-quiz'))
        )
        if (left.length > 0) throw new Error(`<${left[0].tagName}> survived`)
        for (const node of selectAll('*', tree)) {
          for (const [name, value] of Object.entries(node.properties)) {
            if (/^on/i.test(name)) throw new Error(`${name} survived`)
            const squeezed = String(value).replace(/[\s\p{Cc}]/gu, '')
            if (
              /^(href|src|action|formAction|data|poster|cite)$/.test(name) &&
              runnable.test(squeezed)
            )
              throw new Error(`${name}=${value} survived`)
          }
        }
      }
    )
  }
}
