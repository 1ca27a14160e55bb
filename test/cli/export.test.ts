import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'
import {cliPath} from '../helpers/run-cli.js'

const quizPage = `# Lesson

## Sizes

:::rnn-quiz{inputs=2..8 units=3..12 ask=total}
How many parameters has a layer with {inputs} inputs and {units} units?
:::
`

function course(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-rnn-export-'))
  mkdirSync(join(root, 'pages'))
  writeFileSync(join(root, 'pages', 'a.md'), quizPage)
  writeFileSync(
    join(root, 'pages', 'b.mdx'),
    '---\ntitle: From frontmatter\n---\n\n# MDX page\n\n::rnn-quiz{inputs=3 units=4 ask="input recurrent"}\n'
  )
  mkdirSync(join(root, 'broken'))
  writeFileSync(
    join(root, 'broken', 'bad.md'),
    '# Bad\n\n:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\n- 28\n- 32\n:::\n'
  )
  return root
}

describe.each(cliRunners)('remark-rnn export (%s)', (_runner, run) => {
  it('writes every quiz of the pages, N variants each, as GIFT Moodle reads', async () => {
    const root = course()
    const result = await run(
      ['export', 'pages', '--format=gift', '--variants=3', '--seed=1', '-o', 'out/q.gift'],
      root
    )
    expect(result.stderr).toContain('remark-rnn export: 2 quizzes, 4 questions → out/q.gift')
    expect(result.status).toBe(0)
    const questions = parseGift(readFileSync(join(root, 'out', 'q.gift'), 'utf8')).filter(
      (question) => question.type === 'MC'
    )
    expect(questions.map((question) => question.title)).toEqual([
      expect.stringMatching(/^Lesson — Sizes · variant 1 \(inputs=\d units=\d+\)$/),
      expect.stringMatching(/^Lesson — Sizes · variant 2 /),
      expect.stringMatching(/^Lesson — Sizes · variant 3 /),
      'From frontmatter'
    ])
  })

  it('exports number questions too: numeric in GIFT, numerical in Moodle XML, text entry in QTI', async () => {
    const root = course()
    writeFileSync(
      join(root, 'numbers.md'),
      '# Numbers\n\n::rnn-quiz[How many in total?]{inputs=3 units=4 ask=total type=number}\n'
    )
    const gift = await run(['export', 'numbers.md', '--format=gift', '-o', 'n.gift'], root)
    expect(gift.stderr).toContain('remark-rnn export: 1 quiz, 1 question → n.gift')
    expect(gift.status).toBe(0)
    const [, question] = parseGift(readFileSync(join(root, 'n.gift'), 'utf8'))
    expect(question?.type).toBe('Numerical')
    const moodle = await run(['export', 'numbers.md', '--format=moodle', '-o', 'n.xml'], root)
    expect(moodle.status).toBe(0)
    expect(readFileSync(join(root, 'n.xml'), 'utf8')).toContain('<question type="numerical">')
    const qti = await run(['export', 'numbers.md', '--format=qti', '-o', 'n.zip'], root)
    expect(qti.status).toBe(0)
    const item = unzipSync(readFileSync(join(root, 'n.zip')))['items/item-q01-v01.xml']
    expect(new TextDecoder().decode(item)).toContain(
      '<textEntryInteraction responseIdentifier="RESPONSE"'
    )
  })

  it('--format=qti-template writes template-only QTI 2.1 to questions-qti-template.zip', async () => {
    const root = course()
    const result = await run(['export', 'pages', '--format=qti-template'], root)
    expect(result.stderr).toContain('→ questions-qti-template.zip')
    expect(result.status).toBe(0)
    const files = unzipSync(readFileSync(join(root, 'questions-qti-template.zip')))
    const item = new TextDecoder().decode(files['items/item-q01-v01.xml'])
    expect(item).toContain(
      '<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct" />'
    )
    expect(item).not.toContain('modalFeedback')
  })

  it('writes byte-identical files for the same seed, in every format', async () => {
    const root = course()
    for (const format of ['moodle', 'gift', 'qti', 'qti-template', 'canvas']) {
      for (const name of ['one', 'two']) {
        expect(
          (
            await run(
              [
                'export',
                'pages',
                `--format=${format}`,
                '--variants=2',
                '--seed=x',
                '-o',
                `${name}.${format}`
              ],
              root
            )
          ).status
        ).toBe(0)
      }

      expect(
        readFileSync(join(root, `two.${format}`)).equals(readFileSync(join(root, `one.${format}`)))
      ).toBe(true)
    }

    expect(Object.keys(unzipSync(readFileSync(join(root, 'one.qti'))))).toContain('imsmanifest.xml')
    expect(Object.keys(unzipSync(readFileSync(join(root, 'one.canvas'))))).toContain(
      'remark-rnn-quiz/assessment_meta.xml'
    )
  })

  it('writes nothing and exits 1 for a page with problems, with the same messages as check', async () => {
    const root = course()
    const exported = await run(
      ['export', 'pages', 'broken', '--format=moodle', '-o', 'q.xml'],
      root
    )
    const checked = await run(['check', 'pages', 'broken'], root)
    expect(exported.status).toBe(1)
    expect(existsSync(join(root, 'q.xml'))).toBe(false)
    expect(exported.stderr).toContain('wrong-key')
    expect(
      exported.stderr.replace(
        'remark-rnn export: nothing written; fix the problems above first.\n',
        ''
      )
    ).toBe(checked.stderr)
  })

  it('refuses bad flags with usage errors (exit 2)', async () => {
    const root = course()
    expect(await run(['export', 'pages'], root)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('export needs --format=moodle|gift|qti|qti-template|canvas.')
    })
    expect((await run(['export', 'pages', '--format=docx'], root)).status).toBe(2)
    expect(
      (await run(['export', 'pages', '--format=gift', '--variants=0'], root)).stderr
    ).toContain('--variants must be a whole number')
    expect((await run(['export', 'pages', '--format=gift', '--sede=1'], root)).stderr).toContain(
      'Did you mean --seed?'
    )
    expect((await run(['export', '--format=gift'], root)).status).toBe(2)
  })

  it('reports an output it cannot write in one line, without a stack trace', async () => {
    const root = course()
    writeFileSync(join(root, 'taken'), 'a file, not a folder')
    const result = await run(
      ['export', 'pages', '--format=gift', '-o', join('taken', 'q.gift')],
      root
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(
      /(^|\n)remark-rnn export: cannot write taken\/q\.gift: a part of the path is not a folder\.\n$/
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('render takes --seed and shows another variant for another seed', async () => {
    const root = course()
    const pages = new Set<string>()
    for (const seed of ['1', '2', '3', '4']) {
      const result = await run(
        ['render', join('pages', 'a.md'), '-o', `${seed}.md`, `--seed=${seed}`],
        root
      )
      expect(result.status).toBe(0)
      pages.add(readFileSync(join(root, `${seed}.md`), 'utf8'))
    }

    expect(pages.size).toBeGreaterThan(1)
  })
})

describe('remark-rnn export, the bundle', () => {
  it('writes the same zip in every time zone', () => {
    const root = course()
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu']) {
      const result = spawnSync(
        process.execPath,
        [cliPath, 'export', 'pages', '--format=qti', '-o', `${zone.replace('/', '-')}.zip`],
        {
          cwd: root,
          env: {...process.env, TZ: zone}
        }
      )
      expect(result.status).toBe(0)
    }

    const utc = readFileSync(join(root, 'UTC.zip'))
    expect(readFileSync(join(root, 'America-Los_Angeles.zip')).equals(utc)).toBe(true)
    expect(readFileSync(join(root, 'Asia-Kathmandu.zip')).equals(utc)).toBe(true)
  })
})
