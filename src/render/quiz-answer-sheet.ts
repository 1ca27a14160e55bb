import type {BlockContent, DefinitionContent, List, ListItem, Nodes} from 'mdast'
import type {RnnBlock} from './nodes.js'
import {rnnHtml} from './nodes.js'
import {optionLetter} from './quiz.js'
import {shadowQuizStylesheet} from './quiz-style.js'

/** The list of a choice quiz's options, as quiz-form.ts makes it. */
function isOptionList(node: Nodes): node is List {
  const className = node.data?.hProperties?.className
  return node.type === 'list' && Array.isArray(className) && className.includes('rnn-quiz-options')
}

/** An option keeps its radio, its label (now only its letter) and its feedback; its further blocks stay on the page. */
function sheetOptions(list: List): List {
  return {
    ...list,
    children: list.children.map((item, index) => ({
      ...item,
      children: item.children.flatMap((child): ListItem['children'] => {
        if (child.type === 'rnnHtml') return [child]
        if (child.type !== 'paragraph' || child.data?.hName !== 'label') return []
        return [{...child, children: [{type: 'text', value: optionLetter(index)}]}]
      })
    }))
  }
}

/**
 * What stays of one node of the form: in the fieldset, the question goes
 * (its legend, first, now says `legend`), and the quiz's own parts stay.
 */
function sheetContent(node: Nodes, legend: string): Nodes[] {
  // The form's own stylesheet needs the page's script mark, which a shadow root cannot see.
  if (node.type === 'rnnHtml' && node.data?.hName === 'style') return []
  if (node.type === 'rnnBlock' && node.data?.hName === 'fieldset') {
    const [, ...rest] = node.children
    const title = rnnHtml('legend', {}, [{type: 'text', value: legend}])
    const own = rest.flatMap(
      (child): Array<BlockContent | DefinitionContent> =>
        child.type === 'rnnHtml' ? [child] : isOptionList(child) ? [sheetOptions(child)] : []
    )
    return [{...node, children: [title, ...own]}]
  }

  if (node.type !== 'rnnBlock') return [node]
  return [
    {...node, children: node.children.flatMap((child) => sheetContent(child, legend))} as Nodes
  ]
}

/**
 * A quiz's self-check form as an answer sheet, for a page that shows the
 * question and the lettered options itself (MyST, where the form stands
 * alone in a widget's shadow root): the legend says `legend`, each radio is
 * labelled by its option's letter, and the form brings its own stylesheet.
 * Fields, Check, the live status line and every feedback line stay as they are.
 */
export function answerSheet(form: RnnBlock, legend: string): RnnBlock {
  const style = rnnHtml('style', {})
  style.data = {...style.data, hChildren: [{type: 'text', value: shadowQuizStylesheet}]}
  const [sheet] = sheetContent(form, legend) as [RnnBlock]
  return {...sheet, children: [style, ...sheet.children]}
}
