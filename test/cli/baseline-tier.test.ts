// `remark-rnn pandoc` stops V8 at its baseline compiler (src/cli/baseline-tier.ts);
// the flag is given to a stand-in setter here, so this process keeps its own.
import {describe, expect, it, vi} from 'vitest'
import {baselineTierOnly} from '../../src/cli/baseline-tier.js'

// node:v8 as baselineTierOnly imports it when no setter is given.
const v8Flags = vi.hoisted(() => [] as string[])
vi.mock('node:v8', () => ({setFlagsFromString: (flags: string) => v8Flags.push(flags)}))

async function run(command: string | undefined, v8Version: string) {
  const given: string[] = []
  const set = await baselineTierOnly(command, v8Version, (flags) => given.push(flags))
  return {set, given}
}

describe('baselineTierOnly', () => {
  it('stops the pandoc command at the baseline tier on the V8 versions measured', async () => {
    for (const version of ['11.3.244.8-node.33', '12.4.254.21-node.33', '13.6.233.10-node.18'])
      expect(await run('pandoc', version)).toEqual({set: true, given: ['--max-opt=1']})
  })

  it('leaves every other command, and V8 versions it was not measured on, alone', async () => {
    for (const command of ['count', 'render', 'check', 'lsp', undefined])
      expect(await run(command, '11.3.244.8-node.33')).toEqual({set: false, given: []})
    for (const version of ['10.2.154.26-node.36', '14.1.0'])
      expect(await run('pandoc', version)).toEqual({set: false, given: []})
  })

  it('knows this Node’s V8 (the flag exists here)', async () => {
    expect((await run('pandoc', process.versions.v8)).set).toBe(true)
  })

  it('sets the flag through node:v8 when given no setter', async () => {
    expect(await baselineTierOnly('count', '11.3.244.8-node.33')).toBe(false)
    expect(v8Flags).toEqual([])
    expect(await baselineTierOnly('pandoc', '11.3.244.8-node.33')).toBe(true)
    expect(v8Flags).toEqual(['--max-opt=1'])
  })
})
