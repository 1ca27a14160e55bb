// `npm run build`: the extension and vscode-languageclient in one CommonJS
// file, dist/extension.js, as VS Code loads extensions; `vscode` is the
// editor's own module. Run from the repository too (its node_modules has
// the same packages as devDependencies), as CI does.
import {build} from 'esbuild'

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['src/extension.ts'],
  outfile: process.argv[2] ?? 'dist/extension.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning'
}).catch(() => process.exit(1))
