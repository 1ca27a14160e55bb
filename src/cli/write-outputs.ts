import type {Stats} from 'node:fs'
import {closeSync, mkdirSync, openSync, statSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {FileError, fileError} from './file-error.js'

// The one way every command writes files: never over a page it read, into
// folders it creates when missing, and a failure said in one line (exit 2).

/** A file a command writes: where, and its text, its bytes, or its text in pieces written one after another. */
export interface OutputFile {
  readonly path: string
  readonly content: string | Uint8Array | Iterable<string>
}

/**
 * The input that writing `path` would replace: the same file however it is
 * spelled (`./p.md`, an absolute path, a symbolic or hard link), compared by
 * device and inode.
 */
function replacedInput(path: string, inputs: readonly string[]): string | undefined {
  const output = existing(path)
  if (!output) return undefined
  return inputs.find((input) => {
    const read = existing(input)
    return read?.ino === output.ino && read.dev === output.dev
  })
}

/** The file's identity, or undefined where there is none (a missing file, a path through a file). */
function existing(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** Refuse, before anything is written, an output that is one of the pages read. */
export function refuseInputsAsOutputs(outputs: readonly string[], inputs: readonly string[]): void {
  for (const path of outputs) {
    const input = replacedInput(path, inputs)
    if (input !== undefined)
      throw new FileError(
        `cannot write ${path}: it is the page ${input} that was read; choose another output file.`
      )
  }
}

/**
 * Write the files, creating missing folders (as `mkdir -p` would), after
 * checking that none of them is one of `inputs`.
 */
export function writeOutputs(files: readonly OutputFile[], inputs: readonly string[]): void {
  refuseInputsAsOutputs(
    files.map((file) => file.path),
    inputs
  )
  for (const file of files) {
    try {
      mkdirSync(dirname(file.path), {recursive: true})
      write(file)
    } catch (error) {
      throw fileError('write', file.path, error)
    }
  }
}

/** Text in pieces is written piece by piece, so it is never one string (nor one buffer) in memory. */
function write({path, content}: OutputFile): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(path, content)
    return
  }
  const descriptor = openSync(path, 'w')
  try {
    for (const piece of content) writeFileSync(descriptor, piece)
  } finally {
    closeSync(descriptor)
  }
}
