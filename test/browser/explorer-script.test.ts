import {readdirSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {explorerScript, explorerWidget} from '../../scripts/self-check-script.js'

const browserFolder = new URL('../../src/browser/', import.meta.url)
const dist = new URL('../../dist/', import.meta.url)

describe('the explorer script', () => {
  it('is at most 15 KB minified and gzipped, as built into dist/explorer.js', () => {
    const built = readFileSync(new URL('explorer.js', dist), 'utf8')
    expect(built).toBe(explorerScript())
    const gzipped = gzipSync(built, {level: 9}).length
    // The counting core is inside: far more than the self-check's 2 KB.
    expect(gzipped).toBeGreaterThan(4096)
    expect(gzipped).toBeLessThanOrEqual(15 * 1024)
  })

  it('has a MyST widget twin of at most 15 KB gzipped whose only export is the anywidget', () => {
    const widget = readFileSync(new URL('explorer-widget.mjs', dist), 'utf8')
    expect(widget).toBe(explorerWidget())
    expect(gzipSync(widget, {level: 9}).length).toBeLessThanOrEqual(15 * 1024)
    expect(widget).not.toMatch(/\bimport\b|\brequire\(/)
    expect(widget).toMatch(/export\s*\{\s*\w+ as default\s*\}/)
  })

  it('imports nothing at run time, sets no inline handlers, and counts with the core itself', () => {
    const script = explorerScript()
    expect(script).not.toMatch(/\bimport\b|\brequire\(/)
    expect(script).not.toMatch(/\bon[a-z]+\s*=|setAttribute\(\s*["']on/)
    // No framework, and the plugin's own core and number layout, not a copy of their formulas.
    const imported = new Set<string>()
    for (const name of readdirSync(browserFolder).filter((file) => file.startsWith('explorer'))) {
      const source = readFileSync(new URL(name, browserFolder), 'utf8')
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g))
        imported.add(String(specifier))
    }
    for (const specifier of imported)
      expect(specifier).toMatch(
        /^(\.\/explorer-|\.\.\/core\/|\.\.\/render\/(explorer-|template\.js|term-label\.js))/
      )
    expect(imported).toContain('../core/count-parameters.js')
    expect(imported).toContain('../render/explorer-numbers.js')
  })

  it('does nothing where there is no document (a site importing it on its server)', async () => {
    expect(typeof document).toBe('undefined')
    await expect(import('../../src/browser/explorer.js')).resolves.toBeDefined()
  })
})
