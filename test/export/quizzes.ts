import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {ExportFormat, ExportQuiz} from '../../src/export/index.js'
import {exportQuizzes} from '../../src/export/index.js'
import type {Options} from '../../src/index.js'
import remarkRnn from '../../src/index.js'
import {localeSeparator, solutionStrings} from '../../src/render/index.js'

/** The quizzes the plugin records for a page, as `export` collects them. */
export function pageQuizzes(
  value: string,
  options: Options = {},
  {mdx = false} = {}
): ExportQuiz[] {
  const processor = unified().use(remarkParse)
  if (mdx) processor.use(remarkMdx)
  processor
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRnn, {solutions: 'hide', ...options})
  const file = new VFile({value, path: mdx ? 'lesson.mdx' : 'lesson.md'})
  processor.runSync(processor.parse(file), file)
  if (file.messages.length > 0) throw new Error(file.messages.map(String).join('\n'))
  return file.data.rnnQuizzes ?? []
}

/** One export's only file. */
export function exported(quizzes: readonly ExportQuiz[], format: ExportFormat) {
  const [file] = exportQuizzes(quizzes, {
    format,
    output: `out.${format}`,
    strings: solutionStrings('en'),
    numberFormat: {thousandsSeparator: localeSeparator('en')}
  })
  if (!file) throw new Error('no file')
  return file.content
}

export const lesson = `# Counting RNN parameters

## One layer

:::rnn-quiz{inputs=2..8 units=3..12 outputs=1..4 ask="input recurrent" answer=B}
A layer reads {inputs} features into {h} units: how many input and recurrent parameters? Math: $W_{xh}$.

- {recurrent}, {input}
- {input}, {recurrent}
- {n * h}, {h * h}
:::

## Stacked

::rnn-quiz{inputs=3..6 units=8..16,4..8 cell=lstm ask=total}

## Fixed

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
A question with "quotes", a < b & ampersand, and braces {#like-this} = GIFT's specials ~ # :.

- 32
- 28
- 36
:::
`

/** Number questions: one quantity, two quantities, and sizes drawn. */
export const numberLesson = `# Number questions

## One quantity

::rnn-quiz[How many parameters does this layer have without its output layer?]{inputs=3 units=4 ask=rnn type=number}

## Two quantities

:::rnn-quiz{inputs=3 units=4 ask="input recurrent" type=number}
How many input and recurrent parameters?
:::

## Sizes drawn

::rnn-quiz[How many parameters, {inputs} inputs and {units} units?]{inputs=2..8 units=3..12 cell=lstm ask=total type=number}
`
