import {existsSync} from 'node:fs'

/** Debian's Neovim, whose built-in LSP client is the editor of the end-to-end test. */
export const neovimPath = '/usr/bin/nvim'

/**
 * Whether the Neovim test can run here. Without Neovim it is skipped with a
 * printed notice, except under CI=true, where a missing Neovim is a failure
 * (`.ci/run` installs it).
 */
export function neovimAvailable(): boolean {
  if (existsSync(neovimPath)) return true
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but ${neovimPath} is missing: install Debian's neovim (see .ci/run).`)
  }

  console.warn(
    `\n  Neovim test skipped: ${neovimPath} not found. Install it with: apt-get install neovim\n`
  )
  return false
}
