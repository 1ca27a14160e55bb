// Copies the example course into src/pages with the layout's frontmatter, so
// the site renders exactly the pages the rest of the examples use.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'

const pages = new URL('src/pages/', import.meta.url)
mkdirSync(pages, {recursive: true})
for (const [source, target] of [
  ['rnn-parameters.md', 'course.md'],
  ['rnn-parameters.mdx', 'course-mdx.mdx']
]) {
  const body = readFileSync(new URL(`../course/${source}`, import.meta.url), 'utf8')
  const frontmatter = `---\nlayout: ../layouts/Course.astro\ntitle: RNN parameters\n---\n\n`
  writeFileSync(new URL(target, pages), frontmatter + body)
}
