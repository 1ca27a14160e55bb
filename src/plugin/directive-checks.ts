import type {ContainerDirective, Directives, LeafDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import {duplicateAttributeProblems} from '../directives/duplicate-attribute.js'
import type {Settings} from '../directives/options.js'
import {placesOf} from '../directives/places.js'
import type {Problem} from '../directives/report.js'
import {showOf} from '../directives/show-attribute.js'
import type {SolutionPart} from '../render/index.js'
import {hasClosingFence} from './directive-source.js'

/**
 * Attribute names written more than once in a directive, from the places
 * the parser recorded (see attribute-names.ts): the node keeps only the last value.
 */
export function duplicateAttributes(node: Directives): Problem[] {
  const names = (placesOf(node)?.attributes ?? []).map(({name}) => name)
  return duplicateAttributeProblems(names, node)
}

/** The checks every block directive (`rnn` and `rnn-quiz`) gets before its network is counted. */
export interface BlockChecks {
  readonly problems: Problem[]
  /** The parts its solution shows: `show=…`, or the site default. */
  readonly parts: readonly SolutionPart[]
}

/** Problems that concern the directive's shape rather than its network. */
function structuralProblems(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  nested: boolean
): Problem[] {
  const problems: Problem[] = []
  if (nested) {
    problems.push({
      ruleId: 'nested-directive',
      reason: `An \`${node.name}\` directive cannot stand inside another one; close the outer directive first.`,
      node
    })
  }

  problems.push(...duplicateAttributes(node))

  if (node.type === 'containerDirective' && !hasClosingFence(file, node)) {
    problems.push({
      ruleId: 'missing-closing-fence',
      reason: `This \`:::${node.name}\` container has no closing \`:::\` line, so it would take in the rest of the page; add one after its content.`,
      node
    })
  }

  return problems
}

/** Shape problems and the `show` attribute of a block directive. */
export function checkBlockDirective(
  file: VFile,
  node: ContainerDirective | LeafDirective,
  nested: boolean,
  settings: Settings
): BlockChecks {
  const show = showOf(node, settings)
  return {
    problems: [...structuralProblems(file, node, nested), ...show.problems],
    parts: show.parts
  }
}
