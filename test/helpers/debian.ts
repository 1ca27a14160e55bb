import {spawnSync} from 'node:child_process'
import {accessSync, constants} from 'node:fs'
import {delimiter, join} from 'node:path'

// Tests that need a tool from a Debian package (xmllint, Chromium, PyTorch,
// Neovim) go through `requireDebianTool`: where the tool is missing they are
// skipped with one printed notice naming the `apt-get install` line, except
// under CI=true, where a missing tool fails the run (`.ci/run` installs
// every package this file is asked about).

/** How to tell a tool is here; by default, an executable of that name on PATH. */
export interface DebianTool {
  /** Whether the tool is usable; default: `name` is an executable on PATH. */
  readonly probe?: () => boolean
  /** What is skipped without it, for the notice (default: "the tests that need <name>"). */
  readonly skips?: string
}

/** Every executable file called `name` in PATH's folders, in PATH's order. */
export function whereOnPath(name: string): string[] {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, name))
    .filter((path) => {
      try {
        accessSync(path, constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}

/** Whether `name` is an executable file in one of PATH's folders. */
export function onPath(name: string): boolean {
  return whereOnPath(name).length > 0
}

/** Whether `python` runs and can `import module`. */
export function pythonImports(python: string, module: string): boolean {
  return spawnSync(python, ['-c', `import ${module}`]).status === 0
}

/** A python3 on PATH that can import `module`, Debian's first: python3-torch installs torch for it. */
export function pythonWith(module: string): string | undefined {
  const candidates = whereOnPath('python3').sort(
    (a, b) => Number(b === '/usr/bin/python3') - Number(a === '/usr/bin/python3')
  )
  return candidates.find((candidate) => pythonImports(candidate, module))
}

const noticed = new Set<string>()

/**
 * Whether a tool from Debian package `aptPackage` is here, for
 * `describe.runIf(…)` / `it.runIf(…)`. Missing: prints one notice per tool
 * (however many tests ask) and returns false; under CI=true it throws, so
 * the test file fails instead of passing with nothing checked.
 */
export function requireDebianTool(
  name: string,
  aptPackage: string,
  {probe = () => onPath(name), skips}: DebianTool = {}
): boolean {
  if (probe()) return true
  const install = `sudo apt-get install ${aptPackage}`
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${name} is missing: ${install} (see .ci/run).`)
  if (!noticed.has(name)) {
    noticed.add(name)
    console.warn(
      `\n  Skipped ${skips ?? `the tests that need ${name}`}: ${name} is not installed. Install it with: ${install}\n`
    )
  }

  return false
}
