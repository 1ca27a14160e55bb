import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {cliRunners} from '../helpers/cli-runners.js'

const folder = mkdtempSync(join(tmpdir(), 'remark-rnn-hostile-html-'))

// Scripts an author's JSX could run as soon as a preview opens.
const jsx = [
  '<img src="x" onError="alert(1)" />',
  '<svg onLoad="alert(2)"><circle r="1" /></svg>',
  '<script src="data:text/javascript,alert(3)"></script>',
  '<iframe srcDoc="<script>alert(4)</script>" />',
  '<a href="javascript:alert(5)">five</a>',
  '<style>{"body{background:url(https://example.com/x)}"}</style>'
]

// URLs an author's Markdown could make clickable.
const links =
  '[one](javascript:alert(6)) <javascript:alert(7)> [eight][r] ![nine](javascript:alert(9)) [ten](JaVaScRiPt:alert(10))'

const mdxPage = `# Hostile

${jsx.join('\n\n')}

<div className="note rnn-quiz">Kept as a note.</div>

<section className="box" onClick="alert(12)">

::rnn<inputs=3 units=4 show=table>

</section>

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
A question with ${jsx.slice(0, 4).join(' ')} inside.

- 32
- 28
:::
`

const mdPage = `# Links

${links} and [fine](https://example.com) [relative](other.md).

<img src=x onerror=alert(11)>

:::rnn-quiz{inputs=3 units=4 ask=total answer=A}
A question with ${links} and [fine](https://example.com).

- 32
- 28
:::

[r]: javascript:alert(8)
`

/** Nothing that runs: no handler attribute, no frame, no script but remark-rnn's own self-check, no script URL. */
function expectInert(html: string) {
  expect(html).not.toMatch(/\son[a-z]+=/i)
  expect(html).not.toMatch(/<(iframe|svg onload|style>body)/i)
  expect(html).not.toMatch(/srcdoc/i)
  expect(html).not.toMatch(/javascript:alert\(\d+\)"/i)
  expect(html).not.toMatch(/(href|src)="javascript:/i)
  expect(html).not.toContain('data:text/javascript')
  expect(html.match(/<script/g)).toHaveLength(1)
}

describe.each(cliRunners)('hostile author HTML (%s)', (_runner, run) => {
  it('previews .mdx without any of the page’s scripts, in prose and in quiz questions', async () => {
    const page = join(folder, 'hostile.mdx')
    writeFileSync(page, mdxPage)
    const {status, stdout} = await run(['render', page])
    expect(status).toBe(0)
    const body = stdout.slice(stdout.indexOf('<body>'))
    expectInert(body)
    // The author's harmless HTML stays, remark-rnn's classes do not pass as the author's.
    expect(body).toContain('<img src="x">')
    expect(body).toContain('<div class="note">Kept as a note.</div>')
    expect(body).toContain('<a>five</a>')
    // A directive inside the author's HTML is still expanded.
    expect(body).toMatch(/<section class="box">\s*<div class="rnn" data-rnn-total="32">/)
    // Our own parts keep working: the quiz form and its script.
    expect(body).toContain('<form class="rnn-quiz')
    expect(body).toMatch(/<script>[^<]/)
  })

  it('renders .md links, autolinks, references and images without a script URL', async () => {
    const page = join(folder, 'links.md')
    writeFileSync(page, mdPage)
    const {status, stdout} = await run(['render', page])
    expect(status).toBe(0)
    expectInert(stdout)
    expect(stdout).toContain('<a>one</a> <a>javascript:alert(7)</a> <a>eight</a>')
    expect(stdout).toContain(
      '<a href="https://example.com">fine</a> <a href="other.md">relative</a>'
    )
  })

  it.each(['moodle', 'gift', 'qti', 'qti-template', 'canvas'])(
    'writes no script URL into %s',
    async (format) => {
      const page = join(folder, `export-${format}.md`)
      writeFileSync(page, mdPage)
      const out = join(folder, `out-${format}`)
      const {status} = await run(['export', page, `--format=${format}`, '-o', out])
      expect(status).toBe(0)
      const written = readFileSync(out)
      const text =
        format.startsWith('qti') || format === 'canvas'
          ? Object.values(unzipSync(written))
              .map((file) => new TextDecoder().decode(file))
              .join('\n')
          : written.toString('utf8')
      // Canvas writes its HTML as escaped text inside <mattext>.
      const html = format === 'canvas' ? text.replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&') : text
      expect(html).not.toMatch(/(href|src)\\?="javascript/i)
      expect(html).toMatch(/<a>javascript\\?:alert\(7\)<\/a>/)
      // Every format keeps a safe link.
      expect(html).toMatch(/href\\?="https\\?:\/\/example\.com/)
    }
  )
})
