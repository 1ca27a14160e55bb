import {readdirSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {selfCheckScript, selfCheckWidget} from '../../scripts/self-check-script.js'
import {readTypedAnswer} from '../../src/browser/number-answer.js'

const browserFolder = new URL('../../src/browser/', import.meta.url)

describe('the self-check script', () => {
  it('stays at most 2 KB minified and gzipped', () => {
    const script = selfCheckScript()
    const gzipped = gzipSync(script, {level: 9}).length
    expect(gzipped).toBeGreaterThan(200)
    expect(gzipped).toBeLessThanOrEqual(2048)
  })

  it('has a MyST widget twin of at most 2 KB gzipped whose only export is the anywidget', () => {
    const widget = selfCheckWidget()
    expect(gzipSync(widget, {level: 9}).length).toBeLessThanOrEqual(2048)
    expect(widget).not.toMatch(/\bimport\b|\brequire\(/)
    expect(widget).toMatch(/export\s*\{\s*\w+ as default\s*\}/)
  })

  it('imports nothing at run time and sets no inline event handlers', () => {
    const script = selfCheckScript()
    expect(script).not.toMatch(/\bimport\b|\brequire\(/)
    expect(script).not.toMatch(/\bon[a-z]+\s*=|setAttribute\(\s*["']on/)
    // Its sources import only each other and the plugin's pure stated-number reader
    // (the explorer's, which carries the counting core, are tested in explorer-script.test.ts).
    for (const name of readdirSync(browserFolder).filter((file) => !file.startsWith('explorer'))) {
      const source = readFileSync(new URL(name, browserFolder), 'utf8')
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g))
        expect([
          './check-listener.js',
          './number-answer.js',
          './remembered-answers.js',
          '../directives/stated-number.js'
        ]).toContain(specifier)
    }
  })

  it('does nothing where there is no document (a site importing it on its server)', async () => {
    expect(typeof document).toBe('undefined')
    await expect(import('../../src/browser/self-check.js')).resolves.toBeDefined()
  })

  it('reads typed numbers as the plugin reads numbers stated in prose', () => {
    expect(readTypedAnswer(['72'], ',')).toEqual({kind: 'numbers', key: '72', sorted: '72'})
    expect(readTypedAnswer([' 1,234 '], ',')).toEqual({
      kind: 'numbers',
      key: '1234',
      sorted: '1234'
    })
    expect(readTypedAnswer(['1 234', '1\u202f234'], ',')).toEqual({
      kind: 'numbers',
      key: '1234 1234',
      sorted: '1234 1234'
    })
    // The sorted key finds the right numbers in any order, compared as numbers.
    expect(readTypedAnswer(['20', '100', '9'], ',')).toEqual({
      kind: 'numbers',
      key: '20 100 9',
      sorted: '9 20 100'
    })
    // German pages group with a dot.
    expect(readTypedAnswer(['1.234'], '.')).toEqual({kind: 'numbers', key: '1234', sorted: '1234'})
    for (const typed of ['7.2', '6,8', 'seventy-two', '-3', '1e3', '12 34'])
      expect(readTypedAnswer([typed], ','), typed).toEqual({kind: 'whole'})
    expect(readTypedAnswer(['', '  '], ',')).toEqual({kind: 'nothing'})
    // One field left empty among filled ones is no answer either.
    expect(readTypedAnswer(['12', ''], ',')).toEqual({kind: 'whole'})
    expect(readTypedAnswer(['9'.repeat(20)], ',')).toEqual({kind: 'whole'})
  })
})
