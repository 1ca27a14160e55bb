// What the MyST tests read in a built page's content tree.
import type {MystNode} from './myst.js'
import {nodesOf, textOf} from './myst.js'

/** The seed example's counts, the table's last column top to bottom. */
export const seedCounts = ['20', '25', '5', '15', '3', '20', '30', '18', '50', '68']

/** A table's last column, below its header. */
export const lastColumn = (table: MystNode) =>
  table.children!.slice(1).map((row) => textOf(row.children!.at(-1)!))

/** The quizzes' answer lines, in English or German. */
export const answers = (page: MystNode) =>
  nodesOf(page, 'paragraph')
    .map(textOf)
    .filter((text) => /^(Answer|Antwort):/.test(text))

/** Each quiz's lettered options. */
export const optionLists = (page: MystNode) =>
  nodesOf(page, 'list')
    .filter((list) => list.class === 'rnn-quiz-options')
    .map((list) => list.children!.map(textOf))

/** The example page with the first quiz's key B turned into D. */
export const wrongKey = (page: string) => page.replace(':answer: B', ':answer: D')
