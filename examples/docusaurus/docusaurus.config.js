// Docusaurus site that renders the example course with remark-rnn.
// Docusaurus adds remark-directive itself and reads .md as MDX; any bad
// directive or wrong answer key fails the build (remark-rnn's default,
// `strict`), since Docusaurus does not show plugin warnings.
import {createRequire} from 'node:module'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import remarkRnn from 'remark-rnn'

const require = createRequire(import.meta.url)

export default {
  title: 'remark-rnn example course',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // A navbar title gives the home link a name screen readers can read.
  themeConfig: {navbar: {title: 'remark-rnn example course'}},
  // The quizzes' self-check script and the explorers' script, loaded on every page.
  clientModules: [require.resolve('remark-rnn/self-check'), require.resolve('remark-rnn/explorer')],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          remarkPlugins: [remarkMath, remarkRnn],
          rehypePlugins: [rehypeKatex]
        },
        blog: false,
        pages: false,
        theme: {customCss: [require.resolve('katex/dist/katex.min.css')]}
      }
    ]
  ]
}
