/**
 * `remark-rnn pandoc` is one short process per document, started by the
 * Pandoc filter on every render, and most of its code runs only a few times:
 * V8's optimising compiler (TurboFan) spends more CPU on it than it saves.
 * Stopping at the baseline compiler (Sparkplug) took the bench's page of
 * 100 directives from 0.51 to 0.36 s and one of 1,000 from 2.3 to 1.7 s (see
 * docs/startup.md). Only on the V8 versions measured with it (Node 20's to
 * 24's), which know the flag: an unknown one would print to standard error.
 * Set before the command's modules load; resolves with whether it was set.
 * `node:v8` is imported only then: loading it cost every other command
 * (`count`, a 90 ms process) about 1.5 ms.
 */
export async function baselineTierOnly(
  command: string | undefined,
  v8Version = process.versions.v8,
  setFlags?: (flags: string) => void
): Promise<boolean> {
  const major = Number(v8Version.split('.')[0])
  if (command !== 'pandoc' || major < 11 || major > 13) return false
  const set = setFlags ?? (await import('node:v8')).setFlagsFromString
  set('--max-opt=1')
  return true
}
