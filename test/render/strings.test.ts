import {describe, expect, it} from 'vitest'
import {countParameters} from '../../src/index.js'
import {
  fillTemplate,
  formatCountLatex,
  locales,
  quizSolutionContent,
  shapesLatex,
  solutionContent,
  solutionStrings
} from '../../src/render/index.js'

describe('solution strings', () => {
  it('fall back from a regional locale to its language, and from an unknown one to English', () => {
    expect(solutionStrings('de-AT').groups).toEqual(locales.de?.groups)
    expect(solutionStrings('de').groups).toEqual(locales.de?.groups)
    expect(solutionStrings('xx-YY').groups).toEqual(locales.en?.groups)
  })

  it('fill the placeholders they know and keep the others as written', () => {
    expect(fillTemplate('{units} units, {unknown}', {units: '5'})).toBe('5 units, {unknown}')
  })
})

describe('LaTeX numbers and shapes', () => {
  it.each([
    ['’', "12{'}345"],
    ["'", "12{'}345"],
    ['.', '12{.}345'],
    [' ', '12\\,345'],
    ['', '12345'],
    ['_', '12\\text{}345']
  ])('the separator %j', (thousandsSeparator, latex) => {
    expect(formatCountLatex(12345, {thousandsSeparator})).toBe(latex)
  })

  it('name the input vector x when its symbol has no letters TeX can take', () => {
    const breakdown = countParameters({inputs: 4, units: 5})
    expect(shapesLatex(breakdown, solutionStrings('en', {inputVector: '→'}))).toContain(
      '\nx &\\in \\mathbb{R}^{1 \\times 4}'
    )
  })
})

describe('solution content', () => {
  const breakdown = countParameters({inputs: 3, units: 4})
  const settings = {strings: solutionStrings('en'), format: {thousandsSeparator: ','}}

  it('places a diagram as `rnn-diagram` with its stylesheet when no placement is given', () => {
    const [diagram] = solutionContent(breakdown, {...settings, parts: ['diagram']})
    const html = JSON.stringify(diagram)
    expect(html).toContain('rnn-diagram')
    expect(html).toContain('"tagName":"style"')
  })

  it('a quiz whose only option is right has no "why not" list', () => {
    const content = quizSolutionContent(
      breakdown,
      ['total'],
      [{values: [32], correct: true, mistakes: []}],
      {...settings, parts: []}
    )
    expect(content).toHaveLength(1)
    expect(JSON.stringify(content)).not.toContain(settings.strings.quizWhyNot)
  })
})
