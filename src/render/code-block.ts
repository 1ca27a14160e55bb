import type {Code} from 'mdast'
import type {Breakdown} from '../core/index.js'
import {frameworkCode} from './python/index.js'

/**
 * The Python that reproduces the count, as a fenced `python` block: HTML
 * gets `pre > code.language-python`, which sites' highlighters pick up.
 */
export function codeBlock(breakdown: Breakdown): Code {
  return {type: 'code', lang: 'python', meta: null, value: frameworkCode(breakdown)}
}
