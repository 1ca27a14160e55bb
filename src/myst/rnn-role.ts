import type {DirectiveLike} from '../directives/directive-attributes.js'
import {splitAttributes} from '../directives/directive-attributes.js'
import {solutionName} from '../directives/directive-names.js'
import {countQuantity} from '../directives/inline-number.js'
import type {Settings} from '../directives/options.js'
import {modelsFor} from './file-models.js'
import {optionSpecs} from './option-specs.js'
import {inlineProblem} from './problem-nodes.js'
import {reportNode} from './report-node.js'
import {pageText} from './role-position.js'
import type {RoleSpec} from './types.js'
import {readDirective} from './written-options.js'

/**
 * `{rnn}`classifier.total``: a quantity of a named model, short for
 * `{rnn model=classifier}`total``. Only a role with no options of its own
 * reads the part before the first dot as a model, so term ids with dots
 * stay whole where the options give the network
 * (`{rnn inputs=8 units=16,8}`input-weights.l2``) and split after the
 * model's name where they do not (`{rnn}`stack.input-weights.l2``).
 */
function readShorthand(
  directive: DirectiveLike,
  label: string
): {directive: DirectiveLike; label: string} {
  const attributes = directive.attributes ?? {}
  const dot = label.indexOf('.')
  const ownOptions = Object.keys(attributes).some((name) => name !== 'class')
  if (dot <= 0 || ownOptions) return {directive, label}
  const model = label.slice(0, dot).trim()
  return {
    directive: {...directive, attributes: {...attributes, model}},
    label: label.slice(dot + 1)
  }
}

/**
 * The `rnn` role: a number in prose, counted like the `{…}` form's inline
 * directive. The body is the quantity (`total`, `recurrent`, a term id;
 * `total=68` states the number for the build to check), the options the
 * network or `model=…`.
 */
export function rnnRole(settings: Settings): RoleSpec {
  return {
    name: solutionName,
    doc: 'A count in prose: {rnn}`model.total`, or {rnn inputs=4 units=5}`recurrent`; `total=68` is checked.',
    options: optionSpecs(),
    body: {type: String, required: true},
    run(data, file) {
      const written = typeof data.body === 'string' ? data.body : ''
      const read = readDirective(data.node, pageText(file))
      const {directive, label} = readShorthand(read.directive, written)
      const models = modelsFor(file, directive)
      const fail = (problems: Parameters<typeof reportNode>[0]) => [
        ...inlineProblem(data.node, data.name, written),
        reportNode(problems, data.node, {role: data.name})
      ]
      // Counted even with problems of its writing, so every problem is reported at once (defining no model).
      const badlyWritten = read.problems.length > 0
      const number = countQuantity(
        directive,
        label,
        badlyWritten ? new Map(models) : models,
        settings
      )
      if (!number.ok || badlyWritten)
        return fail([...read.problems, ...(number.ok ? [] : number.problems)])
      return [
        {type: 'text', value: number.text},
        reportNode([], data.node, {uses: splitAttributes(directive).model, role: data.name})
      ]
    }
  }
}
