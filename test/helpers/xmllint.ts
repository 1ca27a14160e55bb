import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * Whether xmllint (Debian's libxml2-utils) can run here. Without it the
 * XML checks are skipped with a printed notice, except under CI=true, where
 * a missing xmllint is a failure (`.ci/run` installs it).
 */
export function xmllintAvailable(): boolean {
  if (spawnSync('xmllint', ['--version']).status === 0) return true
  if (process.env.CI === 'true')
    throw new Error('CI=true but xmllint is missing: install libxml2-utils (see .ci/run).')
  console.warn(
    '\n  XML checks skipped: xmllint not found. Install it with: apt-get install libxml2-utils\n'
  )
  return false
}

/** The public IMS schemas kept under test/fixtures/qti-2.1 (see NOTICE.md there). */
export const qtiSchemas = {
  /** assessmentItem and assessmentTest: IMS QTI 2.1 (Final, 2012) with the schemas it imports. */
  qti: fileURLToPath(new URL('../fixtures/qti-2.1/qtiv2p1/imsqti_v2p1.xsd', import.meta.url)),
  /** imsmanifest.xml: IMS Content Packaging 1.1, whose namespace QTI 2.1 packages use. */
  contentPackage: fileURLToPath(new URL('../fixtures/qti-2.1/imscp_v1p1.xsd', import.meta.url))
}

/** Files written to a fresh folder (a zip's `items/…` flattened), their paths. */
export function writeTemporary(files: Readonly<Record<string, string | Uint8Array>>): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-xml-'))
  return Object.entries(files).map(([name, content]) => {
    const path = join(folder, name.replace(/\//g, '-'))
    writeFileSync(path, content)
    return path
  })
}

/**
 * Run xmllint on files, never over the network (every import of the schemas
 * is a local copy): without `schema` a well-formedness check.
 */
export function xmllint(paths: readonly string[], schema?: string) {
  const flags = schema ? ['--schema', schema] : []
  const result = spawnSync('xmllint', ['--nonet', '--noout', ...flags, ...paths], {
    encoding: 'utf8'
  })
  // With --schema xmllint prints "<file> validates" for each good file; only the rest are errors.
  const errors = result.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith(' validates'))
  return {status: result.status, errors}
}
