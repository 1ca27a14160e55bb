// The explorer in an MDX page, as docs/explorer.md says for MDX: the page
// compiled with @mdx-js/mdx and rendered by React, the script loaded by the
// page's client code, explored in Chromium (test/helpers/explorer.ts).
import {readFileSync} from 'node:fs'
import {evaluate} from '@mdx-js/mdx'
import {createElement} from 'react'
import * as runtime from 'react/jsx-runtime'
import {renderToStaticMarkup} from 'react-dom/server'
import rehypeKatex from 'rehype-katex'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import {describe, expect, it} from 'vitest'
import remarkRnn from '../../src/index.js'
import {browserAvailable, launchChromium} from '../helpers/browser.js'
import {checkExplorerAt} from '../helpers/explorer.js'

const net = '{inputs=4 units=5 outputs=3}'
const page = `# Explore in MDX

The seed network has :rnn[input]${net} input, :rnn[recurrent]${net} recurrent
and :rnn[output]${net} output parameters, :rnn[total]${net} in all.

:::rnn-explorer{inputs=4 units=5 outputs=3 vary="cell framework bidirectional"}
What happens to the total when you double the units?
:::
`

describe.runIf(browserAvailable())('the explorer in an MDX page rendered by React', () => {
  it('follows its controls with the script loaded by the page', {timeout: 240_000}, async () => {
    const {default: Content} = await evaluate(page, {
      ...runtime,
      remarkPlugins: [remarkDirective, remarkGfm, remarkMath, remarkRnn],
      rehypePlugins: [rehypeKatex]
    })
    const body = renderToStaticMarkup(createElement(Content))
    expect(body).toContain('<form class="rnn-explorer-controls" hidden="">')
    const katex = readFileSync(
      new URL('../../node_modules/katex/dist/katex.min.css', import.meta.url),
      'utf8'
    )
    const script = readFileSync(new URL('../../dist/explorer.js', import.meta.url), 'utf8')
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MDX</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${katex}</style></head><body><main>${body}</main><script>${script}</script></body></html>`
    const browser = await launchChromium()
    try {
      await checkExplorerAt(
        browser,
        `data:text/html;base64,${Buffer.from(html).toString('base64')}`,
        false
      )
    } finally {
      await browser.close()
    }
  })
})
