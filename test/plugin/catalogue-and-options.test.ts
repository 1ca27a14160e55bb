import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ruleCatalogue, ruleUrl} from '../../src/directives/rules.js'
import remarkRnn from '../../src/index.js'
import {toMarkdownWithGfmMath} from '../helpers/pipelines.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/** The rule ids of the README's Errors table, with their anchors. */
function readmeRules(): Array<{id: string; anchor: string | undefined}> {
  const section = readme.slice(
    readme.indexOf('\n## Errors'),
    readme.indexOf('\n## ', readme.indexOf('\n## Errors') + 1)
  )
  return [...section.matchAll(/^\| (?:<a id="([^"]+)"><\/a>)?`([a-z-]+)` \|/gm)].map((match) => ({
    id: match[2] ?? '',
    anchor: match[1]
  }))
}

describe('the rule catalogue', () => {
  it('lists exactly the README’s Errors table, in its order', () => {
    expect(readmeRules().map((rule) => rule.id)).toEqual(Object.keys(ruleCatalogue))
  })

  it('gives every rule a README anchor that its messages link to', async () => {
    for (const {id, anchor} of readmeRules()) {
      expect(anchor, id).toBe(`rule-${id}`)
      expect(ruleUrl(id as keyof typeof ruleCatalogue)).toMatch(new RegExp(`#rule-${id}$`))
    }

    const {file} = await toMarkdownWithGfmMath(
      '::rnn{inputs=4 units=5 units=6}\n\n::rnn{id=x inputs=1 units=1}\n\n:rnn[total=6.8]{inputs=4 units=5}'
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'duplicate-attribute',
      'unreadable-number',
      'unused-model'
    ])
    for (const message of file.messages)
      expect(message.url).toBe(ruleUrl(message.ruleId as keyof typeof ruleCatalogue))
  })
})

describe('options checked when the plugin is attached', () => {
  const attach = (options: unknown) => () =>
    unified()
      .use(remarkParse)
      .use(remarkRnn, options as never)
      .freeze()

  it('accepts the separators people group digits with', () => {
    for (const separator of ['', ',', '.', "'", '’', ' ', '\u202f', '\u2009', '\u00a0\u00a0']) {
      expect(attach({thousandsSeparator: separator})).not.toThrow()
    }
  })

  it('refuses any other separator with a clear error', () => {
    for (const separator of ['\\', '}', '$', 'x', '\\text{a}', ',,', '    ', '\n', 5, null]) {
      expect(attach({thousandsSeparator: separator}), String(separator)).toThrow(
        /remark-rnn: option `thousandsSeparator` must be/
      )
    }
  })

  it('refuses strings that are not strings, or names no string has', () => {
    expect(attach({strings: {summary: 'Solution ({total})', groups: {total: 'Sum'}}})).not.toThrow()
    expect(attach({strings: 'Solution'})).toThrow(/option `strings` must be an object of strings/)
    expect(attach({strings: {summary: 5}})).toThrow(/option `strings.summary` must be a string/)
    expect(attach({strings: {sumary: 'x'}})).toThrow(
      /option `strings` has no string `sumary`. Did you mean `summary`\?/
    )
    expect(attach({strings: {groups: {totl: 'x'}}})).toThrow(
      /option `strings.groups` has no string `totl`. Did you mean `total`\?/
    )
    expect(attach({strings: {groups: 'x'}})).toThrow(
      /option `strings.groups` must be an object of strings/
    )
    expect(attach({strings: JSON.parse('{"__proto__": {"summary": "x"}}')})).toThrow(
      /has no string `__proto__`/
    )
    expect(attach({locale: 'constructor'})).not.toThrow()
    expect(attach({locale: 5})).toThrow(/option `locale` must be a string/)
    expect(attach({show: 'table'})).toThrow(/option `show` must be an array/)
  })
})
