import type {Page} from 'playwright-core'

/** What the in-page check found in one diagram. */
export interface DiagramReport {
  readonly labels: number
  readonly overlaps: readonly string[]
  readonly outside: readonly string[]
  /** The main text size on screen, in CSS pixels. */
  readonly fontPixels: number
  /** Whether the diagram fits the width of the column it sits in. */
  readonly fits: boolean
}

/**
 * Measure every diagram on the page in the browser: no two text labels
 * overlap (their boxes in SVG units, from getBBox, shrunk by half a unit so
 * that touching is not overlapping), none leaves the viewBox, the labels'
 * size on screen, and whether the picture fits its column.
 */
export function measureDiagrams(page: Page): Promise<DiagramReport[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.rnn-diagram-svg')].map((svg) => {
      const view = svg.viewBox.baseVal
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
        (text) => text.getClientRects().length > 0
      )
      const boxes = texts.map((text) => ({label: text.textContent ?? '', box: text.getBBox()}))
      const overlaps: string[] = []
      const outside: string[] = []
      const slack = 0.5
      boxes.forEach((a, i) => {
        const {x, y, width, height} = a.box
        if (
          x < view.x - slack ||
          y < view.y - slack ||
          x + width > view.x + view.width + slack ||
          y + height > view.y + view.height + slack
        )
          outside.push(a.label)
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.box.x + a.box.width - slack <= b.box.x ||
            b.box.x + b.box.width - slack <= a.box.x ||
            a.box.y + a.box.height - slack <= b.box.y ||
            b.box.y + b.box.height - slack <= a.box.y
          if (!apart) overlaps.push(`“${a.label}” and “${b.label}”`)
        }
      })
      const rendered = svg.getBoundingClientRect()
      const column = svg.parentElement?.getBoundingClientRect().width ?? rendered.width
      return {
        labels: boxes.length,
        overlaps,
        outside,
        fontPixels: (Number(svg.getAttribute('font-size')) * rendered.width) / view.width,
        fits: rendered.width <= column + 0.5
      }
    })
  )
}
