// The --help texts, apart from the commands so that help loads nothing heavy.

export const countHelp = `Usage: remark-rnn count --inputs=N --units=N[,N…] [options]

Count the trainable parameters of a recurrent network and show the worked table.

Options (the same names as the directive attributes; --inputs 4 works too):
  --inputs=N             input features n (required)
  --units=N[,N…]         hidden units h; a comma list stacks layers (required)
  --outputs=N[,N…]       dense layers after the recurrent stack, the last is
                         the output layer (64,1); 0 = none (default 0)
  --cell=rnn|lstm|gru    recurrent cell (default rnn)
  --framework=keras|pytorch
                         whose conventions: one bias (keras) or two (pytorch)
  --bidirectional[=true|false]
                         two directions per layer (default false)
  --merge=concat|sum|mul|ave
                         how Keras joins the directions (default concat: 2h)
  --decoder-inputs=d     an encoder–decoder: the decoder's input width
  --decoder-units=N[,N…] the decoder's stack (default: the encoder's state
                         widths, doubled when bidirectional)
  --decoder-vocab=V      an Embedding of V target tokens in front of the decoder
  --bias=true|false      biases in the recurrent layers (default true)
  --reset-after=true|false
                         Keras GRU variant with two bias rows (default true)
  --proj-size=N          PyTorch LSTM projection size (default 0)
  --vocab=V              an Embedding layer of V words in front; inputs is
                         its width n (V × n parameters)
  --return-sequences[=true|false]
                         the last recurrent layer returns every step (shapes)
  --timesteps=T          sequence length in output shapes (default None)
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

export const exportHelp = `Usage: remark-rnn export <files, folders or globs…> --format=moodle|gift|qti [options]

Write every rnn-quiz of the pages as multiple-choice questions for a learning
management system: the key, feedback naming the mistake behind each wrong
option, and the worked solution (table and derivation) as general feedback.
The pages are checked first, as \`check\` does; with any problem nothing is
written and the exit code is 1.

Options:
  --format=moodle|gift|qti
                 Moodle XML (a category per quiz), GIFT, or a QTI 2.1
                 content package (zip with imsmanifest.xml, for Canvas)
  -o, --output=FILE
                 default questions.xml, questions.gift or questions-qti.zip
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
