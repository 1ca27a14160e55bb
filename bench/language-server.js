// The language server as an editor drives it: `remark-rnn lsp --stdio` in
// its own process, spoken to over JSON-RPC. Runnable alone
// (`node bench/language-server.js [--quick]`) and part of `npm run bench`.
import {spawn} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRnn from 'remark-rnn'
import {unified} from 'unified'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-jsonrpc/node'
import {median} from './measure.js'
import {benchPage} from './page.js'

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

/** The server under `--expose-gc` (for its heap request), initialized. */
async function startServer() {
  const child = spawn(process.execPath, ['--expose-gc', cli, 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', ({version}) => {
    waiting.get(version)?.()
    waiting.delete(version)
  })
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {}
  })
  await connection.sendNotification('initialized', {})
  const uri = 'file:///bench/page.md'
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let version = 1
  return {
    async open(text) {
      const done = published(1)
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: {uri, languageId: 'markdown', version: 1, text}
      })
      await done
    },
    /** One keystroke-sized edit; resolves with the milliseconds until its diagnostics arrive. */
    async edit(range, text) {
      version++
      const done = published(version)
      const start = performance.now()
      await connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range, text}]
      })
      await done
      return performance.now() - start
    },
    heap: () => connection.sendRequest('remark-rnn/heapUsed'),
    stop() {
      connection.dispose()
      child.kill()
    }
  }
}

/**
 * The edit of one size in the middle of the page: the last digit of an
 * `inputs=…` changes (never to 0, so the page stays free of problems) and
 * changes back on the next round, the length kept, so every round edits
 * the same page.
 */
function middleEdit(page, round) {
  const lines = page.split('\n')
  const line = lines.findIndex(
    (text, index) => index > lines.length / 2 && text.startsWith(':::rnn{')
  )
  const character = lines[line].indexOf('inputs=') + 'inputs='.length
  const digits = /^\d+/.exec(lines[line].slice(character))[0]
  const other = digits.slice(0, -1) + String((Number(digits.at(-1)) % 9) + 1)
  const text = round % 2 === 0 ? other : digits
  return {
    range: {start: {line, character}, end: {line, character: character + digits.length}},
    text
  }
}

/**
 * Diagnostics after an edit to a page of 1,000 directives against a bare
 * parse of that page (remark-parse with the syntax a site reads it with),
 * alternating the two; and the server's heap after a full collection,
 * before and after many edits of a page.
 */
export async function languageServerBench({quick}) {
  const page = benchPage(1000)
  const parser = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn)
  const server = await startServer()
  await server.open(page)
  const edits = []
  const parses = []
  const ratios = []
  const rounds = quick ? 7 : 21
  const parse = () => {
    const start = performance.now()
    parser.parse(page)
    return performance.now() - start
  }
  for (let round = 0; round < rounds + 2; round++) {
    const {range, text} = middleEdit(page, round)
    // Back to back, which goes first alternating, so a neighbour's burst
    // spoils one round's ratio rather than the result.
    let edited
    let parsed
    if (round % 2 === 0) {
      edited = await server.edit(range, text)
      parsed = parse()
    } else {
      parsed = parse()
      edited = await server.edit(range, text)
    }
    // The first two rounds warm both sides up.
    if (round >= 2) {
      edits.push(edited)
      parses.push(parsed)
      ratios.push(edited / parsed)
    }
  }
  server.stop()

  // Memory: a page of 100 directives edited many times, each edit checked.
  const small = benchPage(100)
  const memory = await startServer()
  await memory.open(small)
  const count = quick ? 200 : 1000
  for (let round = 0; round < 100; round++)
    await memory.edit(middleEdit(small, round).range, middleEdit(small, round).text)
  const before = await memory.heap()
  for (let round = 0; round < count; round++) {
    const {range, text} = middleEdit(small, round)
    await memory.edit(range, text)
  }
  const after = await memory.heap()
  memory.stop()

  return {
    edit: median(edits),
    parse: median(parses),
    ratio: median(ratios),
    rounds,
    before,
    after,
    edits: count
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await languageServerBench({quick: process.argv.includes('--quick')}))
}
