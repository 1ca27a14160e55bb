import type {Nodes, Paragraph} from 'mdast'
import type {RnnBlock} from './nodes.js'
import {shadowQuizStylesheet} from './quiz-style.js'

/** What stays of one node of the form: the question goes, an option keeps its radio, letter and feedback. */
function sheetContent(node: Nodes, legend: string): Nodes[] {
  if (node.data?.rnnQuestion) {
    if (node.data.hName !== 'legend') return []
    const title: Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value: legend}],
      data: {hName: 'legend'}
    }
    return [title]
  }

  if (node.type === 'paragraph' && node.data?.rnnOptionLetter)
    return [{...node, children: [{type: 'text', value: node.data.rnnOptionLetter}]}]
  // The form's own stylesheet needs the page's script mark, which a shadow root cannot see.
  if (node.type === 'rnnBlock' && node.data?.hName === 'style') return []
  if (!('children' in node)) return [node]
  const children = (node.children as Nodes[]).filter(
    // An option's further blocks (an explanation under it) stay on the page.
    (child) =>
      node.type !== 'listItem' ||
      (child.type === 'rnnBlock' && child.data?.rnnFormOnly) ||
      (child.type === 'paragraph' && child.data?.rnnOptionLetter)
  )
  return [{...node, children: children.flatMap((child) => sheetContent(child, legend))} as Nodes]
}

/**
 * A quiz's self-check form as an answer sheet, for a page that shows the
 * question and the lettered options itself (MyST, where the form stands
 * alone in a widget's shadow root): the legend says `legend`, each radio is
 * labelled by its option's letter, and the form brings its own stylesheet.
 * Fields, Check, the live status line and every feedback line stay as they are.
 */
export function answerSheet(form: RnnBlock, legend: string): RnnBlock {
  const style: RnnBlock = {
    type: 'rnnBlock',
    children: [],
    data: {hName: 'style', hChildren: [{type: 'text', value: shadowQuizStylesheet}]}
  }
  const [sheet] = sheetContent(form, legend) as [RnnBlock]
  return {...sheet, children: [style, ...sheet.children]}
}
