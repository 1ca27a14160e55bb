import type {TorchStack} from '../../core/framework/pytorch-modules.js'
import {torchModules} from '../../core/framework/pytorch-modules.js'
import type {Breakdown} from '../../core/index.js'
import {countLines, headLines, indented, stackModules} from './pytorch-parts.js'

/** Joins a bidirectional encoder's states for the decoder: each layer's two directions side by side. */
const joinedHelper = [
  'def joined(state):',
  '    """(2 · layers, batch, h) as (layers, batch, 2h): each layer’s forward and backward state side by side."""',
  '    if isinstance(state, tuple):  # an LSTM’s (h, c)',
  '        return tuple(joined(part) for part in state)',
  '    state = state.view(state.shape[0] // 2, 2, *state.shape[1:])',
  '    return torch.cat([state[:, 0], state[:, 1]], dim=-1)',
  '',
  ''
]

/**
 * A PyTorch script for an encoder–decoder: an `Encoder` whose forward
 * returns each recurrent module's final state, a `Decoder` whose modules
 * start from them, and the `Network` holding both (`encoder`, `decoder`)
 * and the dense layers, applied to every decoder step. Its
 * `named_parameters()` are the summary's tensors (`encoder.lstm.weight_ih_l0`).
 */
export function pytorchEncoderDecoderCode(breakdown: Breakdown): string {
  const d = breakdown.description
  const modules = torchModules(d)
  const decoder = modules.decoder as TorchStack
  const encoder = stackModules(modules.encoder)
  const target = stackModules(decoder)
  const head = headLines(modules.head)
  const keep = d.bidirectional ? 'states.append(joined(state))' : 'states.append(state)'
  const encoderClass = [
    'class Encoder(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...indented(encoder.lines),
    '',
    '    def forward(self, x):',
    ...indented([
      ...(modules.encoder.embedding === undefined ? [] : ['x = self.embedding(x)']),
      'states = []',
      ...encoder.names.flatMap((name) => [`x, state = self.${name}(x)`, keep]),
      'return states'
    ]),
    '',
    ''
  ]
  const decoderClass = [
    'class Decoder(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...indented(target.lines),
    '',
    '    def forward(self, x, states):',
    ...indented([
      ...(decoder.embedding === undefined ? [] : ['x = self.embedding(x)']),
      // Module k of the decoder starts from module k of the encoder: the runs are the same.
      ...target.names.map((name, index) => `x, _ = self.${name}(x, states[${index}])`),
      'return x'
    ]),
    '',
    ''
  ]
  const network = [
    'class Network(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...indented(['self.encoder = Encoder()', 'self.decoder = Decoder()', ...head.init]),
    '',
    '    def forward(self, source, target):',
    ...indented(['x = self.decoder(target, self.encoder(source))', ...head.forward]),
    '',
    ''
  ]
  return [
    'import torch',
    'from torch import nn',
    '',
    '',
    ...(d.bidirectional ? joinedHelper : []),
    ...encoderClass,
    ...decoderClass,
    ...network,
    'model = Network()',
    ...countLines(breakdown)
  ].join('\n')
}
