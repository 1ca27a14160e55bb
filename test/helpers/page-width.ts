import type {Page} from 'playwright-core'

/** How wide a page is, and what sticks out of it (outside any box that scrolls or clips). */
export interface PageWidth {
  readonly viewport: number
  readonly scrollWidth: number
  /** Up to ten elements reaching past the viewport: tag, classes, right edge, some text. */
  readonly outside: readonly string[]
}

/** Measure the page as it is shown now (open any `<details>` first). */
export function pageWidth(page: Page): Promise<PageWidth> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const inBox = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (getComputedStyle(parent).overflowX !== 'visible') return true
      return false
    }
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .filter((element) => !inBox(element))
      .slice(0, 10)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)} px: ${(element.textContent ?? '').trim().slice(0, 50)}`
      )
    return {viewport, scrollWidth: document.documentElement.scrollWidth, outside}
  })
}

/** The boxes wide parts scroll in, as a student's browser shows them. */
export function scrollRegions(page: Page) {
  return page.locator('.rnn-scroll').evaluateAll((boxes) =>
    boxes.map((box) => ({
      role: box.getAttribute('role'),
      label: box.getAttribute('aria-label'),
      tabIndex: (box as HTMLElement).tabIndex,
      part: box.firstElementChild?.className || box.firstElementChild?.tagName.toLowerCase(),
      scrolls: box.scrollWidth > box.clientWidth,
      // A box that scrolls sideways must not grow a vertical scroll bar of its own.
      tallerThanShown: box.scrollHeight > box.clientHeight + 1
    }))
  )
}
