import {spawn} from 'node:child_process'

/**
 * Serve a built Next.js site with its own `next start` on a free loopback
 * port (`-p 0`; Next.js prints the port it got). Close it when done: it stops
 * the server this call started, by its process id.
 */
export async function startNext(
  folder: string
): Promise<{readonly url: string; close(): Promise<void>}> {
  const server = spawn(`${folder}node_modules/.bin/next`, ['start', '-H', '127.0.0.1', '-p', '0'], {
    cwd: folder,
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0'},
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const close = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM')
    await exited
  }

  let output = ''
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`next start never got ready:\n${output}`)),
        60_000
      )
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        const address = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)
        if (address && /Ready in/.test(output)) {
          clearTimeout(timer)
          resolve(address[1]!)
        }
      }

      server.stdout.on('data', read)
      server.stderr.on('data', read)
      server.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`next start exited (${code}):\n${output}`))
      })
    })
    return {url, close}
  } catch (error) {
    await close()
    throw error
  }
}
