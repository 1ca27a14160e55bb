import type {Nodes} from 'hast'
import type {VFile} from 'vfile'
import type {MystNode} from './types.js'

type ToHtml = (tree: Nodes) => string

/**
 * hast-util-to-html, an optional peer dependency: only HTML-only parts (the
 * diagram) need it, so a book without them installs nothing more.
 */
async function loadToHtml(): Promise<ToHtml | undefined> {
  try {
    const module = (await import('hast-util-to-html')) as {toHtml: ToHtml}
    return module.toHtml
  } catch {
    return undefined
  }
}

/**
 * Write the HTML-only parts `toMyst` kept as hast (`rnnHast`) as MyST `html`
 * nodes; without hast-util-to-html, leave them out and say what to install.
 */
export async function writeHtmlParts(tree: MystNode, file: VFile): Promise<void> {
  const parents: MystNode[] = []
  const walk = (node: MystNode) => {
    if (node.children?.some((child) => child.type === 'rnnHast')) parents.push(node)
    for (const child of node.children ?? []) walk(child)
  }

  walk(tree)
  if (parents.length === 0) return
  const toHtml = await loadToHtml()
  for (const parent of parents) {
    parent.children = (parent.children ?? []).flatMap((child) => {
      if (child.type !== 'rnnHast') return [child]
      if (toHtml) return [{type: 'html', value: toHtml(child.hast as Nodes)}]
      const message = file.message(
        'This part exists only as HTML (a diagram): install hast-util-to-html next to remark-rnn to show it in MyST.',
        child.position,
        'remark-rnn:missing-dependency'
      )
      message.fatal = false
      return []
    })
  }
}
