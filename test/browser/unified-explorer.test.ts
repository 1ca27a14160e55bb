// The explorer in a plain unified pipeline, as docs/explorer.md says for
// unified: rehype-document's `js` option and dist/explorer.js copied next
// to the page, served, explored in Chromium (test/helpers/explorer.ts).
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
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {checkExplorerAt} from '../helpers/explorer.js'
import {serveFolder} from '../helpers/static-server.js'

const docs = readFileSync(new URL('../../docs/explorer.md', import.meta.url), 'utf8')
const course = new URL('../../examples/course/rnn-parameters.md', import.meta.url)

describe.runIf(browserAvailable())(
  'the explorer script loaded as docs/explorer.md says for unified',
  () => {
    it('with rehype-document’s js option and the script copied next to the page', {
      timeout: 240_000
    }, async () => {
      expect(docs).toContain(".use(rehypeDocument, {css: 'katex.min.css', js: 'explorer.js'})")
      const file = await unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkGfm)
        .use(remarkMath)
        .use(remarkRnn)
        .use(remarkRehype)
        .use(rehypeKatex)
        .use(rehypeDocument, {css: 'katex.min.css', js: 'explorer.js'})
        .use(rehypeStringify)
        .process(new VFile({value: readFileSync(course, 'utf8'), path: 'lesson.md'}))
      expect(file.messages.map(String)).toEqual([])
      const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-unified-explorer-'))
      try {
        writeFileSync(join(folder, 'index.html'), String(file))
        copyFileSync(
          new URL('../../dist/explorer.js', import.meta.url),
          join(folder, 'explorer.js')
        )
        copyFileSync(
          new URL('../../node_modules/katex/dist/katex.min.css', import.meta.url),
          join(folder, 'katex.min.css')
        )
        const server = await serveFolder(folder)
        const browser = await launchChromium()
        try {
          // A bare page has no stylesheet for its code blocks: only the explorer's own width is checked.
          await checkExplorerAt(browser, `${server.url}/`, false)
        } finally {
          await browser.close()
          await server.close()
        }
      } finally {
        rmSync(folder, {recursive: true, force: true})
      }
    })
  }
)
