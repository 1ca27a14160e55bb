import {layerForm} from '../layers/index.js'
import type {PathValue} from './code-values.js'
import {kerasFunctions} from './keras-calls.js'
import type {SyntaxNode} from './python-tree.js'
import {kids} from './python-tree.js'
import type {Run, Scope} from './run-state.js'

/** The module paths the readers know, as the code may spell them. */
export function canonicalPath(path: string): string {
  return path
    .replace(/^tensorflow\.(python\.|compat\.v[12]\.)?keras\b/, 'keras')
    .replace(/^tf\.(compat\.v[12]\.)?keras\b/, 'keras')
    .replace(/^keras\.src\./, 'keras.')
    .replace(/^keras\.models\./, 'keras.')
    .replace(/^keras\.layers\.(core|recurrent|merge|convolutional)\./, 'keras.layers.')
    .replace(/^torch\.nn\.modules\.\w+\./, 'torch.nn.')
    .replace(/^torch\.nn\.parameter\./, 'torch.nn.')
    .replace(/^collections\./, 'builtins.')
}

/** Names every course assumes, even where the cell that imports them is not shown. */
export const defaultNames: Readonly<Record<string, string>> = {
  nn: 'torch.nn',
  torch: 'torch',
  F: 'torch.nn.functional',
  keras: 'keras',
  layers: 'keras.layers',
  tf: 'tensorflow',
  range: 'builtins.range',
  len: 'builtins.len',
  getattr: 'builtins.getattr',
  setattr: 'builtins.setattr',
  zip: 'builtins.zip',
  enumerate: 'builtins.enumerate',
  str: 'builtins.str',
  int: 'builtins.int',
  round: 'builtins.round',
  list: 'builtins.list',
  tuple: 'builtins.tuple',
  dict: 'builtins.dict',
  max: 'builtins.max',
  min: 'builtins.min',
  OrderedDict: 'builtins.OrderedDict'
}

/** `import torch.nn as nn`, `from tensorflow.keras import layers`, `from torch.nn import LSTM`. */
export function importNames(run: Run, node: SyntaxNode, scope: Scope): void {
  const parts = kids(node)
  const from = parts[0]?.name === 'from'
  const dotted: string[] = []
  let source = ''
  let i = 1
  if (from) {
    while (i < parts.length && parts[i]?.name !== 'import')
      dotted.push(run.text(parts[i++] as SyntaxNode))
    source = dotted.join('.')
    i++
  }
  // Each imported name: a dotted path, then perhaps `as alias`.
  let path: string[] = []
  const bind = (alias?: string) => {
    if (path.length === 0) return
    const full = canonicalPath([source, ...path].filter(Boolean).join('.'))
    const name = alias ?? (from ? (path.at(-1) as string) : (path[0] as string))
    const bound = alias || from ? full : canonicalPath(path[0] as string)
    scope.set(name, {kind: 'path', path: bound})
    path = []
  }
  for (; i < parts.length; i++) {
    const part = parts[i] as SyntaxNode
    if (part.name === '*') run.starImports.push(canonicalPath(source))
    if (part.name === 'as') {
      bind(run.text(parts[++i] as SyntaxNode))
    } else if (part.name === 'VariableName') {
      if (part.prevSibling?.name !== '.') bind()
      path.push(run.text(part))
    }
  }
  bind()
}

const torchContainers: ReadonlySet<string> = new Set(['Sequential', 'ModuleList', 'ModuleDict'])

/**
 * A bare name a star import brought in (`from tensorflow.keras.layers import *`
 * then `LSTM(…)`): the layers and model builders the readers know, nothing else.
 */
export function starName(run: Run, name: string): PathValue | undefined {
  for (const source of run.starImports) {
    if (source.startsWith('keras') && (layerForm('keras', name) || kerasFunctions.has(name)))
      return {kind: 'path', path: `keras.layers.${name}`}
    if (source === 'torch.nn' && (layerForm('pytorch', name) || torchContainers.has(name)))
      return {kind: 'path', path: `torch.nn.${name}`}
  }
  return undefined
}
