export {shortDirectiveFromMarkdown} from './from-markdown.js'
export {shortDirectiveSyntax, shortFormNames} from './syntax.js'
