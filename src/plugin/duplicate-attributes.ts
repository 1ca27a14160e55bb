import type {Directives} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import {openingLine, sourceText} from './directive-source.js'
import {duplicateAttributeProblem} from '../directives/duplicate-attribute.js'
import type {Problem} from '../directives/report.js'

/**
 * Attribute names written more than once in a directive's opening. The
 * parsed node keeps only the last value, so the source is the only place a
 * duplicate shows: names are read from where `name=` stands after `{`, `<`
 * or a space.
 */
export function duplicateAttributes(file: VFile, node: Directives): Problem[] {
  const opening = node.type === 'textDirective' ? (sourceText(file, node) ?? '') : openingLine(file, node)
  const start = opening.search(/[{<]/)
  if (start === -1) return []
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const match of opening.slice(start).matchAll(/[{<\s]([A-Za-z_][\w.:-]*)\s*=/g)) {
    const name = match[1] ?? ''
    if (seen.has(name)) repeated.add(name)
    seen.add(name)
  }

  return [...repeated].map((name) => duplicateAttributeProblem(name, node))
}
