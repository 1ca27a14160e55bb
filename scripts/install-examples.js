// Part of `npm test`: install each example site's own dependencies
// (examples/<site>/package-lock.json) when they are missing or older than
// the lock file, so a fresh clone's `npm test` builds every site. Later runs
// find them current and do nothing. A site whose install fails (offline) is
// reported and left out, and its tests skip with their notice; under CI=true
// a failed install fails the run.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const examples = fileURLToPath(new URL('../examples/', import.meta.url))

/** The sites that keep their own lock file, by folder name. */
export function exampleSites() {
  return readdirSync(examples, {withFileTypes: true})
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(examples, entry.name, 'package-lock.json'))
    )
    .map((entry) => entry.name)
    .sort()
}

/** Whether a site's node_modules is missing or older than its lock (npm writes node_modules/.package-lock.json on install). */
export function needsInstall(site) {
  const installed = join(examples, site, 'node_modules', '.package-lock.json')
  if (!existsSync(installed)) return true
  return statSync(installed).mtimeMs < statSync(join(examples, site, 'package-lock.json')).mtimeMs
}

function install(site) {
  process.stderr.write(`Installing the dependencies of examples/${site} (npm ci), once…\n`)
  const result = spawnSync(
    'npm',
    ['ci', '--no-audit', '--no-fund', '--prefix', join(examples, site)],
    {
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  return result.status === 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failed = exampleSites()
    .filter(needsInstall)
    .filter((site) => !install(site))
  if (failed.length > 0) {
    process.stderr.write(
      `Could not install ${failed.map((site) => `examples/${site}`).join(', ')}: their tests will be skipped.\n`
    )
    if (process.env.CI === 'true') process.exitCode = 1
  }
}
