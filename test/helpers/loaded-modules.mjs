// Preloaded (`node --import`) into a process a test runs: writes to file
// descriptor 3 every module the process loads, one URL a line — ES modules
// as they load (loaded-modules-hooks.mjs), then, as it exits, the CommonJS
// files `require` loaded and the built-in modules (`node:…`).
import {writeSync} from 'node:fs'
import {createRequire, register} from 'node:module'
import {pathToFileURL} from 'node:url'

register('./loaded-modules-hooks.mjs', import.meta.url)
const require = createRequire(import.meta.url)

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => `node:${entry.slice('NativeModule '.length)}`)
  const required = Object.keys(require.cache).map((path) => pathToFileURL(path).href)
  writeSync(3, [...required, ...builtins].map((url) => `${url}\n`).join(''))
})
