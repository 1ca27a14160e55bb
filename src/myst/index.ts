// The mystmd plugin: name this module's file in myst.yml, or import
// `rnnMystPlugin` to pass options. The default export uses the defaults.
import {rnnMystPlugin} from './plugin.js'

export type {Options} from '../directives/options.js'
export type {
  DirectiveSpec,
  MystData,
  MystNode,
  MystPlugin,
  RoleSpec,
  TransformSpec
} from './types.js'
export {rnnMystPlugin}

const plugin = rnnMystPlugin()
export default plugin
