import type {Framework} from '../description.js'
import type {Span} from './code-problem.js'
import {spanOf, stop} from './code-problem.js'
import type {LayerObject, Value} from './code-values.js'
import type {SyntaxNode} from './python-tree.js'

/**
 * The most layers and loop steps one piece of code may make, and how deep
 * its calls may nest (a class built inside its own `__init__`): beyond, it
 * is not a course model.
 */
export const codeLimits = {layers: 1000, steps: 100_000, calls: 64} as const

/** A function or method being run: `f`, `Net.__init__`, and the text of its call. */
interface RunningCall {
  readonly name: string
  readonly at: Span
}

/** `A.__init__` → `A` builds itself; `f`, `A.build` call themselves. */
function endlessReason(name: string, through: readonly string[]): string {
  const built = name.endsWith('.__init__')
  const who = built ? name.slice(0, -'.__init__'.length) : name
  const via =
    through.length > 0
      ? ` (through ${through.map((each) => `\`${each.replace(/\.__init__$/, '')}\``).join(', ')})`
      : ''
  return built
    ? `\`${who}\` builds itself without end${via} (or more than ${codeLimits.calls} levels deep): this call makes another \`${who}\` while one is being built.`
    : `\`${who}\` calls itself without end${via} (or more than ${codeLimits.calls} levels deep): this call runs it again while it is running.`
}

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
  /** How deep the reader is in following Keras subclasses' `call` methods. */
  kerasDepth = 0
  /** Where the code first makes a Keras layer: a model that counts none of them is a problem there. */
  firstKerasLayer: Span | undefined
  /** Keras layers made while following a `call`: a subclass model does not track them. */
  readonly madeInCall = new Set<LayerObject>()
  private ids = 0
  private layers = 0
  private steps = 0
  private readonly calls: RunningCall[] = []

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

  /**
   * Run `body` as a call of a function or method, refusing calls nested
   * deeper than the limit: at the first call that ran again what was still
   * running (the `A()` inside `A.__init__`), without relying on the
   * engine's stack running out.
   */
  inCall<T>(name: string, at: Span, body: () => T): T {
    this.calls.push({name, at: spanOf(at)})
    try {
      if (this.calls.length > codeLimits.calls) this.endless()
      return body()
    } finally {
      this.calls.pop()
    }
  }

  private endless(): never {
    const again = this.calls.findIndex((call, index) =>
      this.calls.slice(0, index).some((before) => before.name === call.name)
    )
    const last = this.calls.at(-1) as RunningCall
    if (again === -1)
      stop('unsupported-code', `Calls nest more than ${codeLimits.calls} deep here.`, last.at)
    const repeated = this.calls[again] as RunningCall
    const first = this.calls.findIndex((call) => call.name === repeated.name)
    const through = this.calls.slice(first + 1, again).map((call) => call.name)
    stop('unsupported-code', endlessReason(repeated.name, through), repeated.at)
  }

  /** Count one loop step, refusing loops that would run for too long. */
  countStep(at: Span): void {
    if (++this.steps > codeLimits.steps)
      stop('too-many-layers', `This loop runs more than ${codeLimits.steps} times.`, at)
  }
}
