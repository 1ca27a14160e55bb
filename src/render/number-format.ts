/** How counts are written: the thousands separator, `''` for none. */
export interface NumberFormat {
  readonly thousandsSeparator: string
}

/** The separator a locale writes between groups of three digits. */
export function localeSeparator(locale: string): string {
  return locale.startsWith('de') ? '.' : ','
}

function groups(value: number): string[] {
  const digits = String(value)
  const parts: string[] = []
  for (let end = digits.length; end > 0; end -= 3) {
    parts.unshift(digits.slice(Math.max(0, end - 3), end))
  }

  return parts
}

/** `12345` → `12,345` in text. */
export function formatCount(value: number, format: NumberFormat): string {
  return groups(value).join(format.thousandsSeparator)
}

/**
 * `12345` → `12{,}345` in LaTeX: braces keep TeX from spacing the comma as
 * punctuation; a space becomes a thin space. Other separators are escaped.
 */
export function formatCountLatex(value: number, format: NumberFormat): string {
  const separator = format.thousandsSeparator
  const latex =
    separator === ''
      ? ''
      : /^\s+$/.test(separator)
        ? '\\,'
        : /^[,.'’]$/.test(separator)
          ? `{${separator === '’' ? "'" : separator}}`
          : `\\text{${separator.replace(/[\\{}$&#^_%~]/g, '')}}`
  return groups(value).join(latex)
}
