#!/usr/bin/env python3
"""Run every PyTorch snippet of a JSON list in this one process.

Each snippet is executed with exec() in a fresh namespace, its printed
output captured; then its `model` is run on a batch of 2 sequences to read
the output shape (the batch reported as null). Prints one JSON result per
snippet: {"printed": ..., "outputShape": [...]} or {"error": ...}.
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
    if snippet["vocab"]:
        x = torch.randint(0, snippet["vocab"], (2, steps))
    else:
        x = torch.randn(2, steps, snippet["inputs"])
    with torch.no_grad():
        y = model(x)
    return {"printed": printed.getvalue(), "outputShape": [None] + list(y.shape)[1:]}


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
