// Compiled by test/types.test.ts against the built package, as a TypeScript user would import it.
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkRnn, {type Breakdown, countParameters, type Options} from 'remark-rnn'
import {unified} from 'unified'

const options: Options = {solutions: 'collapse', locale: 'de', strings: {groups: {total: 'Summe'}}}
const file = await unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkRnn, options)
  .use(remarkRehype)
  .use(rehypeStringify)
  .process('x')
const b: Breakdown = countParameters({inputs: 4, units: [5], outputs: 3})
console.log(String(file), b.total)
// @ts-expect-error: not a mode
unified().use(remarkRnn, {solutions: 'fold'})

// The MyST plugin: the default with defaults, or `rnnMystPlugin(options)` in a plugin file.
import mystPlugin, {type MystPlugin, rnnMystPlugin} from 'remark-rnn/myst'

const myst: MystPlugin = rnnMystPlugin({locale: 'de', solutions: 'hide'})
console.log(
  myst.directives.map((directive) => directive.name),
  mystPlugin.roles.length
)
// @ts-expect-error: not a mode
rnnMystPlugin({solutions: 'fold'})
