// The attribute table of docs/attributes.md, as the specs make it: the test
// beside this file holds the page equal to it (`node` can print it too).
import type {AttributeSpec} from '../../src/directives/specs/attributes.js'
import {attributeSpecs} from '../../src/directives/specs/attributes.js'
import {directiveSpecs} from '../../src/directives/specs/directives.js'

const cell = (text: string) => text.replaceAll('|', '\\|')

/** Where an attribute may stand: `rnn`, `rnn-quiz`, `:rnn` (the inline form). */
function placesOf(spec: AttributeSpec): string {
  return directiveSpecs
    .filter((directive) => directive.attributes.includes(spec))
    .map((directive) => `\`${directive.kind === 'role' ? ':' : ':::'}${directive.name}\``)
    .join(', ')
}

export function attributeTable(): string {
  const rows = [...attributeSpecs.values()].map((spec) =>
    [
      `\`${spec.name}\``,
      spec.type,
      spec.required ? 'required' : spec.default ? `\`${spec.default}\`` : '—',
      spec.values ? spec.values.map((value) => `\`${value}\``).join(', ') : '—',
      placesOf(spec),
      cell(spec.doc)
    ].join(' | ')
  )
  return [
    '| Attribute | Type | Default | Values | On | Meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`)
  ].join('\n')
}
