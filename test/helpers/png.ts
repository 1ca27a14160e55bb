import {readFileSync} from 'node:fs'

/** A PNG's pixel size, read from its IHDR chunk (bytes 16–23), so screenshot tests can check what they took. */
export function pngSize(path: string | URL): {width: number; height: number} {
  const bytes = readFileSync(path)
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${String(path)} is not a PNG`)
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}
}

/** Whether two sizes agree within `tolerance` (a fraction): fonts differ a little between machines, a broken layout a lot. */
export function closeSize(
  a: {width: number; height: number},
  b: {width: number; height: number},
  tolerance = 0.05
): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= tolerance * Math.max(x, y)
  return near(a.width, b.width) && near(a.height, b.height)
}
