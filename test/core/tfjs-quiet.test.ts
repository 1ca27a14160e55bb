import {expect, it, vi} from 'vitest'
import {tf} from '../helpers/tfjs.js'

it('TF.js prints no banner in the tests', () => {
  const warn = vi.spyOn(console, 'warn')
  const layer = tf.layers.dense({units: 2, inputShape: [3]})
  tf.sequential({layers: [layer]}).countParams()
  expect(warn).not.toHaveBeenCalled()
  warn.mockRestore()
})
