// The plugin runs anywhere a unified plugin runs: its main entry bundled for
// the browser (no Node.js built-ins to resolve) and a remark pipeline run with
// it in Chromium, to HTML and back to Markdown, as an editor or a playground would.
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {browserAvailable, launchChromium} from '../helpers/browser.js'

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

const page = `# Parameters

:::rnn{inputs=4 units=5 outputs=3}
:::

The layer has :rnn[total]{inputs=4 units=5} parameters.
`

/** A browser bundle of a remark pipeline with the plugin, exposed as `window.runPipeline`. */
async function pipelineBundle(): Promise<{code: string; inputs: string[]}> {
  const result = await build({
    stdin: {
      contents: `
        import {unified} from 'unified'
        import remarkParse from 'remark-parse'
        import remarkDirective from 'remark-directive'
        import remarkRehype from 'remark-rehype'
        import rehypeStringify from 'rehype-stringify'
        import remarkStringify from 'remark-stringify'
        import remarkRnn from ${JSON.stringify(entry)}
        window.runPipeline = (markdown) => {
          const base = () => unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
          const html = base().use(remarkRehype).use(rehypeStringify).processSync(markdown)
          const written = base().use(remarkStringify).processSync(markdown)
          return {html: String(html), markdown: String(written), messages: html.messages.length}
        }
      `,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts'
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent'
  })

  return {
    code: result.outputFiles[0]?.text ?? '',
    inputs: Object.keys(result.metafile.inputs)
  }
}

describe('the plugin in a browser', () => {
  it('bundles for the browser without a Node.js built-in', async () => {
    const {code, inputs} = await pipelineBundle()
    expect(code.length).toBeGreaterThan(1000)
    expect(inputs.some((input) => input.endsWith('src/plugin/remark-rnn.ts'))).toBe(true)
    expect(inputs.filter((input) => /^node:|(^|\/)node_modules\/node-/.test(input))).toEqual([])
  })

  it.runIf(browserAvailable())(
    'runs a remark pipeline with it in Chromium, to HTML and to Markdown',
    {timeout: 120_000},
    async () => {
      const {code} = await pipelineBundle()
      const browser = await launchChromium()
      try {
        const tab = await browser.newPage()
        const errors: string[] = []
        tab.on('pageerror', (error) => errors.push(error.message))
        await tab.setContent('<!doctype html><title>remark-rnn</title>')
        await tab.addScriptTag({content: code})
        const result = await tab.evaluate(
          (markdown) =>
            (
              window as unknown as {
                runPipeline(markdown: string): {html: string; markdown: string; messages: number}
              }
            ).runPipeline(markdown),
          page
        )
        expect(errors).toEqual([])
        expect(result.messages).toBe(0)
        // The worked solution: its table and total, in HTML and in Markdown.
        expect(result.html).toContain('<table')
        expect(result.html).toMatch(/\b68\b/)
        expect(result.html).toContain(
          'The layer has <span class="rnn-number">50</span> parameters.'
        )
        expect(result.markdown).toMatch(/^\|.*\|$/m)
        expect(result.markdown).toContain('The layer has 50 parameters.')
        expect(result.markdown).not.toContain(':::rnn')
      } finally {
        await browser.close()
      }
    }
  )
})
