import {basename, extname} from 'node:path'
import type {Element, Root as HastRoot} from 'hast'
import type {Paragraph, Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'
import type {RnnBlock, RnnHtml} from '../render/index.js'
import {standaloneSvg} from '../render/index.js'

/** A file to write beside the page. */
export interface SideFile {
  readonly name: string
  readonly contents: string
}

declare module 'vfile' {
  interface DataMap {
    /** The diagrams of an expanded Markdown page, written beside it by `render`. */
    rnnDiagramFiles: SideFile[]
  }
}

/** `lesson.expanded.md` → `lesson.expanded.diagram-1.svg`, … */
function diagramFileName(target: string, index: number): string {
  return `${basename(target, extname(target))}.diagram-${index}.svg`
}

/** An SVG file of its own. */
function svgFile(svg: Element): string {
  const tree: HastRoot = {type: 'root', children: [standaloneSvg(svg)]}
  return unified().use(rehypeStringify).stringify(tree) + '\n'
}

/**
 * For `render -o page.md`: Markdown cannot hold an SVG, so each diagram
 * becomes an image linking to an SVG file beside the page (its title as the
 * alternative text); the files are left in `file.data.rnnDiagramFiles`.
 */
export function remarkDiagramFiles(options: {readonly target: string}) {
  return (tree: Root, file: VFile) => {
    const files: SideFile[] = []
    visitParents(tree, 'rnnHtml', (node: RnnHtml, ancestors) => {
      const diagram = node.diagram
      const svg = node.data?.hChildren?.[0]
      if (!diagram || svg?.type !== 'element') return
      const name = diagramFileName(options.target, files.length + 1)
      files.push({name, contents: svgFile(svg)})
      const image: Paragraph = {
        type: 'paragraph',
        children: [{type: 'image', url: name, alt: diagram.title}]
      }
      const parent = ancestors[ancestors.length - 1] as RnnBlock
      parent.children[parent.children.indexOf(node)] = image
    })
    file.data.rnnDiagramFiles = files
  }
}
