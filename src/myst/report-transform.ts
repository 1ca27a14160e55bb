import type {VFile} from 'vfile'
import {unusedModelProblem} from '../directives/models.js'
import {createReport} from '../directives/report.js'
import {misspelledNames} from './misspelled-names.js'
import type {RnnReport} from './report-node.js'
import {pageSource, pageText, rolePosition} from './role-position.js'
import type {MystNode} from './types.js'

const isReport = (node: MystNode): node is RnnReport => node.type === 'rnnReport'

/** Every report node of a page in document order, each taken out of the tree. */
function takeReports(tree: MystNode): RnnReport[] {
  const found: RnnReport[] = []
  const walk = (parent: MystNode) => {
    if (!parent.children) return
    for (const child of parent.children) {
      if (isReport(child)) found.push(child)
      else walk(child)
    }

    parent.children = parent.children.filter((child) => !isReport(child))
  }

  walk(tree)
  return found
}

/**
 * The page transform: report what the directives and roles found as
 * messages on the page's file, positioned, with their ruleId (errors are
 * `fatal: true`, which fails `myst build --strict` and nothing else), warn
 * about named models nothing uses, name misspelled directives, and leave no
 * report node behind.
 */
export function reportProblems(tree: MystNode, file: VFile): void {
  const report = createReport(file)
  const reports = takeReports(tree)
  const used = new Set(reports.flatMap((node) => (node.uses ? [node.uses] : [])))
  const source = reports.some((node) => node.role && node.problems.length > 0)
    ? pageSource(file.path)
    : undefined
  for (const node of reports) {
    for (const {position, ...problem} of node.problems) {
      const place = position && node.role ? rolePosition(source, position, node.role) : position
      // The stored place was settled when the directive ran (its `expected` with it).
      report({...problem, place, node: {type: node.type, ...(place ? {position: place} : {})}})
    }
  }

  for (const node of reports) {
    if (node.defines && !used.has(node.defines)) report(unusedModelProblem(node.defines, node))
  }

  for (const problem of misspelledNames(tree, () => pageText(file))) report(problem)
}
