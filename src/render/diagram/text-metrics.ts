import type {Line, Run} from './items.js'

/** Font sizes in viewBox units: labels, sub- and superscripts, small print. */
export const fontSize = {main: 16, small: 12} as const

/** How far sub- and superscripts sit from the baseline, in viewBox units. */
export const shiftOffset = {base: 0, sub: 4, sup: -7} as const

// Advance widths in em of DejaVu Sans, one of the widest common sans-serif
// fonts: estimating with it leaves room in narrower fonts, never too little.
const narrow = new Set([..."iljI.,:;|!'’ ·"])
const round = new Set([...'()[]ft'])
const wide = new Set([...'mwMW×=+−→←%'])
const digits = new Set([...'0123456789{}'])

function classify(character: string): number {
  if (narrow.has(character)) return 0.34
  if (round.has(character)) return 0.4
  if (wide.has(character)) return 0.99
  if (digits.has(character)) return 0.64
  if (character !== character.toLowerCase()) return 0.76
  return 0.64
}

/** Advances of the characters labels use (Latin, Greek, arrows, maths), filled in as they are met. */
const advances = new Float32Array(0x2300)

/** The advance in em of the UTF-16 unit `code` (labels are measured often, so no strings are made). */
function advance(code: number): number {
  if (code >= advances.length) return classify(String.fromCharCode(code))
  let value = advances[code] ?? 0
  if (value === 0) {
    value = classify(String.fromCharCode(code))
    advances[code] = value
  }

  return value
}

function textWidth(text: string): number {
  let width = 0
  for (let index = 0; index < text.length; index++) width += advance(text.charCodeAt(index))
  return width
}

/** The font size a run is drawn in. */
function runSize(run: Run): number {
  return run.shift === 'base' ? fontSize.main : fontSize.small
}

/** Estimated width of a line of text in viewBox units (bold lines are a little wider). */
export function lineWidth(line: Line, bold = false): number {
  let width = 0
  for (const run of line) width += textWidth(run.text) * runSize(run)
  return width * (bold ? 1.08 : 1)
}

/** Space a line needs above and below its baseline, sub- and superscripts included. */
export function lineExtent(line: Line): {readonly above: number; readonly below: number} {
  const sup = line.some((run) => run.shift === 'sup')
  const sub = line.some((run) => run.shift === 'sub')
  return {above: sup ? 19 : 15.5, below: sub ? 7.5 : 4.5}
}

/** A plain line of one run. */
export function plain(text: string): Line {
  return [{text, shift: 'base'}]
}

/** Break words into lines no wider than `width` (a single long word keeps its own line). */
export function wrap(text: string, width: number, bold = false): Line[] {
  const scale = fontSize.main * (bold ? 1.08 : 1)
  const space = textWidth(' ') * scale
  const lines: string[] = []
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = textWidth(word) * scale
    if (lines.length > 0 && used + space + wordWidth <= width) {
      lines[lines.length - 1] += ` ${word}`
      used += space + wordWidth
    } else {
      lines.push(word)
      used = wordWidth
    }
  }

  return lines.map(plain)
}
