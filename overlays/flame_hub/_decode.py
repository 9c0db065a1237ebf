"""Decoding records into the generated models, several times faster than their `from_dict`.

A page of 50 records is the common answer, and the generated `from_dict` spends most of its time defining and calling
a helper per nullable field. This builds, once per model class, a plain function that fills the same attrs instance
straight from the JSON object: same fields, same `datetime` conversions, nested models decoded the same way, unknown
keys kept in `additional_properties`. A model whose annotations it does not recognise is left to its `from_dict`.

Unlike `from_dict`, it checks each value's JSON type against the field's annotation (which the generator wrote from
the spec): a string for an `int`, or null for a field that is not nullable, raises SchemaMismatch naming the key's
path, never the value.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from client_runtime import SchemaMismatch

T = TypeVar("T")
_PLAIN = {"str", "int", "bool", "float", "Any"}
# The JSON types each annotation accepts; `float` takes an integral JSON number too, as `from_dict` does.
_CLASSES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "bool": (bool,),
    "float": (int, float),
    "datetime.datetime": (str,),
    "None": (type(None),),
}
_WANTED = {str: "a string", int: "an integer", bool: "a boolean", float: "a number", list: "a list", dict: "an object"}
_CACHE: dict[type[Any], Callable[[Mapping[str, Any]], Any]] = {}


def decoder(cls: type[T]) -> Callable[[Mapping[str, Any]], T]:
    """The decoding function of a generated model class.

    Example: ``decoder(Node)({"id": "…", "name": "n1", …}) == Node.from_dict({…})``
    """
    found = _CACHE.get(cls)
    if found is None:
        _CACHE[cls] = cls.from_dict  # type: ignore[attr-defined]  # what a model nested in itself gets
        found = _CACHE[cls] = _build(cls)
    return found


def decode_all(cls: type[T], items: Any, where: str) -> list[T]:
    """Every record of the JSON list `items` (found at the JSON path `where`), decoded into `cls`.

    Example: ``decode_all(Node, body["data"], "$.data")``; a bad record raises SchemaMismatch at ``$.data[3].name``.
    """
    return within(_list_of(decoder(cls)), items, where)


def decode_one(cls: type[T], record: Any, where: str) -> T:
    """One record found at the JSON path `where`, decoded into `cls`.

    Example: ``decode_one(Node, body["data"], "$.data")``; a bad field raises SchemaMismatch at ``$.data.name``.
    """
    return within(decoder(cls), record, where)


def within(decode: Callable[[Any], T], value: Any, where: str) -> T:
    """`decode(value)`, a SchemaMismatch's path put under `where` (``$.name`` at ``$.data`` is ``$.data.name``)."""
    try:
        return decode(value)
    except SchemaMismatch as exc:
        raise SchemaMismatch(where + exc.where[1:], exc.problem) from None


def _list_of(decode: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    def decode_list(items: Any) -> list[T]:
        if items.__class__ is not list:
            raise SchemaMismatch("$", f"must be a list, got {_got(items)}")
        try:
            return [decode(item) for item in items]
        except SchemaMismatch:
            for index, item in enumerate(items):
                within(decode, item, f"$[{index}]")
            raise

    return decode_list


def _got(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _mismatch(key: str, wanted: str, value: Any, index: int | None = None) -> SchemaMismatch:
    where = "$" + _segment(key) + ("" if index is None else f"[{index}]")
    return SchemaMismatch(where, f"must be {wanted}, got {_got(value)}")


def _wanted(classes: list[type]) -> str:
    shown = [c for c in dict.fromkeys(classes) if c in _WANTED and not (c is int and float in classes)]
    return " or ".join([_WANTED[c] for c in shown] + (["null"] if type(None) in classes else []))


def _members(annotation: str) -> list[str]:
    depth, start, parts = 0, 0, []
    for index, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return parts


def _model(name: str, package: str) -> type[Any] | None:
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        return None
    module_name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()
    try:
        module = importlib.import_module(f"{package}.{module_name}")
    except ImportError:
        return None
    import attrs

    found = getattr(module, name, None)
    return found if isinstance(found, type) and attrs.has(found) else None


def _converter(annotation: str, package: str, names: dict[str, Any]) -> str | None:
    """The expression converting `v`, `"v"` when nothing converts, or None when the annotation is not understood."""
    members = [m for m in _members(annotation) if m not in ("None", "Unset")]
    if all(m in _PLAIN or (m.startswith("list[") and _members(m[5:-1])[0] in _PLAIN) for m in members):
        return "v"
    if len(members) != 1:
        return None
    member = members[0]
    if member == "datetime.datetime":
        return "_datetime(v)"
    many = member.startswith("list[")
    model = _model(member[5:-1] if many else member, package)
    if model is None:
        return None
    names[f"_{model.__name__}"] = _list_of(decoder(model)) if many else decoder(model)
    return f"_{model.__name__}(v)"


def _checks(key: str, annotation: str, names: dict[str, Any]) -> list[str]:
    """Lines that raise SchemaMismatch when `v`, the JSON value under `key`, does not fit `annotation`."""
    members = _members(annotation)
    classes: list[type] = []
    items: tuple[type, ...] = ()
    for member in members:
        if member in ("Any", "Unset"):
            if member == "Any":
                return []
            classes.append(type(names["UNSET"]))
        elif member in _CLASSES:
            classes.extend(_CLASSES[member])
        elif member.startswith("list["):
            classes.append(list)
            inner = _members(member[5:-1])
            items = () if "Any" in inner else tuple(c for m in inner for c in _CLASSES.get(m, ()))
        else:
            classes.append(dict)  # a nested model: its own decoder checks inside
    index = len(names)
    names[f"_c{index}"] = classes[0] if len(classes) == 1 else frozenset(classes)
    test = f"v.__class__ is not _c{index}" if len(classes) == 1 else f"v.__class__ not in _c{index}"
    lines = [f"    if {test}:", f"        raise _mismatch({key!r}, {_wanted(classes)!r}, v)"]
    if items:
        names[f"_i{index}"] = frozenset(items)
        lines += [
            f"    if v.__class__ is list and not all(x.__class__ in _i{index} for x in v):",
            f"        i = next(i for i, x in enumerate(v) if x.__class__ not in _i{index})",
            f"        raise _mismatch({key!r}, {_wanted(list(items))!r}, v[i], i)",
        ]
    return lines


def _segment(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key)}]"


def _json_key(attribute: str) -> str:
    head, *rest = attribute.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _build(cls: type[T]) -> Callable[[Mapping[str, Any]], T]:
    import attrs

    fallback: Callable[[Mapping[str, Any]], T] = cls.from_dict  # type: ignore[attr-defined]
    package = cls.__module__.rpartition(".")[0]
    from_types = importlib.import_module(package.rpartition(".")[0] + ".types")
    names: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "UNSET": from_types.UNSET}
    names.update(_datetime=datetime.datetime.fromisoformat, _mismatch=_mismatch, _got=_got)
    names["SchemaMismatch"] = SchemaMismatch
    lines = [
        "def decode(d):",
        "    if d.__class__ is not dict:",
        "        raise SchemaMismatch('$', 'must be an object, got ' + _got(d))",
        "    o = _new(_cls)",
    ]
    keys, required = [], 0
    fields: Any = attrs.fields(cls)  # type: ignore[arg-type]  # generated models are attrs classes
    for attribute in fields:
        annotation = attribute.type if isinstance(attribute.type, str) else None
        if attribute.name == "additional_properties":
            if annotation != "dict[str, Any]":
                return fallback
            continue
        if annotation is None:
            return fallback
        convert = _converter(annotation, package, names)
        if convert is None:
            return fallback
        key = _json_key(attribute.name)
        keys.append(key)
        members = _members(annotation)
        if attribute.default is attrs.NOTHING:
            required += 1
            lines.append(f"    v = d[{key!r}]")
        else:
            lines.append(f"    v = d.get({key!r}, UNSET)")
        lines.extend(_checks(key, annotation, names))
        if convert == "v":
            lines.append(f"    o.{attribute.name} = v")
            continue
        guards = [
            f"v is not {sentinel}" for sentinel, name in (("None", "None"), ("UNSET", "Unset")) if name in members
        ]
        guard = f" if {' and '.join(guards)} else v" if guards else ""
        # A nested record's path, or a date-time the model cannot read, is named by its key; the value never is.
        failure = (
            f"raise _mismatch({key!r}, 'an ISO 8601 date-time', v) from None"
            if convert == "_datetime(v)"
            else f"raise SchemaMismatch('$' + {_segment(key)!r} + e.where[1:], e.problem) from None"
        )
        caught = "(TypeError, ValueError)" if convert == "_datetime(v)" else "SchemaMismatch as e"
        lines += [
            "    try:",
            f"        o.{attribute.name} = {convert}{guard}",
            f"    except {caught}:",
            f"        {failure}",
        ]
    names["_known"] = frozenset(keys)
    lines.append(
        f"    o.additional_properties = {{k: x for k, x in d.items() if k not in _known}}"
        f" if len(d) > {required} and not _known.issuperset(d) else {{}}"
    )
    lines.append("    return o")
    exec("\n".join(lines), names)
    built: Callable[[Mapping[str, Any]], T] = names["decode"]
    return built
