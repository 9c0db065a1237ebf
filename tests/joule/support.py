"""Helpers shared by the Joule tests."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from joule_client import layout_dtype

T0 = 1_700_000_000_000_000
_names = itertools.count()


def unique(prefix: str = "/t") -> str:
    """A folder path no other test uses."""
    return f"{prefix}/f{next(_names)}"


def rows(count: int, layout: str = "float32_3", start: int = T0, step: int = 1000, seed: int = 1) -> Any:
    """`count` rows of random values in `layout`, `step` µs apart."""
    dtype = layout_dtype(layout)
    out = np.empty(count, dtype)
    out["timestamp"] = start + np.arange(count, dtype=np.int64) * step
    generator = np.random.default_rng(seed)
    kind = dtype["data"].base
    if kind.kind == "f":
        out["data"] = generator.standard_normal((count, dtype["data"].shape[0])).astype(kind)
    else:
        info = np.iinfo(kind)
        out["data"] = generator.integers(info.min, info.max, (count, dtype["data"].shape[0]), dtype=kind)
    return out
