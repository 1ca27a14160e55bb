import {spawnSync} from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {siteFolder} from './site.js'

/** A MyST node as the built page content has it. */
export interface MystNode {
  type: string
  children?: MystNode[]
  value?: string
  [key: string]: unknown
}

const example = siteFolder('jupyter-book')
const offlineTemplate = fileURLToPath(new URL('../sites/myst-template/', import.meta.url))
const made: string[] = []

/** Remove every project `mystProject` made. */
export function removeProjects(): void {
  for (const folder of made.splice(0)) rmSync(folder, {recursive: true, force: true})
}

/**
 * A copy of examples/jupyter-book in a temporary folder, sharing its
 * node_modules: book-theme is fetched from the network, so the copy's site
 * template is a local folder with a bare template.yml; `edit` changes the
 * config or pages first (a wrong key, options, another plugin file).
 */
export function mystProject(
  edit: {
    config?: (yaml: string) => string
    pages?: Record<string, string | ((page: string) => string)>
  } = {}
) {
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-myst-'))
  made.push(folder)
  cpSync(join(example, 'rnn-parameters.md'), join(folder, 'rnn-parameters.md'))
  symlinkSync(join(example, 'node_modules'), join(folder, 'node_modules'))
  const config = readFileSync(join(example, 'myst.yml'), 'utf8').replace(
    'template: book-theme',
    `template: ${offlineTemplate}`
  )
  writeFileSync(join(folder, 'myst.yml'), edit.config ? edit.config(config) : config)
  for (const [name, page] of Object.entries(edit.pages ?? {})) {
    const path = join(folder, name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, typeof page === 'function' ? page(readFileSync(path, 'utf8')) : page)
  }

  return {
    folder,
    /** Run `myst build` with these flags; status and everything it printed. */
    build(...flags: string[]) {
      return this.buildWith({}, ...flags)
    },
    /** The same with more environment variables. */
    buildWith(env: Record<string, string>, ...flags: string[]) {
      const result = spawnSync(
        process.execPath,
        [join(example, 'node_modules/mystmd/dist/myst.cjs'), 'build', ...flags],
        {
          cwd: folder,
          encoding: 'utf8',
          env: {...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0'}
        }
      )
      return {status: result.status, output: result.stdout + result.stderr}
    },
    /** A built page's content tree (`_build/site/content/<slug>.json`). */
    page(slug: string): MystNode {
      return JSON.parse(readFileSync(join(folder, '_build/site/content', `${slug}.json`), 'utf8'))
        .mdast
    },
    read(path: string): string {
      return readFileSync(join(folder, path), 'utf8')
    }
  }
}

/** Every node of a type, in document order. */
export function nodesOf(tree: MystNode, type: string): MystNode[] {
  const found: MystNode[] = []
  const walk = (node: MystNode) => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }

  walk(tree)
  return found
}

/** The text a node shows, math as its LaTeX. */
export function textOf(node: MystNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath')
    return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}
