// The package as a user gets it: `npm pack`, then `npm install` of the
// tarball into an empty project, then the command run from there.
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync} from 'node:fs'
import {builtinModules, createRequire} from 'node:module'
import {join, posix} from 'node:path'
import semver from 'semver'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diskUsage, measureInstall} from '../../bench/install-size.js'
import type {CommandResult, Tarball} from '../helpers/package.js'
import {
  emptyProject,
  npmInstall,
  packTarball,
  removeTemporaryFolders,
  repository
} from '../helpers/package.js'

let tarball: Tarball

beforeAll(() => {
  tarball = packTarball()
})
afterAll(removeTemporaryFolders)

describe('the packed tarball', () => {
  it('ships no source map, and no reference to one, that points at a file it does not ship', () => {
    const folder = emptyProject('unpacked')
    expect(spawnSync('tar', ['-xzf', tarball.path, '-C', folder]).status).toBe(0)
    const shipped = new Set(tarball.files)
    const read = (path: string) => readFileSync(join(folder, 'package', path), 'utf8')
    const missing: string[] = []
    for (const path of tarball.files) {
      if (path.endsWith('.map')) {
        const map = JSON.parse(read(path)) as {sources: string[]; sourceRoot?: string}
        for (const source of map.sources) {
          const target = posix.join(posix.dirname(path), map.sourceRoot ?? '', source)
          if (!shipped.has(target)) missing.push(`${path} → ${target}`)
        }
      } else if (/\.[cm]?[jt]s$/.test(path)) {
        for (const [, url] of read(path).matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
          const target = posix.join(posix.dirname(path), url ?? '')
          if (!url?.startsWith('data:') && !shipped.has(target)) missing.push(`${path} → ${target}`)
        }
      }
    }

    expect(missing).toEqual([])
  })

  it('ships the entries package.json names and not the modules the bundles replaced', () => {
    const pkg = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
      exports: Record<string, {types?: string; default?: string} | string>
      bin: Record<string, string>
    }
    const named = [
      ...Object.values(pkg.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target)
      ),
      ...Object.values(pkg.bin)
    ]
    for (const path of named) expect(tarball.files).toContain(path.replace(/^\.\//, ''))
    // tsc emits declarations only; the CLI's are not an API.
    expect(
      tarball.files.filter((path) => path.startsWith('dist/cli/') && path.endsWith('.d.ts'))
    ).toEqual([])
    expect(tarball.files.filter((path) => path.startsWith('src/'))).toEqual([])
    expect(tarball.files).toContain('dist/cli/THIRD-PARTY-NOTICES.md')
    // The Python grammar the library bundles (scripts/build.js), with its licences.
    expect(tarball.files).toContain('dist/THIRD-PARTY-NOTICES.md')
  })

  it('has library modules that load only runtime dependencies, also lazily', () => {
    const pkg = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      peerDependencies?: Record<string, string>
    }
    // Optional peers (hast-util-to-html for the MyST plugin) are imported only lazily.
    const allowed = new Set([
      ...Object.keys(pkg.dependencies),
      ...Object.keys(pkg.peerDependencies ?? {}),
      ...builtinModules
    ])
    const library = tarball.files.filter(
      (path) => /\.m?js$/.test(path) && !path.startsWith('dist/cli/')
    )
    expect(library.length).toBeGreaterThan(0)
    const loaded = library.flatMap((path) => {
      const code = readFileSync(join(repository, path), 'utf8')
      // `from "x"`, `import("x")`, and a createRequire'd `require("x")` (esbuild may rename it);
      // only what a package name can be, so code such as `name === "from"; … "` is not read as one.
      return [
        ...code.matchAll(
          /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\d*\(\s*)["']([\w@~:-][\w.~:/@-]*)["']/g
        )
      ]
        .map(([, specifier]) => specifier ?? '')
        .map((specifier) => specifier.replace(/^node:/, ''))
        .map((specifier) =>
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/')
        )
    })
    expect(loaded).toContain('mdast-util-gfm-table')
    expect(loaded.filter((name) => !allowed.has(name))).toEqual([])
  })
})

describe('npm install of the tarball into an empty project', () => {
  let project: string
  let install: CommandResult | undefined

  beforeAll(() => {
    project = emptyProject('install')
    install = npmInstall(project, [tarball.path])
  })

  const remarkRnn = (args: readonly string[]) =>
    spawnSync('npx', ['--no', 'remark-rnn', ...args], {
      cwd: project,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })

  it('prints no engine warning', ({skip}) => {
    if (!install) return skip()
    expect(install.stdout + install.stderr).not.toMatch(/EBADENGINE|Unsupported engine/)
  })

  it('runs `npx remark-rnn` with nothing else installed: count, render .md and .mdx, check', ({
    skip
  }) => {
    if (!install) return skip()
    const count = remarkRnn(['count', '--inputs=4', '--units=5', '--outputs=3'])
    expect(count.stderr).toBe('')
    expect(count.stdout).toMatch(/\b68 parameters/)

    for (const extension of ['md', 'mdx']) {
      copyFileSync(
        join(repository, `examples/course/rnn-parameters.${extension}`),
        join(project, `lesson.${extension}`)
      )
      const render = remarkRnn(['render', `lesson.${extension}`, '-o', `lesson-${extension}.html`])
      expect(render.stderr).toBe('')
      expect(render.status).toBe(0)
      const page = readFileSync(join(project, `lesson-${extension}.html`), 'utf8')
      expect(page).toContain('data-rnn-total="68"')
      expect(page).toContain('class="katex-display"')
      expect(page).toContain('src:url(data:font/woff2;base64,')
    }

    const check = remarkRnn(['check', 'lesson.md', 'lesson.mdx'])
    expect(check.stderr).toContain('lesson.mdx: no issues found')
    expect(check.status).toBe(0)
  })

  it('inlines the stylesheet of the KaTeX that typeset the page', ({skip}) => {
    if (!install) return skip()
    const page = readFileSync(join(project, 'lesson-md.html'), 'utf8')
    const rehypeKatex = createRequire(join(repository, 'package.json')).resolve('rehype-katex')
    const katex = createRequire(rehypeKatex)('katex/package.json') as {version: string}
    expect(page.match(/katex-version:after\{content:"([^"]+)"\}/)?.[1]).toBe(katex.version)
  })

  it('adds at most 1.5 times the packages and disk that remark-directive adds', ({skip}) => {
    if (!install) return skip()
    const baseline = measureInstall(['remark-directive'])
    expect(baseline.ok, baseline.output).toBe(true)
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: object
    }
    const packages = Object.keys(lock.packages).filter((path) =>
      path.startsWith('node_modules/')
    ).length
    expect(packages).toBeLessThanOrEqual(1.5 * baseline.packages)
    expect(diskUsage(join(project, 'node_modules'))).toBeLessThanOrEqual(1.5 * baseline.bytes)
  })
})

interface LockEntry {
  version?: string
  engines?: {node?: string} | string[]
}

// What `npm ci` installs here and in CI: the package's tree and the example sites'.
describe.for([
  'package-lock.json',
  'examples/astro/package-lock.json',
  'examples/docusaurus/package-lock.json'
])('%s', (lockPath) => {
  const lock = JSON.parse(readFileSync(join(repository, lockPath), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const entries = Object.entries(lock.packages).filter(([path]) => path.includes('node_modules/'))

  it('holds exactly one KaTeX version', () => {
    const katex = entries.filter(([path]) => /(^|\/)node_modules\/katex$/.test(path))
    expect(new Set(katex.map(([, entry]) => entry.version)).size).toBe(1)
  })

  it('needs no newer Node.js than the 20.19 floor, for any package', () => {
    const pkg = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
      engines: {node: string}
    }
    expect(pkg.engines.node).toBe('>=20.19')
    const node = ({engines}: LockEntry) => (Array.isArray(engines) ? undefined : engines?.node)
    const tooNew = entries
      .filter(([, entry]) => node(entry) && !semver.satisfies('20.19.0', node(entry) ?? ''))
      .map(([path, entry]) => `${path}: ${node(entry)}`)
    expect(tooNew).toEqual([])
  })
})
