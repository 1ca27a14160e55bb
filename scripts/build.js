// `npm run build`: types with tsc, then esbuild makes two kinds of output.
// - The library entries (package.json `exports`): one module each, their
//   dependencies left as imports. Every import must be a runtime dependency
//   of the package, so the plugin stays light; the build fails otherwise.
// - The CLI (`bin`): everything src/cli imports bundled into dist/cli/, the
//   way Prettier and esbuild ship theirs, so `npx remark-rnn` needs no extra
//   install and a site that only uses the plugin never installs the CLI's
//   parts. Only the package's own dependencies stay imports (they are there
//   anyway); whatever else the CLI imports is picked up here automatically.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateDtsBundle} from 'dts-bundle-generator'
import {build} from 'esbuild'
import {pythonGrammarSource} from './grammar-source.js'
import {checkGrammarTables} from './grammar-tables.js'
import {katexStylesheetModule, katexStylesheetSpecifier} from './katex-stylesheet.js'
import {
  explorerModule,
  explorerScript,
  explorerSpecifier,
  explorerWidget,
  selfCheckModule,
  selfCheckScript,
  selfCheckSpecifier,
  selfCheckWidget
} from './self-check-script.js'
import {thirdPartyNotices} from './third-party-notices.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(root + 'package.json', 'utf8'))
const runtime = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {})
])
const builtins = new Set(builtinModules)

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])
}

rmSync(root + 'dist', {recursive: true, force: true})

// 1. Types, and the type check of everything (tsconfig: declarations only).
const tsc = spawnSync(
  process.execPath,
  [root + 'node_modules/typescript/bin/tsc', '-p', root + 'tsconfig.json'],
  {
    stdio: 'inherit'
  }
)
if (tsc.status !== 0) process.exit(tsc.status ?? 1)
// The self-check script has DOM types of its own (tsconfig.browser.json), checked only.
const browserTsc = spawnSync(
  process.execPath,
  [root + 'node_modules/typescript/bin/tsc', '-p', root + 'tsconfig.browser.json'],
  {stdio: 'inherit'}
)
if (browserTsc.status !== 0) process.exit(browserTsc.status ?? 1)
// The CLI is a command, not an API: its declarations are not shipped.
rmSync(root + 'dist/cli', {recursive: true, force: true})

// Ship one declaration file per entry (package.json `exports` types),
// bundled from tsc's output by dts-bundle-generator: dozens of small .d.ts
// files would each take a disk block in every install for nothing.
{
  const entries = Object.values(pkg.exports)
    .filter((target) => typeof target === 'object' && target.types)
    .map((target) => join(root, target.types))
  const bundled = generateDtsBundle(
    entries.map((filePath) => ({filePath, output: {noBanner: true}})),
    {preferredConfigPath: root + 'tsconfig.json'}
  )
  for (const file of readdirSync(root + 'dist', {recursive: true})) {
    const path = join(root, 'dist', String(file))
    if (path.endsWith('.d.ts')) rmSync(path)
  }
  for (const [index, path] of entries.entries()) writeFileSync(path, bundled[index])

  // Folders left empty, deepest first.
  const folders = readdirSync(root + 'dist', {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length)
  for (const folder of folders)
    if (readdirSync(folder).length === 0) rmSync(folder, {recursive: true})
}

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  logLevel: 'warning',
  metafile: true
}

// 2. Library entries: each `exports` condition pair {types: ./dist/X.d.ts,
// default: ./dist/Y.js} is built from src/X.ts into dist/Y.js, so a new entry
// needs only its line in package.json.
const entryPoints = {}
// Entries whose file must end in `.mjs` (mystmd loads plugins only from such files).
const moduleFiles = []
for (const target of Object.values(pkg.exports)) {
  if (typeof target !== 'object' || !target.types || !target.default) continue
  const source = target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')
  const name = target.default.replace(/^\.\/dist\//, '').replace(/\.m?js$/, '')
  entryPoints[name] = source
  if (target.default.endsWith('.mjs')) moduleFiles.push(name)
}

const failed = () => process.exit(1)

/**
 * The Python grammar the model-code reader parses with (lezer's), built
 * once into a minified, tree-shaken module that the library bundles instead
 * of installing four packages for every user; its licences go to
 * dist/THIRD-PARTY-NOTICES.md. Exactly these packages may be bundled.
 */
const bundledGrammar = new Set(['@lezer/python', '@lezer/lr', '@lezer/common'])
const grammarFile = join(root, 'node_modules/.cache/remark-rnn/lezer-python.js')
// Unlinked first: a worktree whose node_modules is hard-linked to another's
// would otherwise write into that one's copy.
rmSync(grammarFile, {force: true})
const grammar = await build({
  ...common,
  stdin: {contents: "export {parser} from '@lezer/python'", resolveDir: root, loader: 'js'},
  outfile: grammarFile,
  minify: true,
  legalComments: 'none',
  plugins: [
    {
      name: 'grammar-only',
      setup(context) {
        context.onResolve({filter: /^[^./]/}, ({path}) =>
          bundledGrammar.has(packageName(path))
            ? undefined
            : {errors: [{text: `the bundled grammar imports ${path}, which is not lezer's`}]}
        )
      }
    },
    pythonGrammarSource({decodedTables: true})
  ]
}).catch(failed)
await checkGrammarTables(grammarFile).catch((error) => {
  console.error(error.message)
  failed()
})

/**
 * The library keeps lezer's own encoded tables: a plugin user parses model
 * code in a few directives, and the decoded tables cost about 30 KB on disk
 * (the install's budget). The CLI, a fresh process per command, takes the
 * decoded ones (`count model.py`'s start).
 */
const libraryGrammarFile = join(root, 'node_modules/.cache/remark-rnn/lezer-python-encoded.js')
rmSync(libraryGrammarFile, {force: true})
await build({
  ...common,
  stdin: {contents: "export {parser} from '@lezer/python'", resolveDir: root, loader: 'js'},
  outfile: libraryGrammarFile,
  minify: true,
  legalComments: 'none',
  plugins: [pythonGrammarSource({decodedTables: false})]
}).catch(failed)

/**
 * The CLI loads the Python grammar on its first parse, not with the code
 * that may parse: `pandoc`, `render` and `check` load the plugin, which
 * reads model code only when a page has some, and `count --inputs` needs
 * none. The grammar (its tables decoded) is its own CommonJS
 * file beside the chunks, `require`d synchronously, as parsing is.
 */
const lazyGrammarFile = 'dist/cli/chunks/python-grammar.cjs'
const lazyGrammar = {
  name: 'lazy-grammar',
  setup(context) {
    context.onResolve({filter: /^@lezer\/python$/}, ({path}) => ({path, namespace: 'lazy-grammar'}))
    context.onResolve({filter: /^\.\/python-grammar\.cjs$/}, ({path}) => ({path, external: true}))
    context.onLoad({filter: /.*/, namespace: 'lazy-grammar'}, () => ({
      contents: `let grammar
export const parser = {
  parse: (...args) => (grammar ??= require('./python-grammar.cjs').parser).parse(...args)
}`,
      loader: 'js'
    }))
  }
}

/** Leave bare imports as imports, and fail on one the package does not depend on. */
const runtimeImportsOnly = {
  name: 'runtime-imports-only',
  setup(context) {
    context.onResolve({filter: /^[^./]/}, ({path, importer}) => {
      if (isBuiltin(path)) return {external: true}
      if (runtime.has(packageName(path))) return {external: true}
      // Types only, erased: the grammar's module is all the reader loads.
      if (path === '@lezer/python') return {path: libraryGrammarFile}
      return {
        errors: [
          {
            text: `${importer.replace(root, '')} imports ${path}, which is not a runtime dependency: add ${packageName(path)} to dependencies (kept light), or use it in src/cli only (bundled).`
          }
        ]
      }
    })
  }
}

// esbuild has printed its messages already: exit without a trace of its own.
await build({
  ...common,
  entryPoints,
  outdir: root + 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Smaller to install (the install's disk budget); function names are kept,
  // so stack traces still read, and import specifiers are strings either way.
  minify: true,
  keepNames: true,
  plugins: [runtimeImportsOnly]
}).catch(failed)

// The licences of the grammar the library bundles, as their authors ask.
writeFileSync(
  root + 'dist/THIRD-PARTY-NOTICES.md',
  thirdPartyNotices(
    root,
    grammar.metafile,
    'The remark-rnn library (dist/) bundles these packages.'
  )
)

for (const name of moduleFiles) renameSync(`${root}dist/${name}.js`, `${root}dist/${name}.mjs`)

// 3. The self-check script a page loads (`remark-rnn/self-check`): one
// minified file for the browser, importing nothing.
const selfCheckText = selfCheckScript()
writeFileSync(root + 'dist/self-check.js', selfCheckText)
// And the same as the widget MyST's themes load for each quiz (see src/myst/html-parts.ts).
writeFileSync(root + 'dist/self-check-widget.mjs', selfCheckWidget())
// The explorer script (`remark-rnn/explorer`), the counting core inside, and its MyST widget.
const explorerText = explorerScript()
writeFileSync(root + 'dist/explorer.js', explorerText)
writeFileSync(root + 'dist/explorer-widget.mjs', explorerWidget())

// 4. The CLI bundle.
/** The KaTeX stylesheet, fonts inlined, built in from the katex that renders the math. */
const katexStylesheet = {
  name: 'katex-stylesheet',
  setup(context) {
    const filter = new RegExp(`^${katexStylesheetSpecifier.replace(/[.?*]/g, '\\$&')}$`)
    context.onResolve({filter}, ({path}) => ({path, namespace: 'katex-stylesheet'}))
    context.onLoad({filter: /.*/, namespace: 'katex-stylesheet'}, () => ({
      contents: katexStylesheetModule(),
      loader: 'js'
    }))
  }
}

/** The self-check script's text, which the CLI inlines into the pages it renders. */
const selfCheck = {
  name: 'self-check',
  setup(context) {
    context.onResolve({filter: new RegExp(`^${selfCheckSpecifier}$`)}, ({path}) => ({
      path,
      namespace: 'self-check'
    }))
    context.onLoad({filter: /.*/, namespace: 'self-check'}, () => ({
      contents: selfCheckModule(selfCheckText),
      loader: 'js'
    }))
  }
}

/** The explorer script's text, which the CLI inlines into pages with explorers. */
const explorer = {
  name: 'explorer',
  setup(context) {
    context.onResolve({filter: new RegExp(`^${explorerSpecifier}$`)}, ({path}) => ({
      path,
      namespace: 'explorer'
    }))
    context.onLoad({filter: /.*/, namespace: 'explorer'}, () => ({
      contents: explorerModule(explorerText),
      loader: 'js'
    }))
  }
}

/**
 * Modules the CLI bundle leaves out, per package that imports them, for code
 * paths the command never takes. unified-engine: reading configuration files
 * (.remarkrc, package.json fields), loading plugins and reporters by name,
 * and reading stdin, as `check` passes its own processor and files, and no
 * rcName, packageField, plugins or reporter name. The stand-ins throw if called, so a new
 * use fails loudly; the same package imported from elsewhere is bundled.
 */
const fail = (name) =>
  `throw new Error('remark-rnn is built without ${name}: see notBundled in scripts/build.js')`
const notBundled = {
  'unified-engine': {
    'load-plugin': `export function loadPlugin() {${fail('load-plugin')}}
export function resolvePlugin() {${fail('load-plugin')}}`,
    'parse-json': `export default function parseJson() {${fail('parse-json')}}`,
    'concat-stream': `export default function concatStream() {${fail('concat-stream')}}`
  }
}
const standIns = {
  name: 'stand-ins',
  setup(context) {
    context.onResolve({filter: /^[^./]/}, ({path, importer}) => {
      const from = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(importer)?.[1]
      const contents = notBundled[from]?.[path]
      return contents ? {path, namespace: 'stand-in', pluginData: contents} : undefined
    })
    context.onLoad({filter: /.*/, namespace: 'stand-in'}, ({pluginData}) => ({
      contents: pluginData,
      loader: 'js'
    }))
  }
}

/**
 * Parts of the language server library (vscode-languageserver) that
 * `remark-rnn lsp` never offers, left out of the CLI bundle so the package
 * stays small: each feature of the server (semantic tokens, notebooks, call
 * hierarchies…) is a mixin over the connection, stood in for by one that adds
 * nothing, and the protocol's modules for those features are empty. The
 * protocol tests (test/lsp) drive the built server, so a part that is used
 * after all fails them.
 */
const serverFeatures = {
  callHierarchy: 'CallHierarchyFeature',
  semanticTokens: 'SemanticTokensFeature',
  showDocument: 'ShowDocumentFeature',
  fileOperations: 'FileOperationsFeature',
  linkedEditingRange: 'LinkedEditingRangeFeature',
  typeHierarchy: 'TypeHierarchyFeature',
  inlineValue: 'InlineValueFeature',
  foldingRange: 'FoldingRangeFeature',
  inlayHint: 'InlayHintFeature',
  diagnostic: 'DiagnosticFeature',
  notebook: 'NotebookSyncFeature',
  moniker: 'MonikerFeature',
  inlineCompletion: 'InlineCompletionFeature',
  textDocumentContent: 'TextDocumentContentFeature',
  // Node helpers for resolving modules, which the server never calls.
  files: undefined
}
// The protocol's modules of those features, and of requests the server
// never registers a handler for (colours, declarations, implementations,
// type definitions, selection ranges): protocol.js reads them only lazily.
const unusedProtocol = new Set(
  [
    ...Object.keys(serverFeatures).filter((name) => name !== 'files'),
    'colorProvider',
    'declaration',
    'implementation',
    'typeDefinition',
    'selectionRange'
  ].map((name) => `protocol.${name}`)
)
const unusedServerParts = {
  name: 'unused-server-parts',
  setup(context) {
    context.onResolve({filter: /^\.\.?\//}, ({path, importer}) => {
      const name = path.replace(/^.*\//, '').replace(/\.js$/, '')
      const inServer = /[\\/]vscode-languageserver[\\/]lib[\\/](common|node)[\\/]/.test(importer)
      const inProtocol = /[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]/.test(
        importer
      )
      if (inServer && Object.hasOwn(serverFeatures, name)) {
        const feature = serverFeatures[name]
        const contents = feature ? `exports.${feature} = (Base) => Base` : ''
        return {path: name, namespace: 'unused-server-part', pluginData: contents}
      }
      if (inProtocol && unusedProtocol.has(name))
        return {path: name, namespace: 'unused-server-part', pluginData: ''}
      return undefined
    })
    context.onLoad({filter: /.*/, namespace: 'unused-server-part'}, ({pluginData}) => ({
      contents: pluginData,
      loader: 'js'
    }))
  }
}

const cli = await build({
  ...common,
  entryPoints: {main: 'src/cli/bin.ts'},
  outdir: root + 'dist/cli',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Only dependencies: an optional peer (hast-util-to-html, for the MyST
  // plugin) may be missing, so the command carries its own copy.
  external: Object.keys(pkg.dependencies ?? {}),
  minify: true,
  // Non-ASCII text as UTF-8, not `\uXXXX` escapes three times its size
  // (KaTeX's symbol tables, the strings of every locale).
  charset: 'utf8',
  // Bundled CommonJS packages call `require`; an ES module has none of its own.
  banner: {
    js: "import {createRequire as __bundleRequire} from 'node:module';const require=__bundleRequire(import.meta.url);"
  },
  legalComments: 'none',
  plugins: [lazyGrammar, katexStylesheet, selfCheck, explorer, standIns, unusedServerParts]
}).catch(failed)

// The grammar's file, which the stand-in above requires from the chunks' folder.
const lazyGrammarChunk = Object.entries(cli.metafile.outputs).find(([, output]) =>
  Object.keys(output.inputs).some((input) => input.startsWith('lazy-grammar:'))
)?.[0]
if (lazyGrammarChunk && !lazyGrammarChunk.startsWith('dist/cli/chunks/')) {
  console.error(`the grammar's stand-in is in ${lazyGrammarChunk}, not beside ${lazyGrammarFile}`)
  failed()
}
await build({
  ...common,
  format: 'cjs',
  entryPoints: [grammarFile],
  outfile: root + lazyGrammarFile,
  minify: true,
  legalComments: 'none'
}).catch(failed)

// The licences of what the CLI bundle carries, as their authors ask.
writeFileSync(
  root + 'dist/cli/THIRD-PARTY-NOTICES.md',
  thirdPartyNotices(
    root,
    // The grammar's module counts as its packages (see builtGrammar).
    {inputs: {...cli.metafile.inputs, ...grammar.metafile.inputs}},
    'The remark-rnn command (dist/cli/) bundles these packages.'
  )
)
