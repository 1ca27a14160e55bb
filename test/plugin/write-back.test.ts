import {describe, expect, it} from 'vitest'
import {toMarkdownWithGfmMath, toPlainHtml} from '../helpers/pipelines.js'

/** Rule ids with the text of the line each message points at, as a sorted list. */
function problems(
  file: {messages: Array<{ruleId?: string | undefined; line?: number | undefined}>},
  source: string
) {
  const lines = source.split(/\r?\n|\r/)
  return file.messages
    .map(
      (message) =>
        `${message.ruleId} @ ${(lines[(message.line ?? 1) - 1] ?? '').replace(/^[ >*-]*/, '')}`
    )
    .sort()
}

/** Expand twice more: the problems of the first pass come back, and the third pass changes nothing. */
async function roundTrip(input: string) {
  const first = await toMarkdownWithGfmMath(input)
  const second = await toMarkdownWithGfmMath(first.output)
  const third = await toMarkdownWithGfmMath(second.output)
  expect(problems(second.file, first.output)).toEqual(problems(first.file, input))
  expect(third.output).toBe(second.output)
  return first.output
}

// Broken directives in Markdown output are the author's own text, byte for byte.
describe('writing broken directives back', () => {
  const cases: Array<[name: string, input: string]> = [
    ['a duplicate attribute', '::rnn{inputs=4 units=5 units=6}'],
    ['unusual spacing and quoting', "::rnn{ inputs = 4   units='5' colour=red }"],
    ['the short form', '::rnn<inputs=4 units=5 unit=6>'],
    ['a broken inline directive', 'Text :rnn[total=60]{inputs=4 units=5 outputs=3} and more.'],
    [
      'a container without its closing fence',
      ':::rnn{inputs=4 units=5}\nTaken in: :rnn[total]{inputs=2 units=3}\n\n# The rest of the page'
    ],
    [
      'a container with problems and a valid inline directive inside',
      ':::rnn{inputs=4 unit=5}\nInside :rnn[total]{inputs=2 units=3}, *kept*.\n:::'
    ],
    [
      'a quiz with a wrong key',
      ':::rnn-quiz{inputs=3 units=4 ask=total answer=B}\nHow many?\n\n-   32\n-   44\n:::'
    ],
    ['in a block quote', '> :::rnn{inputs=4 unit=5}\n> Quoted *content*.\n> :::'],
    [
      'in a list item',
      '- :::rnn{inputs=4 unit=5}\n  Listed content.\n\n      indented code\n  :::'
    ],
    ['an unparsed directive', '::rnn{inputs=4 units=5\n\nText after.'],
    ['CRLF line endings', ':::rnn{inputs=4 unit=5}\r\nContent.\r\n:::\r\n'],
    // Found by the property: blank lines at the end of an unclosed container, and a
    // short-form container whose content is one blank line in a quote.
    ['an unclosed container in a list item, then blank lines', '- :::rnn{}\n  \n\n# A heading'],
    ['an empty short-form container in a quote', '> :::rnn<>\n> \n\n:::rnn{}\n'],
    // Found by the property once its pages had indented directives, `>` without a space
    // and lazy lines: a block quote inside a broken container kept its `>`.
    [
      'an indented unclosed container that swallows a block quote',
      '  :::rnn{}\n  \n\n> - :::rnn{}\n>   \n>   :::'
    ],
    ['a quote inside a broken container in a quote without spaces', '>:::rnn{}\n>> Quoted.\n>:::'],
    [
      'a broken container in a list item, a lazy line after it',
      '- :::rnn{inputs=4 unit=5}\n  Listed.\nlazy text\n  > quoted\n  :::'
    ],
    [
      'a model defined twice, then used',
      '::rnn{id=m inputs=4 units=5 outputs=3}\n\n::rnn{id=m inputs=4 units=5 outputs=3}\n\nInline :rnn[]{model="m"} in prose.'
    ],
    [
      'a model defined twice, the first one used',
      '::rnn{id=m inputs=4 units=5 outputs=3}\n\n:::rnn{model="m"}\n:::\n\n::rnn{id=m inputs=4 units=5 outputs=3}'
    ]
  ]

  for (const [name, input] of cases) {
    it(name, async () => {
      const output = await roundTrip(input)
      const source = input.replace(/\r\n/g, '\n')
      const lines = source
        .split('\n')
        .filter((line) => /rnn/.test(line) && !/inputs=2 units=3\}, \*kept/.test(line))
      // Less the outer block's prefix, which the serialiser writes its own way.
      for (const line of lines)
        expect(output).toContain(line.replace(/^ {0,3}(?:>|[-*]|\d\.)? ?/, ''))
    })
  }

  it('keeps the outer fences of a nested directive', async () => {
    const input = ':::rnn{inputs=4 units=5}\nOuter.\n\n::rnn{inputs=1 units=1}\n:::\n\nAfter.'
    expect(await roundTrip(input)).toBe(
      ':::rnn{inputs=4 units=5}\nOuter.\n\n::rnn{inputs=1 units=1}\n:::\n\nAfter.\n'
    )
  })

  it('writes the whole broken container back, nothing inside expanded', async () => {
    const input =
      ':::rnn{inputs=4 unit=5}\nInside :rnn[total]{inputs=2 units=3}.\n\n::rnn-quiz{inputs=2 units=3 ask=total}\n:::'
    expect(await roundTrip(input)).toBe(input + '\n')
  })

  it('gives an unclosed container no closing fence', async () => {
    const input = ':::rnn{inputs=4 units=5}\nContent.\n\n## Swallowed heading'
    const output = await roundTrip(input)
    expect(output).toBe(input + '\n')
  })

  it('keeps a model that a later broken directive uses, and the models it depends on', async () => {
    const input =
      '::rnn{id=base inputs=4 units=5}\n\n::rnn{id=big model=base outputs=3}\n\nThe total is :rnn[total=60]{model=big}.\n\n::rnn{inputs=1 units=1}'
    const output = await roundTrip(input)
    expect(output).toContain('::rnn{id=base inputs=4 units=5}')
    expect(output).toContain('::rnn{id=big model=base outputs=3}')
    expect(output).toContain(':rnn[total=60]{model=big}')
    // The valid directive that nothing depends on is still expanded.
    expect(output).not.toContain('::rnn{inputs=1 units=1}')
  })

  it('with solutions hidden, keeps a model for Markdown but leaves no empty div.rnn in HTML', async () => {
    const page = '::rnn{id=m inputs=4 units=5}\n\n::rnn{model=m outputs=x}\n\nText.'
    const {output: html} = await toPlainHtml(page, {solutions: 'hide'})
    expect(html).not.toContain('class="rnn"')
    expect(html).toContain('<div class="rnn-problem"')
    expect(html).toContain('<p>Text.</p>')
    const {output: markdown} = await toMarkdownWithGfmMath(page, {solutions: 'hide'})
    expect(markdown).toBe(`${page}\n`)
  })
})
