import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import type {Problem} from '../directives/report.js'
import type {RnnBlock, RnnInline} from '../render/index.js'
import {rnnHtml} from '../render/index.js'
import {blockProblemNoteHtml, inlineProblemNote} from '../render/problem-note.js'
import {openingLine, sourceText, writtenBack} from './directive-source.js'

function problemProperties(problems: readonly Problem[]) {
  return {
    className: ['rnn-problem'],
    title: problems.map((problem) => problem.reason).join('\n'),
    dataRnnRule: [...new Set(problems.map((problem) => problem.ruleId))].join(' ')
  }
}

/**
 * Keep a broken block directive visible: in HTML its opening line as code,
 * the list of what is wrong, then the author's content; in Markdown the directive exactly as written,
 * so nothing the author typed is lost and a later fix needs no rewriting.
 */
export function blockProblem(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  problems: readonly Problem[]
): RnnBlock {
  // A directive made in code has no source: its name stands for it, as for inline ones.
  const source = rnnHtml('p', {}, [
    {type: 'inlineCode', value: openingLine(file, node) || `::${node.name}`}
  ])
  node.data = {...node.data, hName: 'div'}
  return {
    type: 'rnnBlock',
    children: [source, blockProblemNoteHtml(problems), node],
    source: writtenBack(file, node),
    data: {hName: 'div', hProperties: problemProperties(problems)},
    ...(node.position ? {position: node.position} : {})
  }
}

/** Keep a broken inline directive visible: in HTML its source as code and what is wrong; itself in Markdown. */
export function inlineProblem(
  file: VFile,
  node: TextDirective,
  problems: readonly Problem[]
): RnnInline {
  return {
    type: 'rnnInline',
    children: [node],
    data: {
      hName: 'span',
      hProperties: problemProperties(problems),
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: {},
          children: [{type: 'text', value: sourceText(file, node) ?? `:${node.name}`}]
        },
        inlineProblemNote(problems)
      ]
    },
    source: writtenBack(file, node),
    ...(node.position ? {position: node.position} : {})
  }
}
