export type * from './breakdown.js'
export type {Analysis} from './count-parameters.js'
export {analyseDescription, breakdownOf, countParameters} from './count-parameters.js'
export type * from './description.js'
export {
  cells,
  descriptionAttributes,
  descriptionSwitches,
  frameworkName,
  frameworks,
  limits,
  merges
} from './description.js'
export type {ExplorerChoice, ExplorerSize, SizeName} from './explorer-sizes.js'
export {
  descriptionInput,
  explorerChoices,
  explorerSizes,
  withChoice,
  withSize
} from './explorer-sizes.js'
export type {FrameworkLayer} from './framework/layers.js'
export {frameworkLayers, trainableParams} from './framework/layers.js'
export {cellGates, gateCount} from './layers/recurrent-cells.js'
export type * from './problem.js'
export {clip, DescriptionError, quote, quoteLimit} from './problem.js'
export {groupNames, quantityNames, quantityOf} from './quantity.js'
export * from './quiz/index.js'
export {trimmedSpan} from './read-value.js'
export {closest, didYouMean} from './suggest.js'
export type {ValidateOptions, Validation} from './validate-description.js'
export {kebab, validateDescription} from './validate-description.js'
export * from './variants/index.js'
