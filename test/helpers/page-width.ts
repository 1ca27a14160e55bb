import type {Page} from 'playwright-core'

/** How wide a page is, and what sticks out of it (outside any box that scrolls or clips). */
export interface PageWidth {
  readonly viewport: number
  readonly scrollWidth: number
  /**
   * Up to ten elements reaching past the viewport outside any box that
   * scrolls or clips and not fixed in place (a theme's skip link), to say
   * what widens a page that scrolls sideways: tag, classes, right edge, text.
   */
  readonly outside: readonly string[]
  /** Parts of ours (in `.rnn`) that scroll sideways but cannot take focus, so a keyboard cannot scroll them. */
  readonly unreachable: readonly string[]
}

/** Measure the page as it is shown now (open any `<details>` first). */
export function pageWidth(page: Page): Promise<PageWidth> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const inBox = (element: Element) => {
      if (getComputedStyle(element).position === 'fixed') return true
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        if (style.overflowX !== 'visible' || style.position === 'fixed') return true
      }
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
    const unreachable = [...document.querySelectorAll('.rnn *')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
      .filter((element) => element.scrollWidth > element.clientWidth)
      .filter((element) => (element as HTMLElement).tabIndex < 0)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
    return {viewport, scrollWidth: document.documentElement.scrollWidth, outside, unreachable}
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
