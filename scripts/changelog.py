"""What changed between two versions of an API, how much the client's version moves, and the changelog entry.

Pure functions on parsed specs and plain data; scripts/generate.py does the reading and writing.

    >>> old = {"paths": {"/a": {"get": {"operationId": "a_get", "responses": {"200": {"description": "ok"}}}}}}
    >>> [change.text for change in wire_changes({"": old}, {"": {"paths": {}}})]
    ['`GET /a` (`a_get`): operation removed']
    >>> bump("1.4.2", "major")
    '2.0.0'

The level of each change is judged from the client's side: anything that can break code written against the old
client (a removed operation, parameter or field, a new required argument, a field that readers could count on and
no longer can) is "major"; anything new that old code can ignore is "minor"; everything else that changes the
wheel is "patch".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["patch", "minor", "major"]
LEVELS: tuple[Level, ...] = ("patch", "minor", "major")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords that document a schema without changing what travels on the wire.
DOC_KEYWORDS = frozenset({"description", "title", "summary", "example", "examples", "externalDocs", "deprecated"})
# `format` values that only say how to treat a value (a secret to keep out of reprs), not what it may be.
DOC_FORMATS = frozenset({"password"})
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
REQUEST, RESPONSE = "request", "response"

Spec = Mapping[str, Any]


@dataclass(frozen=True, order=True)
class Change:
    """One change, with the version level it calls for; sorting puts the weightiest first within a level."""

    level: Level
    text: str


def highest(levels: Iterable[Level]) -> Level | None:
    """The weightiest level, or None for no levels: `highest(["minor", "patch"]) == "minor"`."""
    found = [LEVELS.index(level) for level in levels]
    return LEVELS[max(found)] if found else None


def bump(version: str, level: Level) -> str:
    """`version` moved by `level`; below 1.0.0 a breaking change moves the minor part, as semver allows.

    >>> bump("1.2.3", "minor"), bump("1.2.3", "patch"), bump("0.3.1", "major")
    ('1.3.0', '1.2.4', '0.4.0')
    """
    match = SEMVER.match(version)
    if not match:
        raise ValueError(f"{version!r} is not a semantic version MAJOR.MINOR.PATCH")
    major, minor, patch = map(int, match.groups())
    if level == "major" and major == 0:
        level = "minor"
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _resolve(spec: Spec, node: Any) -> Any:
    """Follows local `$ref`s of parameters, bodies and responses (schemas keep theirs: they are named models)."""
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 20:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node


def _schema_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


def _operations(spec: Spec) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for path, raw_item in (spec.get("paths") or {}).items():
        item = _resolve(spec, raw_item)
        for method in METHODS:
            if isinstance(item.get(method), Mapping):
                found[(method.upper(), path)] = {**item[method], "_shared_parameters": item.get("parameters") or []}
    return found


def _parameters(spec: Spec, operation: Mapping[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*operation["_shared_parameters"], *(operation.get("parameters") or [])]:
        parameter = _resolve(spec, raw)
        merged[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
    return merged


def _media_schemas(spec: Spec, holder: Any) -> dict[str, Any]:
    holder = _resolve(spec, holder) or {}
    return {media: (body or {}).get("schema", {}) for media, body in (holder.get("content") or {}).items()}


def _roots(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    """(direction, place, schema) for every schema an operation sends or receives."""
    for (method, path), operation in _operations(spec).items():
        label = f"{method} {path}"
        for (where, name), parameter in _parameters(spec, operation).items():
            yield REQUEST, f"`{label}` {where} parameter `{name}`", parameter.get("schema", {})
        for media, schema in _media_schemas(spec, operation.get("requestBody")).items():
            yield REQUEST, f"`{label}` request body ({media})", schema
        for status, response in (operation.get("responses") or {}).items():
            for media, schema in _media_schemas(spec, response).items():
                yield RESPONSE, f"`{label}` {status} response ({media})", schema


def _children(schema: Any) -> Iterator[Any]:
    if not isinstance(schema, Mapping):
        return
    for key in ("items", "additionalProperties", "not", "contains"):
        if isinstance(schema.get(key), Mapping):
            yield schema[key]
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        yield from schema.get(key) or []
    yield from (schema.get("properties") or {}).values()


def directions(spec: Spec) -> dict[str, set[str]]:
    """Component schema name → whether it is sent (request), received (response) or both."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    used: dict[str, set[str]] = {}
    for direction, _, root in _roots(spec):
        stack = [root]
        while stack:
            node = stack.pop()
            name = _schema_name(node)
            if name is not None:
                if direction in used.setdefault(name, set()):
                    continue
                used[name].add(direction)
                node = schemas.get(name, {})
            stack.extend(_children(node))
    return used


def _fields(schema: Any, prefix: str = "") -> Iterator[tuple[str, Any, bool]]:
    """(dotted field name, its schema, required) for the properties of an object, inline objects included."""
    if not isinstance(schema, Mapping) or _schema_name(schema):
        return
    for part in schema.get("allOf") or []:
        yield from _fields(part, prefix)
    if isinstance(schema.get("items"), Mapping):
        yield from _fields(schema["items"], f"{prefix}[]" if prefix else "[]")
    required = set(schema.get("required") or [])
    for name, sub in (schema.get("properties") or {}).items():
        dotted = f"{prefix}.{name}" if prefix else name
        yield dotted, sub, name in required
        yield from _fields(sub, dotted)


def _shape(schema: Any) -> Any:
    """The part of a schema that decides what travels, without documentation or nested fields (compared apart)."""
    if not isinstance(schema, Mapping):
        return schema
    shape = {}
    for key, value in schema.items():
        if key in DOC_KEYWORDS or key.startswith("x-") or key in ("properties", "required"):
            continue
        if key == "format" and value in DOC_FORMATS:
            continue
        if key in ("items", "additionalProperties", "not") and isinstance(value, Mapping):
            shape[key] = _shape(value)
        elif key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            shape[key] = [_shape(part) for part in value]
        else:
            shape[key] = value
    return shape


def _shape_change(where: str, old: Any, new: Any, sides: set[str]) -> list[Change]:
    before, after = _shape(old), _shape(new)
    if before == after:
        return []
    old_enum, new_enum = (set(map(json.dumps, (s or {}).get("enum") or [])) for s in (before, after))
    if {k: v for k, v in before.items() if k != "enum"} == {k: v for k, v in after.items() if k != "enum"}:
        changes = []
        if new_enum - old_enum:
            level: Level = "major" if RESPONSE in sides else "minor"
            changes.append(Change(level, f"{where}: values added: {', '.join(sorted(new_enum - old_enum))}"))
        if old_enum - new_enum:
            level = "major" if REQUEST in sides else "minor"
            changes.append(Change(level, f"{where}: values removed: {', '.join(sorted(old_enum - new_enum))}"))
        return changes
    return [Change("major", f"{where}: changed from {_brief(before)} to {_brief(after)}")]


def _brief(shape: Any) -> str:
    return "`" + json.dumps(shape, sort_keys=True, separators=(",", ":"))[:80] + "`"


def _field_changes(where: str, old: Any, new: Any, sides: set[str]) -> list[Change]:
    before = {name: (sub, required) for name, sub, required in _fields(old)}
    after = {name: (sub, required) for name, sub, required in _fields(new)}
    changes = []
    for name in sorted(before.keys() - after.keys()):
        kind = "required" if before[name][1] else "optional"
        changes.append(Change("major", f"{where}: {kind} field `{name}` removed"))
    for name in sorted(after.keys() - before.keys()):
        required = after[name][1]
        level: Level = "major" if required and REQUEST in sides else "minor"
        changes.append(Change(level, f"{where}: {'required' if required else 'optional'} field `{name}` added"))
    for name in sorted(before.keys() & after.keys()):
        (old_sub, was_required), (new_sub, is_required) = before[name], after[name]
        if was_required != is_required:
            breaks = REQUEST in sides if is_required else RESPONSE in sides
            now = "required" if is_required else "optional"
            changes.append(Change("major" if breaks else "minor", f"{where}: field `{name}` is now {now}"))
        changes += _shape_change(f"{where}: field `{name}`", old_sub, new_sub, sides)
    return changes


def _spec_changes(old: Spec, new: Spec, label: str) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)

    def name(key: tuple[str, str], operation: Mapping[str, Any]) -> str:
        return f"{label}`{key[0]} {key[1]}` (`{operation.get('operationId', '?')}`)"

    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change("major", f"{name(key, old_ops[key])}: operation removed"))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change("minor", f"{name(key, new_ops[key])}: operation added"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[key], new_ops[key]
        where = name(key, after)
        if before.get("operationId") != after.get("operationId"):
            changes.append(Change("major", f"{where}: operationId was `{before.get('operationId')}`"))
        changes += _parameter_changes(where, _parameters(old, before), _parameters(new, after))
        changes += _body_changes(where, old, new, before.get("requestBody"), after.get("requestBody"))
        changes += _response_changes(where, old, new, before.get("responses") or {}, after.get("responses") or {})
    changes += _schema_changes(old, new, label)
    return changes


def _parameter_changes(where: str, before: dict[Any, Any], after: dict[Any, Any]) -> list[Change]:
    changes = []
    for place, name in sorted(before.keys() - after.keys()):
        changes.append(Change("major", f"{where}: {place} parameter `{name}` removed"))
    for place, name in sorted(after.keys() - before.keys()):
        required = bool(after[(place, name)].get("required"))
        kind = "required" if required else "optional"
        changes.append(Change("major" if required else "minor", f"{where}: {kind} {place} parameter `{name}` added"))
    for place, name in sorted(before.keys() & after.keys()):
        was, now = bool(before[(place, name)].get("required")), bool(after[(place, name)].get("required"))
        if was != now:
            state = "required" if now else "optional"
            changes.append(Change("major" if now else "minor", f"{where}: {place} parameter `{name}` is now {state}"))
        old_schema, new_schema = before[(place, name)].get("schema", {}), after[(place, name)].get("schema", {})
        label = f"{where}: {place} parameter `{name}`"
        changes += _shape_change(label, old_schema, new_schema, {REQUEST})
        changes += _field_changes(label, old_schema, new_schema, {REQUEST})
    return changes


def _body_changes(where: str, old: Spec, new: Spec, before: Any, after: Any) -> list[Change]:
    if before is None and after is None:
        return []
    if after is None:
        return [Change("major", f"{where}: request body removed")]
    required = bool(_resolve(new, after).get("required"))
    if before is None:
        return [Change("major" if required else "minor", f"{where}: request body added")]
    changes = []
    if required and not _resolve(old, before).get("required"):
        changes.append(Change("major", f"{where}: request body is now required"))
    changes += _content_changes(
        f"{where}: request body", _media_schemas(old, before), _media_schemas(new, after), REQUEST
    )
    return changes


def _response_changes(
    where: str, old: Spec, new: Spec, before: Mapping[str, Any], after: Mapping[str, Any]
) -> list[Change]:
    changes = []
    for status in sorted(set(before) - set(after)):
        level: Level = "major" if str(status).startswith("2") else "minor"
        changes.append(Change(level, f"{where}: response {status} removed"))
    for status in sorted(set(after) - set(before)):
        changes.append(Change("minor", f"{where}: response {status} added"))
    for status in sorted(set(before) & set(after)):
        old_media, new_media = _media_schemas(old, before[status]), _media_schemas(new, after[status])
        changes += _content_changes(f"{where}: {status} response", old_media, new_media, RESPONSE)
    return changes


def _content_changes(where: str, before: dict[str, Any], after: dict[str, Any], side: str) -> list[Change]:
    changes = []
    for media in sorted(before.keys() - after.keys()):
        changes.append(Change("major", f"{where}: {media} no longer {'accepted' if side == REQUEST else 'sent'}"))
    for media in sorted(after.keys() - before.keys()):
        changes.append(Change("minor", f"{where}: {media} added"))
    for media in sorted(before.keys() & after.keys()):
        changes += _shape_change(f"{where} ({media})", before[media], after[media], {side})
        changes += _field_changes(f"{where} ({media})", before[media], after[media], {side})
    return changes


def _schema_changes(old: Spec, new: Spec, label: str) -> list[Change]:
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    old_use, new_use = directions(old), directions(new)
    changes = []
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        changes.append(Change("major", f"{label}schema `{name}` removed"))
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        changes.append(Change("minor", f"{label}schema `{name}` added"))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        sides = old_use.get(name, set()) | new_use.get(name, set())
        shown = f"{label}schema `{name}`" + (f" ({' and '.join(sorted(sides))})" if sides else " (unused)")
        changes += _shape_change(shown, old_schemas[name], new_schemas[name], sides)
        changes += _field_changes(shown, old_schemas[name], new_schemas[name], sides)
    return changes


def wire_changes(old: Mapping[str, Spec], new: Mapping[str, Spec]) -> list[Change]:
    """Changes between two sets of specs keyed by service ("" for a package with one spec), weightiest first."""
    changes: list[Change] = []
    for service in sorted(old.keys() | new.keys()):
        label = f"{service}: " if service else ""
        if service not in new:
            changes.append(Change("major", f"{label}service removed"))
        elif service not in old:
            changes.append(Change("minor", f"{label}service added"))
        else:
            changes += _spec_changes(old[service], new[service], label)
    return ordered(changes)


def ordered(changes: Iterable[Change]) -> list[Change]:
    """Without repeats, weightiest first, then alphabetical: a stable order for a committed file."""
    unique = dict.fromkeys(changes)
    return sorted(unique, key=lambda change: (-LEVELS.index(change.level), change.text))


def api_version_text(versions: Mapping[str, str]) -> str:
    """`{"": "5.3.4"}` → "5.3.4"; several services → "auth 1.0, core 0.14"."""
    if list(versions) == [""]:
        return versions[""]
    return ", ".join(f"{service} {version}" for service, version in sorted(versions.items()))


@dataclass(frozen=True)
class Entry:
    """One release in a changelog."""

    version: str
    level: Level | None
    api_versions: tuple[str, str]
    wire: list[Change]
    python: list[Change]


def decide(wire: list[Change], python: list[Change], content_changed: bool) -> Level | None:
    """The bump: the weightiest change, or a patch when only the wheel's content changed, or None."""
    level = highest(change.level for change in [*wire, *python])
    return level or ("patch" if content_changed else None)


def render_entry(entry: Entry) -> str:
    """The Markdown section of one release."""
    old_api, new_api = entry.api_versions
    api = f"API version {new_api}" if old_api == new_api else f"API version {old_api} → {new_api}"
    lines = [f"## {entry.version}", "", f"{(entry.level or 'no').capitalize()} release for {api}.", ""]
    for title, changes in (("On the wire", entry.wire), ("In the Python API", entry.python)):
        lines += [f"### {title}", ""]
        if changes:
            lines += [f"- {_tag(change.level)}{change.text}" for change in changes]
        else:
            lines.append("- no change")
        lines.append("")
    if entry.level == "patch" and not entry.wire and not entry.python:
        lines += ["The wheel's content changed (overlays, generated code or packaging) without changing its API.", ""]
    return "\n".join(lines)


def _tag(level: Level) -> str:
    return {"major": "**breaking** ", "minor": "added or widened: ", "patch": ""}[level]


def first_entry(version: str, api: str) -> str:
    """The section written when a package has no previous snapshot to compare with."""
    return f"## {version}\n\nFirst release with its own version, for API version {api}.\n"


def changelog(distribution: str, entry_text: str, previous: str | None) -> str:
    """The whole CHANGELOG.md: the new section on top of the earlier ones."""
    header = (
        f"# Changelog of {distribution}\n\n"
        "Newest first. scripts/generate.py writes a section whenever the spec or the package's content changes.\n"
    )
    earlier = ""
    if previous:
        _, _, earlier = previous.partition("\n## ")
        earlier = "\n## " + earlier if earlier else ""
    return header + "\n" + entry_text.rstrip("\n") + "\n" + earlier
