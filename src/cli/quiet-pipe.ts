/**
 * `remark-rnn render page.md | head`: when the reader closes the pipe, stop
 * quietly as other Unix tools do, instead of Node's EPIPE trace.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' ? 0 : 1)
    })
  }
}
