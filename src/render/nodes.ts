import type {BlockContent, Data, DefinitionContent, Literal, Parent, PhrasingContent} from 'mdast'
// The `hName`, `hProperties` and `hChildren` fields of node data.
import type {} from 'mdast-util-to-hast'

/**
 * A block the plugin generates: an element in HTML (`div`, or `details` when
 * collapsed), and just its content in Markdown, so expanded Markdown reads
 * like hand-written Markdown and processing it again changes nothing.
 */
export interface RnnBlock extends Parent {
  type: 'rnnBlock'
  children: Array<BlockContent | DefinitionContent>
  /** Markdown output writes this text instead of the content: a broken directive's source, as the author wrote it. */
  source?: string | undefined
  data?: Data | undefined
}

/**
 * The inline counterpart: a number in prose, or a problem shown in place;
 * also a paragraph the plugin could not read as a directive, a `p` in HTML
 * whose `source` Markdown output writes back as the author wrote it.
 */
export interface RnnInline extends Parent {
  type: 'rnnInline'
  children: PhrasingContent[]
  /** Markdown output writes this text instead of the content (see `RnnBlock`). */
  source?: string | undefined
  data?: Data | undefined
}

/**
 * A directive whose expansion shows nothing (a hidden solution) but whose
 * source Markdown output must write back (a model a broken directive uses):
 * its source in Markdown, and in HTML nothing at all, as mdast-util-to-hast
 * turns an unknown node with a `value` into that text, here empty.
 */
export interface RnnSource extends Literal {
  type: 'rnnSource'
  value: ''
  source: string
}

/**
 * A part of a generated block that only HTML shows (a summary line, a broken
 * directive's opening line and messages, a diagram, a quiz form's fields and
 * feedback): its element in HTML, nothing in Markdown.
 */
export interface RnnHtml extends Parent {
  type: 'rnnHtml'
  children: Array<BlockContent | DefinitionContent | PhrasingContent>
  /** Part of a quiz's self-check form: interactive HTML that outputs without the page's script (MyST) leave out. */
  form?: true | undefined
  /** A diagram, its SVG in `hChildren`, and its title: tools that write files (the CLI) find it here. */
  diagram?: {readonly title: string} | undefined
  data?: Data | undefined
}

declare module 'mdast' {
  interface BlockContentMap {
    rnnBlock: RnnBlock
    rnnSource: RnnSource
    rnnHtml: RnnHtml
  }

  interface PhrasingContentMap {
    rnnInline: RnnInline
  }

  interface RootContentMap {
    rnnBlock: RnnBlock
    rnnSource: RnnSource
    rnnInline: RnnInline
    rnnHtml: RnnHtml
  }
}

/** An element only HTML shows, with its properties, and text or other elements as its content. */
export function rnnHtml(
  tagName: string,
  properties: NonNullable<Data['hProperties']>,
  children: RnnHtml['children'] = []
): RnnHtml {
  return {type: 'rnnHtml', children, data: {hName: tagName, hProperties: properties}}
}

/** A generated block with an HTML element name, classes and other HTML properties. */
export function rnnBlock(
  tagName: string,
  className: readonly string[],
  children: RnnBlock['children'],
  properties: Readonly<Record<string, string>> = {}
): RnnBlock {
  return {
    type: 'rnnBlock',
    children,
    data: {hName: tagName, hProperties: {className: [...className], ...properties}}
  }
}
