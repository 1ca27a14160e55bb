import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {requireDebianTool} from '../helpers/debian.js'
import {cliPath} from '../helpers/run-cli.js'

// Under Quarto the filter hands the self-check script to
// `quarto.doc.add_html_dependency` instead of writing it into the page.
// Quarto itself cannot be installed here, so Debian's Pandoc runs the filter
// of the extension `quarto-extension` writes, from a stand-in filter in the
// same folder (Pandoc gives each `-L` filter a Lua state of its own, so the
// stand-in defines the `quarto` global there and runs the filter itself);
// the stand-in records the calls Quarto would get, one a line.

const pandocHere = requireDebianTool('pandoc', 'pandoc', {skips: 'the Quarto dependency test'})
const selfCheck = fileURLToPath(new URL('../../dist/self-check.js', import.meta.url))

/** Quarto's `quarto.doc` as far as the filter uses it; `is_format` as Quarto answers it for `format`. */
const standIn = (format: string, input: string) => `local calls = os.getenv('QUARTO_CALLS')
quarto = {doc = {
  input_file = ${JSON.stringify(input)},
  is_format = function (name) return name == ${JSON.stringify(format)} end,
  add_html_dependency = function (dependency)
    local handle = io.open(calls, 'a')
    handle:write(table.concat({'add_html_dependency', dependency.name, tostring(dependency.version),
      table.concat(dependency.scripts or {}, ',')}, '\\t'), '\\n')
    handle:close()
  end,
}}
dofile(PANDOC_SCRIPT_FILE:match('^(.*)[/\\\\]') .. '/remark-rnn.lua')
`

const quiz = `# A quiz

::: {.rnn-quiz inputs=3 units=4 ask=rnn}
How many parameters has the layer?
:::

It has [total]{.rnn inputs=3 units=4} parameters.
`

interface Call {
  readonly call: string
  readonly name: string
  readonly version: string
  readonly scripts: readonly string[]
}

/** One recorded call: its name and the dependency's, tab-separated, the scripts by commas. */
function readCall(line: string): Call {
  const [call = '', name = '', version = '', scripts = ''] = line.split('\t')
  return {call, name, version, scripts: scripts.split(',')}
}

/** A Quarto project with the extension `quarto-extension` writes, rendered by the stand-in to `format`. */
function render(format: string) {
  const project = mkdtempSync(join(tmpdir(), 'remark-rnn-quarto-dependency-'))
  const made = spawnSync(process.execPath, [cliPath, 'quarto-extension', project], {
    encoding: 'utf8'
  })
  expect(made.status, made.stderr).toBe(0)
  const extension = join(project, '_extensions', 'remark-rnn')
  const page = join(project, 'quiz.qmd')
  writeFileSync(page, quiz)
  writeFileSync(join(extension, 'quarto-stand-in.lua'), standIn(format, page))
  const calls = join(project, 'calls.jsonl')
  const run = spawnSync(
    'pandoc',
    // Quarto's HTML typesets math with MathJax.
    [
      page,
      '-f',
      'markdown',
      '-L',
      join(extension, 'quarto-stand-in.lua'),
      '-t',
      format,
      '--mathjax'
    ],
    {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        QUARTO_CALLS: calls,
        // No dist/ beside the extension's copy of the filter: the built command.
        REMARK_RNN: `${process.execPath} ${cliPath}`
      }
    }
  )
  const recorded = existsSync(calls)
    ? readFileSync(calls, 'utf8').trim().split('\n').map(readCall)
    : []
  return {run, recorded, extension}
}

describe.runIf(pandocHere)('the filter under Quarto (a stand-in `quarto`)', () => {
  it('adds the self-check script as an HTML dependency whose file is in the extension, not in the page', () => {
    const {run, recorded, extension} = render('html')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(recorded).toEqual([
      {
        call: 'add_html_dependency',
        name: 'remark-rnn-self-check',
        version: '1',
        scripts: ['self-check.js']
      }
    ])
    // Quarto resolves a dependency's files against the filter's folder: the extension's.
    const [script] = recorded[0]?.scripts ?? []
    expect(readFileSync(join(extension, script ?? ''), 'utf8')).toBe(
      readFileSync(selfCheck, 'utf8')
    )
    expect(run.stdout).toContain('<form class="rnn-quiz-form"')
    expect(run.stdout).not.toContain('<script')
    // The number in prose, and the quiz's content from the .qmd Quarto names.
    expect(run.stdout).toContain('>32</span> parameters')
  })

  it('adds no dependency for an output that is not HTML', () => {
    const {run, recorded} = render('latex')
    expect(run.status).toBe(0)
    expect(recorded).toEqual([])
    expect(run.stdout).toContain('It has 32 parameters.')
  })
})
