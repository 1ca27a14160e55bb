import type {VFile} from 'vfile'

/** Each file's text decoded from its bytes, for as long as its value is those bytes. */
const decoded = new WeakMap<VFile, {readonly bytes: unknown; readonly text: string}>()

/**
 * A file's text, decoded once. A file read as bytes (to-vfile's `read`,
 * unified-engine) decodes its whole value at every `String(file)`; the
 * directives of a page ask for their source one by one, so a page of a
 * thousand directives decoded itself a thousand times.
 */
export function fileText(file: VFile): string {
  if (typeof file.value === 'string') return file.value
  const known = decoded.get(file)
  if (known && known.bytes === file.value) return known.text
  const text = String(file)
  decoded.set(file, {bytes: file.value, text})
  return text
}
