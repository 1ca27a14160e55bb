import {afterEach, expect, it, vi} from 'vitest'
import {onPath, requireDebianTool} from './debian.js'

// The rule every Debian-package test follows: skipped with one notice where
// the tool is missing, a failure under CI=true.

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

it('skips with one notice naming the apt-get line when a tool is missing', () => {
  vi.stubEnv('CI', '')
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const missing = () => false
  expect(requireDebianTool('no-such-tool', 'no-such-package', {probe: missing})).toBe(false)
  expect(requireDebianTool('no-such-tool', 'no-such-package', {probe: missing})).toBe(false)
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]?.[0]).toContain('sudo apt-get install no-such-package')
})

it('fails under CI=true when a tool is missing', () => {
  vi.stubEnv('CI', 'true')
  expect(() => requireDebianTool('no-such-tool-either', 'its-package')).toThrow(
    'CI=true but no-such-tool-either is missing: sudo apt-get install its-package'
  )
})

it('finds tools on PATH, and only there', () => {
  vi.stubEnv('CI', 'true')
  expect(onPath('node')).toBe(true)
  expect(requireDebianTool('node', 'nodejs')).toBe(true)
  vi.stubEnv('PATH', '')
  expect(onPath('node')).toBe(false)
})
