// Astro site that renders the example course with remark-rnn, in Markdown
// and MDX. Markdown plugins configured here apply to .mdx pages too. A page
// with a wrong answer key or a broken directive fails the build (remark-rnn's
// default, `strict`).
import mdx from '@astrojs/mdx'
import {defineConfig} from 'astro/config'
import rehypeKatex from 'rehype-katex'
import remarkDirective from 'remark-directive'
import remarkMath from 'remark-math'
import remarkRnn from 'remark-rnn'

export default defineConfig({
  markdown: {
    remarkPlugins: [remarkDirective, remarkMath, [remarkRnn, {solutions: 'collapse'}]],
    rehypePlugins: [rehypeKatex]
  },
  integrations: [mdx()]
})
