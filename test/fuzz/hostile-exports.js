// Properties every export keeps whatever an author writes: XML-hostile text in
// every field an export writes (page title, heading, question, options) and
// any URL in a question. They take the export function and a checked quiz as
// parameters, so vitest runs them on the source (test/export/hostile-properties.test.ts).

import fc from 'fast-check'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {unzipSync} from 'fflate'
import {parse as parseGift} from 'gift-pegjs'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'

/** Pieces XML, GIFT and HTML treat specially, and characters XML cannot hold. */
export const hostileText = fc
  .array(
    fc.constantFrom(
      ']]>',
      ']]',
      '>',
      '<',
      '&',
      '"',
      "'",
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDC00',
      '\u0001',
      '\u000B',
      '\n',
      '\r\n',
      '\r',
      '\u2028',
      '{',
      '}',
      '=',
      '~',
      '#',
      ':',
      '\\',
      '//',
      '$CATEGORY:',
      '::',
      '<script>x()</script>',
      'a',
      ' ',
      'é',
      '😀'
    ),
    {maxLength: 10}
  )
  .map((parts) => parts.join(''))

/** URLs an author could put in a link: schemes that run, spelled in ways browsers accept, and safe ones. */
export const hostileUrl = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://example.com/a?b=c#d',
    'mailto:a@example.com',
    'page.md#part',
    '#top',
    '//evil.example/x'
  ),
  fc.webUrl()
)

/** A copy of a quiz's mdast with every text replaced by a drawn string, and a link to a drawn URL. */
function hostileContent(nodes, texts, url) {
  let index = 0
  const walk = (node) =>
    node.type === 'text'
      ? {...node, value: texts[index++ % texts.length]}
      : 'children' in node
        ? {...node, children: node.children.map(walk)}
        : node
  return nodes.map((node, position) => {
    const copy = walk(node)
    if (position > 0 || !('children' in copy)) return copy
    const link = {type: 'link', url, children: [{type: 'text', value: 'link'}]}
    return {...copy, children: [...copy.children, link]}
  })
}

/** The quizzes with hostile text in every field an export writes. */
export function hostileQuizzes(quizzes, texts, url) {
  return quizzes.map((quiz, number) => ({
    ...quiz,
    page: texts[0],
    heading: `${texts[1 % texts.length]}${number}`,
    variants: quiz.variants.map((variant) => ({
      ...variant,
      question: hostileContent(variant.question, texts, url),
      ...(variant.type === 'choice'
        ? {options: variant.options.map((option) => hostileContent(option, texts, url))}
        : {})
    }))
  }))
}

const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const unsafeScheme = /^(javascript|vbscript|data):/i

/** Well-formed XML with no character XML forbids and no `]]>` outside CDATA. */
function expectXml(xml) {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid)}`)
  if (notXml.test(xml)) throw new Error('a character XML cannot hold')
  // The text between the tags: CDATA and tags (quoted attribute values may hold `>`) cut out.
  const text = xml
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '|')
    .replace(/<[^"'>]*(?:"[^"]*"[^"'>]*|'[^']*'[^"'>]*)*>/g, '|')
  if (text.includes(']]>')) throw new Error(']]> outside CDATA')
}

/** No link or image in the HTML whose URL would run, however it is spelled. */
function expectSafeHtml(html) {
  for (const element of selectAll('[href], [src]', fromHtml(html, {fragment: true}))) {
    for (const value of [element.properties.href, element.properties.src]) {
      // Browsers skip spaces and control characters in a scheme.
      const squeezed = String(value ?? '').replace(/[\s\p{Cc}]/gu, '')
      if (unsafeScheme.test(squeezed)) throw new Error(`unsafe URL ${value}`)
    }
  }
}

const xmlParser = new XMLParser({ignoreAttributes: true, parseTagValue: false})

/** Every HTML field of a Moodle XML file (CDATA `text` elements). */
function moodleHtml(xml) {
  return [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join('')
}

/**
 * The properties: `exported(quizzes, format)` returns the export's content,
 * `quizzes` are checked quizzes of a page.
 */
export function exportProperties(exported, quizzes) {
  const variants = quizzes.reduce((sum, quiz) => sum + quiz.variants.length, 0)
  const drawn = fc.tuple(fc.array(hostileText, {minLength: 2, maxLength: 4}), hostileUrl)
  return {
    'Moodle XML stays well-formed and links safe, whatever the text': fc.property(
      drawn,
      ([texts, url]) => {
        const xml = exported(hostileQuizzes(quizzes, texts, url), 'moodle')
        expectXml(xml)
        xmlParser.parse(xml)
        expectSafeHtml(moodleHtml(xml))
      }
    ),
    'every QTI file stays well-formed and links safe, whatever the text': fc.property(
      drawn,
      ([texts, url]) => {
        const files = unzipSync(exported(hostileQuizzes(quizzes, texts, url), 'qti'))
        for (const bytes of Object.values(files)) {
          const xml = new TextDecoder().decode(bytes)
          expectXml(xml)
          expectSafeHtml(xml)
        }
      }
    ),
    'every Canvas file stays well-formed and links safe, whatever the text': fc.property(
      drawn,
      ([texts, url]) => {
        const files = unzipSync(exported(hostileQuizzes(quizzes, texts, url), 'canvas'))
        for (const bytes of Object.values(files)) {
          const xml = new TextDecoder().decode(bytes)
          expectXml(xml)
          expectSafeHtml(xml)
        }
      }
    ),
    'GIFT keeps one category per quiz and one question per variant, links safe': fc.property(
      drawn,
      ([texts, url]) => {
        const gift = exported(hostileQuizzes(quizzes, texts, url), 'gift')
        const parsed = parseGift(gift)
        const categories = parsed.filter((question) => question.type === 'Category')
        if (categories.length !== quizzes.length) throw new Error(`${categories.length} categories`)
        if (parsed.length - categories.length !== variants)
          throw new Error(`${parsed.length - categories.length} questions`)
        expectSafeHtml(gift.replace(/\\(.)/g, '$1'))
      }
    )
  }
}
