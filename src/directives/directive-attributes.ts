import type {Node} from 'unist'
import {placesOf} from './places.js'
import type {AttributeSpec} from './specs/attributes.js'
import {ownSpecs} from './specs/attributes.js'

/** Attribute values by name, as a syntax adapter read them (`null`: written without a value). */
export type AttributeValues = Readonly<Record<string, string | null | undefined>>

/**
 * A directive as every syntax gives it to the shared layer: where it stands
 * (problems point there) and its attributes by name. remark-directive's
 * nodes are already this shape; the MyST adapter builds one from its options.
 */
export interface DirectiveLike extends Node {
  attributes?: AttributeValues | null | undefined
}

/** Attributes the plugin handles itself (specs/attributes.ts); the rest describe the network. */
export const ownAttributes: readonly string[] = ownSpecs.map((spec) => spec.name)

const ownByName = new Map(ownSpecs.map((spec) => [spec.name, spec]))

/** An own attribute's text as its spec says to read it. */
function readOwn(spec: AttributeSpec, text: string): string | string[] {
  if (spec.read === 'words') return text.split(/\s+/).filter(Boolean)
  return spec.read === 'trimmed' ? text.trim() : text
}

export interface SplitAttributes {
  /** `id=…` (or `#…`): this directive defines a named model. */
  readonly id?: string | undefined
  /** `model=…`: this directive uses a model defined earlier. */
  readonly model?: string | undefined
  /** `show=…`, still as written. */
  readonly show?: string | undefined
  /** `class=…` (or `.…`): extra classes on the generated element. */
  readonly classes: readonly string[]
  /** `ask=…` of a quiz: the quantities each option gives, as written. */
  readonly ask?: string | undefined
  /** `answer=…` of a quiz: the key, as written. */
  readonly answer?: string | undefined
  /** `seed=…` of a quiz with ranges: picks its variant instead of the site's seed. */
  readonly seed?: string | undefined
  /** `type=…` of a quiz (`choice` or `number`), as written. */
  readonly type?: string | undefined
  /** `remember=…` of a quiz: `false` keeps the page from remembering its answer. */
  readonly remember?: string | undefined
  /** Everything else: the network description. */
  readonly description: Readonly<Record<string, string>>
}

/** Separate the plugin's own attributes from the network description. */
export function splitAttributes(node: DirectiveLike): SplitAttributes {
  // Author names become keys: a null prototype keeps `__proto__` or
  // `constructor` ordinary names, reported as unknown like any other.
  const description: Record<string, string> = Object.create(null) as Record<string, string>
  const own: Record<string, string | string[]> = {}

  const attributes = node.attributes ?? {}
  // A name the parser read but the node lost (`{__proto__=1}`) is still a name the author wrote.
  // (Each adapter records the places of the attributes as written, see places.ts.)
  for (const {name} of placesOf(node)?.attributes ?? []) {
    if (name !== '' && !Object.hasOwn(attributes, name)) description[name] = ''
  }

  for (const [name, value] of Object.entries(attributes)) {
    const text = value ?? ''
    const spec = ownByName.get(name)
    if (spec) own[spec.name === 'class' ? 'classes' : spec.name] = readOwn(spec, text)
    else description[name] = text
  }

  return {classes: [], ...own, description} as SplitAttributes
}
