"""Serve an OpenAPI 3.1 spec on 127.0.0.1 with a Python handler object, checking every request against the spec.

The handler gets one method per operationId (`handler.<operationId>(request) -> FakeResponse`) plus
`not_found(request)` and `method_not_allowed(request)`; optional hooks are `options(request)` (an OPTIONS request to
a known path the spec does not describe) and `finalize(request, response) -> FakeResponse` (called on every response,
scripted ones included). Handler calls are serialised by one lock, so handlers need no locking of their own.

Spec conventions understood here: an operation's `x-multipart-form` schema describes a multipart/form-data body
accepted besides its `requestBody` content types.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import threading
import time
import traceback
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from werkzeug.datastructures import Headers, MultiDict
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

SPEC_URI = "urn:openapi-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass
class UploadedFile:
    filename: str | None
    content: bytes
    content_type: str | None


@dataclass
class FakeRequest:
    method: str
    path: str
    operation_id: str | None
    path_params: dict[str, Any]
    query: MultiDict[str, str]
    headers: Headers
    cookies: dict[str, str]
    body: bytes
    mimetype: str
    json: Any = None
    json_error: str | None = None  # set when the Content-Type is JSON but the body does not parse
    form: MultiDict[str, str] = field(default_factory=MultiDict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    allowed_methods: list[str] = field(default_factory=list)

    @property
    def is_json(self) -> bool:
        return self.mimetype == "application/json" or (
            self.mimetype.startswith("application/") and self.mimetype.endswith("+json")
        )


@dataclass
class FakeResponse:
    status: int = 200
    body: Any = b""  # bytes are sent as they are; any other value (None included) goes through json.dumps
    content_type: str | None = None
    headers: dict[str, str] | list[tuple[str, str]] = field(default_factory=dict)
    gzip: bool = False


@dataclass
class _Operation:
    operation_id: str
    parameters: list[tuple[dict[str, Any], str]]  # parameter object, pointer to its schema
    request_body: dict[str, Any] | None
    body_pointer: str
    multipart_pointer: str | None


@dataclass
class _Route:
    template: str
    regex: re.Pattern[str]
    names: list[str]
    schemas: dict[str, dict[str, Any]]
    operations: dict[str, _Operation]
    specificity: tuple[int, int]


class _QuietRequestHandler(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"

    def log(self, type: str, message: str, *args: Any) -> None:
        pass


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _main_type(schema: dict[str, Any]) -> str:
    types = schema.get("type", "string")
    types = [types] if isinstance(types, str) else types
    return next((t for t in types if t != "null"), "string")


def _coerce(raw: str, schema: dict[str, Any]) -> Any:
    """Convert a path, query or header string by its schema type; ValueError when it cannot be."""
    kind = _main_type(schema)
    if kind == "integer":
        # Like Werkzeug's int converter: a sign is only accepted where the schema allows negative values.
        unsigned = schema.get("minimum", schema.get("exclusiveMinimum", -1)) >= 0
        if not re.fullmatch(r"\d+" if unsigned else r"-?\d+", raw):
            raise ValueError(f"{raw!r} is not a valid integer")
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise ValueError(f"{raw!r} is not a valid boolean")
        return raw == "true"
    return raw


@functools.cache
def _load_spec(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


class SpecServer:
    def __init__(self, spec_path: str | Path, handler: Any) -> None:
        self.spec: dict[str, Any] = _load_spec(Path(spec_path).resolve())
        self.handler = handler
        self.requests: list[FakeRequest] = []
        self.violations: list[str] = []
        self.errors: list[str] = []  # tracebacks of handler crashes (answered with 500 text/plain)
        self._registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.spec))
        self._validators: dict[str, Draft202012Validator] = {}
        self._routes = sorted(self._build_routes(), key=lambda route: route.specificity, reverse=True)
        self._scripts: dict[str, deque[FakeResponse]] = defaultdict(deque)
        self._delays: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.RLock()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("server not started")
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> SpecServer:
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True, request_handler=_QuietRequestHandler)
        server = self._server
        # A short poll interval keeps shutdown, and so every test's teardown, fast.
        self._thread = threading.Thread(target=lambda: server.serve_forever(0.02), name="spec-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
        self._server, self._thread = None, None

    def __enter__(self) -> SpecServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # -- fault injection -----------------------------------------------------------------------------------------
    def script(self, operation_id: str, *responses: FakeResponse) -> None:
        """The next len(responses) calls of the operation get these responses instead of the handler's."""
        with self._lock:
            self._scripts[operation_id].extend(responses)

    def delay(self, operation_id: str, seconds: float, times: int = 1) -> None:
        """The next `times` calls of the operation sleep `seconds` before being answered."""
        with self._lock:
            self._delays[operation_id].extend([seconds] * times)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self.violations.clear()
            self.errors.clear()

    # -- spec --------------------------------------------------------------------------------------------------
    def _at(self, pointer: str) -> Any:
        node: Any = self.spec
        for raw in pointer.lstrip("/").split("/") if pointer else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def _deref(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        while "$ref" in node:
            pointer = node["$ref"].split("#", 1)[1]
            node = self._at(pointer)
        return node, pointer

    def _build_routes(self) -> Iterable[_Route]:
        for template, item in self.spec.get("paths", {}).items():
            item_pointer = f"/paths/{_escape(template)}"
            shared = self._parameters(item.get("parameters", []), f"{item_pointer}/parameters")
            operations: dict[str, _Operation] = {}
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op_pointer = f"{item_pointer}/{method}"
                own = self._parameters(item[method].get("parameters", []), f"{op_pointer}/parameters")
                merged = {(p["name"], p["in"]): (p, s) for p, s in shared + own}
                body, body_pointer = None, ""
                if "requestBody" in item[method]:
                    body, body_pointer = self._deref(item[method]["requestBody"], f"{op_pointer}/requestBody")
                multipart = f"{op_pointer}/x-multipart-form" if "x-multipart-form" in item[method] else None
                operations[method.upper()] = _Operation(
                    item[method]["operationId"], list(merged.values()), body, body_pointer, multipart
                )
            schemas: dict[str, dict[str, Any]] = {}
            for operation in operations.values():
                for param, schema_pointer in operation.parameters:
                    if param["in"] == "path":
                        schemas.setdefault(param["name"], self._at(schema_pointer))
            names = re.findall(r"\{([^}/]+)\}", template)
            pieces = re.split(r"\{[^}/]+\}", template)
            regex = "".join(re.escape(piece) + ("([^/]+)" if i < len(names) else "") for i, piece in enumerate(pieces))
            literals = [segment for segment in template.split("/") if "{" not in segment]
            yield _Route(template, re.compile(regex), names, schemas, operations, (len(literals), len("".join(pieces))))

    def _parameters(self, raw: list[dict[str, Any]], pointer: str) -> list[tuple[dict[str, Any], str]]:
        resolved = [self._deref(param, f"{pointer}/{i}") for i, param in enumerate(raw)]
        return [(param, f"{param_pointer}/schema") for param, param_pointer in resolved]

    def _validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            ref = f"{SPEC_URI}#{quote(pointer, safe='/~')}"
            self._validators[pointer] = Draft202012Validator({"$ref": ref}, registry=self._registry)
        return self._validators[pointer]

    def _schema_problems(self, where: str, instance: Any, pointer: str) -> list[str]:
        found = []
        for error in self._validator(pointer).iter_errors(instance):
            detail = best_match([error])
            found.append(f"{where} {detail.json_path}: {detail.message}")
        return found

    # -- requests ----------------------------------------------------------------------------------------------
    def _match(self, fake: FakeRequest) -> _Operation | None:
        candidates: list[tuple[_Route, dict[str, Any]]] = []
        for route in self._routes:
            found = route.regex.fullmatch(fake.path)
            if found is None:
                continue
            try:
                pairs = zip(route.names, found.groups(), strict=True)
                params = {name: _coerce(value, route.schemas.get(name, {})) for name, value in pairs}
            except ValueError:
                continue
            candidates.append((route, params))
        for route, params in candidates:
            operation = route.operations.get(fake.method)
            if operation is None and fake.method == "HEAD":
                operation = route.operations.get("GET")
            if operation is not None:
                fake.path_params, fake.operation_id = params, operation.operation_id
                return operation
        fake.allowed_methods = sorted({method for route, _ in candidates for method in route.operations})
        return None

    def _validate(self, fake: FakeRequest, operation: _Operation) -> list[str]:
        problems: list[str] = []
        for param, schema_pointer in operation.parameters:
            name, where = param["name"], param["in"]
            schema = self._at(schema_pointer)
            if where == "path":
                problems += self._schema_problems(f"path parameter {name!r}", fake.path_params[name], schema_pointer)
                continue
            source = {"query": fake.query.getlist(name), "header": fake.headers.getlist(name)}.get(where)
            raw = source if source is not None else [fake.cookies[name]] if name in fake.cookies else []
            if not raw:
                problems += [f"{where} parameter {name!r} is required"] if param.get("required") else []
                continue
            try:
                items = schema.get("items", {})
                value = [_coerce(v, items) for v in raw] if _main_type(schema) == "array" else _coerce(raw[0], schema)
            except ValueError as error:
                problems.append(f"{where} parameter {name!r}: {error}")
                continue
            problems += self._schema_problems(f"{where} parameter {name!r}", value, schema_pointer)
        return problems + self._body_problems(fake, operation)

    def _body_problems(self, fake: FakeRequest, operation: _Operation) -> list[str]:
        if fake.mimetype == "multipart/form-data" and operation.multipart_pointer is not None:
            form = {**fake.form.to_dict(), **{name: "<binary>" for name in fake.files}}
            return self._schema_problems("form", form, operation.multipart_pointer)
        body = operation.request_body
        if body is None:
            return ["request body not described by the spec"] if fake.body else []
        if not fake.body:
            return ["request body is required"] if body.get("required") else []
        content = body.get("content", {})
        media = next((m for m in content if m == fake.mimetype), None) or next(
            (m for m in content if (m.endswith("/*") and fake.mimetype.startswith(m[:-1])) or m == "*/*"), None
        )
        if media is None:
            return [f"content type {fake.mimetype!r} is not one of {sorted(content)}"]
        if "schema" not in content[media]:
            return []
        if fake.is_json:
            if fake.json_error is not None:
                return [f"body is not valid JSON: {fake.json_error}"]
            instance: Any = fake.json
        elif fake.mimetype in FORM_TYPES:
            instance = {**fake.form.to_dict(), **{name: "<binary>" for name in fake.files}}
        else:
            instance = fake.body.decode("utf-8", errors="replace")
        return self._schema_problems("body", instance, f"{operation.body_pointer}/content/{_escape(media)}/schema")

    def _parse(self, request: Request) -> FakeRequest:
        body = request.get_data(cache=True)
        fake = FakeRequest(
            request.method,
            request.path,
            None,
            {},
            MultiDict(request.args),
            Headers(request.headers),
            dict(request.cookies),
            body,
            request.mimetype,
        )
        if fake.is_json:
            try:
                fake.json = json.loads(body)
            except ValueError as error:
                fake.json_error = str(error)
        if fake.mimetype in FORM_TYPES:
            fake.form = MultiDict(request.form)
            fake.files = {name: UploadedFile(f.filename, f.read(), f.content_type) for name, f in request.files.items()}
        return fake

    def _answer(self, fake: FakeRequest, operation: _Operation | None) -> FakeResponse:
        handler: Callable[[FakeRequest], FakeResponse]
        if operation is None:
            options = getattr(self.handler, "options", None)
            if fake.method == "OPTIONS" and fake.allowed_methods and options is not None:
                handler = options
            else:
                handler = self.handler.method_not_allowed if fake.allowed_methods else self.handler.not_found
        else:
            scripted = self._scripts[operation.operation_id]
            handler = (lambda _: scripted.popleft()) if scripted else getattr(self.handler, operation.operation_id)
        try:
            response = handler(fake)
            finalize = getattr(self.handler, "finalize", None)
            return finalize(fake, response) if finalize is not None else response
        except Exception:
            self.errors.append(traceback.format_exc())
            return FakeResponse(500, self.errors[-1].encode(), "text/plain; charset=utf-8")

    def _wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        try:
            fake = self._parse(request)
        finally:
            request.close()  # uploaded files are spooled to temporary files
        pause = 0.0
        with self._lock:
            operation = self._match(fake)
            self.requests.append(fake)
            if operation is not None:
                where = f"{operation.operation_id} ({fake.method} {fake.path})"
                self.violations += [f"{where}: {problem}" for problem in self._validate(fake, operation)]
                delays = self._delays[operation.operation_id]
                pause = delays.popleft() if delays else 0.0
        if pause:
            time.sleep(pause)
        with self._lock:
            answer = self._answer(fake, operation)
        return self._to_werkzeug(answer)(environ, start_response)

    @staticmethod
    def _to_werkzeug(answer: FakeResponse) -> Response:
        if isinstance(answer.body, (bytes, bytearray)):
            data, content_type = bytes(answer.body), answer.content_type or "application/octet-stream"
        else:
            data, content_type = json.dumps(answer.body).encode(), answer.content_type or "application/json"
        data = gzip.compress(data) if answer.gzip else data
        response = Response(data, status=answer.status, content_type=content_type)
        if answer.gzip:
            response.headers["Content-Encoding"] = "gzip"
        for name, value in answer.headers.items() if isinstance(answer.headers, dict) else answer.headers:
            response.headers.add(name, value)
        return response
