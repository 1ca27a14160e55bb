// @lezer/python attaches CodeMirror's highlighting tags to its node types
// (`propSources: [pythonHighlighting]`), which pulls @lezer/highlight into
// the bundle and builds ~40 style rules when the grammar is imported. The
// model-code reader never highlights (the CLI colours Python with lowlight),
// so the bundled grammar leaves them out: 5 KB less to install and to
// compile, and some 1.5 ms less of `remark-rnn count model.py`'s start
// (docs/startup.md). The parse trees are the same (grammar-tables.test.ts).

/** The three places lezer's module names the highlighting, each replaced exactly once. */
const edits = [
  [/^import \{ styleTags, tags \} from '@lezer\/highlight';$/m, ''],
  [/^const pythonHighlighting = styleTags\(\{\n[\s\S]*?\n\}\);$/m, ''],
  [/^ {2}propSources: \[pythonHighlighting\],$/m, '']
]

/** @lezer/python's module text without its highlighting; throws if lezer's text is not as expected. */
export function withoutHighlighting(source, path) {
  let text = source
  for (const [pattern, replacement] of edits) {
    if (!pattern.test(text))
      throw new Error(
        `${path} no longer reads as expected (${pattern}): see grammar-highlighting.js`
      )
    text = text.replace(pattern, replacement)
  }
  if (/highlight|styleTags/.test(text))
    throw new Error(`${path} still names the highlighting: see grammar-highlighting.js`)
  return text
}
