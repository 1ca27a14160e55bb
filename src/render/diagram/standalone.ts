import type {Element, ElementContent} from 'hast'
import {diagramStylesheet} from './style.js'

/**
 * A diagram's SVG as a document of its own (a file beside a Markdown page,
 * an image in MyST): with the stylesheet, which on a page only the first
 * diagram carries, after its title and description.
 */
export function standaloneSvg(svg: Element): Element {
  const styled = svg.children.some((child) => child.type === 'element' && child.tagName === 'style')
  if (styled) return svg
  const children: ElementContent[] = [...svg.children]
  children.splice(2, 0, {
    type: 'element',
    tagName: 'style',
    properties: {},
    children: [{type: 'text', value: diagramStylesheet}]
  })
  return {...svg, children}
}
