import type {Cdata, Element, ElementContent, Root, RootContent} from 'xast'

// What XML 1.0 cannot hold, whatever the author wrote: characters outside its
// `Char` production (U+FFFE, U+FFFF, lone surrogates, most C0 controls) and
// `]]>` in text outside CDATA. Every document the exports write passes
// through `xmlSafe` just before it is serialised, so no writer can forget it.

/** Anything but tab, line feed, carriage return and the ranges XML 1.0 allows. */
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** The text with each character XML cannot hold replaced by U+FFFD, so the loss shows. */
export function xmlCharacters(value: string): string {
  return value.replace(notXmlCharacter, '\uFFFD')
}

/** Text as nodes that never write `]]>`: its `>` goes into a CDATA section of its own. */
function safeText(value: string): ElementContent[] {
  const parts = xmlCharacters(value).split(']]>')
  return parts.flatMap((part, index): ElementContent[] => {
    const last = index === parts.length - 1
    const text: ElementContent[] =
      last && part === '' ? [] : [{type: 'text', value: last ? part : `${part}]]`}]
    return last ? text : [...text, {type: 'cdata', value: '>'}]
  })
}

/** Children with runs of text joined (two texts could meet at `]]` and `>`) and made safe. */
function safeChildren(children: readonly ElementContent[]): ElementContent[] {
  const safe: ElementContent[] = []
  let text: string | undefined
  const flush = () => {
    if (text !== undefined) safe.push(...safeText(text))
    text = undefined
  }
  for (const child of children) {
    if (child.type === 'text') text = (text ?? '') + child.value
    else {
      flush()
      safe.push(safeNode(child))
    }
  }
  flush()
  return safe
}

function safeNode(node: ElementContent): ElementContent {
  if (node.type === 'element') return safeElement(node)
  // CDATA is the one other node the writers make (text is joined above).
  const cdata = node as Cdata
  return {...cdata, value: xmlCharacters(cdata.value)}
}

function safeElement(element: Element): Element {
  const attributes = Object.fromEntries(
    // The writers only ever set strings (XmlElement.ele).
    Object.entries(element.attributes).map(([name, value]) => [name, xmlCharacters(String(value))])
  )
  return {...element, attributes, children: safeChildren(element.children)}
}

/** A copy of the document that serialises to well-formed XML whatever its text holds. */
export function xmlSafe(root: Root): Root {
  return {
    ...root,
    children: root.children.map(
      (child): RootContent => (child.type === 'element' ? safeElement(child) : child)
    )
  }
}
