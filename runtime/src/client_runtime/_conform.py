"""Checking decoded answers against the spec's response schemas, before the generated models see them.

The generated `from_dict` trusts its input: a string where the spec says integer ends up in the model. A checker is
compiled once per schema into closures, and for each object into a generated function that tests its scalar fields
inline, so a call pays one walk over the JSON value and nothing else. What is
checked is what a model relies on: JSON types (with `null` only where the spec allows it), `enum`/`const`,
`required`, and the same for every nested property, item, additional property, `$ref`, `allOf`, `anyOf` and
`oneOf` (at least one member must fit). Unknown keys are accepted, and formats, lengths, bounds and patterns are
left to the generated code: a real server is not refused for what the model does not depend on.

A failure names the JSON path and the expected and received types, never the value, which may be a secret.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from ._errors import SchemaMismatch

Schema = Mapping[str, Any]


class Mismatch:
    """Where (as path segments, innermost first) and what went wrong; cheap to pass up through the checkers."""

    __slots__ = ("path", "problem")

    def __init__(self, problem: str) -> None:
        self.path: list[str | int] = []
        self.problem = problem

    def where(self, root: str = "$") -> str:
        return root + "".join(_segment(part) for part in reversed(self.path))

    def error(self, root: str = "$", note: str = "") -> SchemaMismatch:
        return SchemaMismatch(self.where(root), self.problem + note)


Check = Callable[[Any], Mismatch | None]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _segment(part: str | int) -> str:
    if isinstance(part, int):
        return f"[{part}]"
    return f".{part}" if _IDENTIFIER.fullmatch(part) else f"[{json.dumps(part)}]"


def _got(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def conform(value: Any, check: Check | None, root: str = "$") -> None:
    """Raise SchemaMismatch naming the path under `root` where `value` breaks the compiled schema `check`.

    >>> conform({"id": "7"}, Checkers({}).compile({"properties": {"id": {"type": "integer"}}}))
    Traceback (most recent call last):
    ...
    client_runtime._errors.SchemaMismatch: $.id: must be an integer, got str
    """
    if check is not None:
        found = check(value)
        if found is not None:
            raise found.error(root)


class Checkers:
    """Compiles schemas that may `$ref` the given components; each component is compiled once.

    >>> check = Checkers({"Id": {"type": "integer"}}).compile({"type": "array", "items": {"$ref": "#/c/Id"}})
    >>> check([1, 2]) is None, check([1, "2"]).where()
    (True, '$[1]')
    """

    def __init__(self, components: Mapping[str, Schema]) -> None:
        self._components = components
        self._done: dict[str, Check | None] = {}
        self._busy: set[str] = set()

    def compile(self, schema: Schema) -> Check | None:
        """The check of `schema`, or None when it accepts every value."""
        checks = []
        ref = schema.get("$ref")
        if isinstance(ref, str):
            checks.append(self._ref(ref.rsplit("/", 1)[-1]))
        checks.append(self._shape(schema))
        for sub in schema.get("allOf", ()):
            checks.append(self.compile(sub))
        for keyword in ("anyOf", "oneOf"):
            options = schema.get(keyword)
            if options:
                checks.append(self._any(options))
        return _every([c for c in checks if c is not None])

    def _ref(self, name: str) -> Check | None:
        if name in self._done:
            return self._done[name]
        if name in self._busy:  # a schema nested in itself: look it up when called, it is compiled by then
            done = self._done

            def check_later(value: Any) -> Mismatch | None:
                check = done[name]
                return None if check is None else check(value)

            return check_later
        self._busy.add(name)
        check = self.compile(self._components[name])
        self._busy.discard(name)
        self._done[name] = check
        return check

    def _shape(self, schema: Schema) -> Check | None:
        """Type, enum and const, plus the object or array keywords, in one closure."""
        types = schema.get("type")
        names: list[str] = [] if types is None else [types] if isinstance(types, str) else list(types)
        classes = frozenset(cls for name in names for cls in _CLASSES.get(name, (object,)))
        if object in classes:
            names, classes = [], frozenset()
        wanted = " or ".join(_NAMES.get(n, n) for n in names)
        choices: tuple[Any, ...] | None = None
        if "const" in schema:
            choices = (schema["const"],)
        elif isinstance(schema.get("enum"), list):
            choices = tuple(schema["enum"])
        if choices is None and "items" not in schema and classes <= {dict, type(None)}:
            # An object: the type test goes into the generated function, which saves a call per object.
            fields = self._fields(schema, classes, wanted)
            return fields if fields is not None or not classes else _typed(classes, wanted)
        fields = self._fields(schema, frozenset(), "")
        items = schema.get("items")
        item = None
        if isinstance(items, Mapping):
            scalar = self._scalar(items)
            item = _each(self.compile(items)) if scalar is None else _each_typed(*scalar) if scalar[0] else None
        if not classes and choices is None and fields is None and item is None:
            return None
        if fields is None and item is None and choices is None:
            return _typed(classes, wanted)
        return self._composite(classes, wanted, choices, fields, item)

    def _fields(self, schema: Schema, classes: frozenset[type], wanted: str) -> Check | None:
        """The properties, required and additionalProperties of an object, as one generated function.

        A property that only names JSON types is tested inline, the rest call their compiled checks: most answers are
        objects of scalars, and a call per field would cost more than the test it makes. With `classes` the function
        also tests the value's type; without, anything but an object passes, as JSON Schema says.
        """
        names: dict[str, Any] = {"_bad": _bad, "_bad_item": _bad_item, "_missing": _missing, "_wrong": _wrong}
        lines = ["def check_fields(v):"]
        names.update(_classes=classes, _wanted=wanted)
        test = "None if v.__class__ in _classes else _wrong(_wanted, v)" if classes else "None"
        lines += ["    if v.__class__ is not dict:", f"        return {test}"]
        start = len(lines)
        required = frozenset(schema.get("required", ()))
        if required:
            names["_required"] = required
            lines += ["    if not _required <= v.keys():", "        return _missing(_required, v)"]
        properties: Mapping[str, Schema] = schema.get("properties") or {}
        for index, (key, sub) in enumerate(properties.items()):
            # A required key is known to be there; an optional one is looked for first (most are absent).
            fetch = [f"    x = v[{key!r}]"] if key in required else [f"    if {key!r} in v:", f"        x = v[{key!r}]"]
            indent = "    " if key in required else "        "
            scalar = self._scalar(sub)
            if scalar is not None:
                classes, wanted = scalar
                if not classes:
                    continue
                single = len(classes) == 1
                names[f"_c{index}"] = next(iter(classes)) if single else classes
                test = f"x.__class__ is not _c{index}" if single else f"x.__class__ not in _c{index}"
                lines += [*fetch, f"{indent}if {test}:", f"{indent}    return _bad({key!r}, {wanted!r}, x)"]
                continue
            listed = self._scalar_list(sub)
            if listed is not None:
                (classes, wanted), (item_classes, item_wanted) = listed
                names[f"_c{index}"], names[f"_i{index}"] = classes, item_classes
                lines += [*fetch, f"{indent}if x.__class__ is list:", f"{indent}    for y in x:"]
                lines += [f"{indent}        if y.__class__ not in _i{index}:"]
                lines += [f"{indent}            return _bad_item({key!r}, {item_wanted!r}, x, _i{index})"]
                lines += [
                    f"{indent}elif x.__class__ not in _c{index}:",
                    f"{indent}    return _bad({key!r}, {wanted!r}, x)",
                ]
                continue
            check = self.compile(sub)
            if check is None:
                continue
            names[f"_s{index}"] = check
            lines += [*fetch, f"{indent}m = _s{index}(x)", f"{indent}if m is not None:"]
            lines += [f"{indent}    m.path.append({key!r})", f"{indent}    return m"]
        extra_schema = schema.get("additionalProperties")
        extra = self.compile(extra_schema) if isinstance(extra_schema, Mapping) else None
        if extra is not None:
            names.update(_known=frozenset(properties), _extra=extra)
            lines += ["    for k, x in v.items():", "        if k not in _known:", "            m = _extra(x)"]
            lines += ["            if m is not None:", "                m.path.append(k)", "                return m"]
        if len(lines) == start:
            return None
        lines.append("    return None")
        exec("\n".join(lines), names)  # the source is built above from the spec's key names, each quoted by repr()
        built: Check = names["check_fields"]
        return built

    def _scalar(self, schema: Schema) -> tuple[frozenset[type], str] | None:
        """`_scalar` of the schema, or of the component it only refers to."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and len(schema) == 1:
            name = ref.rsplit("/", 1)[-1]
            return None if name in self._busy else self._scalar(self._components[name])
        return _scalar(schema)

    def _scalar_list(self, schema: Schema) -> tuple[tuple[frozenset[type], str], tuple[frozenset[type], str]] | None:
        """The types of a list of scalars and of its items, when that is all the schema says (or refers to)."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and len(schema) == 1:
            name = ref.rsplit("/", 1)[-1]
            return None if name in self._busy else self._scalar_list(self._components[name])
        items = schema.get("items")
        if not isinstance(items, Mapping) or not schema.keys() <= {"type", "items"}:
            return None
        listed = _scalar({"type": schema.get("type", [])})
        item = self._scalar(items)
        if listed is None or list not in listed[0] or not listed[0] <= {list, type(None)} or not (item and item[0]):
            return None
        return listed, item

    def _composite(
        self,
        classes: frozenset[type],
        wanted: str,
        choices: tuple[Any, ...] | None,
        fields: Check | None,
        items: Check | None,
    ) -> Check:
        """One closure for type, enum and const, then `fields` for an object or `items` for a list."""
        null = type(None) in classes  # the generated models check an enum only when the value is not null
        shown = ", ".join(json.dumps(c) for c in (choices or ())[:6]) + (", ..." if len(choices or ()) > 6 else "")

        def check(value: Any) -> Mismatch | None:
            cls = value.__class__
            if classes and cls not in classes:
                return Mismatch(f"must be {wanted}, got {_got(value)}")
            if (
                choices is not None
                and not (value is None and null)
                and not any(value == c and cls is c.__class__ for c in choices)
            ):
                return Mismatch(f"must be one of {shown}, got another {_got(value)}")
            if cls is dict:
                return fields(value) if fields is not None else None
            if cls is list and items is not None:
                return items(value)
            return None

        return check

    def _any(self, options: list[Schema]) -> Check | None:
        """At least one option must fit; options that only name types are tested first, without a call."""
        scalars = [self._scalar(option) for option in options]
        if any(scalar is not None and not scalar[0] for scalar in scalars):
            return None
        compiled = [self.compile(option) for option, scalar in zip(options, scalars, strict=True) if scalar is None]
        if any(check is None for check in compiled):
            return None
        checks: list[Check] = [check for check in compiled if check is not None]
        classes = frozenset(cls for scalar in scalars if scalar is not None for cls in scalar[0])
        wanted = " or ".join(scalar[1] for scalar in scalars if scalar is not None)

        def check_any(value: Any) -> Mismatch | None:
            if value.__class__ in classes:
                return None
            best: Mismatch | None = Mismatch(f"must be {wanted}, got {_got(value)}") if classes else None
            for option in checks:
                found = option(value)
                if found is None:
                    return None
                # The option that got deepest before failing is the one the value was meant to be.
                if best is None or len(found.path) > len(best.path):
                    best = found
            return best

        return check_any


def _wrong(wanted: str, value: Any) -> Mismatch:
    return Mismatch(f"must be {wanted}, got {_got(value)}")


def _bad(key: str, wanted: str, value: Any) -> Mismatch:
    found = Mismatch(f"must be {wanted}, got {_got(value)}")
    found.path.append(key)
    return found


def _bad_item(key: str, wanted: str, items: list[Any], classes: frozenset[type]) -> Mismatch:
    index = next(i for i, item in enumerate(items) if item.__class__ not in classes)
    found = Mismatch(f"must be {wanted}, got {_got(items[index])}")
    found.path += [index, key]
    return found


def _missing(required: frozenset[str], value: dict[str, Any]) -> Mismatch:
    return Mismatch(f"missing required key {min(required - value.keys())!r}")


def _scalar(schema: Schema) -> tuple[frozenset[type], str] | None:
    """The JSON types a schema allows when that is all it says (no types: everything), else None."""
    if not schema.keys() <= {"type"}:
        return None
    types = schema.get("type")
    if types is None:
        return frozenset(), ""
    names = [types] if isinstance(types, str) else list(types)
    if not all(name in _CLASSES for name in names):
        return None
    return frozenset(cls for name in names for cls in _CLASSES[name]), " or ".join(_NAMES[n] for n in names)


def _each(check: Check | None) -> Check | None:
    if check is None:
        return None
    item = check

    def check_each(value: list[Any]) -> Mismatch | None:
        for index, member in enumerate(value):
            found = item(member)
            if found is not None:
                found.path.append(index)
                return found
        return None

    return check_each


def _each_typed(classes: frozenset[type], wanted: str) -> Check:
    """The items of a list of scalars, tested without a call per item."""

    def check_each(value: list[Any]) -> Mismatch | None:
        for member in value:
            if member.__class__ not in classes:
                index = next(i for i, m in enumerate(value) if m.__class__ not in classes)
                found = Mismatch(f"must be {wanted}, got {_got(value[index])}")
                found.path.append(index)
                return found
        return None

    return check_each


def _typed(classes: frozenset[type], wanted: str) -> Check:
    def check_type(value: Any) -> Mismatch | None:
        if value.__class__ in classes:
            return None
        return Mismatch(f"must be {wanted}, got {_got(value)}")

    return check_type


def _every(checks: list[Check]) -> Check | None:
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> Mismatch | None:
        for check in checks:
            found = check(value)
            if found is not None:
                return found
        return None

    return check_all


class ResponseSchemas:
    """An API's success schemas: `{"components": {...}, "operations": {endpoint: schema}}` as JSON text."""

    def __init__(self, text: str) -> None:
        data = json.loads(text)
        self._operations: Mapping[str, Schema] = data["operations"]
        self._checkers = Checkers(data["components"])
        self._compiled: dict[str, Check | None] = {}
        # Two threads compiling at once could see each other's half-compiled components.
        self._lock = threading.Lock()

    def check(self, endpoint: str) -> Check | None:
        """The compiled check of the JSON body `endpoint` answers with on success, None when nothing is checked."""
        with self._lock:
            if endpoint not in self._compiled:
                schema = self._operations.get(endpoint)
                self._compiled[endpoint] = None if schema is None else self._checkers.compile(schema)
            return self._compiled[endpoint]


@lru_cache(maxsize=16)
def response_schemas(text: str) -> ResponseSchemas:
    """The schemas of one generated `_resources` module, parsed on first use (a str hashes once, so looking the
    text up again is cheap). Example: ``response_schemas(RESPONSES).check("api.assets.assets_get")``."""
    return ResponseSchemas(text)
