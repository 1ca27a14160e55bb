import {stop} from './code-problem.js'
import type {Unknown} from './code-values.js'
import {isKind} from './code-values.js'
import type {SyntaxNode} from './python-tree.js'
import type {Run, Scope} from './run-state.js'

// A `for` over what the code only knows when it runs (`for w in sentence.split()`)
// is not followed. What its body changes is then unknown too, so a vocabulary the
// loop fills is asked for (`len(word_to_ix)`), never counted as empty.

/** The name an expression starts from: `word_to_ix` in `word_to_ix[w]`, `self` in `self.fc.weight`. */
function rootName(node: SyntaxNode): SyntaxNode | undefined {
  let at: SyntaxNode | null = node
  while (at && at.name !== 'VariableName')
    at = at.name === 'MemberExpression' ? at.firstChild : null
  return at ?? undefined
}

/** The names a loop's body binds or changes: assignment targets, `for` targets, `x.append(…)`'s `x`. */
function changedNames(node: SyntaxNode, changed: SyntaxNode[] = []): SyntaxNode[] {
  const first = node.firstChild
  const targets: Array<SyntaxNode | null | undefined> = []
  if (node.name === 'AssignStatement' || node.name === 'UpdateStatement') {
    for (let part = first; part && part.name !== 'AssignOp'; part = part.nextSibling)
      targets.push(part)
  } else if (node.name === 'ForStatement') targets.push(first?.nextSibling)
  else if (node.name === 'CallExpression' && first?.name === 'MemberExpression') targets.push(first)
  for (const target of targets) {
    const name = target && rootName(target)
    if (name) changed.push(name)
  }
  for (let child = first; child; child = child.nextSibling) changedNames(child, changed)
  return changed
}

/** Forget what a loop the reader cannot follow would change; a problem if it would change a model. */
export function forgetLoop(run: Run, body: SyntaxNode, scope: Scope, items: Unknown): void {
  for (const node of changedNames(body)) {
    const name = run.text(node)
    if (isKind(scope.get(name), 'module'))
      stop(
        'unsupported-code',
        `The reader cannot follow this loop, which changes \`${name}\`: \`${items.text}\` is only known when the code runs. Write the loop over range(…) or a list of known values.`,
        items.at
      )
    scope.set(name, items)
  }
}
