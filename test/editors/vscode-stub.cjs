// Load a built VS Code extension outside VS Code: `vscode` is a stand-in
// whose every property and call gives another stand-in, and every module the
// extension asks for is recorded. Prints JSON: the exports' types and the requests.
const Module = require('node:module')

const standIn = () =>
  // A function (not an arrow): the extension's library extends and constructs these.
  // biome-ignore lint/complexity/useArrowFunction: an arrow cannot be constructed
  new Proxy(function () {}, {
    get: (_, property) => (property === 'then' ? undefined : standIn()),
    apply: () => standIn(),
    construct: () => standIn()
  })

const requests = new Set()
const load = Module._load
Module._load = function (request, ...rest) {
  requests.add(request)
  return request === 'vscode' ? standIn() : load.call(this, request, ...rest)
}

const extension = require(process.argv[2])
process.stdout.write(
  JSON.stringify({
    activate: typeof extension.activate,
    deactivate: typeof extension.deactivate,
    requests: [...requests].filter((request) => request !== process.argv[2])
  })
)
