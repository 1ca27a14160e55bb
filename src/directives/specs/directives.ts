import {quizName, solutionName} from '../directive-names.js'
import type {AttributeSpec} from './attributes.js'
import {attributeSpecs, descriptionSpecs} from './attributes.js'

/** A directive (or role) as mystmd's `DirectiveSpec` has one: its name, what it is, and its attributes. */
export interface DirectiveSpec {
  readonly name: string
  readonly kind: 'directive' | 'role'
  readonly doc: string
  /** What its body holds, if it has one. */
  readonly body?: string | undefined
  readonly attributes: readonly AttributeSpec[]
}

function own(...names: string[]): AttributeSpec[] {
  return names.map((name) => attributeSpecs.get(name) as AttributeSpec)
}

/** `:::rnn{…}`: a worked parameter count. */
export const rnnSpec: DirectiveSpec = {
  name: solutionName,
  kind: 'directive',
  doc: 'A recurrent network’s worked parameter count: table, derivation, shapes and more, after the author’s content.',
  body: 'the author’s content, shown before the solution',
  attributes: [...descriptionSpecs, ...own('id', 'model', 'show', 'class')]
}

/** `:::rnn-quiz{…}`: a question whose key the build checks. */
export const quizSpec: DirectiveSpec = {
  name: quizName,
  kind: 'directive',
  doc: 'A question on a network’s parameters whose key the build checks against the count.',
  body: 'the question, then the options as a list (none: they are generated)',
  attributes: [
    ...descriptionSpecs,
    ...own('id', 'model', 'show', 'class', 'ask', 'answer', 'seed', 'type', 'remember')
  ]
}

/** `:rnn[total]{…}`: a number in prose. */
export const roleSpec: DirectiveSpec = {
  name: solutionName,
  kind: 'role',
  doc: 'A count in prose: `:rnn[total]{…}` writes it, `:rnn[total=68]{…}` checks the number stated.',
  body: 'the quantity (`total`, `recurrent`, a term id), with `=number` to check it',
  attributes: [...descriptionSpecs, ...own('id', 'model', 'class')]
}

export const directiveSpecs: readonly DirectiveSpec[] = [rnnSpec, quizSpec, roleSpec]
