// Renders the example course into examples/out/: the student's page
// (solutions and answers folded behind a click), the teacher's page (all
// shown), the MDX version, and the expanded Markdown; then exports its quizzes for an
// LMS (Moodle XML, GIFT, QTI 2.1), five variants of the one with ranges.
// The reference pages in docs/ are course pages too: each is rendered into
// examples/out/docs/, so their live directives are counted and checked.
// `npm start` runs this after a build.
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const cli = here('../dist/cli/main.js')
mkdirSync(here('out/docs'), {recursive: true})

const builds = [
  ['course/rnn-parameters.md', 'out/rnn-parameters.student.html', '--solutions=collapse'],
  ['course/rnn-parameters.md', 'out/rnn-parameters.html'],
  ['course/rnn-parameters.mdx', 'out/rnn-parameters-mdx.html'],
  ['course/rnn-parameters.md', 'out/rnn-parameters.expanded.md'],
  ...readdirSync(here('../docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => [`../docs/${name}`, `out/docs/${name.replace(/\.md$/, '.html')}`])
]

const exports = [
  ['moodle', 'out/rnn-parameters.moodle.xml'],
  ['gift', 'out/rnn-parameters.gift'],
  ['qti', 'out/rnn-parameters.qti.zip']
]

let failed = false
const run = (args, label) => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  failed ||= result.status !== 0
  console.log(`${result.status === 0 ? '✓' : '✗'} ${label}`)
}

for (const [input, output, ...flags] of builds) {
  run(['render', here(input), '-o', here(output), ...flags], `${input} → examples/${output}`)
}

for (const [format, output] of exports) {
  const args = [
    'export',
    here('course/rnn-parameters.md'),
    `--format=${format}`,
    '--variants=5',
    '--seed=course',
    '-o',
    here(output)
  ]
  run(args, `course/rnn-parameters.md quizzes → examples/${output}`)
}

if (failed) process.exitCode = 1
else
  console.log(
    [
      '',
      'Open in a browser:',
      '  examples/out/rnn-parameters.student.html  the student’s page: solutions and answers folded',
      '  examples/out/rnn-parameters.html          the teacher’s page: every solution and answer shown'
    ].join('\n')
  )
