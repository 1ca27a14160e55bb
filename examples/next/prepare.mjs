// Copies the example course into app/ as two pages (Markdown and MDX), so the
// site renders exactly the pages the rest of the examples use. With
// RNN_WRONG_KEYS=1 it adds the page with wrong answer keys too, which must
// make the build fail.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'

const pages = [
  ['course/rnn-parameters.md', 'course/page.md'],
  ['course/rnn-parameters.mdx', 'course-mdx/page.mdx']
]
if (process.env.RNN_WRONG_KEYS === '1') pages.push(['wrong-keys/quiz.md', 'wrong-keys/page.md'])

for (const folder of ['course', 'course-mdx', 'wrong-keys'])
  rmSync(new URL(`app/${folder}/`, import.meta.url), {recursive: true, force: true})
for (const [source, target] of pages) {
  const file = new URL(`app/${target}`, import.meta.url)
  mkdirSync(new URL('.', file), {recursive: true})
  writeFileSync(file, readFileSync(new URL(`../${source}`, import.meta.url), 'utf8'))
}
