import type {Framework} from '../description.js'
import type {Span} from './code-problem.js'
import {stop} from './code-problem.js'
import type {Value} from './code-values.js'
import type {SyntaxNode} from './python-tree.js'

/** The most layers and loop steps one piece of code may make: beyond, it is not a course model. */
export const codeLimits = {layers: 1000, steps: 100_000} as const

/** Names visible to the code: a function's locals in front of the module's globals. */
export class Scope {
  readonly names = new Map<string, Value>()
  constructor(readonly parent?: Scope) {}

  get(name: string): Value | undefined {
    return this.names.has(name) ? this.names.get(name) : this.parent?.get(name)
  }

  set(name: string, value: Value): void {
    this.names.set(name, value)
  }
}

/** Everything one reading of the code shares. */
export class Run {
  readonly globals = new Scope()
  /** Top-level names bound to models or modules, in the order the code builds them. */
  readonly built: Array<{readonly name: string; readonly value: Value; readonly at: Span}> = []
  /** How many of each Keras layer class were made, for Keras's names (`lstm_1`). */
  readonly kerasNames = new Map<string, number>()
  /** Modules imported with `from keras.layers import *`, whose layer names stand bare. */
  readonly starImports: string[] = []
  framework: Framework | undefined
  private ids = 0
  private layers = 0
  private steps = 0

  constructor(
    readonly code: string,
    readonly sizes: ReadonlyMap<string, number>
  ) {}

  text(node: SyntaxNode | Span): string {
    return this.code.slice(node.from, node.to)
  }

  nextId(): number {
    return ++this.ids
  }

  /** Count one more layer, refusing code that makes more than the limit. */
  countLayer(at: Span): void {
    if (++this.layers > codeLimits.layers)
      stop(
        'too-many-layers',
        `This code makes more than ${codeLimits.layers} layers; a course model has fewer.`,
        at
      )
  }

  /** Count one loop step, refusing loops that would run for too long. */
  countStep(at: Span): void {
    if (++this.steps > codeLimits.steps)
      stop('too-many-layers', `This loop runs more than ${codeLimits.steps} times.`, at)
  }
}
