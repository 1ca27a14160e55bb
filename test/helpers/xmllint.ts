import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {requireDebianTool} from './debian.js'

/**
 * Whether xmllint (Debian's libxml2-utils) is here: without it the XML
 * checks are skipped with a notice, except under CI=true (see debian.ts).
 */
export function xmllintAvailable(): boolean {
  return requireDebianTool('xmllint', 'libxml2-utils', {skips: 'the XML and QTI schema checks'})
}

/** The public IMS schemas kept under test/fixtures/qti-2.1 (see NOTICE.md there). */
export const qtiSchemas = {
  /** assessmentItem and assessmentTest: IMS QTI 2.1 (Final, 2012) with the schemas it imports. */
  qti: fileURLToPath(new URL('../fixtures/qti-2.1/qtiv2p1/imsqti_v2p1.xsd', import.meta.url)),
  /** imsmanifest.xml: IMS Content Packaging 1.1, whose namespace QTI 2.1 packages use. */
  contentPackage: fileURLToPath(new URL('../fixtures/qti-2.1/imscp_v1p1.xsd', import.meta.url)),
  /** questestinterop: IMS QTI ASI 1.2, the Canvas package's assessment (test/fixtures/qti-1.2/NOTICE.md). */
  qti12: fileURLToPath(
    new URL('../fixtures/qti-1.2/domainProfile_4/ims_qtiasiv1p2.xsd', import.meta.url)
  )
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
