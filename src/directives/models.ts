import type {Node} from 'unist'

/** A network defined once in a file with `id=…` and reused with `model=…`. */
export interface NamedModel {
  readonly attributes: Readonly<Record<string, string>>
  readonly node: Node
  /** Set once a later directive names it; an unused model is worth a warning. */
  used: boolean
}

/** The named models of one file, in the order they were defined. */
export type ModelRegistry = Map<string, NamedModel>
