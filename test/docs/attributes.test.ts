import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {descriptionAttributes, descriptionSwitches} from '../../src/core/index.js'
import {ownAttributes, splitAttributes} from '../../src/directives/directive-attributes.js'
import {attributeSpecs, descriptionSpecs} from '../../src/directives/specs/attributes.js'
import {quizSpec, rnnSpec} from '../../src/directives/specs/directives.js'
import {descriptionDefaults} from '../../src/lsp/attribute-help.js'
import {optionSpecs} from '../../src/myst/option-specs.js'
import {attributeTable} from './attribute-table.js'

const page = readFileSync(new URL('../../docs/attributes.md', import.meta.url), 'utf8')

describe('the attribute specs', () => {
  it('are what docs/attributes.md shows, row for row', () => {
    expect(page).toContain(`${attributeTable()}\n`)
  })

  it('name the core’s description attributes in its order, with its defaults', () => {
    expect(descriptionSpecs.map((spec) => spec.name)).toEqual([...descriptionAttributes])
    const defaults = descriptionDefaults('keras')
    for (const spec of descriptionSpecs) {
      if (spec.required) expect(defaults[spec.name]).toBeUndefined()
      // Where the core fills a value in, the spec says the same (decoder sizes follow the encoder's).
      else if (spec.default !== undefined)
        expect([spec.name, defaults[spec.name]]).toEqual([spec.name, spec.default])
    }
  })

  it('give every attribute a doc, and every choice its values', () => {
    for (const spec of attributeSpecs.values()) {
      expect(spec.doc.length).toBeGreaterThan(10)
      if (spec.type === 'choice' || spec.type === 'choices')
        expect(spec.values?.length).toBeGreaterThan(1)
    }
  })

  it('are what the adapters read: own attributes by their reader, MyST options with their docs', () => {
    expect(ownAttributes).toEqual([
      'id',
      'model',
      'show',
      'class',
      'ask',
      'answer',
      'seed',
      'type',
      'remember'
    ])
    const split = splitAttributes({
      type: 'leafDirective',
      attributes: {
        id: ' net ',
        class: ' a  b ',
        show: 'table, diagram',
        ask: ' total',
        answer: ' B ',
        type: 'number',
        units: '5'
      }
    })
    expect(split).toEqual({
      id: 'net',
      classes: ['a', 'b'],
      show: 'table, diagram',
      ask: ' total',
      answer: 'B',
      type: 'number',
      description: {units: '5'}
    })
    const options = optionSpecs()
    expect(options.units).toEqual({type: String, doc: attributeSpecs.get('units')?.doc})
    expect(Object.keys(options)).toEqual([...attributeSpecs.keys(), 'label', 'vary', 'sizes'])
  })

  it('keep quiz-only attributes to quizzes', () => {
    const names = (spec: typeof rnnSpec) => spec.attributes.map((attribute) => attribute.name)
    expect(names(quizSpec).filter((name) => !names(rnnSpec).includes(name))).toEqual([
      'ask',
      'answer',
      'seed',
      'type',
      'remember'
    ])
  })
})

describe('the specs’ switches', () => {
  it('are the core’s yes/no attributes', () => {
    expect(
      descriptionSpecs.filter((spec) => spec.type === 'boolean').map((spec) => spec.name)
    ).toEqual([...descriptionSwitches])
  })
})
