#!/usr/bin/env python3
"""Run every PyTorch snippet of a JSON list in this one process.

Each snippet is executed with exec() in a fresh namespace, its printed
output captured; then its `model` is run on a batch of 2 sequences to read
the output shape (the batch reported as null). An encoder–decoder's model
is called on a source and a target sequence. Prints one JSON result per
snippet: {"printed": ..., "outputShape": [...], "parameters": [[name, shape],
...]} (its named_parameters()) or {"error": ...}.
"""
import contextlib
import io
import json
import sys

import torch

torch.manual_seed(0)


def run(snippet):
    namespace = {"__name__": "__snippet__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(snippet["code"], "<snippet>", "exec"), namespace)
    model = namespace["model"]
    steps = snippet["timesteps"]
    inputs = [sequence(snippet["vocab"], snippet["inputs"], steps)]
    if snippet.get("decoder"):
        decoder = snippet["decoder"]
        inputs.append(sequence(decoder["vocab"], decoder["inputs"], steps))
    with torch.no_grad():
        y = model(*inputs)
    return {
        "printed": printed.getvalue(),
        "outputShape": [None] + list(y.shape)[1:],
        "parameters": [[name, list(p.shape)] for name, p in model.named_parameters()],
    }


def sequence(vocab, inputs, steps):
    """A batch of 2 sequences: token ids for an Embedding, feature vectors otherwise."""
    if vocab:
        return torch.randint(0, vocab, (2, steps))
    return torch.randn(2, steps, inputs)


def main():
    snippets = json.load(open(sys.argv[1], encoding="utf-8"))
    results = []
    for snippet in snippets:
        try:
            results.append(run(snippet))
        except Exception as error:  # reported to the test, which fails
            results.append({"error": f"{type(error).__name__}: {error}"})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
