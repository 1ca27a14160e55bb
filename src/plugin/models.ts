import type {Node} from 'unist'

/** A network defined once in a file with `id=…` and reused with `model=…`. */
export interface NamedModel {
  readonly attributes: Readonly<Record<string, string>>
  readonly node: Node
}

/** The named models of one file, in the order they were defined. */
export type ModelRegistry = Map<string, NamedModel>
