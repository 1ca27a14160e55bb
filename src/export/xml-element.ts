import type {Element, ElementContent, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {xmlSafe} from './xml-safe.js'

/**
 * An element of an XML document being written: a thin builder over an xast
 * tree (unified's XML syntax tree), serialised by xast-util-to-xml. Writers
 * pass elements around and add children in document order.
 */
export class XmlElement {
  readonly node: Element
  readonly #root: Root

  constructor(node: Element, root: Root) {
    this.node = node
    this.#root = root
  }

  /** Append a child element and return it. */
  ele(name: string, attributes: Readonly<Record<string, string>> = {}): XmlElement {
    const child = x(name, {...attributes})
    this.node.children.push(child)
    return new XmlElement(child, this.#root)
  }

  /**
   * Write this element and everything inside it without indentation: it
   * holds XHTML content, where white space between inline elements shows on
   * the page.
   */
  verbatim(): XmlElement {
    verbatimElements.add(this.node)
    return this
  }

  /** Append text (escaped when written); returns this element. */
  txt(value: string): XmlElement {
    this.node.children.push({type: 'text', value})
    return this
  }

  /**
   * Append text as CDATA, as Moodle writes HTML fields, so the markup stays
   * readable; a `]]>` inside is split across two sections.
   */
  dat(value: string): XmlElement {
    const parts = value.split(']]>')
    for (const [index, part] of parts.entries()) {
      const before = index === 0 ? '' : '>'
      const after = index === parts.length - 1 ? '' : ']]'
      this.node.children.push({type: 'cdata', value: `${before}${part}${after}`})
    }
    return this
  }

  /**
   * The whole document as text, indented where no text would change, and
   * well-formed whatever its text holds (xml-safe.ts).
   */
  end(): string {
    return `${toXml(xmlSafe(indented(this.#root)), {closeEmptyElements: true})}\n`
  }
}

/** Elements written as they are, descendants included (see `XmlElement.verbatim`). */
const verbatimElements = new WeakSet<Element>()

/** A new document `<?xml version="1.0" encoding="UTF-8"?>` with its root element. */
export function xmlDocument(
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  namespace?: string
): XmlElement {
  const element = x(
    name,
    namespace === undefined ? {...attributes} : {xmlns: namespace, ...attributes}
  )
  const root: Root = {
    type: 'root',
    children: [
      {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'},
      {type: 'text', value: '\n'},
      element
    ]
  }
  return new XmlElement(element, root)
}

/**
 * A copy with two-space indentation between elements. Only elements whose
 * children are all elements get line breaks, and none inside XHTML content:
 * where text is among them a space would change what is read.
 */
function indented(root: Root): Root {
  const indent = (node: ElementContent, depth: number): ElementContent => {
    if (node.type !== 'element' || verbatimElements.has(node)) return node
    const children = node.children.map((child) => indent(child, depth + 1))
    const onlyElements = children.length > 0 && children.every((child) => child.type === 'element')
    if (!onlyElements) return {...node, children}
    const inner = `\n${'  '.repeat(depth + 1)}`
    return {
      ...node,
      children: [
        ...children.flatMap((child): ElementContent[] => [{type: 'text', value: inner}, child]),
        {type: 'text', value: `\n${'  '.repeat(depth)}`}
      ]
    }
  }
  return {
    ...root,
    children: root.children.map((child) =>
      child.type === 'element' ? (indent(child, 0) as Element) : child
    )
  }
}
