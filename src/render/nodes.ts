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
  data?: RnnBlockData | undefined
}

export interface RnnBlockData extends Data {
  /** Markdown output writes this text instead of the content: a broken directive's source, as the author wrote it. */
  rnnSource?: string | undefined
  /** Shown in HTML only (a diagram), never written to Markdown. */
  rnnHtmlOnly?: boolean | undefined
  /** Part of a quiz's self-check form (a field, its feedback, Check): interactive HTML that other outputs (MyST) leave out. */
  rnnFormOnly?: boolean | undefined
  /** Marks a diagram, whose SVG is in `hChildren`: tools that write files (the CLI) find it here. */
  rnnDiagram?: {readonly title: string} | undefined
}

/** The inline counterpart: a number in prose, or a problem shown in place. */
export interface RnnInline extends Parent {
  type: 'rnnInline'
  children: PhrasingContent[]
  data?: RnnInlineData | undefined
}

export interface RnnInlineData extends Data {
  /** Markdown output writes this text instead of the content (see `RnnBlockData`). */
  rnnSource?: string | undefined
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
  data: RnnSourceData
}

export interface RnnSourceData extends Data {
  rnnSource: string
}

declare module 'mdast' {
  interface BlockContentMap {
    rnnBlock: RnnBlock
    rnnSource: RnnSource
  }

  interface PhrasingContentMap {
    rnnInline: RnnInline
  }

  interface RootContentMap {
    rnnBlock: RnnBlock
    rnnSource: RnnSource
    rnnInline: RnnInline
  }

  interface Data {
    /** Part of a quiz form's question, which an answer sheet leaves to the page around it. */
    rnnQuestion?: boolean | undefined
  }

  interface ParagraphData {
    /** The label of a quiz option's radio: its letter, all an answer sheet's label shows. */
    rnnOptionLetter?: string | undefined
    /** Shown in HTML only (a summary line, a problem's source), never written to Markdown. */
    rnnHtmlOnly?: boolean | undefined
    /** Markdown output writes this text instead of the paragraph: an unparsed directive as written. */
    rnnSource?: string | undefined
  }

  interface ListData {
    /** Shown in HTML only (what is wrong with a broken directive), never written to Markdown. */
    rnnHtmlOnly?: boolean | undefined
  }
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
