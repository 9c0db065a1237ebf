"""Drop the generated endpoint functions nothing calls.

The runtime calls only each endpoint module's `_get_kwargs` (to build a request) and `_parse_response` (to decode
the answer); the façade gives users the sync and async calls. The generator's own `sync`, `sync_detailed`,
`asyncio`, `asyncio_detailed` and `_build_response` would ship as dead code, most of every wheel's size.
"""

from __future__ import annotations

import ast
from pathlib import Path

UNUSED = frozenset({"sync", "sync_detailed", "asyncio", "asyncio_detailed", "_build_response"})


def prune_endpoints(api_dir: Path) -> int:
    """Remove the unused functions from every endpoint module under `api_dir`; returns how many went."""
    removed = 0
    for path in sorted(api_dir.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        spans = [
            (node.lineno - 1 - len(node.decorator_list), node.end_lineno or node.lineno)
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in UNUSED
        ]
        if not spans:
            continue
        lines = source.splitlines(keepends=True)
        for start, end in sorted(spans, reverse=True):
            del lines[start:end]
        path.write_text("".join(lines), encoding="utf-8")
        removed += len(spans)
    return removed
