// The Python grammar's module as the bundles take it: @lezer/python without
// its highlighting (grammar-highlighting.js), and for the CLI with its parse
// tables decoded (grammar-tables.js).
import {readFileSync} from 'node:fs'
import {withoutHighlighting} from './grammar-highlighting.js'
import {withDecodedTables} from './grammar-tables.js'

/** An esbuild plugin that loads @lezer/python's module rewritten so. */
export function pythonGrammarSource({decodedTables}) {
  return {
    name: 'python-grammar-source',
    setup(context) {
      context.onLoad({filter: /[\\/]@lezer[\\/]python[\\/]dist[\\/]index\.js$/}, ({path}) => {
        try {
          const source = withoutHighlighting(readFileSync(path, 'utf8'), path)
          return {contents: decodedTables ? withDecodedTables(source, path) : source, loader: 'js'}
        } catch (error) {
          return {errors: [{text: error.message}]}
        }
      })
    }
  }
}
