"""Request models built from plain data, checked against the spec first so a bad value is InvalidRequest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from client_runtime import check

from ._resources import COMPONENTS

M = TypeVar("M")


def build(cls: type[M], data: Mapping[str, Any], where: str = "body") -> M:
    """`cls.from_dict(data)` once `data` matches the spec's schema of the same name."""
    check(dict(data), {"$ref": f"#/components/schemas/{cls.__name__}"}, where, COMPONENTS)
    made: M = cls.from_dict(data)  # type: ignore[attr-defined]
    return made
