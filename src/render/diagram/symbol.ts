import type {Line, Run} from './items.js'

/** LaTeX of the symbols the core writes (`\{i,f\}`, `\rightarrow`) as plain text. */
function latexToText(latex: string): string {
  return latex
    .replace(/\\mathrm\{([^}]*)\}/g, '$1')
    .replaceAll('\\rightarrow', '→')
    .replaceAll('\\leftarrow', '←')
    .replaceAll('\\{', '{')
    .replaceAll('\\}', '}')
}

/** The braced group starting at `start` (just after `_` or `^`), and where it ends. */
function group(latex: string, start: number): {readonly text: string; readonly end: number} {
  if (latex[start] !== '{') return {text: latex[start] ?? '', end: start + 1}
  let depth = 0
  for (let index = start; index < latex.length; index++) {
    const character = latex[index]
    if (character === '\\') index++
    else if (character === '{') depth++
    else if (character === '}' && --depth === 0)
      return {text: latex.slice(start + 1, index), end: index + 1}
  }

  return {text: latex.slice(start + 1), end: latex.length}
}

/**
 * A term's LaTeX symbol (`W_{x\{i,f,g,o\}}^{(2,\rightarrow)}`) as runs of
 * text: the letter, its subscript and its superscript.
 */
export function symbolRuns(latex: string): Line {
  const split = latex.search(/[_^]/)
  const runs: Run[] = [
    {text: latexToText(split === -1 ? latex : latex.slice(0, split)), shift: 'base'}
  ]
  let index = split === -1 ? latex.length : split
  while (index < latex.length) {
    const mark = latex[index]
    const {text, end} = group(latex, index + 1)
    runs.push({text: latexToText(text), shift: mark === '_' ? 'sub' : 'sup'})
    index = end
  }

  return runs
}

/** Runs as plain text for sentences: `W_xh^(2,→)`. */
export function runsText(line: Line): string {
  return line
    .map((run) =>
      run.shift === 'sub' ? `_${run.text}` : run.shift === 'sup' ? `^${run.text}` : run.text
    )
    .join('')
}

/** `h` with subscript `t` and the layer and direction marks a stacked or bidirectional network needs. */
export function stateRuns(letter: string, time: string, marks: readonly string[]): Line {
  const runs: Run[] = [
    {text: letter, shift: 'base'},
    {text: time, shift: 'sub'}
  ]
  if (marks.length > 0) runs.push({text: `(${marks.join(',')})`, shift: 'sup'})
  return runs
}
