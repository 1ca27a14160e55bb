#!/usr/bin/env python3
"""List the calls of Keras snippets: for each file, every call of
`keras.X(...)` or `layers.X(...)` with its number of positional arguments
and its keyword names, as JSON, so the test can check them against the
Keras 3 signatures it records."""
import ast
import json
import sys


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return inner and f"{inner}.{node.attr}"
    return None


def calls(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if name and name.split(".")[0] in ("keras", "layers"):
                found.append({
                    "line": node.lineno,
                    "col": node.col_offset,
                    "call": name,
                    "positional": len(node.args),
                    "keywords": [keyword.arg for keyword in node.keywords],
                })
    return sorted(found, key=lambda call: (call["line"], call["col"]))


json.dump([calls(path) for path in sys.argv[1:]], sys.stdout)
