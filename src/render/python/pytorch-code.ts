import {torchModules} from '../../core/framework/pytorch-modules.js'
import type {Breakdown} from '../../core/index.js'
import {pytorchEncoderDecoderCode} from './pytorch-encoder-decoder.js'
import {countLines, headLines, indented, stackModules} from './pytorch-parts.js'

/**
 * The last step as Keras's `return_sequences=False` gives it: the forward
 * direction's last step, and the backward direction's, which ends at step 0.
 */
function lastStep(breakdown: Breakdown, width: number): string[] {
  if (!breakdown.description.bidirectional) return ['x = x[:, -1]']
  const half = width / 2
  return [
    `x = torch.cat([x[:, -1, :${half}], x[:, 0, ${half}:]], dim=-1)  # each direction's last step`
  ]
}

/**
 * A PyTorch script with an `nn.Module` that builds exactly this network
 * (`batch_first=True`) and prints its parameter count; an encoder–decoder
 * gets `encoder` and `decoder` sub-modules.
 */
export function pytorchCode(breakdown: Breakdown): string {
  if (breakdown.description.decoder !== null) return pytorchEncoderDecoderCode(breakdown)
  const d = breakdown.description
  const modules = torchModules(d)
  const recurrent = stackModules(modules.encoder)
  const head = headLines(modules.head)
  const init = [...recurrent.lines, ...head.init]
  const forward = [
    ...(modules.encoder.embedding === undefined ? [] : ['x = self.embedding(x)']),
    ...recurrent.names.map((name) => `x, _ = self.${name}(x)`),
    ...(d.returnSequences ? [] : lastStep(breakdown, recurrent.width)),
    ...head.forward
  ]
  return [
    'import torch',
    'from torch import nn',
    '',
    '',
    'class Network(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...indented(init),
    '',
    '    def forward(self, x):',
    ...indented(forward),
    '',
    '',
    'model = Network()',
    ...countLines(breakdown)
  ].join('\n')
}
