import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Effects, State} from 'micromark-util-types'
import type {} from './syntax.js'

const nameStart = (code: Code) =>
  code !== null &&
  ((code >= codes.uppercaseA && code <= codes.uppercaseZ) ||
    (code >= codes.lowercaseA && code <= codes.lowercaseZ) ||
    code === codes.underscore)

const nameInside = (code: Code) =>
  nameStart(code) ||
  (code !== null && code >= codes.digit0 && code <= codes.digit9) ||
  code === codes.dash ||
  code === codes.dot

/** Characters that end an unquoted value, as in HTML. */
const unquotedEnd = (code: Code) =>
  code === null ||
  markdownLineEnding(code) ||
  markdownSpace(code) ||
  code === codes.quotationMark ||
  code === codes.apostrophe ||
  code === codes.lessThan ||
  code === codes.equalsTo ||
  code === codes.greaterThan ||
  code === codes.graveAccent

/**
 * Tokenize `<inputs=4 units="5" bidirectional>`: whitespace-separated
 * attributes on one line, with values unquoted, double- or single-quoted.
 * Anything else is not this syntax (`nok`), so the line stays what it was.
 */
export function tokenizeAngleAttributes(effects: Effects, ok: State, nok: State): State {
  let quote: Code = null

  return start

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code)
    effects.enter('rnnShortAttributes')
    effects.enter('rnnShortAttributesMarker')
    effects.consume(code)
    effects.exit('rnnShortAttributesMarker')
    return between
  }

  function between(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, between, types.whitespace)(code)
    if (code === codes.greaterThan) {
      effects.enter('rnnShortAttributesMarker')
      effects.consume(code)
      effects.exit('rnnShortAttributesMarker')
      effects.exit('rnnShortAttributes')
      return ok
    }

    if (!nameStart(code)) return nok(code)
    effects.enter('rnnShortAttributeName')
    effects.consume(code)
    return name
  }

  function name(code: Code): State | undefined {
    if (nameInside(code)) {
      effects.consume(code)
      return name
    }

    effects.exit('rnnShortAttributeName')
    return afterName(code)
  }

  function afterName(code: Code): State | undefined {
    // Spaces may stand around `=`, as in HTML.
    if (markdownSpace(code)) return factorySpace(effects, afterNameSpace, types.whitespace)(code)
    return afterNameSpace(code)
  }

  function afterNameSpace(code: Code): State | undefined {
    if (code === codes.equalsTo) {
      effects.enter('rnnShortAttributeInitializer')
      effects.consume(code)
      effects.exit('rnnShortAttributeInitializer')
      return factorySpace(effects, valueStart, types.whitespace)
    }

    // Otherwise the name was a bare one (`bidirectional`): next attribute or the end.
    return between(code)
  }

  function valueStart(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code
      effects.enter('rnnShortAttributeValueMarker')
      effects.consume(code)
      effects.exit('rnnShortAttributeValueMarker')
      return quotedStart
    }

    if (unquotedEnd(code)) return nok(code)
    effects.enter('rnnShortAttributeValue')
    effects.consume(code)
    return unquoted
  }

  function unquoted(code: Code): State | undefined {
    if (unquotedEnd(code)) {
      effects.exit('rnnShortAttributeValue')
      return markdownSpace(code) || code === codes.greaterThan ? between(code) : nok(code)
    }

    effects.consume(code)
    return unquoted
  }

  function quotedStart(code: Code): State | undefined {
    if (code === quote) return quotedEnd(code)
    if (code === null || markdownLineEnding(code)) return nok(code)
    effects.enter('rnnShortAttributeValue')
    return quoted(code)
  }

  function quoted(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return nok(code)
    if (code === quote) {
      effects.exit('rnnShortAttributeValue')
      return quotedEnd(code)
    }

    effects.consume(code)
    return quoted
  }

  function quotedEnd(code: Code): State | undefined {
    effects.enter('rnnShortAttributeValueMarker')
    effects.consume(code)
    effects.exit('rnnShortAttributeValueMarker')
    // The next attribute needs a separator: `a="1"b="2"` is not allowed.
    return (next: Code) =>
      markdownSpace(next) || next === codes.greaterThan ? between(next) : nok(next)
  }
}
