#!/usr/bin/env python3
"""Write counts.json: parameter counts and tensor shapes reported by PyTorch itself.

Run with Debian's python3-torch (`/usr/bin/python3 test/pytorch/generate.py`).
CI does not need torch: it reads the committed JSON. Stacked layers of
different widths are built as one module per layer, fed the previous layer's
output width, which is how such a stack is written in PyTorch.
"""
import itertools
import json
import random
import sys

import torch
from torch import nn

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


def build(case):
    """Equal widths: one module with num_layers, named by PyTorch itself.
    Different widths: one module per layer, its `_l0` renamed `_lK` below."""
    if len(set(case["units"])) == 1:
        return build_uniform(case)
    modules = []
    width = case["inputs"]
    for index, units in enumerate(case["units"]):
        options = dict(
            input_size=width,
            hidden_size=units,
            bias=case["bias"],
            bidirectional=case["bidirectional"],
            batch_first=True,
        )
        if case["projSize"]:
            options["proj_size"] = case["projSize"]
        modules.append((f"layer{index}", CELLS[case["cell"]](**options)))
        out = case["projSize"] or units
        width = out * (2 if case["bidirectional"] else 1)
    if case["outputs"]:
        modules.append(("output", nn.Linear(width, case["outputs"])))
    return modules


def build_uniform(case):
    options = dict(
        input_size=case["inputs"],
        hidden_size=case["units"][0],
        num_layers=len(case["units"]),
        bias=case["bias"],
        bidirectional=case["bidirectional"],
        batch_first=True,
    )
    if case["projSize"]:
        options["proj_size"] = case["projSize"]
    modules = [("layers", CELLS[case["cell"]](**options))]
    width = (case["projSize"] or case["units"][0]) * (2 if case["bidirectional"] else 1)
    if case["outputs"]:
        modules.append(("output", nn.Linear(width, case["outputs"])))
    return modules


def stacked_name(module_name, name):
    if module_name.startswith("layer") and module_name != "layers":
        return name.replace("_l0", "_l" + module_name[len("layer"):])
    return name


def measure(case):
    modules = build(case)
    tensors = []
    for module_name, module in modules:
        for name, parameter in module.named_parameters():
            tensors.append(
                {
                    "module": module_name,
                    "name": stacked_name(module_name, name),
                    "shape": list(parameter.shape),
                }
            )
    total = sum(p.numel() for _, m in modules for p in m.parameters())
    return dict(case, total=total, tensors=tensors)


def cases():
    rng = random.Random(20261124)
    fixed = [
        dict(inputs=4, units=[5], outputs=3, cell="rnn"),
        dict(inputs=3, units=[4], outputs=0, cell="rnn"),
        dict(inputs=3, units=[4], outputs=4, cell="rnn"),
        dict(inputs=6, units=[8, 8, 8], outputs=2, cell="lstm"),
        dict(inputs=6, units=[7, 7], outputs=0, cell="gru"),
    ]
    for case in fixed:
        yield dict(case, bias=True, bidirectional=False, projSize=0)
    for cell, bias, bidirectional in itertools.product(
        CELLS, [True, False], [False, True]
    ):
        for _ in range(3):
            layers = rng.randint(1, 3)
            units = [rng.randint(1, 24) for _ in range(layers)]
            proj = 0
            if cell == "lstm" and rng.random() < 0.5 and min(units) > 1:
                proj = rng.randint(1, min(units) - 1)
            yield dict(
                inputs=rng.randint(1, 30),
                units=units,
                outputs=rng.choice([0, rng.randint(1, 12)]),
                cell=cell,
                bias=bias,
                bidirectional=bidirectional,
                projSize=proj,
            )


class Network(nn.Module):
    """The module list remark-rnn's `layers` describes: `embedding`, one
    recurrent module per run of equal widths (`lstm`, or `lstm1`, `lstm2`),
    `output`; the Linear sees the last step unless returnSequences."""

    def __init__(self, case):
        super().__init__()
        self.case = case
        self.names = []
        if case["vocab"]:
            self.embedding = nn.Embedding(case["vocab"], case["inputs"])
            self.names.append("embedding")
        runs = []
        for units in case["units"]:
            if runs and runs[-1][0] == units:
                runs[-1][1] += 1
            else:
                runs.append([units, 1])
        width = case["inputs"]
        directions = 2 if case["bidirectional"] else 1
        for index, (units, layers) in enumerate(runs):
            name = case["cell"] if len(runs) == 1 else f"{case['cell']}{index + 1}"
            options = dict(num_layers=layers, bias=case["bias"],
                           bidirectional=case["bidirectional"], batch_first=True)
            if case["projSize"]:
                options["proj_size"] = case["projSize"]
            setattr(self, name, CELLS[case["cell"]](width, units, **options))
            self.names.append(name)
            width = (case["projSize"] or units) * directions
        if case["outputs"]:
            self.output = nn.Linear(width, case["outputs"])
            self.names.append("output")

    def forward(self, x):
        for name in self.names:
            module = getattr(self, name)
            if name == "output" and not self.case["returnSequences"]:
                x = x[:, -1]
            x = module(x)
            if isinstance(x, tuple):
                x = x[0]
        return x


def measure_modules(case):
    """Each module's parameters and tensors, and its output shape on a batch
    of 2 sequences of `timesteps` steps (the batch reported as null)."""
    model = Network(case)
    shapes = {}
    for name in model.names:
        def hook(module, inputs, output, name=name):
            tensor = output[0] if isinstance(output, tuple) else output
            shapes[name] = [None] + list(tensor.shape)[1:]
        getattr(model, name).register_forward_hook(hook)
    if case["vocab"]:
        x = torch.randint(0, case["vocab"], (2, case["timesteps"]))
    else:
        x = torch.randn(2, case["timesteps"], case["inputs"])
    with torch.no_grad():
        model(x)
    modules = []
    for name in model.names:
        module = getattr(model, name)
        modules.append({
            "name": name,
            "type": type(module).__name__,
            "outputShape": shapes[name],
            "params": sum(p.numel() for p in module.parameters()),
            "tensors": [{"name": n, "shape": list(p.shape)} for n, p in module.named_parameters()],
        })
    total = sum(p.numel() for p in model.parameters())
    return dict(case, total=total, modules=modules)


def module_cases():
    rng = random.Random(20261125)
    yield dict(inputs=32, units=[32], outputs=1, cell="rnn", bias=True, bidirectional=False,
               projSize=0, vocab=10000, returnSequences=False, timesteps=5)
    for index in range(36):
        cell = list(CELLS)[index % 3]
        layers = rng.randint(1, 4)
        width = rng.randint(1, 12)
        # Repeated widths make runs of several layers in one module.
        units = [width if rng.random() < 0.5 else rng.randint(1, 12) for _ in range(layers)]
        proj = 0
        if cell == "lstm" and rng.random() < 0.4 and min(units) > 1:
            proj = rng.randint(1, min(units) - 1)
        yield dict(
            inputs=rng.randint(1, 16),
            units=units,
            outputs=rng.choice([0, rng.randint(1, 6)]),
            cell=cell,
            bias=rng.random() < 0.75,
            bidirectional=rng.random() < 0.5,
            projSize=proj,
            vocab=rng.choice([0, rng.randint(2, 60)]),
            returnSequences=rng.random() < 0.5,
            timesteps=rng.randint(1, 6),
        )


def main():
    results = [measure(case) for case in cases()]
    modules = [measure_modules(case) for case in module_cases()]
    document = {"torch": torch.__version__, "cases": results, "modules": modules}
    json.dump(document, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
