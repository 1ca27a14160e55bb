export {shortDirectiveFromMarkdown} from './from-markdown.js'
export {shortDirectiveSyntax} from './syntax.js'
