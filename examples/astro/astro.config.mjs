// Astro site that renders the example course with remark-rnn, in Markdown
// and MDX. Markdown plugins configured here apply to .mdx pages too.
import mdx from '@astrojs/mdx'
import {defineConfig} from 'astro/config'
import rehypeKatex from 'rehype-katex'
import remarkDirective from 'remark-directive'
import remarkMath from 'remark-math'
import remarkRnn from 'remark-rnn'

export default defineConfig({
  markdown: {
    remarkPlugins: [
      remarkDirective,
      remarkMath,
      [remarkRnn, {solutions: 'collapse', strict: true}]
    ],
    rehypePlugins: [rehypeKatex]
  },
  integrations: [mdx()]
})
