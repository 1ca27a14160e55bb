import type {Processor} from 'unified'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import remarkRnn from '../plugin/remark-rnn.js'
import type {Options} from '../plugin/options.js'
import type {ParsedArguments} from './flags.js'
import {isMdx, pageProcessor} from './page-parser.js'
import {UsageError} from './flags.js'

/**
 * A parser that reads `.mdx` files as MDX and the rest as Markdown, with the
 * same setup as `render` and a site build, so one engine run checks a whole
 * mixed site and sees each page exactly as the build does.
 */
function parseByExtension(this: Processor, options: Options): void {
  const markdown = pageProcessor(options, false)
  const mdx = pageProcessor(options, true)
  this.parser = (_, file) => (isMdx(file.extname) ? mdx : markdown).parse(file)
}

/** `remark-rnn check`: resolves with the exit code. */
export function checkCommand({flags, positionals}: ParsedArguments): Promise<number> {
  const settings = {frail: false, quiet: false, silent: false, color: Boolean(process.stderr.isTTY)}
  // Checking needs every verdict but no solution: hidden solutions are not built.
  const options: {framework?: Options['framework']; seed?: string; solutions: 'hide'} = {solutions: 'hide'}
  for (const {name, value} of flags) {
    if (name === 'frail' || name === 'quiet' || name === 'silent') settings[name] = value !== 'false'
    else if (name === 'color') settings.color = value !== 'false'
    else if (name === 'no-color') settings.color = false
    else if (name === 'framework' && (value === 'keras' || value === 'pytorch')) options.framework = value
    else if (name === 'seed') options.seed = value ?? ''
    else throw new UsageError(`Unknown flag --${name} for check.`)
  }

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
