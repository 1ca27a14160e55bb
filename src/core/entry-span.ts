/** Where an entry's text stands without its surrounding spaces, counted from `start`: `[from, to)`. */
export function trimmedSpan(entry: string, start: number): readonly [number, number] {
  const lead = entry.length - entry.trimStart().length
  return [start + lead, start + lead + entry.trim().length]
}
