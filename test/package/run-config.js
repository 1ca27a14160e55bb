// Runs the remark and rehype plugins of a site's config file (a README
// example) on lesson.md in the current folder, compiling it as the site's MDX
// integration would, and prints the result. The config is imported from the
// example's own project, so its imports resolve there and nowhere else.
import {readFile} from 'node:fs/promises'
import {basename, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {compile} from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'

/** The options object that holds `remarkPlugins`, wherever the framework keeps it. */
function markdownOptions(value) {
  if (value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value.remarkPlugins)) return value
  for (const child of Object.values(value)) {
    const found = markdownOptions(child)
    if (found) return found
  }

  return undefined
}

const configPath = resolve(process.argv[2])
const {default: config} = await import(pathToFileURL(configPath).href)
const options = markdownOptions(config)
if (!options) throw new Error(`${configPath} has no remarkPlugins`)
// Docusaurus adds remark-directive itself, before the site's plugins.
const own = basename(configPath).startsWith('docusaurus.') ? [remarkDirective] : []
const file = await compile(await readFile('lesson.md'), {
  format: 'md',
  remarkPlugins: [...own, ...options.remarkPlugins],
  rehypePlugins: options.rehypePlugins ?? []
})
console.log(String(file))
