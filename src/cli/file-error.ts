import {existsSync} from 'node:fs'

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  // mkdir's word for a folder of the path that is a file.
  EEXIST: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied'
}

/** A file that cannot be read or written: one line on stderr, exit 2. */
export class FileError extends Error {
  override name = 'FileError'
}

/** Node's error object for a file, said in one line. */
export function fileError(verb: 'read' | 'write', path: string, error: unknown): FileError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  const reason =
    (verb === 'write' && code === 'ENOENT' ? 'its folder does not exist' : reasons[code]) ??
    withoutNodeFrame(error instanceof Error ? error.message : String(error))
  return new FileError(`cannot ${verb} ${path}: ${reason}.`)
}

/** `ENOSPC: no space left on device, write` → `no space left on device`: the words, not Node's code and call. */
function withoutNodeFrame(message: string): string {
  return /^E[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message
}

/** A path that is not a glob and does not exist is a typo: say so in one line, before any work. */
export function requireExistingPaths(paths: readonly string[]): void {
  for (const path of paths) {
    if (!/[*?[\]{}!]/.test(path) && !existsSync(path))
      throw fileError('read', path, Object.assign(new Error(), {code: 'ENOENT'}))
  }
}
