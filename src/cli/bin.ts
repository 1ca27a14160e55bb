#!/usr/bin/env node
// The command's process: run `main` on the arguments and exit with its code.
// `main` lives apart so tests can run it in-process.
import {baselineTierOnly} from './baseline-tier.js'
import {main} from './main.js'
import {exitQuietlyOnClosedPipe} from './quiet-pipe.js'

await baselineTierOnly(process.argv[2])
exitQuietlyOnClosedPipe()
process.exitCode = await main(process.argv.slice(2))
