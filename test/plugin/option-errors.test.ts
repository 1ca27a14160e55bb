import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {Options} from '../../src/index.js'
import remarkRnn from '../../src/index.js'

const attach = (options: Options | null) => () =>
  unified().use(remarkParse).use(remarkDirective).use(remarkRnn, options).freeze()

describe('plugin options, checked when the plugin is attached', () => {
  it('null means the defaults', () => {
    expect(attach(null)).not.toThrow()
  })

  it.each([0, 1.5, 1001, Number.NaN])('variants=%s is a configuration error', (variants) => {
    expect(attach({variants})).toThrow(
      `remark-rnn: option \`variants\` must be a whole number from 1 to 1000, not \`${variants}\``
    )
  })

  it.each([1, 1000])('variants=%s is fine', (variants) => {
    expect(attach({variants})).not.toThrow()
  })
})
