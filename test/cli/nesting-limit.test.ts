import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {nestingLimit, tooDeep} from '../../src/cli/nesting-limit.js'
import {cliRunners} from '../helpers/cli-runners.js'

// 1,500 quotes inside one another overflowed the HTML writer's stack:
// `render` printed "Maximum call stack size exceeded … a bug". Now a page
// nested beyond the limit is one positioned error, and nothing is written.

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-nesting-'))

function quotes(depth: number): string {
  const path = join(folder, `quotes-${depth}.md`)
  writeFileSync(path, `# Deep\n\n${'> '.repeat(depth)}:rnn[total]{inputs=4 units=5}\n`)
  return path
}

/** A root with `depth` blockquotes inside one another around a paragraph. */
function nested(depth: number): Root {
  let node: Root['children'][number] = {type: 'paragraph', children: [{type: 'text', value: 'x'}]}
  for (let level = 0; level < depth; level++) node = {type: 'blockquote', children: [node]}
  return {type: 'root', children: [node]}
}

describe('how deep a page may nest', () => {
  it('finds the first node past the limit, and none within it', () => {
    // The root is level 0, and a paragraph and its text follow the quotes: limit − 2 quotes put the text at the limit.
    expect(tooDeep(nested(nestingLimit - 2))).toBeUndefined()
    expect(tooDeep(nested(nestingLimit - 1))?.type).toBe('text')
    expect(tooDeep(nested(3000))?.type).toBe('blockquote')
  })

  describe.each(cliRunners)('render (%s)', (_runner, run) => {
    it('refuses 5,000 quotes inside one another at the first one too deep, writing nothing', async () => {
      for (const target of [[], ['-o', join(folder, 'deep.md')]]) {
        const {status, stdout, stderr} = await run(['render', quotes(5000), ...target])
        expect(status).toBe(1)
        expect(stdout).toBe('')
        expect(stderr).toMatch(
          /3:1001-3:10030\s+error\s+This page nests more than 500 levels deep here \(quotes, lists or elements inside one another\); remark-rnn renders and exports pages nested at most 500 deep\.\s+page-too-deep/
        )
        expect(stderr).not.toMatch(/call stack|bug in remark-rnn|\n\s+at /)
      }
    })

    it('fails check and export on a quiz whose question nests 3,000 deep, at the first node too deep', async () => {
      const path = join(folder, 'quiz.md')
      writeFileSync(
        path,
        `:::rnn-quiz{inputs=3 units=4 ask="input, recurrent" answer=B}\nQ?\n\n${'> '.repeat(3000)}deep\n\n- 12, 16\n- 12, 20\n:::\n`
      )
      for (const command of [
        ['check'],
        ['export', '--format=gift', '-o', join(folder, 'quiz.gift')]
      ]) {
        const {status, stderr} = await run([...command, path])
        expect(status).toBe(1)
        expect(stderr).toMatch(
          /4:995-4:6005\s+error\s+This page nests more than 500 levels deep.*page-too-deep/
        )
        expect(stderr).not.toMatch(/call stack|bug in remark-rnn|\n\s+at /)
      }
    })

    it('renders 300 quotes inside one another', async () => {
      const {status, stdout} = await run(['render', quotes(300)])
      expect(status).toBe(0)
      expect(stdout).toContain('<span class="rnn-number">50</span>')
    })
  })
})
