import {stop} from './code-problem.js'
import type {Value} from './code-values.js'
import {tensorsIn} from './keras-graph.js'
import type {SyntaxNode} from './python-tree.js'
import type {Run} from './run-state.js'
import {Scope} from './run-state.js'
import {executeBody} from './statements.js'

// A Keras `call` may branch on what only a run knows (`if tf.shape(x)[1] > 1:`).
// Every branch is followed (a layer builds on the first call that reaches it);
// the names they set and what they return must agree in shape, else which
// width follows is unknown and the reader says so.

/** What one branch left: the names it set, and what it returned (undefined: it did not return). */
interface Branch {
  readonly scope: Scope
  readonly returned: Value | undefined
}

const shapes = (value: Value) => JSON.stringify(tensorsIn(value).map((tensor) => tensor.shape))

/** Values that would give different counts: numbers or tensors that are not the same. */
function disagree(values: readonly Value[]): boolean {
  const first = values[0] as Value
  return values.some(
    (value) =>
      value !== first &&
      (typeof value === 'number' || typeof first === 'number' || shapes(value) !== shapes(first))
  )
}

function problem(run: Run, test: SyntaxNode, what: string): never {
  return stop(
    'unresolved-size',
    `The reader cannot tell whether \`${run.text(test)}\` holds, and its branches give ${what} different widths: write the branch the model takes.`,
    test
  )
}

/**
 * Follow every branch of an `if` whose condition is unknown (bodies in order;
 * `hasElse` false adds the way past them all). Returns what they all return,
 * or undefined when some way goes on after the `if`.
 */
export function followBranches(
  run: Run,
  test: SyntaxNode,
  bodies: readonly SyntaxNode[],
  hasElse: boolean,
  scope: Scope
): Value | undefined {
  const branches: Branch[] = bodies.map((body) => {
    const local = new Scope(scope)
    return {scope: local, returned: executeBody(run, body, local)}
  })
  if (!hasElse) branches.push({scope: new Scope(scope), returned: undefined})
  for (const name of new Set(branches.flatMap((branch) => [...branch.scope.names.keys()]))) {
    // A way that leaves a name unbound (an `if` without `else`) cannot go on to use it.
    const values = branches
      .map((branch) =>
        branch.scope.names.has(name) ? branch.scope.names.get(name) : scope.get(name)
      )
      .filter((value) => value !== undefined)
    if (disagree(values)) problem(run, test, `\`${name}\``)
    scope.set(name, values[0] as Value)
  }
  const returned = branches.map((branch) => branch.returned)
  if (returned.includes(undefined)) return undefined
  if (disagree(returned as Value[])) problem(run, test, 'what it returns')
  return returned[0]
}
