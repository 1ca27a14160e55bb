import type {Position} from 'unist'
import type {VFile} from 'vfile'

/**
 * The parts of mystmd's plugin interface remark-rnn uses, written out so the
 * package needs no MyST library at run time. They match the shapes mystmd
 * 1.x passes (see myst-common's `DirectiveSpec`, `RoleSpec`,
 * `TransformSpec` and `MystPlugin`).
 */
export interface MystNode {
  type: string
  children?: MystNode[] | undefined
  value?: string | undefined
  position?: Position | undefined
  [key: string]: unknown
}

/** A diagram waiting for the page transform to write it as an image (html-parts.ts). */
export interface RnnDiagramNode extends MystNode {
  type: 'rnnDiagram'
  /** The SVG element as a document of its own (hast). */
  svg: unknown
  alt: string
}

/** `{type: String}`: MyST hands the option's text over as written. */
export interface OptionSpec {
  readonly type: StringConstructor
  readonly doc?: string | undefined
}

/** What MyST passes to a directive's or a role's `run`. */
export interface MystData {
  readonly name: string
  /** The `mystDirective` or `mystRole` node, with an `mystOption` child per option as written. */
  readonly node: MystNode
  readonly options?: Readonly<Record<string, unknown>> | undefined
  /** A directive's body parsed as MyST; a role's body as text. */
  readonly body?: MystNode[] | string | undefined
}

export interface DirectiveSpec {
  readonly name: string
  readonly doc?: string | undefined
  readonly options?: Readonly<Record<string, OptionSpec>> | undefined
  readonly body?: {readonly type: 'myst'; readonly doc?: string | undefined} | undefined
  readonly run: (data: MystData, vfile: VFile) => MystNode[]
}

export interface RoleSpec {
  readonly name: string
  readonly doc?: string | undefined
  readonly options?: Readonly<Record<string, OptionSpec>> | undefined
  readonly body?:
    | {readonly type: StringConstructor; readonly required?: boolean | undefined}
    | undefined
  readonly run: (data: MystData, vfile: VFile) => MystNode[]
}

export interface TransformSpec {
  readonly name: string
  readonly doc?: string | undefined
  /** `document`: run on each page after parsing; the messages it records count for `myst build --strict`. */
  readonly stage: 'document' | 'project'
  readonly plugin: () => (tree: MystNode, file: VFile) => void | Promise<void>
}

export interface MystPlugin {
  readonly name: string
  readonly directives: DirectiveSpec[]
  readonly roles: RoleSpec[]
  readonly transforms: TransformSpec[]
}
