import {describe, expect, it} from 'vitest'
import {readVary} from '../../src/directives/vary-attribute.js'

describe('readVary', () => {
  it('reads the choices of a directive given without places, and leaves it otherwise as it was', () => {
    const node = {type: 'leafDirective', attributes: {inputs: '4', vary: 'framework,cell'}}
    const vary = readVary(node)
    expect(vary.choices).toEqual(['cell', 'framework'])
    expect(vary.problems).toEqual([])
    expect(vary.node).toEqual({type: 'leafDirective', attributes: {inputs: '4'}})
    expect(readVary({type: 'leafDirective'}).node).toEqual({type: 'leafDirective'})
  })
})
