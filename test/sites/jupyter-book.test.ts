import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {mystProject, nodesOf, removeProjects, textOf} from '../helpers/myst.js'
import {answers, lastColumn, optionLists, seedCounts} from '../helpers/myst-page.js'
import {toPlainHtml} from '../helpers/pipelines.js'
import {siteInstalled} from '../helpers/site.js'

// Building and exporting the example book: what the page holds. Problems,
// options and the README's example are in jupyter-book-problems.test.ts.
describe.runIf(siteInstalled('jupyter-book'))(
  'Jupyter Book 2 / MyST (examples/jupyter-book)',
  () => {
    afterAll(removeProjects)

    it('builds the course with myst build --site: tables, numbers, rendered math, checked quizzes', {
      timeout: 120_000
    }, () => {
      const book = mystProject()
      const {status, output} = book.build('--site')
      expect(status, output).toBe(0)
      expect(output).toContain(
        'remark-rnn (node_modules/remark-rnn/dist/myst.mjs) loaded: 3 directives, 1 role, 1 transform'
      )
      expect(output).not.toMatch(/⛔|⚠️/)
      const page = book.page('index')

      // The seed example's table, with MyST's header cells.
      const tables = nodesOf(page, 'table')
      // The explorer's worked solution is the second table, at the author's sizes.
      expect(tables).toHaveLength(14)
      expect(lastColumn(tables[0]!)).toEqual(seedCounts)
      expect(tables[0]!.children![0]!.children!.map((cell) => [cell.header, textOf(cell)])).toEqual(
        ['Parameters', 'Symbol', 'Shape', 'Formula', 'Count'].map((label) => [true, label])
      )
      expect(lastColumn(tables[1]!)).toEqual(seedCounts)
      expect(lastColumn(tables[5]!).at(-1)).toBe('1,490')

      // Numbers in prose, from the named model and from the role's own options.
      const prose = nodesOf(page, 'paragraph').map(textOf)
      expect(prose.find((text) => text.startsWith('In words:'))?.replace(/\s+/g, ' ')).toBe(
        'In words: 20 input weights, 30 recurrent parameters (weights and biases) and 18 output parameters, 68 in all. Without the output layer the same network has 50 parameters.'
      )
      expect(prose.find((text) => text.startsWith('Keras keeps'))?.replace(/\s+/g, ' ')).toContain(
        'the same LSTM has 218 parameters in Keras and 238 in PyTorch.'
      )

      // Math rendered by MyST's own KaTeX, unnumbered, none failed.
      const math = nodesOf(page, 'math')
      expect(math.length).toBeGreaterThanOrEqual(6)
      expect(math[0]!.value).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
      for (const node of [...math, ...nodesOf(page, 'inlineMath')]) {
        expect(node.html, node.value).toMatch(/class="katex/)
        expect(node.html).not.toContain('katex-error')
        expect(node.error).toBeUndefined()
      }

      expect(math.every((node) => node.enumerated === false && node.enumerator === undefined)).toBe(
        true
      )

      // The three seed questions with keys B, A, C, the generated one and the one drawn from ranges.
      expect(optionLists(page)[0]).toEqual(['A. 16, 9', 'B. 12, 20', 'C. 9, 16', 'D. 20, 12'])
      expect(optionLists(page)).toHaveLength(5)
      const verdicts = answers(page)
      expect(verdicts.map((text) => text.slice(0, 9))).toEqual([
        'Answer: B',
        'Answer: A',
        'Answer: C',
        'Answer: B',
        'Answer: B',
        'Answer: 7'
      ])
      // A quiz's question, lettered options and answer are MyST content (math and all), as in
      // every export; the self-check is a widget after the options, the one kind of node
      // MyST's themes run a script for: an answer sheet whose radios are the options' letters.
      expect(verdicts.at(-1)).toBe('Answer: 72: rnn = 24 + 48 = 72.')
      expect(nodesOf(page, 'listItem').map(textOf)).toContain('60: the recurrent bias forgotten')
      const allText = textOf(page)
      for (const formOnly of ['Not this one:', 'Right:', 'Type a whole number'])
        expect(allText).not.toContain(formOnly)
      expect(
        nodesOf(page, 'html').filter((node) => /<(input|form|button)\b/.test(node.value ?? ''))
      ).toEqual([])
      const [explorer, ...widgets] = nodesOf(page, 'anywidget')
      expect(widgets).toHaveLength(6)
      // The explorer's widget (helpers/myst-explorer.ts runs it), right after its worked solution.
      expect(explorer!.esm).toMatch(/^\/explorer-widget-[0-9a-f]+\.mjs$/)
      expect(explorer!.class).toBe('rnn-explorer-widget')
      expect(book.read(`_build/site/public${explorer!.esm}`)).toBe(
        readFileSync(new URL('../../dist/explorer-widget.mjs', import.meta.url), 'utf8')
      )
      expect((explorer!.model as {html: string}).html).toMatch(
        /^<div class="rnn rnn-explorer" data-rnn-explorer="/
      )
      // mystmd copied the widget module into the site and points each node at it.
      for (const widget of widgets) {
        expect(widget.esm).toMatch(/^\/self-check-widget-[0-9a-f]+\.mjs$/)
        expect(widget.class).toBe('rnn-quiz-widget')
      }
      expect(book.read(`_build/site/public${widgets[0]!.esm}`)).toBe(
        readFileSync(new URL('../../dist/self-check-widget.mjs', import.meta.url), 'utf8')
      )
      const sheet = (widgets[0]!.model as {html: string}).html
      expect(sheet).toMatch(/^<form class="rnn-quiz-form" id="rnn-quiz-1" data-rnn-quiz="choice"/)
      expect(sheet).toContain('<legend>Your answer</legend>')
      expect(sheet.match(/<label for="rnn-quiz-1-[a-d]">[A-D]<\/label>/g)).toHaveLength(4)
      expect(sheet).toContain('Not this one: the right numbers in the wrong order.')
      expect(sheet).toContain('<button type="submit" class="rnn-quiz-check">Check</button>')
      const numberSheet = (widgets.at(-1)!.model as {html: string}).html
      expect(numberSheet).toContain('data-rnn-quiz="number"')
      expect(numberSheet).toContain(
        'data-rnn-values="60" hidden><p>60: the recurrent bias forgotten.</p>'
      )
      // Each widget sits right after its quiz's options (or its question, for a number question).
      const parent = nodesOf(page, 'block').find((block) => block.children?.includes(widgets[0]!))
      const siblings = parent!.children!
      expect(siblings[siblings.indexOf(widgets[0]!) - 1]?.class).toBe('rnn-quiz-options')
      expect(verdicts[0]).toBe(
        'Answer: B (12, 20): input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.'
      )
      expect(nodesOf(page, 'listItem').map(textOf)).toContain(
        'D (20, 12): the right numbers in the wrong order'
      )

      // The diagrams, as images (MyST's themes show no raw HTML): mystmd wrote each SVG, a
      // document of its own with its stylesheet, into the site; its title and description are the alt text.
      const images = nodesOf(page, 'image').filter((node) => node.class === 'rnn-diagram')
      expect(images).toHaveLength(2)
      const svgs = images.map((image) => book.read(`_build/site/public${image.url as string}`))
      expect(svgs.map((svg) => /<title id="([^"]+)">([^<]*)/.exec(svg)?.slice(1))).toEqual([
        ['rnn-diagram-1-title', 'Simple RNN with 4 inputs, 5 units and 3 outputs: 68 parameters'],
        [
          'rnn-diagram-2-title',
          'Bidirectional simple RNN with 8 inputs, 16 and 8 units and 2 outputs: 1,490 parameters'
        ]
      ])
      for (const svg of svgs) {
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /)
        expect(svg.split('<style').length - 1).toBe(1)
      }
      expect(images[0]!.alt).toBe(
        'Simple RNN with 4 inputs, 5 units and 3 outputs: 68 parameters. Input weights, W_xh: 4 × 5, 20 parameters. Recurrent weights, W_hh: 5 × 5, 25 parameters. Recurrent bias, b_h: 1 × 5, 5 parameters. Output weights, W_hy: 5 × 3, 15 parameters. Output bias, b_y: 1 × 3, 3 parameters.'
      )
      expect(nodesOf(page, 'html')).toEqual([])

      // Nothing left unexpanded, no report node left behind.
      for (const type of [
        'rnnReport',
        'rnnHast',
        'rnnDiagram',
        'rnnWidget',
        'mystDirective',
        'mystRole'
      ])
        expect(nodesOf(page, type), type).toHaveLength(0)
      expect(nodesOf(page, 'code').filter((node) => node.class === 'rnn-problem')).toHaveLength(0)
    })

    it('exports the course with myst build --md (and LaTeX and Typst side by side): tables, math, numbers, answers', {
      timeout: 120_000
    }, () => {
      // LaTeX and Typst without a template, which would be downloaded.
      const otherFormats = (page: string) =>
        page.replace(
          'exports:\n',
          'exports:\n  - format: tex\n    template: null\n    output: _build/exports/rnn-parameters.tex\n  - format: typst\n    template: null\n    output: _build/exports/rnn-parameters.typ\n'
        )
      const book = mystProject()
      const markdownOnly = book.build('--md')
      expect(markdownOnly.status, markdownOnly.output).toBe(0)
      expect(markdownOnly.output).not.toMatch(/⛔|⚠️/)
      const markdown = book.read('_build/exports/rnn-parameters.md')
      expect(markdown).toMatch(
        /\| \*\*Total\*\* +\| +\| +\| 20 \+ \(25 \+ 5\) \+ \(15 \+ 3\) +\| \*\*68\*\* \|/
      )
      expect(markdown).toMatch(/\| Input weights +\| \{math\}`W_\{xh\}` \| 4 × 5 \|/)
      expect(markdown).toMatch(
        /```\{math\}\n\\begin\{aligned\}\n[^`]*\\text\{total\} &= 20 \+ \(25 \+ 5\) \+ \(15 \+ 3\) = 68\n\\end\{aligned\}\n```/
      )
      expect(markdown.replace(/\s+/g, ' ')).toContain(
        'In words: 20 input weights, 30 recurrent parameters'
      )
      expect(markdown).toContain('*   **B.** 12, 20')
      expect(markdown).toContain(
        '**Answer: B** (12, 20): input = 3 · 4 = 12; recurrent = 4 · 4 + 4 = 20.'
      )
      expect(markdown).toContain('**Answer: C** (20)')
      expect(markdown).not.toContain('{rnn')
      // MyST's exports have no widgets: an export run leaves the self-check out, and says nothing.
      expect(markdown).not.toContain('anywidget')
      // The explorer's worked solution at the author's sizes, its question before it.
      expect(markdown).toContain('What happens to the total when you double the units?')
      expect(markdown).toContain('total = 20 + (25 + 5) + (15 + 3) = **68**')
      // The diagrams as MyST images holding their SVG as data, so the export stands alone.
      const pictures = [
        ...markdown.matchAll(
          /```\{image\} data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\n:class: rnn-diagram\n:alt: ([^\n]+)\n```/g
        )
      ]
      expect(pictures.map((picture) => picture[2]!.split(':')[0])).toEqual([
        'Simple RNN with 4 inputs, 5 units and 3 outputs',
        'Bidirectional simple RNN with 8 inputs, 16 and 8 units and 2 outputs'
      ])
      expect(Buffer.from(pictures[0]![1]!, 'base64').toString()).toContain(
        '<title id="rnn-diagram-1-title">'
      )
      expect(markdown).not.toContain('<svg')

      // LaTeX and Typst have no HTML: MyST reports each diagram there, so these show none.
      const printed = mystProject({
        pages: {
          'rnn-parameters.md': (page) => otherFormats(page).replaceAll(':show: diagram,', ':show: ')
        }
      })

      // Three exports parse the page side by side: its named models are not duplicates of themselves.
      const all = printed.build('--md', '--tex', '--typst')
      expect(all.status, all.output).toBe(0)
      expect(all.output).not.toMatch(/⛔|⚠️/)
      const latex = printed.read('_build/exports/rnn-parameters.tex')
      expect(latex).toContain(
        '\\textbf{Total} &  &  & 20 + (25 + 5) + (15 + 3) & \\textbf{68} \\\\'
      )
      expect(latex).toContain('\\text{total} &= 20 + (25 + 5) + (15 + 3) = 68')
      expect(latex).toContain('\\textbf{Answer: B} (12, 20)')
      const typst = printed.read('_build/exports/rnn-parameters.typ')
      expect(typst).toContain('"total"& = 20 + (25 + 5) + (15 + 3) = 68 $')
      expect(typst.replace(/\s+/g, ' ')).toContain(
        'In words: 20 input weights, 30 recurrent parameters (weights and biases) and 18 output parameters, 68 in all.'
      )
    })

    it('finds the self-check widget module from a page in a subfolder', {
      timeout: 120_000
    }, () => {
      const quiz = [
        '```{rnn-quiz}',
        ':inputs: 3',
        ':units: 4',
        ':ask: input',
        ':answer: A',
        '',
        'How many?',
        '',
        '- 12',
        '- 16',
        '```',
        ''
      ].join('\n')
      const book = mystProject({
        config: (yaml) =>
          yaml.replace(
            '- file: rnn-parameters.md',
            '- file: rnn-parameters.md\n    - file: lessons/deeper/quiz.md'
          ),
        pages: {'lessons/deeper/quiz.md': `# Deeper\n\n${quiz}`}
      })
      const {status, output} = book.build('--site', '--strict')
      expect(status, output).toBe(0)
      const slug = readdirSync(join(book.folder, '_build/site/content')).find((name) =>
        name.includes('quiz')
      )!
      const [widget] = nodesOf(book.page(slug.replace(/\.json$/, '')), 'anywidget')
      expect(widget?.esm).toMatch(/^\/self-check-widget-[0-9a-f]+\.mjs$/)
      expect(book.read(`_build/site/public${widget!.esm}`)).toContain('default')
    })

    it('lets the markdown cells of a notebook share named models, as in a page', {
      timeout: 120_000
    }, () => {
      const markdown = (...lines: string[]) => ({
        cell_type: 'markdown',
        metadata: {},
        source: lines.map((line) => `${line}\n`)
      })
      const notebook = {
        cells: [
          markdown(
            '# A notebook',
            '',
            '```{rnn}',
            ':id: nb',
            ':inputs: 4',
            ':units: 5',
            ':outputs: 3',
            '```'
          ),
          {
            cell_type: 'code',
            metadata: {},
            execution_count: null,
            outputs: [],
            source: ['model.count_params()']
          },
          markdown(
            'That is {rnn}`nb.total` parameters.',
            '',
            '```{rnn-quiz}',
            ':model: nb',
            ':ask: output',
            ':answer: B',
            '',
            'How many?',
            '',
            '- 15',
            '- 18',
            '```'
          )
        ],
        metadata: {kernelspec: {name: 'python3', display_name: 'Python 3', language: 'python'}},
        nbformat: 4,
        nbformat_minor: 5
      }
      const book = mystProject({
        config: (yaml) => yaml.replace('file: rnn-parameters.md', 'file: lesson.ipynb'),
        pages: {'lesson.ipynb': JSON.stringify(notebook)}
      })
      const {status, output} = book.build('--site', '--strict')
      expect(status, output).toBe(0)
      const tree = book.page('index')
      expect(nodesOf(tree, 'paragraph').map(textOf)).toContain('That is 68 parameters.')
      // The notebook's quiz has its self-check widget too.
      expect(nodesOf(tree, 'anywidget').map((node) => node.esm)).toEqual([
        expect.stringMatching(/^\/self-check-widget-[0-9a-f]+\.mjs$/)
      ])
      expect(answers(tree)).toEqual(['Answer: B (18): output = 5 · 3 + 3 = 18.'])
      expect(lastColumn(nodesOf(tree, 'table')[0]!)).toEqual(seedCounts)
    })

    it('shows the later parts (framework summary, code) and draws the same quiz variant as the remark plugin', {
      timeout: 120_000
    }, async () => {
      const book = mystProject()
      const {status, output} = book.build('--site', '--strict')
      expect(status, output).toBe(0)
      const page = book.page('index')
      const tables = nodesOf(page, 'table')
      expect(tables.map((table) => textOf(table.children![0]!.children![0]!))).toContain(
        'Layer (type)'
      )
      expect(tables.map((table) => textOf(table.children![0]!.children![0]!))).toContain(
        'Module (type)'
      )
      const code = nodesOf(page, 'code')
      expect(code.map((node) => node.lang)).toEqual(['python', 'python'])
      expect(code[0]!.value).toContain('layers.Embedding(10000, 32)')
      expect(code[0]!.value).toContain('# Expected: 322113 parameters')
      expect(nodesOf(page, 'paragraph').map(textOf)).toContain(
        'The embedding table alone holds 320,000\nparameters, far more than the recurrent layer’s 2,080; the\nwhole network has 322,113.'
      )

      // The quiz with ranges: same sizes and options as the remark plugin draws for the same quiz.
      const remark = await toPlainHtml(
        readFileSync(new URL('../../examples/course/rnn-parameters.md', import.meta.url), 'utf8')
      )
      const drawn = optionLists(page).at(-1)!
      expect(drawn).toHaveLength(4)
      for (const option of drawn) expect(remark.output).toContain(option.slice(3))
      const question = nodesOf(page, 'paragraph')
        .map(textOf)
        .find((text) => text.startsWith('A layer reads'))!
      expect(remark.output).toContain(question.split('\n')[0])
      expect(question).toMatch(/^A layer reads \d+ input features into \d+ units/)
    })
  }
)
