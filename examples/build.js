// Renders the example course into examples/out/: the page as a teacher's
// version (solutions shown), a student version (solutions collapsed), the
// MDX version, and the expanded Markdown. `npm start` runs this after a build.
import {spawnSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const cli = here('../dist/cli/main.js')
mkdirSync(here('out'), {recursive: true})

const builds = [
  ['course/rnn-parameters.md', 'out/rnn-parameters.html'],
  ['course/rnn-parameters.md', 'out/rnn-parameters.student.html', '--solutions=collapse'],
  ['course/rnn-parameters.mdx', 'out/rnn-parameters-mdx.html'],
  ['course/rnn-parameters.md', 'out/rnn-parameters.expanded.md']
]

let failed = false
for (const [input, output, ...flags] of builds) {
  const result = spawnSync(process.execPath, [cli, 'render', here(input), '-o', here(output), ...flags], {
    stdio: ['ignore', 'inherit', 'inherit']
  })
  failed ||= result.status !== 0
  console.log(`${result.status === 0 ? '✓' : '✗'} ${input} → examples/${output}`)
}

if (failed) process.exitCode = 1
else console.log('\nOpen examples/out/rnn-parameters.html in a browser.')
