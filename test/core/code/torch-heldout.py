# Builds every held-out PyTorch fixture with PyTorch, in one process: for each,
# the total, the trainable count and every named parameter's shape, as JSON.
import contextlib
import io
import json
import sys

import torch

folder = sys.argv[1]
specs = json.load(open(f"{folder}/models.json"))
result = {}
for file, spec in specs.items():
    names = spec.get("python", [spec.get("model", "model")])
    scope = {"__name__": "__main__"}
    sys.argv = [file]
    # The fixtures print(model): kept off the JSON.
    with contextlib.redirect_stdout(io.StringIO()):
        exec(spec.get("prelude", ""), scope)
        exec(open(f"{folder}/{file}").read(), scope)
    shapes = {}
    total = trainable = 0
    for name in names:
        seen = set()
        for path, p in scope[name].named_parameters():
            if id(p) in seen:
                continue
            seen.add(id(p))
            shapes[f"{name}.{path}" if len(names) > 1 else path] = list(p.shape)
            total += p.numel()
            trainable += p.numel() if p.requires_grad else 0
    result[file] = {"total": total, "trainable": trainable, "shapes": shapes}
print(json.dumps(result))
