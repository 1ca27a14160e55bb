// `remark-rnn pandoc` stops V8 at its baseline compiler (src/cli/baseline-tier.ts);
// the flag is given to a stand-in setter here, so this process keeps its own.
import {describe, expect, it} from 'vitest'
import {baselineTierOnly} from '../../src/cli/baseline-tier.js'

function run(command: string | undefined, v8Version: string) {
  const given: string[] = []
  const set = baselineTierOnly(command, v8Version, (flags) => given.push(flags))
  return {set, given}
}

describe('baselineTierOnly', () => {
  it('stops the pandoc command at the baseline tier on the V8 versions measured', () => {
    for (const version of ['11.3.244.8-node.33', '12.4.254.21-node.33', '13.6.233.10-node.18'])
      expect(run('pandoc', version)).toEqual({set: true, given: ['--max-opt=1']})
  })

  it('leaves every other command, and V8 versions it was not measured on, alone', () => {
    for (const command of ['count', 'render', 'check', 'lsp', undefined])
      expect(run(command, '11.3.244.8-node.33')).toEqual({set: false, given: []})
    for (const version of ['10.2.154.26-node.36', '14.1.0'])
      expect(run('pandoc', version)).toEqual({set: false, given: []})
  })

  it('knows this Node’s V8 (the flag exists here)', () => {
    expect(run('pandoc', process.versions.v8).set).toBe(true)
  })
})
