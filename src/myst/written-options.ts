import type {AttributeValues, DirectiveLike} from '../directives/directive-attributes.js'
import {duplicateAttributeProblems} from '../directives/duplicate-attribute.js'
import type {Problem} from '../directives/report.js'
import {optionPlaces} from './option-places.js'
import type {MystNode} from './types.js'

/** One option as the author wrote it: `:units: 5`, or `units=5`, `#id`, `.class` in the braces. */
export interface WrittenOption {
  readonly name: string
  /** The text after the name; a bare flag (`:bidirectional:`) is `''`, as in the `{…}` form. */
  readonly value: string
  readonly node: MystNode
}

/**
 * Every option of a directive or role in the order written, read from
 * MyST's `mystOption` nodes rather than its validated options: those drop
 * unknown names and repeats, which the shared layer must see to report them.
 */
export function writtenOptions(node: MystNode): WrittenOption[] {
  return (node.children ?? [])
    .filter((child) => child.type === 'mystOption')
    .map((child) => ({
      name: String(child.name ?? ''),
      value:
        child.value === undefined || (child.value as unknown) === true ? '' : String(child.value),
      node: child
    }))
}

/** A directive as the shared layer reads it, the problems of how it is written, and where each option stands. */
export interface ReadDirective {
  readonly directive: DirectiveLike
  readonly problems: Problem[]
  /** Problems about an attribute moved to that option's line, where it has one. */
  readonly atOptions: (problems: readonly Problem[]) => Problem[]
}

/**
 * The directive as the shared layer reads it: its position and attributes
 * by name. Classes add up (as MyST's own `class` does); any other name
 * written twice is a problem.
 */
export function readDirective(node: MystNode, source?: string | undefined): ReadDirective {
  const attributes: Record<string, string> = Object.create(null)
  const options = new Map<string, MystNode>()
  const all = writtenOptions(node)
  for (const option of all) {
    if (option.node.position) options.set(option.name, option.node)
    if (option.name === 'class' && attributes.class !== undefined) {
      attributes.class += ` ${option.value}`
    } else {
      attributes[option.name] = option.value
    }
  }

  // Each option's place on its line: problems about one point at its name or value.
  const directive: DirectiveLike = {
    type: node.type,
    attributes: attributes as AttributeValues,
    data: {rnnPlaces: optionPlaces(all, source, node.position)}
  }
  if (node.position) directive.position = node.position
  const problems = duplicateAttributeProblems(
    all.map(({name}) => name),
    directive
  )
  // Text after the name (`{rnn} inputs=4`) is an argument, which MyST drops with a warning only.
  const argument = node.children?.find((child) => child.type === 'mystDirectiveArg')
  if (argument) {
    const text = String(argument.value ?? '')
    problems.push({
      ruleId: 'unparsed-directive',
      reason: `\`${text.length > 40 ? text.slice(0, 37) + '…' : text}\` after the directive's name is not read: write each attribute as an option on its own line (\`:inputs: 4\`) or inside the braces (\`{${String(node.name ?? 'rnn')} inputs=4 units=5}\`).`,
      node
    })
  }

  // A problem with a target finds its place through the places above; others about an attribute go to its line.
  const atOptions = (found: readonly Problem[]) =>
    found.map((problem) => {
      if (problem.at && 'attribute' in problem.at) return problem
      const option = problem.attribute === undefined ? undefined : options.get(problem.attribute)
      return option ? {...problem, node: option} : problem
    })
  return {directive, problems, atOptions}
}
