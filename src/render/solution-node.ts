import type {BlockContent, Data, DefinitionContent, Parent} from 'mdast'
// The `hName`, `hProperties` and `hChildren` fields of node data.
import type {} from 'mdast-util-to-hast'

/**
 * The generated solution: a `div` (or `details` when collapsed) in HTML, and
 * just its content in Markdown, so expanded Markdown reads like hand-written
 * Markdown and processing it again changes nothing.
 */
export interface RnnSolution extends Parent {
  type: 'rnnSolution'
  children: Array<BlockContent | DefinitionContent>
  data?: RnnSolutionData | undefined
}

export interface RnnSolutionData extends Data {}

declare module 'mdast' {
  interface BlockContentMap {
    rnnSolution: RnnSolution
  }

  interface RootContentMap {
    rnnSolution: RnnSolution
  }

  interface ParagraphData {
    /** The `summary` line of a collapsed solution: HTML only, not Markdown. */
    rnnSummary?: boolean | undefined
  }
}
