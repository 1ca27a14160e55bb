// Copies the example course into src/pages with the layout's frontmatter, so
// the site renders exactly the pages the rest of the examples use. With
// RNN_WRONG_KEYS=1 it adds the page with wrong answer keys too, which must
// make the build fail.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'

const pages = new URL('src/pages/', import.meta.url)
mkdirSync(pages, {recursive: true})
const copies = [
  ['course/rnn-parameters.md', 'course.md'],
  ['course/rnn-parameters.mdx', 'course-mdx.mdx']
]
rmSync(new URL('wrong-keys.md', pages), {force: true})
if (process.env.RNN_WRONG_KEYS === '1') copies.push(['wrong-keys/quiz.md', 'wrong-keys.md'])
for (const [source, target] of copies) {
  const body = readFileSync(new URL(`../${source}`, import.meta.url), 'utf8')
  const frontmatter = `---\nlayout: ../layouts/Course.astro\ntitle: RNN parameters\n---\n\n`
  writeFileSync(new URL(target, pages), frontmatter + body)
}
