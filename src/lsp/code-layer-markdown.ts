import type {CodeBreakdown, CodeLayer} from '../core/code/index.js'
import {frameworkName} from '../core/index.js'
import type {Settings} from '../directives/options.js'
import {formatCount} from '../render/index.js'
import {codeTableMarkdown} from './code-markdown.js'

/** One layer as a breakdown of its own, so that the page's table shows its tensors and subtotal. */
function layerAlone(breakdown: CodeBreakdown, layer: CodeLayer): CodeBreakdown {
  return {
    ...breakdown,
    layers: [layer],
    terms: breakdown.terms.filter((term) => term.layer === layer.name),
    total: layer.params,
    trainable: layer.trainable,
    nonTrainable: layer.nonTrainable
  }
}

/** Tensors of this layer that are another's (tied weights): counted once, where they were first made. */
function tiedNotes(breakdown: CodeBreakdown, layer: CodeLayer): string[] {
  const prefix = `${layer.name}.`
  return breakdown.terms.flatMap((term) =>
    (term.tiedTo ?? [])
      .filter((alias) => alias.startsWith(prefix))
      .map((alias) => `\`${alias}\` is \`${term.id}\` (tied): counted once, there.`)
  )
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
  const framework = frameworkName(breakdown.framework)
  const split =
    layer.nonTrainable === 0
      ? 'all trainable'
      : `${count(layer.trainable)} trainable, ${count(layer.nonTrainable)} non-trainable`
  const head = `**\`${layer.name || breakdown.models.join(' and ')}\`** (${layer.type}, ${framework}): **${count(layer.params)} parameters**, ${split}`
  const parts = [head, codeTableMarkdown(layerAlone(breakdown, layer), settings)]
  const tied = tiedNotes(breakdown, layer)
  if (tied.length > 0) parts.push(tied.join('\n'))
  if (others.length > 0) {
    const all = layers.reduce((sum, each) => sum + each.params, 0)
    const names = others.map((each) => `\`${each.name}\` (${count(each.params)})`).join(', ')
    parts.push(
      `This line builds ${layers.length} layers (a helper module used more than once, or a loop); also ${names}: ${count(all)} parameters in all.`
    )
  }
  return parts.join('\n\n')
}
