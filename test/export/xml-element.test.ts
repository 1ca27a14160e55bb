import {XMLParser} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {xmlDocument} from '../../src/export/xml-element.js'

describe('the XML writer', () => {
  it('indents elements that hold only elements, and leaves mixed content as written', () => {
    const root = xmlDocument('quiz', {}, 'urn:example')
    const question = root.ele('question', {type: 'numerical'})
    question.ele('name').ele('text').txt('Q1')
    question.ele('p').txt('a ').ele('em').txt('b')
    question.ele('empty')
    expect(root.end()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<quiz xmlns="urn:example">',
        '  <question type="numerical">',
        '    <name>',
        '      <text>Q1</text>',
        '    </name>',
        '    <p>a <em>b</em></p>',
        '    <empty />',
        '  </question>',
        '</quiz>',
        ''
      ].join('\n')
    )
  })

  it('writes CDATA that reads back as the text, also with ]]> inside', () => {
    const html = '<p>x]]>y</p> & ]]>'
    const root = xmlDocument('text')
    root.dat(html)
    const xml = root.end()
    expect(xml).toContain('<![CDATA[')
    const parsed = new XMLParser().parse(xml) as {text: string}
    expect(parsed.text).toBe(html)
  })

  it('never writes ]]> outside CDATA nor a character XML cannot hold, in text, CDATA or attributes', () => {
    const root = xmlDocument('quiz', {title: 'a\uFFFE\uD800b'})
    // Two texts meeting at `]]` and `>` are one text when written.
    root.ele('name').txt('x]]').txt('>y ]]>]]>')
    root.ele('html').dat('\uFFFF]]>\u0001')
    const xml = root.end()
    for (const character of ['\uFFFE', '\uFFFF', '\u0001']) expect(xml).not.toContain(character)
    expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain(']]>')
    const parsed = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''}).parse(xml)
    expect(parsed.quiz.title).toBe('a\uFFFD\uFFFDb')
    expect(parsed.quiz.name).toBe('x]]>y ]]>]]>')
    expect(parsed.quiz.html).toBe('\uFFFD]]>\uFFFD')
  })
})
