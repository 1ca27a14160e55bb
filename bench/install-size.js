// What `npm install X` adds to an empty project: packages (from the lock
// file) and bytes on disk (allocated blocks, as `du` counts them). Used by the
// bench and by test/package/install.test.ts.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** Bytes on disk of everything under a folder. */
export function diskUsage(folder) {
  let total = 0
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    const stat = statSync(path, {throwIfNoEntry: false})
    if (!stat) continue
    total += stat.blocks * 512
    if (stat.isDirectory()) total += diskUsage(path)
  }

  return total
}

/**
 * Install `specs` (names or a tarball path) into a new empty project and
 * measure it. `output` is npm's own report (stdout and stderr).
 */
export function measureInstall(specs) {
  const project = mkdtempSync(join(tmpdir(), 'remark-rnn-install-'))
  try {
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'empty', private: true}))
    const result = spawnSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs],
      {
        cwd: project,
        encoding: 'utf8'
      }
    )
    const output = result.stdout + result.stderr
    if (result.status !== 0) return {ok: false, output}
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'))
    const packages = Object.keys(lock.packages).filter((path) =>
      path.startsWith('node_modules/')
    ).length
    return {ok: true, output, packages, bytes: diskUsage(join(project, 'node_modules'))}
  } finally {
    rmSync(project, {recursive: true, force: true})
  }
}
