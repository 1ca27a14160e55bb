import {readFileSync} from 'node:fs'
import {closest, didYouMean} from '../core/suggest.js'
import {commandFlags} from './command-flags.js'
import {failureOf} from './failure.js'
import {parseArguments} from './flags.js'
import {
  checkHelp,
  countHelp,
  exportHelp,
  lspHelp,
  pandocHelp,
  quartoExtensionHelp,
  renderHelp
} from './help.js'

/** The package's folder: src/cli/main.ts and dist/cli/main.js both sit two folders down. */
const packageRoot = new URL('../../', import.meta.url)

const help = `Usage: remark-rnn <command> [options]

Commands:
  count    count a network's parameters and show the worked table
  render   render a course page to a standalone HTML page or expanded Markdown
  check    check every directive and stated number in .md/.mdx files (for CI)
  export   write the pages' quizzes for an LMS: Moodle XML, GIFT, QTI 2.1 or Canvas
  lsp      the language server for editors (--stdio): diagnostics, hover, completion, fixes
  pandoc   the Pandoc filter's side: expand a batch of a document's directives (JSON on stdin)
  quarto-extension
           write the Quarto extension (_extensions/remark-rnn/) into a project

remark-rnn <command> --help shows a command's options.`

const helps: Record<string, string> = {
  count: countHelp,
  render: renderHelp,
  check: checkHelp,
  export: exportHelp,
  lsp: lspHelp,
  pandoc: pandocHelp,
  'quarto-extension': quartoExtensionHelp
}

/** Run one command; resolves with the process exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
      version: string
    }
    process.stdout.write(pkg.version + '\n')
    return 0
  }

  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(help + '\n')
    return command === undefined ? 2 : 0
  }

  const commandHelp = helps[command]
  if (commandHelp === undefined) {
    const suggestion = didYouMean(closest(command, Object.keys(helps)))
    process.stderr.write(`remark-rnn: unknown command \`${command}\`.${suggestion}\n\n${help}\n`)
    return 2
  }

  const parsed = parseArguments(rest, commandFlags[command])
  if (parsed.flags.some((flag) => flag.name === 'help' || flag.name === 'h')) {
    process.stdout.write(commandHelp + '\n')
    return 0
  }

  try {
    if (command === 'count') {
      // Each command loads only what it needs: `count` starts without unified.
      const {countCommand} = await import('./count-command.js')
      process.stdout.write((await countCommand(parsed.flags, parsed.positionals)) + '\n')
      return 0
    }

    if (command === 'render' || command === 'pandoc') {
      const rendered =
        command === 'render'
          ? await (await import('./render-command.js')).renderCommand(parsed)
          : await (await import('./pandoc-command.js')).pandocCommand(parsed)
      process.stdout.write(rendered.output)
      process.stderr.write(rendered.report ? rendered.report + '\n' : '')
      return rendered.failed ? 1 : 0
    }

    if (command === 'export') {
      const {exportCommand} = await import('./export-command.js')
      return await exportCommand(parsed)
    }

    if (command === 'quarto-extension') {
      const {quartoExtensionCommand} = await import('./quarto-extension.js')
      const folder = await quartoExtensionCommand(parsed, packageRoot)
      process.stdout.write(
        `Wrote ${folder}: add \`filters: [remark-rnn]\` to _quarto.yml (see docs/quarto.md).\n`
      )
      return 0
    }

    if (command === 'lsp') {
      // Loaded only here: the protocol library is in its own chunk of the bundle.
      const {lspCommand} = await import('./lsp-command.js')
      return await lspCommand(parsed)
    }

    const {checkCommand} = await import('./check-command.js')
    return await checkCommand(parsed)
  } catch (error) {
    const failure = failureOf(error, command)
    process.stderr.write(failure.message + '\n')
    return failure.exitCode
  }
}
