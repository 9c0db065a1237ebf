"""Write an API's resource façade (`_resources.py`) from its spec and the generated endpoint modules.

Each spec tag becomes a resource class and each operation a method named after its operationId
without the tag prefix (`study_cases_load` under tag `study_cases` is `client.study_cases.load`).
Signatures are read from the generated `_get_kwargs`, return types from `_parse_response`, so the
façade always matches what the generator emitted.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DROP_KEYS = {"description", "example", "examples", "title", "summary", "x-multipart-form"}
# What the runtime checks an answer against (client_runtime._conform); the rest of a response schema is left out.
CONFORM_KEYS = {"type", "enum", "const", "properties", "required", "additionalProperties", "items", "$ref"}
CONFORM_KEYS |= {"allOf", "anyOf", "oneOf"}


class FacadeError(Exception):
    pass


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    lines = text.splitlines() or [""]
    body = "\n".join((indent + line) if line.strip() else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}' + (f"\n{body}\n{indent}" if body else "") + '"""\n'


@dataclass
class Arg:
    name: str
    annotation: str
    default: str | None
    keyword_only: bool


@dataclass
class Op:
    tag: str
    method_name: str
    operation_id: str
    http_method: str
    path: str
    summary: str
    endpoint: str
    args: list[Arg]
    returns: str
    result: str
    retry_safe: bool
    params: dict[str, Any]
    body: Any
    status: int | None = None
    answer: Any = None
    imports: dict[str, str] = field(default_factory=dict)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise FacadeError(f"only local $refs are supported: {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _strip(schema: Any, names: bool = False) -> Any:
    """The schema without documentation keywords; `names` marks a `properties` map, whose keys are field names."""
    if isinstance(schema, dict):
        return {k: _strip(v, k == "properties" and not names) for k, v in schema.items() if names or k not in DROP_KEYS}
    if isinstance(schema, list):
        return [_strip(v) for v in schema]
    return schema


def _refs(schema: Any, found: set[str], spec: dict[str, Any]) -> None:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                _refs(spec["components"]["schemas"][name], found, spec)
        for value in schema.values():
            _refs(value, found, spec)
    elif isinstance(schema, list):
        for value in schema:
            _refs(value, found, spec)


def _import_map(tree: ast.Module) -> dict[str, str]:
    """Name → the module it comes from, as seen from the package root (`._generated.models.x`)."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            base = "._generated" + ("." + node.module if node.module else "") if node.level == 3 else node.module
            for alias in node.names:
                names[alias.asname or alias.name] = f"{base}:{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
    return names


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise FacadeError(f"generated module has no {name}()")


class _RenameUnset(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.Name:
        mapping = {"Unset": "NotGiven", "UNSET": "NOT_GIVEN"}
        return ast.copy_location(ast.Name(mapping.get(node.id, node.id), node.ctx), node)


def _source(node: ast.expr) -> str:
    return ast.unparse(_RenameUnset().visit(node))


def _names(node: ast.expr) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _union_members(annotation: ast.expr) -> list[ast.expr]:
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _union_members(annotation.left) + _union_members(annotation.right)
    return [annotation]


@dataclass
class Success:
    """The documented 2xx answer: how it becomes a value, its status, and the schema its JSON body is checked by."""

    result: str
    status: int | None
    schema: dict[str, Any] | None
    answer: Any = None


def _success(operation: dict[str, Any], spec: dict[str, Any]) -> Success:
    found = [status for status in operation.get("responses", {}) if str(status).startswith("2")]
    if not found:
        raise FacadeError(f"{operation.get('operationId')}: no 2xx response")
    status = found[0]
    code = int(status) if len(found) == 1 and str(status).isdigit() else None
    response = _resolve(spec, operation["responses"][status])
    content = response.get("content") or {}
    if not content:
        return Success("none", code, None)
    for media_type, media in content.items():
        schema = _resolve(spec, media.get("schema") or {})
        if media_type == "application/octet-stream" or schema.get("format") == "binary":
            return Success("bytes", code, schema)
    media_type, media = next(iter(content.items()))
    declared = media.get("schema") or {}
    json_body = media_type == "application/json" or media_type.endswith("+json")
    return Success("parse", code, _resolve(spec, declared), _conform_schema(declared) if json_body else None)


def _conform_schema(schema: Any, names: bool = False) -> Any:
    """The schema with only the keywords an answer is checked by; `names` marks a `properties` map."""
    if isinstance(schema, dict):
        return {
            k: _conform_schema(v, k == "properties" and not names)
            for k, v in schema.items()
            if names or k in CONFORM_KEYS
        }
    if isinstance(schema, list):
        return [_conform_schema(v) for v in schema]
    return schema


def _nullable(schema: dict[str, Any] | None) -> bool:
    if not schema:
        return False
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(_nullable(member) for key in ("oneOf", "anyOf") for member in schema.get(key, ()))


def collect(spec: dict[str, Any], package_dir: Path, error_models: list[str]) -> list[Op]:
    ops: list[Op] = []
    seen: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        shared_params = item.get("parameters", [])
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            where = f"paths.{path}.{http_method}"
            operation_id = operation.get("operationId")
            tags = operation.get("tags") or []
            if not operation_id or len(tags) != 1:
                raise FacadeError(f"{where}: needs an operationId and exactly one tag")
            tag = tags[0]
            if not operation_id.startswith(tag + "_") or not operation_id.isidentifier():
                raise FacadeError(f"{where}: operationId {operation_id!r} must be '{tag}_<verb>' in snake_case")
            if operation_id in seen:
                raise FacadeError(f"{where}: duplicate operationId {operation_id!r}")
            seen.add(operation_id)
            module_path = package_dir / "api" / snake(tag) / f"{snake(operation_id)}.py"
            if not module_path.exists():
                raise FacadeError(f"{where}: the generator wrote no {module_path.name}")
            tree = ast.parse(module_path.read_text(encoding="utf-8"))
            imports = _import_map(tree)
            get_kwargs = _function(tree, "_get_kwargs")
            success = _success(operation, spec)
            result, success_schema = success.result, success.schema

            used: set[str] = set()
            args: list[Arg] = []
            positional = get_kwargs.args.args
            defaults = [None] * (len(positional) - len(get_kwargs.args.defaults)) + list(get_kwargs.args.defaults)
            for arg, default in zip(positional, defaults, strict=True):
                args.append(_arg(arg, default, False, used))
            for arg, default in zip(get_kwargs.args.kwonlyargs, get_kwargs.args.kw_defaults, strict=True):
                args.append(_arg(arg, default, True, used))

            if result == "bytes":
                returns = "bytes"
            elif result == "none":
                returns = "None"
            else:
                parse_returns = _function(tree, "_parse_response").returns
                assert parse_returns is not None
                keep = [
                    m
                    for m in _union_members(parse_returns)
                    if not (isinstance(m, ast.Name) and m.id in error_models)
                    and not (isinstance(m, ast.Constant) and m.value is None)
                ]
                if not keep:
                    raise FacadeError(f"{where}: no success type in _parse_response")
                returns = " | ".join(_source(m) for m in keep)
                if _nullable(success_schema) and "None" not in returns.split(" | "):
                    returns += " | None"
                for member in keep:
                    used |= _names(member)

            params: dict[str, Any] = {}
            arg_names = {a.name for a in args}
            wire = _wire_names(get_kwargs)
            for declared in [*shared_params, *operation.get("parameters", [])]:
                param = _resolve(spec, declared)
                name = wire.get(param["name"], "")
                if name not in arg_names:
                    name = snake(param["name"])
                    name = name if name in arg_names else name + "_"
                if name not in arg_names:
                    raise FacadeError(f"{where}: parameter {param['name']!r} is not an argument of _get_kwargs")
                params[name] = _strip(param.get("schema", {}))
            body = None
            request_body = _resolve(spec, operation.get("requestBody") or {})
            json_body = (request_body.get("content") or {}).get("application/json")
            if json_body is not None:
                body = _strip(json_body.get("schema", {}))

            ops.append(
                Op(
                    tag=tag,
                    method_name=operation_id[len(tag) + 1 :],
                    operation_id=operation_id,
                    http_method=http_method.upper(),
                    path=path,
                    summary=operation.get("summary") or operation_id,
                    endpoint=f"api.{snake(tag)}.{snake(operation_id)}",
                    args=args,
                    returns=returns,
                    result=result,
                    retry_safe=bool(operation.get("x-retry-safe", False)),
                    params=params,
                    body=body,
                    status=success.status,
                    answer=success.answer,
                    imports={n: imports[n] for n in used if n in imports and n not in ("Unset", "UNSET")},
                )
            )
    return ops


def _wire_names(get_kwargs: ast.FunctionDef) -> dict[str, str]:
    """Wire name → argument name, from `params["page[limit]"] = pagelimit` lines of `_get_kwargs`."""
    names: dict[str, str] = {}
    for node in ast.walk(get_kwargs):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                names[str(target.slice.value)] = node.value.id
    return names


def _arg(arg: ast.arg, default: ast.expr | None, keyword_only: bool, used: set[str]) -> Arg:
    if arg.annotation is None:
        raise FacadeError(f"argument {arg.arg} has no annotation")
    used |= _names(arg.annotation)
    if default is not None:
        used |= _names(default)
    return Arg(arg.arg, _source(arg.annotation), _source(default) if default is not None else None, keyword_only)


def _signature(op: Op) -> tuple[str, str]:
    parts = ["self"]
    star = False
    for arg in op.args:
        if arg.keyword_only and not star:
            parts.append("*")
            star = True
        parts.append(f"{arg.name}: {arg.annotation}" + (f" = {arg.default}" if arg.default is not None else ""))
    if not star:
        parts.append("*")
    parts.append("options: RequestOptions | None = None")
    call_args = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in op.args) + "}"
    return ", ".join(parts), call_args


BUILTIN_TYPES = frozenset({"list", "dict", "set", "tuple", "type", "bytes", "str", "int", "float", "bool", "object"})


def _unshadow(source: str, shadowed: set[str]) -> str:
    """Annotations in a class with a method named like a builtin type (`list`) must name the builtin."""
    for name in shadowed:
        source = re.sub(rf"(?<![\w.]){name}\b(?!\s*[(:=])", f"builtins.{name}", source)
    return source


def _literal(value: Any) -> str:
    """`value` as Python source, with dict keys sorted so the output never depends on spec order."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value)


def _constant(op: Op) -> str:
    return f"_{op.operation_id.upper()}"


VARIANTS = [
    # (class suffix, async?, client call, return wrapper)
    ("", False, "_call", "{}"),
    ("WithRawResponse", False, "_call_raw", "RawResponse[{}]"),
    ("WithStreamingResponse", False, "_call_stream", "StreamedResponse[{}]"),
    ("", True, "_call", "{}"),
    ("WithRawResponse", True, "_call_raw", "RawResponse[{}]"),
    ("WithStreamingResponse", True, "_call_stream", "AsyncStreamedResponse[{}]"),
]


def render(ops: list[Op], spec: dict[str, Any], client: str, error_model: str | None, package_dir: Path) -> str:
    components: set[str] = set()
    for op in ops:
        _refs(op.params, components, spec)
        _refs(op.body, components, spec)
    schemas = spec.get("components", {}).get("schemas", {})
    component_data = {name: _strip(schemas[name]) for name in sorted(components)}
    answer_components: set[str] = set()
    for op in ops:
        _refs(op.answer, answer_components, spec)
    answers = {
        "components": {name: _conform_schema(schemas[name]) for name in sorted(answer_components)},
        "operations": {op.endpoint: op.answer for op in sorted(ops, key=lambda o: o.endpoint) if op.answer is not None},
    }

    type_imports: dict[str, set[str]] = {}
    for op in ops:
        for name, source in op.imports.items():
            module, _, attr = source.partition(":")
            type_imports.setdefault(module, set()).add(attr if attr else name)

    out: list[str] = [
        '"""The resource façade, generated from the spec\'s tags and operationIds. Do not edit."""\n\n',
        "from __future__ import annotations\n\nimport builtins\n",
        "from typing import TYPE_CHECKING, Any, cast\n\n",
        "from client_runtime import (\n    NOT_GIVEN,\n    AsyncClient,\n    AsyncStreamedResponse,\n    ErrorModel,\n"
        "    NotGiven,\n    Operation,\n    RawResponse,\n    RequestOptions,\n    Resource,\n    StreamedResponse,\n"
        "    SyncClient,\n)\n\n",
        "if TYPE_CHECKING:\n",
    ]
    plain = sorted(m for m in type_imports if not m.startswith("."))
    relative = sorted(m for m in type_imports if m.startswith("."))
    for module in plain + relative:
        names = sorted(type_imports[module])
        if module.startswith("."):
            out.append(f"    from {module} import {', '.join(names)}\n")
        else:
            out.append(
                f"    import {module}\n" if names == [module] else f"    from {module} import {', '.join(names)}\n"
            )
    if not type_imports:
        out.append("    pass\n")
    out.append("\n")
    out.append('_PACKAGE = __name__.rpartition(".")[0] + "._generated"\n\n')
    out.append(f"COMPONENTS: dict[str, Any] = {_literal(component_data)}\n\n")
    out.append(_responses_text(answers))
    for op in ops:
        out.append(
            f"{_constant(op)} = Operation(\n    _PACKAGE,\n    {op.endpoint!r},\n"
            f"    {op.http_method!r},\n    {op.path!r},\n"
            f"    result={op.result!r},\n    retry_safe={op.retry_safe!r},\n"
            f"    params={_literal(op.params)},\n"
            f"    body={_literal(op.body)},\n"
            "    components=COMPONENTS,\n"
            f"    success={op.status!r},\n"
            "    responses=RESPONSES,\n)\n"
        )
    out.append("\n")

    tags: dict[str, list[Op]] = {}
    for op in ops:
        tags.setdefault(op.tag, []).append(op)

    for is_async in (False, True):
        for tag, tag_ops in tags.items():
            base = ("Async" if is_async else "") + pascal(tag)
            for suffix, variant_async, call, wrapper in VARIANTS:
                if variant_async != is_async:
                    continue
                client_type = "AsyncClient" if is_async else "SyncClient"
                out.append(f"\n\nclass {base}{suffix}(Resource[{client_type}]):\n")
                out.append(docstring(f"`{tag}` operations" + (f", {suffix}." if suffix else "."), "    "))
                shadowed = {op.method_name for op in tag_ops} & BUILTIN_TYPES
                for op in tag_ops:
                    signature, call_args = _signature(op)
                    returns = wrapper.format(op.returns)
                    signature, returns = _unshadow(signature, shadowed), _unshadow(returns, shadowed)
                    awaits = is_async and call != "_call_stream"
                    prefix = "async def" if awaits else "def"
                    out.append(f"\n    {prefix} {op.method_name}({signature}) -> {returns}:\n")
                    out.append(docstring(f"{op.summary}\n\n`{op.http_method} {op.path}`", "        "))
                    invocation = f"self._client.{call}({_constant(op)}, {call_args}, options)"
                    if awaits:
                        invocation = f"await {invocation}"
                    if call == "_call":
                        out.append(f"        return cast({op.returns!r}, {invocation})\n")
                    else:
                        out.append(f"        return {invocation}\n")
                if not suffix:
                    for raw_suffix in ("WithRawResponse", "WithStreamingResponse"):
                        attr = "with_raw_response" if raw_suffix == "WithRawResponse" else "with_streaming_response"
                        out.append(f"\n    @property\n    def {attr}(self) -> {base}{raw_suffix}:\n")
                        out.append(f"        return {base}{raw_suffix}(self._client)\n")

    error = ""
    if error_model is not None:
        module = _find_model_module(package_dir, error_model)
        error = f"    error_model = ErrorModel(_PACKAGE, {module!r}, {error_model!r})\n"
    for is_async in (False, True):
        prefix = "Async" if is_async else ""
        base = "AsyncClient" if is_async else "SyncClient"
        out.append(f"\n\nclass {prefix}{client}Base({base}):\n")
        out.append(docstring(f"The generated {'async ' if is_async else ''}client: one property per resource.", "    "))
        out.append(error)
        for tag in tags:
            out.append(f"\n    @property\n    def {snake(tag)}(self) -> {prefix}{pascal(tag)}:\n")
            out.append(f"        return {prefix}{pascal(tag)}(self)\n")
    out.append(f"\n\nOPERATIONS = ({', '.join(_constant(op) for op in ops)},)\n")
    return "".join(out)


def _responses_text(answers: dict[str, dict[str, Any]]) -> str:
    """`RESPONSES`, the success schemas as one JSON string: a constant costs nothing at import, the runtime parses
    it on the first decode. One line per component and per operation keeps the diffs of a spec change readable."""
    lines = ["# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).\n"]
    lines.append("RESPONSES = (\n")
    for section, entries in answers.items():
        opening = '{"' if section == "components" else ',"'
        lines.append(f"    {opening + section + chr(34) + ':{'!r}\n")
        for index, (name, schema) in enumerate(entries.items()):
            text = ("," if index else "") + json.dumps(name) + ":" + json.dumps(schema, sort_keys=True)
            lines.append(f"    {text!r}\n")
        lines.append("    " + repr("}" + ("}" if section == "operations" else "")) + "\n")
    lines.append(")\n\n")
    return "".join(lines)


def _find_model_module(package_dir: Path, class_name: str) -> str:
    for path in sorted((package_dir / "models").glob("*.py")):
        if re.search(rf"^class {re.escape(class_name)}\b", path.read_text(encoding="utf-8"), re.MULTILINE):
            return f"models.{path.stem}"
    raise FacadeError(f"no generated model class {class_name}")
