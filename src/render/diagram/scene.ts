import type {Item, Section} from './items.js'
import {moved} from './items.js'
import {stackLines} from './stack-text.js'
import {wrap} from './text-metrics.js'

/** Space around the picture and between its parts. */
export const margin = 16
const partGap = 26

/** A part of the picture: an optional heading, the section, an optional caption under it. */
export interface Part {
  readonly heading?: string | undefined
  readonly section: (width: number) => Section
  readonly caption?: string | undefined
  /** The width this part needs; parts that adapt to the picture's width say 0. */
  readonly width: number
}

/** The whole picture: parts one under another, left-aligned, inside a margin. */
export function compose(parts: readonly Part[], minimumWidth: number): Section {
  const inner = Math.ceil(Math.max(minimumWidth, ...parts.map((part) => part.width)))
  const items: Item[] = []
  let y = margin
  parts.forEach((part, index) => {
    if (index > 0) y += partGap
    if (part.heading) {
      const lines = wrap(part.heading, inner, true)
      const heading = stackLines(
        lines,
        lines.map(() => 'heading'),
        margin,
        y
      )
      items.push(...heading.items)
      y += heading.height + 10
    }

    const section = part.section(inner)
    items.push(...section.items.map((item) => moved(item, margin, y)))
    y += section.height
    if (part.caption) {
      const lines = wrap(part.caption, inner)
      const caption = stackLines(
        lines,
        lines.map(() => 'muted'),
        margin,
        y + 12
      )
      items.push(...caption.items)
      y += caption.height + 12
    }
  })

  return {width: inner + 2 * margin, height: Math.ceil(y + margin), items}
}
