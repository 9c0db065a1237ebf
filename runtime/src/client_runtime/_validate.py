"""Checking arguments against the spec's schemas before a request is sent.

A small subset of JSON Schema, enough for request parameters and bodies: type, enum, const,
numeric and length bounds, pattern, required, properties, additionalProperties, items,
allOf/anyOf/oneOf and local `$ref`s. Unknown keywords are ignored, so a check never rejects
what the server would accept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ._errors import InvalidRequest

Schema = Mapping[str, Any]

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "array":
        return isinstance(value, list | tuple)
    if name == "object":
        return isinstance(value, Mapping)
    if name == "null":
        return value is None
    return True


@lru_cache(maxsize=256)
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def check(value: Any, schema: Schema, where: str, components: Mapping[str, Schema]) -> None:
    """Raise InvalidRequest naming `where` (a JSON path) if `value` breaks `schema`.

    >>> check(-1, {"type": "integer", "minimum": 0}, "study_id", {})
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: study_id: must be >= 0, got -1
    """
    problem = _problem(value, schema, where, components)
    if problem is not None:
        raise InvalidRequest(*problem)


def _problem(value: Any, schema: Schema, where: str, components: Mapping[str, Schema]) -> tuple[str, str] | None:
    ref = schema.get("$ref")
    if ref is not None:
        return _problem(value, components[ref.rsplit("/", 1)[-1]], where, components)

    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, n) for n in names):
            wanted = " or ".join(_TYPE_NAMES.get(n, n) for n in names)
            return where, f"must be {wanted}, got {type(value).__name__} {_short(value)}"

    if "const" in schema and value != schema["const"]:
        return where, f"must be {schema['const']!r}, got {_short(value)}"
    if "enum" in schema and value not in schema["enum"]:
        return where, f"must be one of {', '.join(map(repr, schema['enum']))}; got {_short(value)}"

    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return where, f"must be >= {schema['minimum']}, got {value}"
        if "maximum" in schema and value > schema["maximum"]:
            return where, f"must be <= {schema['maximum']}, got {value}"
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            return where, f"must be > {schema['exclusiveMinimum']}, got {value}"
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            return where, f"must be < {schema['exclusiveMaximum']}, got {value}"
    elif isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            return where, f"must have at least {schema['minLength']} characters, got {_short(value)}"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return where, f"must have at most {schema['maxLength']} characters"
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            return where, f"must match {schema['pattern']!r}, got {_short(value)}"
    elif isinstance(value, list | tuple):
        if "minItems" in schema and len(value) < schema["minItems"]:
            return where, f"must have at least {schema['minItems']} items, got {len(value)}"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return where, f"must have at most {schema['maxItems']} items, got {len(value)}"
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found = _problem(item, items, f"{where}[{index}]", components)
                if found:
                    return found
    elif isinstance(value, Mapping):
        for key in schema.get("required", ()):
            if key not in value:
                return where, f"missing required key {key!r}"
        properties: Mapping[str, Schema] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            sub = properties.get(key)
            if sub is None:
                if extra is False:
                    return f"{where}.{key}", "is not a known key"
                if not isinstance(extra, Mapping):
                    continue
                sub = extra
            found = _problem(item, sub, f"{where}.{key}", components)
            if found:
                return found

    for sub in schema.get("allOf", ()):
        found = _problem(value, sub, where, components)
        if found:
            return found
    for keyword in ("anyOf", "oneOf"):
        options = schema.get(keyword)
        if options:
            problems = [_problem(value, sub, where, components) for sub in options]
            if all(problems):
                return next(p for p in problems if p)
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
