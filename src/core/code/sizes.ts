/** `vocab=5000,len(chars)=65`: the values a `sizes` attribute or `--sizes` gives, or the entry at fault. */
export type SizesReading =
  | {readonly ok: true; readonly sizes: Readonly<Record<string, number>>}
  | {readonly ok: false; readonly entry: string}

/** Read `name=N` entries separated by commas (commas inside brackets belong to the name). */
export function readSizes(text: string): SizesReading {
  const sizes: Record<string, number> = {}
  for (const entry of text.split(/,(?![^()[\]]*[)\]])/).filter((part) => part.trim())) {
    const at = entry.lastIndexOf('=')
    const value = Number(entry.slice(at + 1).trim())
    if (at <= 0 || !Number.isInteger(value) || value < 0) return {ok: false, entry: entry.trim()}
    sizes[entry.slice(0, at).trim()] = value
  }
  return {ok: true, sizes}
}
