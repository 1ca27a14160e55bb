import type {Root, RootContent} from 'mdast'
import type {JsonSettings} from './pandoc-json.js'
import {blocks, phrasing, withId} from './pandoc-json.js'
import type {PandocPage} from './pandoc-page.js'

// The expanded page as a Pandoc document (its JSON AST), which the filter
// reads back natively: each directive's expansion in a div or span with the
// id `rnn-result-N`, N its index in the batch, so the filter puts each where
// its directive stood; the self-check script in a div `rnn-self-check`.
// A directive's written-back source (`source`, for Markdown output of pages
// with problems) is not read here: Pandoc only gets pages without errors,
// and with warnings only every directive shows its expansion.

/** The `#rnn-result-N` div or span (in a paragraph) of one expansion. */
function result(index: number, node: RootContent | undefined, settings: JsonSettings) {
  const id = withId(`rnn-result-${index}`)
  if (node?.type === 'paragraph')
    return {t: 'Para', c: [{t: 'Span', c: [id, phrasing(node.children, settings)]}]}
  const children = node?.type === 'rnnBlock' ? (node.children as RootContent[]) : []
  return {t: 'Div', c: [id, blocks(children, settings)]}
}

/**
 * Every directive's expansion, in batch order, and the self-check script
 * when an HTML page has quizzes, as Pandoc's JSON of API `version`.
 */
export function pandocResults(
  tree: Root,
  page: PandocPage,
  settings: JsonSettings & {readonly version: readonly number[]},
  script: string | undefined
): string {
  const byLine = new Map(tree.children.map((node) => [node.position?.start.line, node]))
  const results: unknown[] = page.placed.map((placed) =>
    result(placed.index, byLine.get(placed.start), settings)
  )
  if (script !== undefined) {
    const raw = {t: 'RawBlock', c: ['html', `<script>${script}</script>`]}
    results.push({t: 'Div', c: [withId('rnn-self-check'), [raw]]})
  }
  return JSON.stringify({'pandoc-api-version': settings.version, meta: {}, blocks: results}) + '\n'
}
