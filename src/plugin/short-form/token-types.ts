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

export {}
