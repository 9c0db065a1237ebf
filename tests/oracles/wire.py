"""The expected wire of each API, written from evidence, and the two comparisons made against it.

`data/<api>.yaml` holds one entry per operation: method, path template, the query names the evidence sends, the
body keys it requires (when it says), and where the entry comes from. Nothing in it is read from our specs. The
specs are read here only to list their operations and to compare them with the table; the clients are driven on a
capturing transport and their requests compared with it.
"""

from __future__ import annotations

import contextlib
import inspect
import keyword
import re
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml
from client_runtime import NOT_GIVEN, DecodingError

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# The C loader when PyYAML has it: the HahnPRO spec is large, and the typo tests read it several times.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Expected:
    """One operation as the evidence shows it on the wire."""

    operation: str
    method: str
    path: str
    query: frozenset[str]
    body: frozenset[str] | None
    source: str


@dataclass(frozen=True)
class Table:
    """An API's expected wire, and the operations no evidence covers (with the reason)."""

    operations: dict[str, Expected]
    unverified: dict[str, str]


def load_table(name: str, section: str | None = None) -> Table:
    """The table in `data/<name>.yaml` (one `section` of it for the FLAME services)."""
    doc = yaml.load((DATA / f"{name}.yaml").read_text(encoding="utf-8"), Loader=LOADER)  # a safe loader
    if section is not None:
        doc = doc["services"][section]
    operations = {
        operation: Expected(
            operation=operation,
            method=entry["method"],
            path=entry["path"],
            query=frozenset(entry.get("query") or ()),
            body=None if entry.get("body") is None else frozenset(entry["body"]),
            source=entry["source"],
        )
        for operation, entry in (doc.get("operations") or {}).items()
    }
    return Table(operations, dict(doc.get("unverified") or {}))


@dataclass(frozen=True)
class SpecOperation:
    """What a spec says of one operation, reduced to what the table speaks of."""

    method: str
    path: str
    query: frozenset[str]
    body: frozenset[str] | None


def _resolve(doc: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _required(doc: Mapping[str, Any], schema: Any) -> set[str]:
    schema = _resolve(doc, schema)
    keys = set(schema.get("required") or ())
    for part in schema.get("allOf") or ():
        keys |= _required(doc, part)
    return keys


def spec_operations(text: str) -> dict[str, SpecOperation]:
    """Every operation of an OpenAPI document, by operationId."""
    doc = yaml.load(text, Loader=LOADER)  # a safe loader
    found: dict[str, SpecOperation] = {}
    for path, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method, op in item.items():
            if method not in METHODS:
                continue
            # `x-query-parameters` holds the bracket-named ones (`page[limit]`) no generator can make arguments of.
            listed = [*shared, *(op.get("parameters") or []), *(op.get("x-query-parameters") or [])]
            params = [_resolve(doc, p) for p in listed]
            body: frozenset[str] | None = None
            if "requestBody" in op:
                content = _resolve(doc, op["requestBody"]).get("content") or {}
                keys: set[str] = set()
                for media in content.values():
                    keys |= _required(doc, media.get("schema") or {})
                body = frozenset(keys)
            found[op["operationId"]] = SpecOperation(
                method=method.upper(),
                path=path,
                query=frozenset(base_name(p["name"]) for p in params if p.get("in") == "query"),
                body=body,
            )
    return found


def base_name(name: str) -> str:
    """A query name without its brackets: `filter[name]` and `page[limit]` count as `filter` and `page`."""
    return name.split("[", 1)[0]


def shape(path: str) -> str:
    """A path template with its parameter names replaced by their positions: `/a/{x}/b/{y}` -> `/a/{0}/b/{1}`."""
    counter = iter(range(1000))
    return re.sub(r"\{[^}]+\}", lambda _: f"{{{next(counter)}}}", path)


def disagreements(table: Table, spec: Mapping[str, SpecOperation]) -> list[str]:
    """Every way the spec departs from the table; empty when they agree."""
    found: list[str] = []
    for name, want in table.operations.items():
        got = spec.get(name)
        if got is None:
            found.append(f"{name}: {want.method} {want.path} is not in the spec ({want.source})")
            continue
        if (got.method, shape(got.path)) != (want.method, shape(want.path)):
            found.append(
                f"{name}: spec has {got.method} {got.path}, evidence {want.method} {want.path} ({want.source})"
            )
        if not want.query <= got.query:
            found.append(f"{name}: spec lacks query {sorted(want.query - got.query)} ({want.source})")
        if want.body is not None and got.body != want.body:
            found.append(f"{name}: spec requires body keys {sorted(got.body or ())}, evidence {sorted(want.body)}")
    for name in sorted(set(spec) - set(table.operations) - set(table.unverified)):
        found.append(f"{name}: {spec[name].method} {spec[name].path} has neither evidence nor an 'unverified' reason")
    for name in sorted(set(table.unverified) - set(spec)):
        found.append(f"{name}: listed as unverified but not in the spec")
    for name in sorted(set(table.unverified) & set(table.operations)):
        found.append(f"{name}: both in the table and unverified")
    return found


# --- driving a client on a capturing transport --------------------------------------------------------------------


def synth(schema: Any, components: Mapping[str, Any], depth: int = 0) -> Any:
    """A small value the schema accepts, to fill a request body (the oracle is the request line, not this)."""
    if depth > 12:
        return None
    if "$ref" in schema:
        return synth(components[schema["$ref"].rsplit("/", 1)[-1]], components, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(e for e in schema["enum"] if e is not None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synth(part, components, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("required"):
            merged.update(synth(rest, components, depth + 1))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            part = next(s for s in schema[key] if s.get("type") != "null")
            return synth(part, components, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or (kind is None and ("properties" in schema or "required" in schema)):
        props = schema.get("properties") or {}
        return {k: synth(props.get(k, {"type": "string"}), components, depth + 1) for k in schema.get("required", ())}
    if kind == "array":
        return [synth(schema.get("items") or {}, components, depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        formats = {"date-time": "2026-01-01T00:00:00Z", "date": "2026-01-01", "uuid": str(uuid.UUID(int=1))}
        if schema.get("format") in formats:
            return formats[schema["format"]]
        return _matching(schema, ["x" * max(schema.get("minLength", 1), 1), "g:k", str(uuid.UUID(int=1))])
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    return {}


def _matching(schema: Mapping[str, Any], candidates: list[str]) -> str:
    for value in candidates:
        if re.search(schema.get("pattern", ""), value):
            return value
    raise AssertionError(f"no small value fits {schema}")


def argument(schema: Mapping[str, Any], position: int, components: Mapping[str, Any]) -> Any:
    """A distinctive value for a path or query argument, so a filled-in path shows which went where."""
    kind = schema.get("type")
    if "const" in schema or "enum" in schema:
        return synth(schema, components)
    if kind == "integer":
        return 10 + position
    if kind == "boolean":
        return True
    if kind == "string" and "format" not in schema:
        candidates = [f"v{position}", f"/v{position}", f"m{position}", f"g{position}:k{position}"]
        return _matching(schema, [*candidates, str(uuid.UUID(int=position + 1))])
    return synth(schema, components)


@dataclass
class Capture:
    """A transport that keeps every request and answers each with a small JSON document."""

    answer: Callable[[httpx.Request], httpx.Response] = field(default=lambda _: httpx.Response(200, json={}))
    requests: list[httpx.Request] = field(default_factory=list)

    def transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return self.answer(request)

        return httpx.MockTransport(handle)


@dataclass(frozen=True)
class Call:
    """How to call one client method: overrides for arguments the generic filler cannot make (files, value maps),
    and `path_values` when the path arguments are not the method's positional ones."""

    args: tuple[Any, ...] | None = None
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    path_values: tuple[Any, ...] | None = None
    method: Callable[[Any], Any] | None = None
    every_query: bool = False
    answer: str | None = None  # a component schema the answer is made from, for methods that parse it themselves
    headers: Mapping[str, str] = field(default_factory=dict)  # headers of the answer


def find_method(client: Any, operation: str) -> Any:
    """`client.<tag>.<verb>` for operationId `<tag>_<verb>` (the façade's rule)."""
    parts = operation.split("_")
    for cut in range(len(parts) - 1, 0, -1):
        resource = getattr(client, "_".join(parts[:cut]), None)
        if resource is not None and hasattr(resource, "_".join(parts[cut:])):
            return getattr(resource, "_".join(parts[cut:]))
    raise LookupError(f"the client has no method for {operation}")


def _python_name(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()
    return snake + "_" if keyword.iskeyword(snake) else snake


def _body(op: Any) -> Any:
    hint = typing.get_type_hints(op.module._get_kwargs).get("body")
    schema = dict(op.body or {"type": "object"})
    if schema.get("type") == "array":
        schema["minItems"] = 1
    data = synth(schema, op.components)
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return [item.from_dict(x) if hasattr(item, "from_dict") else x for x in data]
    if hint is not None and hasattr(hint, "from_dict"):
        return hint.from_dict(data)
    return data


def _answer(op: Any, schema: str | None, headers: Mapping[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    body = {} if schema is None else synth({"$ref": f"#/components/schemas/{schema}"}, op.components)
    return lambda _: httpx.Response(200, json=body, headers=headers)


def _drain(result: Any) -> None:
    if isinstance(result, Iterator):
        next(result, None)


@dataclass(frozen=True)
class Sent:
    """What one call put on the wire: its first request, and the path values it was given."""

    request: httpx.Request
    path_values: tuple[str, ...]

    @property
    def query_names(self) -> set[str]:
        return {base_name(name) for name, _ in self.request.url.params.multi_items()}


def send(client: Any, operations: Any, capture: Capture, name: str, call: Call) -> Sent:
    """Call the client method for operation `name` with small valid arguments and return the request it sent.

    With `call.every_query`, every optional query argument of the operation is passed too, so that the names the
    client can send are all seen.
    """
    every_query = call.every_query
    op = getattr(operations, f"_{name.upper()}")
    method = call.method(client) if call.method is not None else find_method(client, name)
    in_path = {_python_name(n) for n in re.findall(r"\{([^}]+)\}", op.path)}
    args: list[Any] = []
    path_values: list[Any] = []
    kwargs: dict[str, Any] = {}
    for position, (param, spec) in enumerate(inspect.signature(method).parameters.items()):
        if param in ("options", "self", *call.kwargs) or spec.kind in (spec.VAR_KEYWORD, spec.VAR_POSITIONAL):
            continue
        schema = op.params.get(param, {"type": "string"})
        if param == "body":
            if spec.default is not inspect.Parameter.empty:
                continue  # an optional body: the request line is the same without it
            if spec.kind is spec.KEYWORD_ONLY:
                kwargs[param] = _body(op)
            else:
                args.append(_body(op))
        elif spec.kind in (spec.POSITIONAL_ONLY, spec.POSITIONAL_OR_KEYWORD):
            value = argument(schema, position, op.components)
            args.append(value)
            # an overlay may rename a path argument (`id` for `fqn`); an argument that is no query name is one
            if param in in_path or (param not in op.params and len(path_values) < len(in_path)):
                path_values.append(value)
        elif spec.default is inspect.Parameter.empty or (
            every_query and param in op.params and spec.default in (NOT_GIVEN, None)
        ):
            kwargs[param] = argument(schema, position, op.components)
    if call.args is not None:
        args = list(call.args)
    kwargs.update(call.kwargs)
    capture.requests.clear()
    capture.answer = _answer(op, call.answer, call.headers)
    # The small answer may not fit the operation's model; the request is what is checked.
    with contextlib.suppress(DecodingError):
        _drain(method(*args, **kwargs))
    assert capture.requests, f"{name}: the client sent nothing"
    values = call.path_values if call.path_values is not None else tuple(path_values)
    return Sent(capture.requests[0], tuple(str(v) for v in values))


def expected_path(base_path: str, want: Expected, values: tuple[str, ...]) -> str:
    """The table's template with the call's path values filled in, in order, under the client's base path."""
    names = re.findall(r"\{[^}]+\}", want.path)
    assert len(names) == len(values), f"{want.operation}: {len(values)} path values for {want.path}"
    filled = want.path
    for placeholder, value in zip(names, values, strict=True):
        filled = filled.replace(placeholder, value, 1)
    return base_path.rstrip("/") + filled


GENERIC = (Call(), Call(every_query=True))


def check_client(
    base_url: str, client: Any, operations: Any, capture: Capture, want: Expected, calls: tuple[Call, ...] = GENERIC
) -> list[str]:
    """Drive the client (made on `base_url`) through `calls` for one operation; how its requests depart from the
    table."""
    sents = [send(client, operations, capture, want.operation, call) for call in calls]
    return check_sent(httpx.URL(base_url).path, want, sents)


def check_sent(base_path: str, want: Expected, sents: list[Sent]) -> list[str]:
    """How the client's requests depart from the table: method, filled-in path, query names. The first call is the
    minimal one: what it sends unasked must be known to the evidence; all calls together must reach every name."""
    problems: list[str] = []
    minimal = sents[0]
    for sent in sents:
        path = expected_path(base_path, want, sent.path_values)
        if (sent.request.method, sent.request.url.path) != (want.method, path):
            problems.append(f"sent {sent.request.method} {sent.request.url.path}, evidence {want.method} {path}")
    unknown = minimal.query_names - want.query
    if unknown:
        problems.append(f"sends query {sorted(unknown)} unasked, which the evidence does not know")
    missing = want.query - set().union(*(sent.query_names for sent in sents))
    if missing:
        problems.append(f"cannot send query {sorted(missing)}")
    return [f"{want.operation}: {p} ({want.source})" for p in problems]


def spec_text(api: str) -> str:
    return (ROOT / "specs" / api / "openapi.yaml").read_text(encoding="utf-8")
