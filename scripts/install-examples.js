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
export function exampleSites(root = examples) {
  return readdirSync(root, {withFileTypes: true})
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'package-lock.json'))
    )
    .map((entry) => entry.name)
    .sort()
}

/** Whether a site's node_modules is missing or older than its lock (npm writes node_modules/.package-lock.json on install). */
export function needsInstall(site, root = examples) {
  const installed = join(root, site, 'node_modules', '.package-lock.json')
  if (!existsSync(installed)) return true
  return statSync(installed).mtimeMs < statSync(join(root, site, 'package-lock.json')).mtimeMs
}

/** `npm ci` in one site's folder; whether it worked. */
function npmCi(folder) {
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', folder], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return result.status === 0
}

/** Install every site that needs it, once each; the sites whose install failed. */
export function installSites(root = examples, install = npmCi) {
  return exampleSites(root)
    .filter((site) => needsInstall(site, root))
    .filter((site) => {
      process.stderr.write(`Installing the dependencies of examples/${site} (npm ci), once…\n`)
      return !install(join(root, site))
    })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failed = installSites()
  if (failed.length > 0) {
    process.stderr.write(
      `Could not install ${failed.map((site) => `examples/${site}`).join(', ')}: their tests will be skipped.\n`
    )
    if (process.env.CI === 'true') process.exitCode = 1
  }
}
