import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Run remark-cli as a site does, `--use remark-directive --use remark-rnn
 * --frail`, from a folder where both packages are installed by name.
 */
function remarkCli(target: string, {rc = false} = {}) {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-cli-'))
  mkdirSync(join(root, 'node_modules'))
  symlinkSync(repo, join(root, 'node_modules', 'remark-rnn'))
  for (const name of ['remark-directive', 'remark-gfm', 'remark-math']) {
    symlinkSync(join(repo, 'node_modules', name), join(root, 'node_modules', name))
  }
  const cli = join(repo, 'node_modules', 'remark-cli', 'cli.js')
  // With `rc`, the plugins come from the example's .remarkrc.json instead of --use.
  if (rc)
    copyFileSync(
      join(repo, 'examples', 'remark-cli', '.remarkrc.json'),
      join(root, '.remarkrc.json')
    )
  // The parser setup the README recommends (and `check` uses): directives, GFM, math.
  const plugins = rc
    ? ['--rc-path', join(root, '.remarkrc.json')]
    : [
        '--use',
        'remark-directive',
        '--use',
        'remark-gfm',
        '--use',
        'remark-math',
        '--use',
        'remark-rnn'
      ]
  const args = [...plugins, '--frail', '--no-stdout', '--no-color', target]
  return spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8'})
}

/** A small course: valid pages in .md and .mdx, and one with a wrong number. */
function course(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-check-'))
  mkdirSync(join(root, 'docs', 'unit-1'), {recursive: true})
  writeFileSync(
    join(root, 'docs', 'unit-1', 'intro.md'),
    '# Intro\n\n::rnn{inputs=4 units=5 outputs=3}\n\nTotal :rnn[total=68]{inputs=4 units=5 outputs=3}.\n'
  )
  writeFileSync(
    join(root, 'docs', 'unit-1', 'page.mdx'),
    '# MDX\n\n<aside>JSX</aside>\n\n:::rnn<inputs=3 units=4>\n:::\n'
  )
  writeFileSync(join(root, 'docs', 'notes.markdown'), 'Nothing to check here.\n')
  mkdirSync(join(root, 'wrong'))
  writeFileSync(
    join(root, 'wrong', 'keys.md'),
    '# Wrong\n\nThe network has :rnn[total=60]{inputs=4 units=5 outputs=3} parameters.\n'
  )
  return root
}

describe.each(cliRunners)('remark-rnn check (%s)', (_runner, run) => {
  const root = course()

  it('passes a folder of valid .md, .markdown and .mdx pages with exit 0', async () => {
    const {status, stderr} = await run(['check', 'docs'], root)
    expect(status).toBe(0)
    expect(stderr).toContain('docs/unit-1/intro.md: no issues found')
    expect(stderr).toContain('docs/unit-1/page.mdx: no issues found')
    expect(stderr).toContain('docs/notes.markdown: no issues found')
  })

  it('fails with exit 1 and a remark-cli style report on a wrong number', async () => {
    const {status, stderr} = await run(['check'], root)
    expect(status).toBe(1)
    expect(stderr).toContain('wrong/keys.md')
    expect(stderr).toMatch(
      /3:28-3:30\s+error\s+The text says total = 60, but this network has 68 \(total\)\.\s+wrong-number\s+remark-rnn/
    )
    expect(stderr).toContain('✖ 1 error')
  })

  it('honours .remarkignore', async () => {
    const ignored = course()
    writeFileSync(join(ignored, '.remarkignore'), 'wrong/\n')
    const {status, stderr} = await run(['check'], ignored)
    expect(stderr).not.toContain('wrong/keys.md')
    expect(status).toBe(0)
  })

  it('takes globs and --quiet', async () => {
    const {status, stderr} = await run(['check', '**/*.mdx', '--quiet'], root)
    expect(status).toBe(0)
    expect(stderr).toBe('')
  })

  it('writes nothing', async () => {
    const before = spawnSync('find', [root, '-type', 'f'], {encoding: 'utf8'}).stdout
    await run(['check'], root)
    expect(spawnSync('find', [root, '-type', 'f'], {encoding: 'utf8'}).stdout).toBe(before)
  })

  it('fails on warnings only with --frail', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-frail-'))
    writeFileSync(join(folder, 'unused.md'), '::rnn{#lesson inputs=4 units=5}\n')
    const lenient = await run(['check', '.'], folder)
    expect(lenient.status).toBe(0)
    expect(lenient.stderr).toMatch(
      /1:8-1:14\s+warning\s+The model `lesson` is defined here but no later directive uses it/
    )
    expect((await run(['check', '.', '--frail'], folder)).status).toBe(1)
  })

  it('does not parse a page whose text has no `rnn`: it cannot hold a directive', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-skip-'))
    // Both are broken MDX; only the one that mentions rnn is parsed and reported.
    writeFileSync(join(folder, 'plain.mdx'), '# Plain\n\n<div>{1 +}</div>\n')
    writeFileSync(join(folder, 'lesson.mdx'), '# RNN lesson\n\n<div>{1 +}</div>\n')
    const {status, stderr} = await run(['check', '.'], folder)
    expect(status).toBe(1)
    expect(stderr).toContain('plain.mdx: no issues found')
    expect(stderr).toMatch(/lesson\.mdx\n\s*3:10\s+error\s+Could not parse expression with acorn/)
  })

  it('exits 2 on an unknown flag', async () => {
    expect((await run(['check', '--fail'], root)).status).toBe(2)
  })
})

describe('remark-cli with remark-rnn gives the same verdicts', () => {
  const root = course()

  it('passes the valid pages', () => {
    const result = remarkCli(join(root, 'docs'))
    expect(result.stderr).toContain('intro.md: no issues found')
    expect(result.status).toBe(0)
  })

  it('fails the page with a wrong number, at the same place', () => {
    const result = remarkCli(join(root, 'wrong'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /3:28-3:30\s+error\s+The text says total = 60, but this network has 68 \(total\)\.\s+wrong-number\s+remark-rnn/
    )
  })
})

describe.each(cliRunners)('the example course (%s)', (_runner, run) => {
  const examples = join(repo, 'examples')

  it('passes remark-rnn check: every key and stated number is right', async () => {
    const {status, stderr} = await run(['check', 'course'], examples)
    expect(stderr).toContain('course/rnn-parameters.md: no issues found')
    expect(stderr).toContain('course/rnn-parameters.mdx: no issues found')
    expect(status).toBe(0)
  })

  it('fails on the wrong-keys page, naming the right answer and the mistake', async () => {
    const {status, stderr} = await run(['check', 'wrong-keys'], examples)
    expect(status).toBe(1)
    expect(stderr).toMatch(
      /6:59-6:60\s+error\s+Answer B, not D: input = 3 · 4 = 12, recurrent = 4 · 4 \+ 4 = 20\. The key points at option D \(20, 12\): the right numbers in the wrong order\.\s+wrong-key/
    )
    expect(stderr).toMatch(
      /16:58-16:59\s+error\s+Answer C, not A: output = 4 · 4 \+ 4 = 20\. The key points at option A \(16\): the output layer’s bias forgotten, or inputs and units swapped\./
    )
    expect(stderr).toMatch(/25:1-31:4\s+error\s+No option is right: the answer is 32/)
    expect(stderr).toMatch(
      /33:35-33:37\s+error\s+The text says total = 86, but this network has 68/
    )
    expect(stderr).toContain('✖ 4 errors')
  })
})

describe('the example course with remark-cli', () => {
  const examples = join(repo, 'examples')

  it('gives remark-cli the same verdicts', () => {
    expect(remarkCli(join(examples, 'course', 'rnn-parameters.md')).status).toBe(0)
    const wrong = remarkCli(join(examples, 'wrong-keys'))
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toMatch(/6:59-6:60\s+error\s+Answer B, not D/)
    expect(wrong.stderr).toContain('4 errors')
  })

  it('gives the same verdicts with the example .remarkrc.json', () => {
    expect(remarkCli(join(examples, 'course', 'rnn-parameters.md'), {rc: true}).status).toBe(0)
    const wrong = remarkCli(join(examples, 'wrong-keys'), {rc: true})
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toMatch(/33:35-33:37\s+error\s+The text says total = 86/)
  })
})
