import {attributeSpecs} from '../directives/specs/attributes.js'
import type {OptionSpec} from './types.js'

/**
 * Every attribute as a MyST option of the same name, with its doc from its
 * spec (directives/specs), all as text: the shared layer reads and checks
 * the values, so a wrong or misplaced one gets the same message in both
 * syntaxes. `label` is where MyST files `#name`.
 */
export function optionSpecs(): Record<string, OptionSpec> {
  const options = [...attributeSpecs.values()].map((spec): [string, OptionSpec] => [
    spec.name,
    {type: String, doc: spec.doc}
  ])
  return Object.fromEntries([
    ...options,
    ['label', {type: String, doc: 'the same as `id`'}],
    // `vary` is an explorer's own (vary-attribute.ts); elsewhere it is reported as unknown.
    [
      'vary',
      {
        type: String,
        doc: 'what else a student may change in an explorer: cell, framework, bidirectional, merge'
      }
    ],
    // `sizes` is a code model's own (code-solution.ts); elsewhere it is reported as unknown.
    [
      'sizes',
      {type: String, doc: 'sizes the model code only knows at run time: `sizes="len(vocab)=5000"`'}
    ]
  ])
}
