import {readFileSync} from 'node:fs'
import {afterAll, describe, expect, it} from 'vitest'
import {mystProject, nodesOf, removeProjects, textOf} from '../helpers/myst.js'
import {answers, lastColumn, optionLists, wrongKey} from '../helpers/myst-page.js'
import {siteInstalled} from '../helpers/site.js'

// The example book's problems (a wrong key, broken directives, error_rules),
// its plugin options and the README's MyST example, each built by mystmd.

/** A project whose plugin file says `strict: false`: messages only, which `--strict` and `error_rules` judge. */
const reportOnly = {
  config: (yaml: string) => yaml.replace('node_modules/remark-rnn/dist/myst.mjs', 'rnn.mjs'),
  plugin:
    "import {rnnMystPlugin} from 'remark-rnn/myst'\nexport default rnnMystPlugin({strict: false})\n"
}

describe.runIf(siteInstalled('jupyter-book'))(
  'Jupyter Book 2 / MyST (examples/jupyter-book): problems, options, the README example',
  () => {
    afterAll(removeProjects)

    it('stops every build on a wrong key by default, listing it at its line', {
      timeout: 120_000
    }, () => {
      const book = mystProject({pages: {'rnn-parameters.md': wrongKey}})
      const built = book.build('--site')
      expect(built.status, built.output).toBe(1)
      expect(built.output).toMatch(
        /remark-rnn: \S*rnn-parameters\.md has an error, so the build stops \(option `strict: false` only reports them\):\n {2}\S*rnn-parameters\.md:164:10(?:-[\d:]+)?: Answer B, not D: .* \[wrong-key\]/
      )
    })

    it("with strict: false, fails myst build --site --strict on a wrong key, at the key's line; without --strict the page builds", {
      timeout: 120_000
    }, () => {
      const book = mystProject({
        config: reportOnly.config,
        pages: {'rnn-parameters.md': wrongKey, 'rnn.mjs': reportOnly.plugin}
      })
      const strict = book.build('--site', '--strict')
      expect(strict.status).toBe(1)
      expect(strict.output).toContain(
        '⛔️ rnn-parameters.md:164:10 Answer B, not D: input = 3 · 4 = 12, recurrent = 4 · 4 + 4 = 20. The key points at option D (20, 12): the right numbers in the wrong order.'
      )
      expect(strict.output).toContain('Site has 1 error and 0 warning, stopping build.')

      const relaxed = book.build('--site')
      expect(relaxed.status, relaxed.output).toBe(0)
      const page = book.page('index')
      // The broken quiz stays as written (options as code, then the author's question and options); the others expand.
      const [source] = nodesOf(page, 'code').filter((node) => node.class === 'rnn-problem')
      expect(source?.value).toBe(
        '{rnn-quiz}\n:id: three-four\n:inputs: 3\n:units: 4\n:ask: input recurrent\n:answer: D\n:show: table'
      )
      // Then what is wrong, on the page.
      const notes = nodesOf(page, 'list').filter((node) => node.class === 'rnn-problem-note')
      expect(notes.map(textOf).join('\n')).toContain('Answer B, not D:')
      expect(nodesOf(page, 'paragraph').map(textOf)).toContain(
        'A recurrent layer reads three input features and has four units. Leaving any\noutput layer aside, how many input parameters and how many recurrent\nparameters does it have?'
      )
      expect(answers(page).map((text) => text.slice(0, 9))).toEqual([
        'Answer: A',
        'Answer: C',
        'Answer: B',
        'Answer: B',
        'Answer: 7'
      ])
    })

    it('with strict: false, gives each message its ruleId, so error_rules in myst.yml can silence one rule', {
      timeout: 120_000
    }, () => {
      const book = mystProject({
        pages: {'rnn-parameters.md': wrongKey, 'rnn.mjs': reportOnly.plugin},
        config: (yaml) =>
          reportOnly.config(
            yaml.replace(
              'project:\n',
              'project:\n  error_rules:\n    - id: wrong-key\n      severity: ignore\n'
            )
          )
      })
      const {status, output} = book.build('--site', '--strict')
      expect(status, output).toBe(0)
      expect(output).not.toContain('Answer B, not D')
    })

    it("with strict: false, reports broken directives and roles, each at its line (an option's own where it has one) with its message, and keeps them visible", {
      timeout: 120_000
    }, () => {
      const broken = [
        '# Broken',
        '',
        '```{rnn}\n:inputs: 4\n:unit: 5\n```',
        '',
        '```{rnn}\n:inputs: 4\n:units: 5\n:show: tabel\n```',
        '',
        '```{rnn}\n:inputs: 4\n:units: 5\n:answer: B\n\nWords of the author.\n```',
        '',
        '```{rnn inputs=4 units=5 inputs=6}\n```',
        '',
        '```{rnn}\n:id: lonely\n:inputs: 2\n:units: 2\n```',
        '',
        'Counts: {rnn}`classifer.total` and',
        '{rnn inputs=4 units=5}`totl`.',
        '',
        '```{rnn-quizz}\n:inputs: 3\n```',
        '',
        'A role of another plugin: {run}`x`.',
        '',
        '```{rnn} inputs=4 units=5\n```',
        ''
      ].join('\n')
      const book = mystProject({
        config: reportOnly.config,
        pages: {'rnn-parameters.md': broken, 'rnn.mjs': reportOnly.plugin}
      })
      const strict = book.build('--site', '--strict')
      expect(strict.status).toBe(1)
      const messages = strict.output
        .split('\n')
        .filter((line) => /^(⛔️|⚠️) +rnn-parameters\.md/.test(line))
      expect(messages).toEqual([
        '⚠️  rnn-parameters.md:5 unexpected option "unit" provided (in rnn)',
        '⚠️  rnn-parameters.md:22 duplicate option "inputs" declared (in rnn)',
        '⛔️ rnn-parameters.md:34 unknown directive: rnn-quizz',
        '⚠️  rnn-parameters.md:40 unexpected argument provided for directive: rnn',
        '⛔️ rnn-parameters.md:38:27 unknown role: run',
        '⛔️ rnn-parameters.md:5:2 Unknown attribute `unit`. Did you mean `units`?',
        '⛔️ rnn-parameters.md:11:8 `show` lists `tabel`, which is not one of `diagram`, `table`, `derivation`, `shapes`, `summary`, `code`. Did you mean `table`?',
        '⛔️ rnn-parameters.md:17:2 `answer` belongs to quizzes: write `{rnn-quiz}` to ask a question.',
        '⛔️ rnn-parameters.md:22:26 `inputs` is written twice; only the last value would count. Keep one.',
        '⛔️ rnn-parameters.md:31:9 No model named `classifer` is defined earlier in this file. Models defined before this line: `lonely`.',
        // MyST places a role by its paragraph's first line; remark-rnn finds its own line.
        expect.stringMatching(
          /^⛔️ rnn-parameters\.md:32 `totl` is not a quantity of this network\. Did you mean `total`\?/
        ),
        "⛔️ rnn-parameters.md:40 `inputs=4 units=5` after the directive's name is not read: write each attribute as an option on its own line (`:inputs: 4`) or inside the braces (`{rnn inputs=4 units=5}`).",
        '⛔️ rnn-parameters.md:40 Missing `inputs`: say how many input features the network has, such as `inputs=4`.',
        '⛔️ rnn-parameters.md:40 Missing `units`: say how many hidden units the network has, such as `units=5`.',
        '⚠️  rnn-parameters.md:25 The model `lonely` is defined here but no later directive uses it (`model=lonely`); remove the `id` or check the spelling where it is used.',
        '⛔️ rnn-parameters.md:34:5 `{rnn-quizz}` is not a directive MyST knows, so it was not expanded or checked. Did you mean `{rnn-quiz}`?'
      ])
      // MyST's own "unknown directive" does not count for --strict; remark-rnn's report does.
      expect(strict.output).toContain('Site has 10 errors and 1 warning, stopping build.')

      const relaxed = book.build('--site')
      expect(relaxed.status, relaxed.output).toBe(0)
      const page = book.page('index')
      expect(nodesOf(page, 'code').map((node) => [node.class, node.value?.split('\n')[0]])).toEqual(
        [...Array(4).fill(['rnn-problem', '{rnn}']), ['rnn-problem', '{rnn} inputs=4 units=5']]
      )
      expect(
        nodesOf(page, 'inlineCode')
          .filter((node) => node.class === 'rnn-problem')
          .map((node) => node.value)
      ).toEqual(['{rnn}`classifer.total`', '{rnn inputs=4 units=5}`totl`'])
      // Each broken directive lists what is wrong, each message ending in its ruleId.
      const notes = nodesOf(page, 'list').filter((node) => node.class === 'rnn-problem-note')
      expect(notes).toHaveLength(5)
      expect(
        nodesOf(page, 'inlineCode')
          .filter((node) => node.class === 'rnn-problem-rule')
          .map((node) => node.value)
      ).toEqual([
        'unknown-attribute',
        'invalid-show',
        'unknown-attribute',
        'duplicate-attribute',
        'unparsed-directive',
        'missing-attribute',
        'missing-attribute'
      ])
      expect(nodesOf(page, 'paragraph').map(textOf)).toContain('Words of the author.')
      expect(nodesOf(page, 'table')).toHaveLength(1)
    })

    it('takes every plugin option through a two-line plugin file (locale, strings, solutions, show, separator, framework)', {
      timeout: 120_000
    }, () => {
      const wrapper = (options: string) =>
        `import {rnnMystPlugin} from 'remark-rnn/myst'\nexport default rnnMystPlugin(${options})\n`
      const usePlugin = (yaml: string) =>
        yaml.replace('node_modules/remark-rnn/dist/myst.mjs', 'rnn.mjs')
      const page = [
        '# Optionen',
        '',
        '```{rnn #seed .wide}\n:inputs: 4\n:units: 5\n:outputs: 3\n```',
        '',
        '```{rnn}\n:inputs: 8\n:units: 16,8\n:outputs: 2\n:bidirectional:\n:show: table\n```',
        '',
        'Insgesamt {rnn}`seed.total` Parameter, {rnn inputs=4 units=5 outputs=3}`recurrent` davon rekurrent.',
        '',
        '```{rnn-quiz}\n:inputs: 3\n:units: 4\n:ask: input recurrent\n:answer: B\n\nWie viele?\n\n- 16, 9\n- 12, 24\n- 9, 16\n- 24, 12\n```',
        ''
      ].join('\n')
      const german = mystProject({
        config: usePlugin,
        pages: {
          'rnn-parameters.md': page,
          'rnn.mjs': wrapper(
            "{locale: 'de', solutions: 'collapse', show: ['table', 'derivation'], thousandsSeparator: ' ', framework: 'pytorch', strings: {columnCount: 'Zahl'}}"
          )
        }
      })
      const built = german.build('--site', '--strict')
      expect(built.status, built.output).toBe(0)
      expect(built.output).toContain(
        'remark-rnn (rnn.mjs) loaded: 3 directives, 1 role, 1 transform'
      )
      const tree = german.page('index')
      const details = nodesOf(tree, 'details')
      expect(details.map((node) => textOf(node.children![0]!))).toEqual([
        'Lösungsweg: einfaches RNN, 4 Eingaben, 5 Einheiten, 3 Ausgaben (Tabelle und Herleitung)',
        'Lösungsweg: bidirektionales einfaches RNN, 8 Eingaben, 16 und 8 Einheiten, 2 Ausgaben (Tabelle)',
        'Antwort anzeigen: einfaches RNN, 3 Eingaben, 4 Einheiten'
      ])
      // PyTorch's two bias vectors, German headers with one overridden, the separator, show=table,derivation by default.
      const [seed, stack] = nodesOf(tree, 'table')
      expect(seed!.children![0]!.children!.map(textOf)).toEqual([
        'Parameter',
        'Symbol',
        'Form',
        'Formel',
        'Zahl'
      ])
      expect([details[0]!.class, seed!.class, stack!.class]).toEqual(['wide', 'wide', undefined])
      expect(lastColumn(seed!)).toEqual([
        '20',
        '25',
        '5',
        '5',
        '15',
        '3',
        '20',
        '35',
        '18',
        '55',
        '73'
      ])
      expect(nodesOf(details[0]!, 'math')).toHaveLength(1)
      expect(lastColumn(stack!).at(-1)).toBe('1 538')
      expect(nodesOf(details[1]!, 'math')).toHaveLength(0)
      expect(nodesOf(tree, 'paragraph').map(textOf)).toContain(
        'Insgesamt 73 Parameter, 35 davon rekurrent.'
      )
      expect(answers(details[2]!)).toEqual([
        'Antwort: B (12, 24): input = 3 · 4 = 12; recurrent = 4 · 4 + 4 + 4 = 24.'
      ])

      const students = mystProject({
        config: usePlugin,
        pages: {'rnn.mjs': wrapper("{solutions: 'hide'}")}
      })
      const hidden = students.build('--site', '--strict')
      expect(hidden.status, hidden.output).toBe(0)
      const studentPage = students.page('index')
      expect(nodesOf(studentPage, 'table')).toHaveLength(0)
      expect(nodesOf(studentPage, 'math')).toHaveLength(0)
      expect(answers(studentPage)).toHaveLength(0)
      expect(optionLists(studentPage)).toHaveLength(5)
      // Nothing to check against in a student build: no widget.
      expect(nodesOf(studentPage, 'anywidget')).toHaveLength(0)
      expect(nodesOf(studentPage, 'paragraph').map(textOf)).toContain(
        'Work it out on paper first, then compare with the table and the derivation.'
      )
    })

    it("builds the README's MyST example and plugin file as written", {timeout: 120_000}, () => {
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
      const section = readme.slice(readme.indexOf('### Jupyter Book / MyST'))
      const page = /````markdown\n([\s\S]*?)\n````/.exec(section)?.[1]
      // The plugin file stands in a list item: take its indentation off.
      const fence = /( *)```js\n( *\/\/ rnn\.mjs[\s\S]*?)\n *```/.exec(section)
      const plugin = fence?.[2]
        ?.split('\n')
        .map((line) => line.slice(fence[1]!.length))
        .join('\n')
      // The README's myst.yml as written, its template the offline one and its plugin the plugin file.
      const config = /```yaml\n# myst\.yml\n([\s\S]*?)```/.exec(readme)?.[1]
      expect(page).toBeDefined()
      expect(plugin).toBeDefined()
      expect(config).toBeDefined()
      const book = mystProject({
        config: (yaml) =>
          config!
            .replace('template: book-theme', /template: .*/.exec(yaml)![0])
            .replace('node_modules/remark-rnn/dist/myst.mjs', 'rnn.mjs'),
        pages: {'lesson.md': `# From the README\n\n${page}\n`, 'rnn.mjs': plugin!}
      })
      const teachers = book.build('--site', '--strict')
      expect(teachers.status, teachers.output).toBe(0)
      const tree = book.page('index')
      expect(nodesOf(tree, 'paragraph').map(textOf)).toContain(
        'The classifier has 30 recurrent parameters and\n68 in all.'
      )
      expect(nodesOf(tree, 'table')[0]!.children![0]!.children!.map(textOf)[0]).toBe('Parameter')
      expect(answers(tree)).toEqual(['Antwort: B (18): output = 5 · 3 + 3 = 18.'])

      const students = book.buildWith({STUDENTS: '1'}, '--site', '--strict')
      expect(students.status, students.output).toBe(0)
      expect(nodesOf(book.page('index'), 'table')).toHaveLength(0)
      expect(answers(book.page('index'))).toHaveLength(0)
    })
  }
)
