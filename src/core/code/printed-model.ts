/**
 * PyTorch's `print(model)` text, pasted: rewritten as the Python that builds
 * the same modules, with a map from that Python's offsets back to the text,
 * so problems stand where the author pasted them. Lines look like
 * `(rnn): LSTM(8, 16, num_layers=2)`, `(layers): ModuleList(` … `)`, and in
 * PyTorch 2 `(0-2): 3 x Linear(…)` for repeated modules. A module's own
 * nn.Parameter tensors are not printed, so they are not counted.
 */

import {stop} from './code-problem.js'

/** Generated Python, and where each copied piece of it came from. */
export interface PrintedModel {
  readonly code: string
  /** The offset in the pasted text of an offset in `code`. */
  readonly original: (offset: number) => number
}

const line = /^(\s*)(?:\((?<name>[\w.-]+)\): )?(?:(?<times>\d+) x )?(?<type>\w+)\((?<rest>.*)$/

/** Whether a text looks like `print(model)`: `Name(` then indented `(child): …` lines. */
export function looksPrinted(text: string): boolean {
  const lines = text.trim().split('\n')
  return (
    /^\w+\($/.test(lines[0] as string) && lines.slice(1).some((l) => /^\s+\([\w.-]+\): \S/.test(l))
  )
}

interface Piece {
  readonly generated: number
  readonly original: number
  readonly length: number
}

/** `MultiheadAttention(` prints only its out_proj; its width and bias are read from there. */
function attentionCall(args: string): string {
  const match = /in_features=(\d+).*bias=(True|False)/.exec(args)
  return `MultiheadAttention(${match?.[1] ?? 0}, 1, bias=${match?.[2] ?? 'True'})`
}

/** An open container: its Python variable, and (for attention) its name and printed out_proj. */
interface Open {
  readonly variable: string
  readonly parent?: string
  readonly name: string
  attention?: string
}

export function printedModel(text: string): PrintedModel {
  const out: string[] = []
  // The generated import line stands for the start of the text.
  const pieces: Piece[] = [{generated: 0, original: 0, length: 0}]
  let length = 0
  const emit = (generated: string, copied?: {readonly at: number; readonly text: string}) => {
    if (copied) {
      const at = length + generated.indexOf(copied.text)
      pieces.push({generated: at, original: copied.at, length: copied.text.length})
    }
    out.push(generated)
    length += generated.length + 1
  }
  emit('import torch.nn as nn')
  const stack: Open[] = []
  let offset = 0
  let counter = 0
  for (const raw of text.split('\n')) {
    const start = offset
    offset += raw.length + 1
    const match = line.exec(raw)
    const top = stack.at(-1)
    if (!match?.groups) {
      if (raw.trim() === ')') closeContainer(stack.pop(), emit)
      continue
    }
    const {name = '', times, type = '', rest = ''} = match.groups
    const typeAt = start + raw.indexOf(`${type}(`)
    if (top?.attention !== undefined && name === 'out_proj') {
      top.attention = rest
      continue
    }
    const variable = `m${counter++}`
    if (rest === '') {
      // A container: a module of its own, filled by the lines up to its `)`.
      if (times)
        stop(
          'unsupported-code',
          `print(model) shows ${times} copies of ${type} once, without their contents; paste the model's code instead.`,
          {from: typeAt, to: typeAt + type.length}
        )
      emit(`${variable} = nn.Sequential()`)
      const open: Open = {variable, name, ...(top ? {parent: top.variable} : {})}
      if (type === 'MultiheadAttention') open.attention = ''
      else if (top) emit(addChild(top.variable, name, variable))
      stack.push(open)
      continue
    }
    // A leaf, once per repeat (`(0-2): 3 x Linear(…)`), its call copied as printed.
    const call = `${type}(${rest}`
    const first = Number(name.split('-')[0])
    for (let i = 0; i < Number(times ?? 1); i++) {
      const leaf = i === 0 ? variable : `m${counter++}`
      emit(`${leaf} = nn.${call}`, {at: typeAt, text: call})
      if (top) emit(addChild(top.variable, times ? String(first + i) : name, leaf))
    }
  }
  emit('model = m0')
  return {
    code: out.join('\n') + '\n',
    original(at) {
      // `nn.` is written before each copied call: its offsets are the call's start.
      const piece = pieces.findLast((p) => p.generated - 3 <= at) as Piece
      return piece.original + Math.min(Math.max(0, at - piece.generated), piece.length)
    }
  }
}

const addChild = (parent: string, name: string, child: string) =>
  `${parent}.add_module(${JSON.stringify(name)}, ${child})`

/** `)`: an attention container becomes nn.MultiheadAttention, added to its parent now. */
function closeContainer(closed: Open | undefined, emit: (generated: string) => void): void {
  if (closed?.attention === undefined) return
  emit(`${closed.variable} = nn.${attentionCall(closed.attention)}`)
  if (closed.parent) emit(addChild(closed.parent, closed.name, closed.variable))
}
