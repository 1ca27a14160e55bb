// The README's unified row of the self-check table, as a new project would
// do it: the README's pipeline with rehype-document's `js` option, the page
// written next to a copy of dist/self-check.js, served, answered in Chromium.
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import rehypeDocument from 'rehype-document'
import rehypeKatex from 'rehype-katex'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {browserAvailable} from '../helpers/browser.js'
import {checkQuizzesAt} from '../helpers/self-check.js'
import {serveFolder} from '../helpers/static-server.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const course = new URL('../../examples/course/rnn-parameters.md', import.meta.url)

describe.runIf(browserAvailable())(
  'the self-check script loaded as the README says for unified',
  () => {
    it('with rehype-document’s js option and the script copied next to the page', {
      timeout: 120_000
    }, async () => {
      // The row being tested, as the README writes it.
      expect(readme).toContain(
        'copy `node_modules/remark-rnn/dist/self-check.js` next to your pages and add `<script src="self-check.js" defer></script>`, or with rehype-document: `.use(rehypeDocument, {js: \'self-check.js\'})`'
      )
      const file = await unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkGfm)
        .use(remarkMath)
        .use(remarkRnn, {solutions: 'collapse'})
        .use(remarkRehype)
        .use(rehypeKatex)
        .use(rehypeDocument, {js: 'self-check.js'})
        .use(rehypeStringify)
        .process(new VFile({value: readFileSync(course, 'utf8'), path: 'lesson.md'}))
      const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-unified-'))
      try {
        writeFileSync(join(folder, 'index.html'), String(file))
        copyFileSync(
          new URL('../../dist/self-check.js', import.meta.url),
          join(folder, 'self-check.js')
        )
        expect(String(file)).toContain('<script src="self-check.js"></script>')
        const server = await serveFolder(folder)
        try {
          await checkQuizzesAt(server.url, ['/'], true)
        } finally {
          await server.close()
        }
      } finally {
        rmSync(folder, {recursive: true, force: true})
      }
    })
  }
)
