// Every example in the README's Install and Use sections, run as written: the
// packed tarball plus exactly the packages the example's install line names,
// installed with npm's strict linked layout (like pnpm's), so an import the
// README does not name fails here as it would for a reader.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {stripVTControlCharacters} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {RuleId} from '../../src/directives/rules.js'
import {repositoryUrl, ruleCatalogue, ruleUrl} from '../../src/directives/rules.js'
import type {Tarball} from '../helpers/package.js'
import {
  emptyProject,
  npmInstall,
  packTarball,
  removeTemporaryFolders,
  repository
} from '../helpers/package.js'

interface Example {
  /** The `###` heading it is under (or the `##` one). */
  readonly heading: string
  /** The packages its `npm install` line names. */
  readonly installs: readonly string[]
  /** The same as written, versions kept (`astro@5`). */
  readonly specs: readonly string[]
  /** Its JavaScript, if any, and the packages that imports. */
  readonly code: string | undefined
  /** Every JavaScript block, the first being `code`. */
  readonly scripts: readonly string[]
  readonly imports: readonly string[]
  /** Its shell lines other than the install. */
  readonly commands: readonly string[]
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

/** The examples of the README's Install and Use sections, one per heading. */
function readmeExamples(): Example[] {
  const readme = readFileSync(join(repository, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Install\n')
  const end = readme.indexOf('\n## ', readme.indexOf('\n## Use\n') + 1)
  const examples: Example[] = []
  for (const section of readme.slice(start, end).split(/\n(?=##+ )/)) {
    const heading = section.slice(0, section.indexOf('\n')).replace(/^#+ /, '')
    const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, body]) => ({
      language,
      body: body ?? ''
    }))
    const shell = blocks
      .filter((block) => block.language === 'sh')
      .flatMap((block) => block.body.trim().split('\n'))
    const specs = shell
      .filter((line) => line.startsWith('npm install '))
      .flatMap((line) => line.split(/\s+/).slice(2))
      .filter((word) => !word.startsWith('-'))
    const installs = specs.map((spec) => spec.replace(/(?<=.)@[^/@]*$/, ''))
    const scripts = blocks.filter((block) => block.language === 'js').map((block) => block.body)
    const code = scripts[0]
    const imports = [...(code ?? '').matchAll(/^import (?:.+ from )?'([^']+)'/gm)]
      .map(([, specifier]) => specifier ?? '')
      .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
      .map(packageName)
    const commands = shell.filter((line) => !line.startsWith('npm install '))
    if (installs.length > 0 || code)
      examples.push({
        heading,
        installs,
        specs,
        code,
        scripts,
        imports: [...new Set(imports)],
        commands
      })
  }

  return examples
}

const examples = readmeExamples()
const byHeading = (heading: string) => examples.find((example) => example.heading === heading)

/** Framework packages that only host the plugins; stand-ins replace them (the site tests build real ones). */
const frameworkStubs: Record<string, Record<string, string>> = {
  astro: {
    'package.json': JSON.stringify({
      name: 'astro',
      type: 'module',
      exports: {'./config': './config.js'}
    }),
    'config.js': 'export const defineConfig = (config) => config\n'
  },
  '@astrojs/mdx': {
    'package.json': JSON.stringify({name: '@astrojs/mdx', type: 'module', exports: './index.js'}),
    'index.js': "export default () => ({name: '@astrojs/mdx'})\n"
  }
}

/** A project with the tarball and the example's packages, installed the strict way; undefined when offline. */
function exampleProject(example: Example, tarball: Tarball): string | undefined {
  const project = emptyProject('readme')
  const packages = example.specs.filter((_spec, index) => {
    const name = example.installs[index] as string
    return name !== 'remark-rnn' && !(name in frameworkStubs)
  })
  if (!npmInstall(project, [tarball.path, ...packages], ['--install-strategy=linked']))
    return undefined
  for (const name of example.installs.filter((name) => name in frameworkStubs)) {
    const folder = join(project, 'node_modules', name)
    mkdirSync(folder, {recursive: true})
    for (const [file, text] of Object.entries(frameworkStubs[name] ?? {}))
      writeFileSync(join(folder, file), text)
  }

  for (const extension of ['md', 'mdx']) {
    copyFileSync(
      join(repository, `examples/course/rnn-parameters.${extension}`),
      join(project, `lesson.${extension}`)
    )
  }

  return project
}

function node(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
}

// The seed network's solution (4 inputs, 5 units, 3 outputs: 68 parameters), typeset.
const solution = /data-rnn-total"?(=|: )"68"/

describe("README's Install and Use sections", () => {
  it('has the examples this test runs', () => {
    expect(examples.map((example) => example.heading)).toEqual([
      'Install',
      'unified',
      'MDX',
      'Astro',
      'Docusaurus',
      'Jupyter Book / MyST',
      'Next.js',
      'remark-cli'
    ])
  })

  it.each(examples.filter((example) => example.code))(
    'names every package the $heading example imports',
    (example) => {
      expect(example.installs).toContain('remark-rnn')
      for (const name of example.imports) expect(example.installs).toContain(name)
    }
  )

  it('names remark-cli on the remark-cli line', () => {
    expect(byHeading('remark-cli')?.installs).toContain('remark-cli')
  })

  it('pins what the newest versions break: astro 5 (Node.js 20), katex 0.16 (rehype-katex)', () => {
    expect(byHeading('Astro')?.specs).toContain('astro@5')
    const katex = examples.flatMap((example) =>
      example.specs.filter((spec) => spec.startsWith('katex'))
    )
    expect(katex.length).toBeGreaterThanOrEqual(3)
    expect(new Set(katex)).toEqual(new Set(['katex@0.16']))
  })

  it('says where KaTeX’s stylesheet comes from in every framework', () => {
    const readme = readFileSync(join(repository, 'README.md'), 'utf8')
    const section = (heading: string) => {
      const start = readme.indexOf(`\n### ${heading}\n`)
      return readme.slice(start, readme.indexOf('\n### ', start + 1))
    }
    expect(section('unified')).toContain('katex/dist/katex.min.css')
    expect(section('Astro')).toContain("import 'katex/dist/katex.min.css'")
    expect(byHeading('Docusaurus')?.code).toContain(
      "customCss: [require.resolve('katex/dist/katex.min.css')]"
    )
    expect(section('Docusaurus')).not.toContain("href: '/katex/")
    expect(section('Next.js')).toContain("import 'katex/dist/katex.min.css'")
  })

  it('says the ESM examples need a module package, as npm init no longer makes one', () => {
    const readme = readFileSync(join(repository, 'README.md'), 'utf8')
    for (const heading of ['unified', 'Next.js']) {
      const start = readme.indexOf(`\n### ${heading}\n`)
      expect(readme.slice(start, readme.indexOf('\n### ', start + 1)), heading).toContain(
        '`"type": "module"`'
      )
    }
  })

  it('gives MyST the config mystmd 1 needs and installs mystmd', () => {
    const readme = readFileSync(join(repository, 'README.md'), 'utf8')
    const config = /```yaml\n(# myst\.yml[\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(config).toMatch(/^version: 1$/m)
    expect(config).toMatch(/^ {2}toc:$/m)
    expect(config).toMatch(/^site:\n {2}template: book-theme$/m)
    expect(byHeading('Jupyter Book / MyST')?.installs).toContain('mystmd')
  })

  it('has a repository in package.json, where every rule’s link leads to its row', () => {
    const pkg = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'))
    expect(pkg.repository).toEqual({type: 'git', url: `git+${repositoryUrl}.git`})
    const readme = readFileSync(join(repository, 'README.md'), 'utf8')
    for (const rule of Object.keys(ruleCatalogue) as RuleId[]) {
      expect(ruleUrl(rule)).toBe(`${repositoryUrl}#rule-${rule}`)
      expect(readme, rule).toContain(`<a id="rule-${rule}"></a>`)
    }
  })
})

describe('each README example, run on the example course page', () => {
  let tarball: Tarball
  beforeAll(() => {
    tarball = packTarball()
  })
  afterAll(removeTemporaryFolders)

  // The MyST example is a plugin file for mystmd: test/sites/jupyter-book-problems.test.ts builds a book with
  // it. The Next.js example is examples/next, which test/sites/next.test.ts builds (see below).
  const remarkExamples = examples.filter(
    (example) => example.code && !['Jupyter Book / MyST', 'Next.js'].includes(example.heading)
  )

  it.for(remarkExamples)('$heading', (example, {skip}) => {
    const project = exampleProject(example, tarball)
    if (!project) return skip()
    const code = example.code ?? ''
    // A config example says its file name in its first line (`// astro.config.mjs`).
    const name = /^\/\/ ([\w.-]+\.m?js)\b/.exec(code)?.[1] ?? 'example.mjs'
    writeFileSync(join(project, name), code)
    const harness = fileURLToPath(new URL('run-config.js', import.meta.url))
    const result = name === 'example.mjs' ? node([name], project) : node([harness, name], project)
    expect(result.stderr).not.toMatch(/Error|warning/i)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(solution)
    expect(result.stdout).toContain('katex')
  })

  it.for(remarkExamples.filter((example) => ['unified', 'MDX'].includes(example.heading)))(
    '$heading: a wrong key stops it, every error listed, exit 1',
    (example, {skip}) => {
      const project = exampleProject(example, tarball)
      if (!project) return skip()
      const broken = readFileSync(join(repository, 'examples/wrong-keys/quiz.md'), 'utf8')
      for (const extension of ['md', 'mdx'])
        writeFileSync(join(project, `lesson.${extension}`), broken)
      writeFileSync(join(project, 'example.mjs'), example.code ?? '')
      const result = node(['example.mjs'], project)
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/lesson\.mdx? has \d+ errors, so the build stops/)
      expect(result.stderr).toContain('Answer B, not D')
      expect(result.stdout).toBe('')
    }
  )

  it('Jupyter Book / MyST: the plugin file loads remark-rnn/myst from the installed package', ({
    skip
  }) => {
    const example = byHeading('Jupyter Book / MyST') as Example
    const project = exampleProject(example, tarball)
    if (!project) return skip()
    writeFileSync(join(project, 'rnn.mjs'), example.code ?? '')
    const load =
      "const {default: plugin} = await import('./rnn.mjs'); console.log(plugin.name, plugin.directives.map((d) => d.name).join(' '), plugin.roles.length, plugin.transforms[0].stage)"
    const result = node(['--input-type=module', '-e', load], project)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('remark-rnn rnn rnn-quiz rnn-explorer 1 document')
  })

  it('remark-cli: passes the course page and fails a broken directive', ({skip}) => {
    const example = byHeading('remark-cli')
    const command = example?.commands[0] ?? ''
    expect(command).toMatch(/^npx remark .* docs\/$/)
    const project = exampleProject(example as Example, tarball)
    if (!project) return skip()
    const docs = join(project, 'docs')
    mkdirSync(docs)
    copyFileSync(join(project, 'lesson.md'), join(docs, 'lesson.md'))
    const run = () => spawnSync('sh', ['-c', command], {cwd: project, encoding: 'utf8'})
    const passing = run()
    expect(stripVTControlCharacters(passing.stderr)).toContain('docs/lesson.md: no issues found')
    expect(passing.status).toBe(0)

    writeFileSync(join(docs, 'broken.md'), ':::rnn{inputs=four units=5}\n:::\n')
    const failing = run()
    expect(stripVTControlCharacters(failing.stderr)).toContain('docs/broken.md')
    expect(failing.status).toBe(1)
  })
})

// The README's Next.js section is examples/next, which test/sites/next.test.ts builds with
// Turbopack and webpack (and fails with a wrong key): the same packages, config and files.
describe('the Next.js example is examples/next', () => {
  const example = byHeading('Next.js') as Example
  const site = (file: string) => readFileSync(join(repository, 'examples/next', file), 'utf8')
  /** Code lines without comments, blank lines and trailing commas. */
  const lines = (code: string) =>
    code
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
      .map((line) => line.replace(/,$/, ''))

  it('installs exactly the packages the site depends on', () => {
    const {dependencies} = JSON.parse(site('package.json')) as {dependencies: object}
    expect([...example.installs].sort()).toEqual(Object.keys(dependencies).sort())
  })

  it("has the site's next.config.mjs, less the line that links this checkout", () => {
    const readme = lines(example.scripts[0] ?? '')
    const extra = lines(site('next.config.mjs')).filter((line) => !readme.includes(line))
    expect(extra).toEqual([
      "import {fileURLToPath} from 'node:url'",
      "  turbopack: {root: fileURLToPath(new URL('../..', import.meta.url))}"
    ])
    expect(lines(site('next.config.mjs')).filter((line) => readme.includes(line))).toEqual(readme)
    // Every plugin by string, so Turbopack can pass them on; each one installed.
    const names = [...(example.code ?? '').matchAll(/\[?'((?:remark|rehype)-[\w-]+)'/g)].map(
      ([, name]) => name
    )
    expect(names).toEqual(['remark-directive', 'remark-math', 'remark-rnn', 'rehype-katex'])
    for (const name of names) expect(example.installs).toContain(name)
    expect(example.code).toContain('extension: /\\.mdx?$/')
  })

  it("has the site's mdx-components.js and its stylesheet import", () => {
    expect(example.scripts[1]?.startsWith('// mdx-components.js\n')).toBe(true)
    expect(lines(example.scripts[1] ?? '')).toEqual(lines(site('mdx-components.js')))
    const stylesheet = "import 'katex/dist/katex.min.css'"
    expect(site('app/layout.js')).toContain(stylesheet)
    expect(readFileSync(join(repository, 'README.md'), 'utf8')).toContain(`\`${stylesheet}\``)
  })

  it("has the site's client component that loads the self-check script, and the layout that renders it", () => {
    expect(example.scripts[2]?.startsWith('// app/self-check.js\n')).toBe(true)
    expect(lines(example.scripts[2] ?? '')).toEqual(lines(site('app/self-check.js')))
    expect(example.scripts[3]?.startsWith('// app/layout.js\n')).toBe(true)
    const readme = lines(example.scripts[3] ?? '')
    // The site's layout is the README's, plus the page title and the explorer (docs/explorer.md).
    expect(lines(site('app/layout.js')).filter((line) => !readme.includes(line))).toEqual([
      "import Explorer from './explorer.js'",
      "export const metadata = {title: 'remark-rnn example course'}",
      '        <Explorer />'
    ])
    expect(lines(site('app/layout.js')).filter((line) => readme.includes(line))).toEqual(readme)
  })
})
