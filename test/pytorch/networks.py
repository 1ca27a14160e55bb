#!/usr/bin/env python3
"""Build every network of a JSON list with PyTorch and report its modules.

Usage: /usr/bin/python3 test/pytorch/networks.py cases.json
Each case is a remark-rnn description (with `decoder` null or
{inputs, units, vocab}). The model is the one remark-rnn's `layers` describe:
`embedding`, one recurrent module per run of equal widths (`lstm`, or `lstm1`,
`lstm2`), the dense layers (`dense` or `dense1`, `dense2`..., then `output`);
an encoder-decoder has the embedding and recurrent modules in `encoder` and
`decoder` sub-modules, decoder layer i starting from encoder layer i's final
state (both directions concatenated), the dense layers on every decoder step.
Prints, per case, the total, named_parameters() of the whole model, and each
module's path, type, parameters, tensors and output shape (batch as null).
"""
import json
import sys

import torch
from torch import nn

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


def runs_of(widths):
    runs = []
    for units in widths:
        if runs and runs[-1][0] == units:
            runs[-1][1] += 1
        else:
            runs.append([units, 1])
    return runs


def head_names(count):
    return [
        "output" if index == count - 1 else ("dense" if count == 2 else f"dense{index + 1}")
        for index in range(count)
    ]


class Stack(nn.Module):
    """An optional Embedding and the recurrent runs of one stack."""

    def __init__(self, case, vocab, inputs, widths, bidirectional, prefix, paths):
        super().__init__()
        self.order = []
        if vocab:
            self.embedding = nn.Embedding(vocab, inputs)
            self.order.append("embedding")
        runs = runs_of(widths)
        width = inputs
        directions = 2 if bidirectional else 1
        for index, (units, layers) in enumerate(runs):
            name = case["cell"] if len(runs) == 1 else f"{case['cell']}{index + 1}"
            options = dict(num_layers=layers, bias=case["bias"], bidirectional=bidirectional,
                           batch_first=True)
            if case.get("projSize"):
                options["proj_size"] = case["projSize"]
            setattr(self, name, CELLS[case["cell"]](width, units, **options))
            self.order.append(name)
            width = (case.get("projSize") or units) * directions
        self.width = width
        paths.extend(prefix + name for name in self.order)

    def forward(self, x, states=None):
        """Run the stack; `states` holds one initial state per run. Returns
        the output and each run's final state, directions concatenated."""
        finals = []
        run = 0
        for name in self.order:
            module = getattr(self, name)
            if name == "embedding":
                x = module(x)
                continue
            start = None if states is None else states[run]
            x, final = module(x, start)
            finals.append(final)
            run += 1
        return x, finals


def joined(state, bidirectional):
    """[layers * 2, B, h] (both directions) -> [layers, B, 2h], as the hand-over reads it."""
    if not bidirectional:
        return state
    layers = state.shape[0] // 2
    state = state.view(layers, 2, state.shape[1], state.shape[2])
    return torch.cat([state[:, 0], state[:, 1]], dim=-1).contiguous()


class Network(nn.Module):
    def __init__(self, case):
        super().__init__()
        self.case = case
        self.paths = []
        decoder = case["decoder"]
        if decoder is None:
            self.stack = None
            # A single stack's modules sit at the top level.
            stack = Stack(case, case["vocab"], case["inputs"], case["units"],
                          case["bidirectional"], "", self.paths)
            for name in stack.order:
                setattr(self, name, getattr(stack, name))
            # Kept out of the module tree: its modules are registered above.
            self.__dict__["single"] = stack
            width = stack.width
        else:
            self.encoder = Stack(case, case["vocab"], case["inputs"], case["units"],
                                 case["bidirectional"], "encoder.", self.paths)
            self.decoder = Stack(case, decoder["vocab"], decoder["inputs"], decoder["units"],
                                 False, "decoder.", self.paths)
            width = self.decoder.width
        self.head = head_names(len(case["outputs"]))
        for name, nodes in zip(self.head, case["outputs"]):
            setattr(self, name, nn.Linear(width, nodes))
            width = nodes
        self.paths.extend(self.head)

    def forward(self, x, y=None):
        case = self.case
        if case["decoder"] is None:
            x, _ = self.single(x)
            if not case["returnSequences"]:
                x = x[:, -1]
        else:
            _, finals = self.encoder(x)
            bidirectional = case["bidirectional"]
            states = [
                tuple(joined(part, bidirectional) for part in final) if isinstance(final, tuple)
                else joined(final, bidirectional)
                for final in finals
            ]
            x, _ = self.decoder(y, states)
        for name in self.head:
            x = getattr(self, name)(x)
        return x


def sample(vocab, inputs, timesteps):
    if vocab:
        return torch.randint(0, vocab, (2, timesteps))
    return torch.randn(2, timesteps, inputs)


def measure(case):
    model = Network(case)
    shapes = {}
    for path in model.paths:
        def hook(module, inputs, output, path=path):
            tensor = output[0] if isinstance(output, tuple) else output
            shapes[path] = [None] + list(tensor.shape)[1:]
        model.get_submodule(path).register_forward_hook(hook)
    decoder = case["decoder"]
    with torch.no_grad():
        x = sample(case["vocab"], case["inputs"], case["timesteps"])
        if decoder is None:
            model(x)
        else:
            model(x, sample(decoder["vocab"], decoder["inputs"], case["timesteps"]))
    modules = []
    for path in model.paths:
        module = model.get_submodule(path)
        modules.append({
            "name": path,
            "type": type(module).__name__,
            "outputShape": shapes[path],
            "params": sum(p.numel() for p in module.parameters()),
            "tensors": [{"name": n, "shape": list(p.shape)} for n, p in module.named_parameters()],
        })
    return {
        "total": sum(p.numel() for p in model.parameters()),
        "parameters": [name for name, _ in model.named_parameters()],
        "modules": modules,
    }


def main():
    with open(sys.argv[1], encoding="utf8") as file:
        cases = json.load(file)
    json.dump([measure(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
