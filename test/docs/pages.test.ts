// The reference pages in docs/ are course pages: `npm start` builds them with
// the plugin (examples/build.js), so their live directives must check clean,
// and every snippet of a kind that runs here must run as written.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {transform} from 'esbuild'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {afterAll, describe, expect, it} from 'vitest'
import {cliPath} from '../helpers/run-cli.js'
import {runCliInProcess} from '../helpers/run-cli-in-process.js'

const docs = fileURLToPath(new URL('../../docs/', import.meta.url))
const pages = readdirSync(docs).filter((name) => name.endsWith('.md'))
const text = (name: string) => readFileSync(join(docs, name), 'utf8')

interface Snippet {
  readonly page: string
  readonly language: string
  readonly body: string
}

/** Every fenced code block of the docs pages, with its indentation taken off. */
const snippets: Snippet[] = pages.flatMap((page) =>
  [...text(page).matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map(
    ([, indent, language, body]) => ({
      page,
      language: language ?? '',
      body: (body ?? '')
        .split('\n')
        .map((line) => line.slice(indent?.length ?? 0))
        .join('\n')
    })
  )
)
const ofLanguage = (...languages: string[]) =>
  snippets.filter((snippet) => languages.includes(snippet.language))

/** The `remark-rnn` command lines of the `sh` snippets, but the language server (it waits for a client). */
const commandLines = ofLanguage('sh').flatMap(({page, body}) =>
  body
    .split('\n')
    .filter((line) => /(^|\| )(npx )?remark-rnn /.test(line) && !/remark-rnn lsp/.test(line))
    .map((line) => ({page, line: line.replace(/npx remark-rnn/g, 'remark-rnn')}))
)

// What the command lines name: a page, an MDX page, a course folder, a docs folder and a model's code.
const lesson =
  ':::rnn{id=lesson inputs=4 units=5 outputs=3}\n:::\n\nIn all :rnn[total=68]{model=lesson}.\n'
const quiz =
  ':::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=B}\nHow many?\n\n- 16, 9\n- 12, 20\n- 9, 16\n:::\n'
const modelCode = `from tensorflow import keras
from tensorflow.keras import layers

vocab = ['<pad>', 'a', 'b', 'c']
decoder = keras.Sequential([
    keras.Input(shape=(None,)),
    layers.Embedding(len(vocab), 32),
    layers.LSTM(64),
    layers.Dense(len(vocab)),
])
`

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

/** A folder holding what the snippets name, with `remark-rnn` on the PATH as the built command. */
function workspace(): {cwd: string; env: NodeJS.ProcessEnv} {
  const cwd = mkdtempSync(join(tmpdir(), 'remark-rnn-docs-'))
  folders.push(cwd)
  const bin = join(cwd, '.bin')
  mkdirSync(bin)
  writeFileSync(
    join(bin, 'remark-rnn'),
    `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`
  )
  chmodSync(join(bin, 'remark-rnn'), 0o755)
  for (const folder of ['course/unit-1', 'docs']) mkdirSync(join(cwd, folder), {recursive: true})
  writeFileSync(join(cwd, 'lesson.md'), lesson)
  writeFileSync(join(cwd, 'lesson.mdx'), `# Lesson\n\n${lesson}`)
  writeFileSync(join(cwd, 'course/unit-1/quiz.md'), `# Unit 1\n\n${quiz}`)
  writeFileSync(join(cwd, 'course/unit-1/lesson.mdx'), lesson)
  writeFileSync(join(cwd, 'docs/page.md'), lesson)
  writeFileSync(join(cwd, 'model.py'), modelCode)
  return {cwd, env: {...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1'}}
}

describe('the docs pages as course pages', () => {
  it('check with no problem, so `npm start` builds each of them', async () => {
    const result = await runCliInProcess(['check', docs])
    expect(result.stderr).not.toMatch(/\d+ (error|warning)/)
    expect(result.status, result.stderr).toBe(0)
    for (const page of pages) expect(result.stderr).toContain(`${page}: no issues found`)
  })

  it('hold live directives, and no other directive that the HTML would lose', () => {
    const names: string[] = []
    for (const page of pages) {
      const tree = unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkGfm)
        .use(remarkMath)
        .parse(text(page))
      visit(tree, (node) => {
        if ('name' in node && /Directive$/.test(node.type))
          names.push(`${page}: ${node.name as string}`)
      })
    }
    expect(names.filter((name) => !/: rnn(-quiz|-explorer)?$/.test(name))).toEqual([])
    expect(names.length).toBeGreaterThanOrEqual(5)
  })
})

describe('the docs pages’ snippets', () => {
  it('has Markdown, JavaScript and command-line snippets to run', () => {
    expect(ofLanguage('markdown', 'md').length).toBeGreaterThan(5)
    expect(ofLanguage('js').length).toBeGreaterThan(0)
    expect(commandLines.length).toBeGreaterThan(10)
  })

  it('checks every Markdown example clean', async () => {
    const {cwd} = workspace()
    const folder = join(cwd, 'examples')
    mkdirSync(folder)
    ofLanguage('markdown', 'md').forEach(({page, body}, index) => {
      writeFileSync(join(folder, `${index}-${page}`), body)
    })
    const result = await runCliInProcess(['check', folder])
    expect(result.status, result.stderr).toBe(0)
  })

  it('parses every JavaScript example', async () => {
    for (const {page, body} of ofLanguage('js', 'javascript', 'mjs')) {
      await expect(transform(body, {loader: 'js', format: 'esm'}), page).resolves.toBeDefined()
    }
  })

  it('runs every remark-rnn command line as written, with exit code 0', {timeout: 120_000}, () => {
    // Each line in a fresh folder: one (`count … > model.py`) writes a file another reads.
    const failures = commandLines
      .map(({page, line}) => ({
        page,
        line,
        result: spawnSync('sh', ['-c', line], {...workspace(), encoding: 'utf8'})
      }))
      .filter(({result}) => result.status !== 0)
      .map(({page, line, result}) => `${page}: ${line}\n${result.stderr}`)
    expect(failures).toEqual([])
  })
})
