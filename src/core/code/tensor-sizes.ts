import {stop} from './code-problem.js'
import type {TorchTensor, Value} from './code-values.js'
import {isKind} from './code-values.js'
import {sizeKey} from './evaluate.js'
import type {Run} from './run-state.js'

// A tensor the code only has at run time (`TEXT.vocab.vectors`, a NumPy
// matrix): its shape is given dimension by dimension, as sizes
// `TEXT.vocab.vectors.shape[0]=25002,TEXT.vocab.vectors.shape[1]=100`.

/** The tensor a value stands for: itself, or an unknown's shape from the sizes given. */
export function tensorFromSizes(run: Run, data: Value | undefined): TorchTensor | undefined {
  if (isKind(data, 'torch-tensor')) return data
  if (!isKind(data, 'unknown')) return undefined
  const shape: number[] = []
  for (;;) {
    const size = run.sizes.get(sizeKey(`${data.text}.shape[${shape.length}]`))
    if (size === undefined) break
    shape.push(size)
  }
  if (shape.length > 0) return {kind: 'torch-tensor', shape}
  const key = sizeKey(data.text)
  // A dimension (n in torch.randn(n, 4)) is asked for as itself.
  const hint = data.dimension
    ? `sizes="${key}=…"`
    : `sizes="${key}.shape[0]=…,${key}.shape[1]=…" (one per dimension)`
  return stop(
    'unresolved-size',
    `The shape of \`${data.text}\` is only known when the code runs; give it with ${hint} on the directive (or --sizes on the command line).`,
    data.at
  )
}
