import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import {closest, didYouMean} from '../core/index.js'
import type {Options} from '../directives/options.js'
import remarkRnn from '../plugin/remark-rnn.js'
import {checkFlags} from './command-flags.js'
import {requireExistingPaths} from './file-error.js'
import {asFlag} from './flag-names.js'
import type {ParsedArguments} from './flags.js'
import {UsageError} from './flags.js'
import {isMdx, pageReader} from './page-parser.js'
import {parseReportingSyntaxErrors} from './syntax-error.js'

const empty = (): Root => ({type: 'root', children: []})

/**
 * A parser that reads `.mdx` files as MDX and the rest as Markdown, with the
 * same setup as `render` and a site build (page-parser.ts), so one engine run
 * checks a whole mixed site and sees each page exactly as the build does. A
 * file whose text has no `rnn` cannot hold a directive, so it is not parsed
 * at all: most pages of a course cost only their reading. A syntax error
 * becomes one positioned message.
 */
function parseByExtension(this: Processor, options: Options): void {
  const markdown = pageReader(options, false)
  const mdx = pageReader(options, true)
  this.parser = (document, file) =>
    /rnn/i.test(document)
      ? parseReportingSyntaxErrors(file, () => (isMdx(file.extname) ? mdx : markdown).parse(file))
      : empty()
}

/** `remark-rnn check`: resolves with the exit code. */
export function checkCommand({flags, positionals}: ParsedArguments): Promise<number> {
  const settings = {frail: false, quiet: false, silent: false, color: Boolean(process.stderr.isTTY)}
  // Checking needs every verdict but no solution: hidden solutions are not built.
  const options: {framework?: Options['framework']; seed?: string; solutions: 'hide'} = {
    solutions: 'hide'
  }
  for (const {name, value} of flags) {
    if (name === 'frail' || name === 'quiet' || name === 'silent')
      settings[name] = value !== 'false'
    else if (name === 'color') settings.color = value !== 'false'
    else if (name === 'no-color') settings.color = false
    else if (name === 'framework') {
      if (value !== 'keras' && value !== 'pytorch')
        throw new UsageError('--framework must be keras or pytorch.')
      options.framework = value
    } else if (name === 'seed') options.seed = value ?? ''
    else {
      const suggestion = closest(name, [...checkFlags.switches, ...checkFlags.values])
      throw new UsageError(`Unknown flag --${name}.${didYouMean(suggestion, asFlag)}`)
    }
  }

  requireExistingPaths(positionals)

  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(parseByExtension, options).use(remarkRnn, options),
        files: positionals.length > 0 ? [...positionals] : ['.'],
        extensions: ['md', 'markdown', 'mdx'],
        cwd: process.cwd(),
        ignoreName: '.remarkignore',
        out: false,
        output: false,
        frail: settings.frail,
        quiet: settings.quiet,
        silent: settings.silent,
        color: settings.color,
        streamError: process.stderr,
        streamOut: process.stdout
      },
      (error, code) => (error ? reject(error) : resolve(code ?? 0))
    )
  })
}
