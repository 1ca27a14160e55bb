import type {CodeBreakdown, CodeLayer, ModuleAt} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import type {Settings} from '../directives/options.js'
import {formatCount} from '../render/index.js'
import {codeTableMarkdown} from './code-markdown.js'

/** Some layers as a breakdown of their own, so that the page's table shows their tensors and subtotal. */
function partAlone(breakdown: CodeBreakdown, layers: readonly CodeLayer[]): CodeBreakdown {
  const names = new Set(layers.map((layer) => layer.name))
  const sum = (of: (layer: CodeLayer) => number) =>
    layers.reduce((total, layer) => total + of(layer), 0)
  return {
    ...breakdown,
    layers,
    terms: breakdown.terms.filter((term) => names.has(term.layer)),
    total: sum((layer) => layer.params),
    trainable: sum((layer) => layer.trainable),
    nonTrainable: sum((layer) => layer.nonTrainable)
  }
}

/** Tensors of these layers that are another's (tied weights): counted once, where they were first made. */
function tiedNotes(breakdown: CodeBreakdown, layers: readonly CodeLayer[]): string[] {
  const prefixes = layers.map((layer) => `${layer.name}.`)
  return breakdown.terms.flatMap((term) =>
    (term.tiedTo ?? [])
      .filter((alias) => prefixes.some((prefix) => alias.startsWith(prefix)))
      .map((alias) => `\`${alias}\` is \`${term.id}\` (tied): counted once, there.`)
  )
}

/** `**\`attention\`** (Attention, PyTorch): **48 parameters**, all trainable`, then the part's table and tied tensors. */
function partMarkdown(
  breakdown: CodeBreakdown,
  name: string,
  type: string,
  layers: readonly CodeLayer[],
  settings: Settings
): string[] {
  const part = partAlone(breakdown, layers)
  const count = (value: number) => formatCount(value, settings.format)
  const split =
    part.nonTrainable === 0
      ? 'all trainable'
      : `${count(part.trainable)} trainable, ${count(part.nonTrainable)} non-trainable`
  const head = `**\`${name}\`** (${type}, ${frameworkName(breakdown.framework)}): **${count(part.total)} parameters**, ${split}`
  const tied = tiedNotes(breakdown, layers)
  return [
    head,
    codeTableMarkdown(part, settings, true),
    ...(tied.length > 0 ? [tied.join('\n')] : [])
  ]
}

/**
 * What hovering the code that constructs a layer shows: its name and class,
 * its tensors with their formulas, its subtotal and trainable split. A call
 * that builds several layers (inside a helper module used twice, in a loop)
 * shows the first in full and names the others with their counts.
 */
export function codeLayerMarkdown(
  breakdown: CodeBreakdown,
  layers: readonly [CodeLayer, ...CodeLayer[]],
  settings: Settings
): string {
  const count = (value: number) => formatCount(value, settings.format)
  const [layer, ...others] = layers
  const name = layer.name || breakdown.models.join(' and ')
  const parts = partMarkdown(breakdown, name, layer.type, [layer], settings)
  if (others.length > 0) {
    const all = layers.reduce((sum, each) => sum + each.params, 0)
    const names = others.map((each) => `\`${each.name}\` (${count(each.params)})`).join(', ')
    parts.push(
      `This line builds ${layers.length} layers (a helper module used more than once, or a loop); also ${names}: ${count(all)} parameters in all.`
    )
  }
  return parts.join('\n\n')
}

/**
 * What hovering the code that constructs a module without parameters of
 * its own shows (`self.attention = Attention(h)`, `nn.Sequential(…)`): its
 * subtree's layers with their tensors, and its subtotal. A call that builds
 * several (inside a helper module used twice) names the others.
 */
export function codeModuleMarkdown(
  breakdown: CodeBreakdown,
  {module, layers, others}: ModuleAt,
  settings: Settings
): string {
  const parts = partMarkdown(breakdown, module.path, module.type, layers, settings)
  if (others.length > 0)
    parts.push(
      `This line builds ${others.length + 1} modules (a helper module used more than once, or a loop); also ${others.map((each) => `\`${each.path}\``).join(', ')}.`
    )
  return parts.join('\n\n')
}
