import type {DescriptionAttribute, DescriptionValue, NetworkDescription} from './description.js'
import type {DescriptionProblem} from './problem.js'

/** Options that only mean something for one cell, one framework or one shape of network. */
export function conflicts(
  description: NetworkDescription,
  given: ReadonlyMap<DescriptionAttribute, DescriptionValue>,
  unreadable: ReadonlySet<DescriptionAttribute>
): DescriptionProblem[] {
  const problems: DescriptionProblem[] = []
  const conflict = (attribute: string, message: string) =>
    problems.push({ruleId: 'conflicting-options', attribute, message})

  if (given.has('reset-after')) {
    if (description.cell !== 'gru') {
      conflict(
        'reset-after',
        `\`reset-after\` only applies to \`cell=gru\`, not \`cell=${description.cell}\`.`
      )
    } else if (description.framework !== 'keras') {
      conflict(
        'reset-after',
        '`reset-after` is a Keras option; a PyTorch GRU always has separate input and recurrent biases.'
      )
    }
  }

  if (given.has('proj-size') && description.projSize > 0) {
    const problem = projectionConflict(description)
    if (problem !== undefined) conflict('proj-size', problem)
  }

  // A `merge` that is not one of its words is reported as such; whether it fits comes after.
  if (given.has('merge') && !unreadable.has('merge') && !unreadable.has('bidirectional')) {
    const problem = mergeConflict(description)
    if (problem !== undefined) conflict('merge', problem)
  }

  if (description.decoder !== null && description.returnSequences) {
    conflict(
      'return-sequences',
      '`return-sequences` describes a single stack; a decoder always returns every step, so leave it out.'
    )
  }

  return problems
}

function projectionConflict(description: NetworkDescription): string | undefined {
  if (description.cell !== 'lstm') {
    return `\`proj-size\` only applies to \`cell=lstm\`, not \`cell=${description.cell}\`.`
  }

  if (description.framework !== 'pytorch') {
    return '`proj-size` is a PyTorch option: add `framework=pytorch`.'
  }

  const smallest = Math.min(...description.units, ...(description.decoder?.units ?? []))
  if (description.projSize >= smallest) {
    return `\`proj-size\` (${description.projSize}) must be smaller than \`units\` (${smallest}), as PyTorch requires.`
  }

  if (description.decoder !== null && description.bidirectional) {
    return '`proj-size` with a bidirectional encoder hands the decoder states of two widths (2p and 2h); drop one of them.'
  }

  return undefined
}

function mergeConflict(description: NetworkDescription): string | undefined {
  if (!description.bidirectional) {
    return '`merge` joins the two directions of a bidirectional layer: add `bidirectional` or drop `merge`.'
  }

  if (description.framework === 'pytorch' && description.merge !== 'concat') {
    return `PyTorch always concatenates the two directions, so \`merge=${description.merge}\` needs \`framework=keras\`.`
  }

  return undefined
}
