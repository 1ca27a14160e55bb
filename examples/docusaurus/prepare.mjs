// Copies the example course into docs/. With RNN_WRONG_KEYS=1 it adds the
// page with wrong answer keys too, which must make the build fail.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'

const docs = new URL('docs/', import.meta.url)
rmSync(docs, {recursive: true, force: true})
mkdirSync(docs)
const pages = [
  // The home page, so the navbar's link to / has a target.
  ['course/rnn-parameters.md', 'course.md', 1, '/'],
  ['course/rnn-parameters.mdx', 'course-mdx.mdx', 2]
]
if (process.env.RNN_WRONG_KEYS === '1') pages.push(['wrong-keys/quiz.md', 'wrong-keys.md', 3])

for (const [source, target, position, slug] of pages) {
  const body = readFileSync(new URL(`../${source}`, import.meta.url), 'utf8')
  const frontmatter = `sidebar_position: ${position}\n${slug ? `slug: ${slug}\n` : ''}`
  writeFileSync(new URL(target, docs), `---\n${frontmatter}---\n\n${body}`)
}
