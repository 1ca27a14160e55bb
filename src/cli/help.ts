// The --help texts, apart from the commands so that help loads nothing heavy
// (the attribute specs are plain data).
import type {AttributeSpec} from '../directives/specs/attributes.js'
import {descriptionSpecs} from '../directives/specs/attributes.js'

/** How a flag takes its value, from its attribute's type. */
function usage(spec: AttributeSpec): string {
  if (spec.type === 'boolean') return '[=true|false]'
  if (spec.type === 'numbers') return '=N[,N…]'
  if (spec.values) return `=${spec.values.join('|')}`
  return '=N'
}

/** `text` in lines of at most `width` characters, the later ones indented by `indent`. */
function wrapped(text: string, indent: number, width = 80): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }

  return [...lines, line].join(`\n${' '.repeat(indent)}`)
}

/** One line (or more) per description attribute, from its spec: the flag, its doc, its default. */
export function descriptionFlagLines(): string {
  const column = 25
  return descriptionSpecs
    .map((spec) => {
      const flag = `  --${spec.name}${usage(spec)}`
      const note = spec.required ? ' (required)' : spec.default ? ` (default ${spec.default})` : ''
      const doc = wrapped(`${spec.doc.replaceAll('`', '')}${note}`, column)
      return flag.length < column - 1
        ? `${flag.padEnd(column)}${doc}`
        : `${flag}\n${' '.repeat(column)}${doc}`
    })
    .join('\n')
}

export const countHelp = `Usage: remark-rnn count --inputs=N --units=N[,N…] [options]
       remark-rnn count model.py|- [--json] [--model=NAME] [--sizes=NAME=N,…]

Count the trainable parameters of a recurrent network and show the worked table.
With a Python file (- reads standard input), read the Keras or PyTorch model
it builds, never running it, and count it layer by layer (docs/model-code.md):
  --model=NAME           the variable that holds the model (default model)
  --sizes=NAME=N,…       values the code knows only when it runs (len(vocab)=5000)

Options (the same names as the directive attributes; --inputs 4 works too):
${descriptionFlagLines()}
  --json                 print the breakdown and the framework's layers as JSON
  --code=keras|pytorch   print Python that builds the network and its count

Example: remark-rnn count --inputs=4 --units=5 --outputs=3   # 68 parameters`

export const renderHelp = `Usage: remark-rnn render <file.md|file.mdx> [-o out.html|out.md] [options]

Render one course page with every rnn directive expanded: a standalone HTML
page (KaTeX's stylesheet and fonts inlined, works offline) or, with an .md
output, expanded Markdown. Without -o the HTML goes to standard output.
An .mdx page is previewed without running it: imports and exports are left
out and each component is shown as a labelled box with its children.

Options:
  -o, --output=FILE      .html (standalone page) or .md (expanded Markdown)
  --solutions=show|collapse|hide
  --show=table,derivation,shapes,summary,code
  --framework=keras|pytorch
  --locale=en|de
  --seed=S               picks the variant of every quiz with size ranges
  --strict               write nothing when the page has an error (every problem is still reported)

Problems are reported on standard error; the exit code is 1 when there are any.`

export const checkHelp = `Usage: remark-rnn check [files, folders or globs…] [options]

Check every .md, .markdown and .mdx file (default: the current folder): every
rnn directive's validity and every number stated in prose, without writing
anything. Reports like remark-cli; .remarkignore files are honoured.

Options:
  --frail       exit 1 on warnings too, not only on errors
  --quiet       report only files with messages
  --silent      report only errors
  --no-color    plain output
  --framework=keras|pytorch   default framework for directives that do not say
  --seed=S      check the variant this seed draws of each quiz with ranges

Exit code: 1 when any error is found, otherwise 0.`

export const exportHelp = `Usage: remark-rnn export <files, folders or globs…> --format=moodle|gift|qti|qti-template|canvas [options]

Write every rnn-quiz of the pages as multiple-choice questions for a learning
management system: the key, feedback naming the mistake behind each wrong
option, and the worked solution (table and derivation) as general feedback.
The pages are checked first, as \`check\` does; with any problem nothing is
written and the exit code is 1.

Options:
  --format=moodle|gift|qti|qti-template|canvas
                 Moodle XML (a category per quiz), GIFT, a QTI 2.1 content
                 package (zip with imsmanifest.xml), the same with only the
                 standard match_correct template and no feedback (for
                 Blackboard and Inspera), or a QTI 1.2 package in Canvas's
                 dialect (each option's feedback kept, for Canvas)
  -o, --output=FILE
                 default questions.xml, questions.gift, questions-qti.zip,
                 questions-qti-template.zip or questions-canvas.zip
  --variants=N   N variants of each quiz with size ranges (default 1)
  --seed=S       seed of the variants: the same seed writes the same bytes
  --framework=keras|pytorch
  --locale=en|de

Example: remark-rnn export course --format=moodle --variants=10 --seed=2026 -o rnn.xml`

export const lspHelp = `Usage: remark-rnn lsp --stdio

The language server for editors (Neovim, VS Code, Helix…), over standard
input and output. It reads .md and .mdx pages as \`check\` does and, as you
type: reports every problem (with its rule and a link to it), shows a
directive's worked table, a number's formula and a quiz's right option on
hover, completes attribute names and values, and offers the fixes.

Settings (section remark-rnn): framework, locale, strict, seed,
thousandsSeparator, show: the plugin's options.

Options:
  --stdio       talk over standard input and output (the only transport)`

export const pandocHelp = `Usage: remark-rnn pandoc [batch.json]

The Pandoc filter's side (pandoc/remark-rnn.lua runs it once per document):
reads a JSON batch of the document's rnn directives, with where each stands
in the author's file (standard input without a file), expands them all as
one page through the plugin, and writes each expansion as Markdown that
Pandoc reads back: pipe tables, $…$ math, code, and for HTML outputs the
diagrams and self-check forms as raw HTML. Problems are reported on standard
error at the author's file, line and column; with any error nothing is
written and the exit code is 1. See docs/quarto.md.`

export const quartoExtensionHelp = `Usage: remark-rnn quarto-extension [dir]

Write the Quarto extension into dir/_extensions/remark-rnn/ (default: the
current folder): _extension.yml, the Pandoc filter remark-rnn.lua and the
self-check script. Then add \`filters: [remark-rnn]\` to _quarto.yml.`
