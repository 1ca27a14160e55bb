import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding} from 'micromark-util-character'
import {codes, constants, types} from 'micromark-util-symbol'
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  Token,
  TokenizeContext
} from 'micromark-util-types'
import {blockNames} from '../../directives/directive-names.js'
import {tokenizeAngleAttributes} from './attributes.js'

// Token types of the short directive form, registered with micromark's types.
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    rnnShortContainer: 'rnnShortContainer'
    rnnShortLeaf: 'rnnShortLeaf'
    rnnShortFence: 'rnnShortFence'
    rnnShortSequence: 'rnnShortSequence'
    rnnShortName: 'rnnShortName'
    rnnShortAttributes: 'rnnShortAttributes'
    rnnShortAttributesMarker: 'rnnShortAttributesMarker'
    rnnShortAttributeName: 'rnnShortAttributeName'
    rnnShortAttributeInitializer: 'rnnShortAttributeInitializer'
    rnnShortAttributeValueMarker: 'rnnShortAttributeValueMarker'
    rnnShortAttributeValue: 'rnnShortAttributeValue'
    rnnShortContent: 'rnnShortContent'
  }
}

// The short form exists only for remark-rnn's own block names; other
// directives keep `{…}` only.

const attributes: Construct = {tokenize: tokenizeAngleAttributes, partial: true}
const nonLazyLine: Construct = {tokenize: tokenizeNonLazyLine, partial: true}

/**
 * micromark syntax for `::rnn<…>` (leaf) and `:::rnn<…>` … `:::` (container).
 * It yields the same nodes as remark-directive's `{…}` form; the `<` form is
 * the product's own, so it exists only for the names above.
 */
export function shortDirectiveSyntax(): Extension {
  const leaf: Construct = {name: 'rnnShortLeaf', tokenize: tokenizeLeaf}
  const container: Construct = {
    name: 'rnnShortContainer',
    tokenize: tokenizeContainer,
    concrete: true
  }
  return {flow: {[codes.colon]: [container, leaf]}}
}

/**
 * The opening line shared by both forms: a colon sequence, a known name, the
 * `<…>` attributes and optional trailing whitespace. Calls `after` at the end
 * of the line with the number of colons.
 */
function openingLine(
  effects: Effects,
  sequence: (size: number) => boolean,
  after: (size: number) => State,
  nok: State
): State {
  let size = 0
  let name = ''

  return function start(code: Code): State | undefined {
    effects.enter('rnnShortFence')
    effects.enter('rnnShortSequence')
    return colons(code)
  }

  function colons(code: Code): State | undefined {
    if (code === codes.colon) {
      effects.consume(code)
      size++
      return colons
    }

    if (!sequence(size)) return nok(code)
    effects.exit('rnnShortSequence')
    effects.enter('rnnShortName')
    return nameChar(code)
  }

  function nameChar(code: Code): State | undefined {
    const isNameChar =
      code !== null &&
      ((code >= codes.lowercaseA && code <= codes.lowercaseZ) || code === codes.dash)
    if (isNameChar) {
      name += String.fromCharCode(code)
      effects.consume(code)
      return nameChar
    }

    if (!blockNames.includes(name) || code !== codes.lessThan) return nok(code)
    effects.exit('rnnShortName')
    return effects.attempt(attributes, factorySpace(effects, lineEnd, types.whitespace), nok)(code)
  }

  function lineEnd(code: Code): State | undefined {
    if (code !== codes.eof && !markdownLineEnding(code)) return nok(code)
    effects.exit('rnnShortFence')
    return after(size)(code)
  }
}

function tokenizeLeaf(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return (code: Code) => {
    effects.enter('rnnShortLeaf')
    return openingLine(
      effects,
      (size) => size === 2,
      () => (end: Code) => {
        effects.exit('rnnShortLeaf')
        return ok(end)
      },
      nok
    )(code)
  }
}

/**
 * A container: the opening line, then lines of nested Markdown (document
 * chunks, so lists, quotes and JSX work inside) up to a closing fence of at
 * least as many colons, or the end of the enclosing container.
 */
function tokenizeContainer(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const tail = self.events[self.events.length - 1]
  // Indentation of the opening line, stripped again from every content line.
  const indent =
    tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0
  let openSize = 0
  let previousChunk: Token | undefined
  // The content token opens with its first chunk: a container whose content
  // is only blank lines (`> :::rnn<…>` then `> `) must not leave it empty.
  let contentOpen = false
  const closingFence: Construct = {tokenize: tokenizeClosingFence, partial: true}

  return (code: Code) => {
    effects.enter('rnnShortContainer')
    return openingLine(
      effects,
      (size) => size >= constants.codeFencedSequenceSizeMin,
      afterOpening,
      nok
    )(code)
  }

  function afterOpening(size: number): State {
    openSize = size
    return (code: Code) => {
      if (code === codes.eof) return done(code)
      // An interrupting container (inside a paragraph check) needs only its opening.
      if (self.interrupt) return ok(code)
      return effects.attempt(nonLazyLine, contentFirstLine, done)(code)
    }
  }

  function contentFirstLine(code: Code): State | undefined {
    if (code === codes.eof) return done(code)
    return lineStart(code)
  }

  function lineStart(code: Code): State | undefined {
    const content = indent
      ? factorySpace(effects, chunkStart, types.linePrefix, indent + 1)
      : chunkStart
    return effects.attempt(closingFence, contentDone, content)(code)
  }

  function chunkStart(code: Code): State | undefined {
    if (code === codes.eof) return contentDone(code)
    if (markdownLineEnding(code)) {
      return effects.check(nonLazyLine, openChunk, contentDone)(code)
    }

    return openChunk(code)
  }

  function openChunk(code: Code): State | undefined {
    if (!contentOpen) {
      effects.enter('rnnShortContent')
      contentOpen = true
    }

    const chunk = effects.enter(types.chunkDocument, {
      contentType: constants.contentTypeDocument,
      ...(previousChunk ? {previous: previousChunk} : {})
    })
    if (previousChunk) previousChunk.next = chunk
    previousChunk = chunk
    return chunkInside(code)
  }

  function chunkInside(code: Code): State | undefined {
    if (code === codes.eof) {
      closeChunk()
      return contentDone(code)
    }

    if (markdownLineEnding(code)) {
      return effects.check(nonLazyLine, chunkLineEnding, (end: Code) => {
        closeChunk()
        return contentDone(end)
      })(code)
    }

    effects.consume(code)
    return chunkInside
  }

  function chunkLineEnding(code: Code): State | undefined {
    effects.consume(code)
    closeChunk()
    return lineStart
  }

  /** Lines inside the container are never lazy continuations of outer paragraphs. */
  function closeChunk(): void {
    const chunk = effects.exit(types.chunkDocument)
    self.parser.lazy[chunk.start.line] = false
  }

  function contentDone(code: Code): State | undefined {
    if (contentOpen) effects.exit('rnnShortContent')
    return done(code)
  }

  function done(code: Code): State | undefined {
    effects.exit('rnnShortContainer')
    return ok(code)
  }

  function tokenizeClosingFence(this: TokenizeContext, fx: Effects, yes: State, no: State): State {
    let size = 0
    const indented = this.parser.constructs.disable.null?.includes('codeIndented')
    return factorySpace(
      fx,
      (code: Code) => {
        fx.enter('rnnShortFence')
        fx.enter('rnnShortSequence')
        return colons(code)
      },
      types.linePrefix,
      indented ? undefined : constants.tabSize
    )

    function colons(code: Code): State | undefined {
      if (code === codes.colon) {
        fx.consume(code)
        size++
        return colons
      }

      if (size < openSize) return no(code)
      fx.exit('rnnShortSequence')
      return factorySpace(fx, fenceEnd, types.whitespace)(code)
    }

    function fenceEnd(code: Code): State | undefined {
      if (code !== codes.eof && !markdownLineEnding(code)) return no(code)
      fx.exit('rnnShortFence')
      return yes(code)
    }
  }
}

/** Succeeds after a line ending when the next line is not a lazy continuation. */
function tokenizeNonLazyLine(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State
): State {
  return (code: Code) => {
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return (next: Code) => (this.parser.lazy[this.now().line] ? nok(next) : ok(next))
  }
}
