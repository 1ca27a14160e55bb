// The page `npm run bench` runs through the Pandoc filter: as many
// directives as it says, every kind of them, in Pandoc's syntax (a switch
// written `=true`, or Pandoc would not read the fence as a div).
import {describe, expect, it} from 'vitest'
import {pandocBenchPage} from '../../bench/pandoc-ratio.js'

describe('the Pandoc bench page', () => {
  it('has the directives it is asked for, of every kind, each readable by Pandoc', () => {
    const page = pandocBenchPage(100)
    expect(page.match(/\{\.rnn(-quiz)? /g)).toHaveLength(100)
    for (const kind of [/^::: \{\.rnn /m, /^::: \{\.rnn-quiz /m, /\]\{\.rnn /])
      expect(page).toMatch(kind)
    expect(page).toContain('bidirectional=true')
    expect(page).not.toMatch(/ bidirectional[ }]/)
  })
})
