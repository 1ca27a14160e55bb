"""Build each generated PyTorch program in one process; print what PyTorch counts.

Input: a JSON list of Python sources, each binding `model`. Output: for each,
its named_parameters() (name, shape, requires_grad), and every named module's
parameter count, or the error it raised.
"""
import json
import warnings
import sys

import torch

torch.manual_seed(0)
# Lazy modules warn that their API may change; the comparison reads only their shapes.
warnings.filterwarnings("ignore", category=UserWarning)
results = []
for source in json.load(open(sys.argv[1])):
    namespace = {}
    try:
        exec(compile(source, "<model>", "exec"), namespace)
        model = namespace["model"]
        # Lazy layers learn their width at the first call: run each Sequential that holds one.
        for m in model.modules():
            if isinstance(m, torch.nn.Sequential) and any(
                isinstance(c, torch.nn.modules.lazy.LazyModuleMixin) for c in m
            ):
                m(torch.randn(2, m[0].in_features))
        results.append({
            "parameters": [[name, list(p.shape), p.requires_grad] for name, p in model.named_parameters()],
            "modules": {name: sum(p.numel() for p in m.parameters()) for name, m in model.named_modules()},
        })
    except Exception as error:  # reported to the test, which fails on it
        results.append({"error": repr(error)})
print(json.dumps(results))
