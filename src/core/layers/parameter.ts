import {size, tensor} from './layer-helpers.js'
import type {LayerSpec} from './layer-spec.js'

/** `nn.Parameter(torch.randn(a, b))`: a tensor of that shape, trainable unless requires_grad=False. */
export const parameter: LayerSpec = {
  kind: 'parameter',
  summary: 'a tensor registered as a parameter: the product of its shape',
  forms: [
    {
      framework: 'pytorch',
      names: ['Parameter'],
      args: [
        {name: 'data', position: 0},
        {name: 'requires_grad', position: 1, default: true}
      ],
      readsInput: false,
      build({args}) {
        const shape = args.data as number[]
        const factors = shape.map((d, i) => size(String.fromCharCode(97 + i), d))
        return {
          ok: true,
          tensors: [tensor('', shape, factors, args.requires_grad !== false)],
          output: [null]
        }
      }
    }
  ]
}
