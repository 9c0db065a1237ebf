"""The older server generation (authup before 1.0.0-beta.54, Hub before 0.13), mapped onto the current one.

Both generations have the same routes (robots aside). What differs is how they are written:

=================  ====================================  =================================================
                   current                               older
=================  ====================================  =================================================
JSON keys          camelCase                             snake_case
single records     ``{data, meta}``                      the bare record
list ``meta``      ``{total, limit, offset, schema}``    ``{total, limit, offset}``
errors             ``{statusCode, code, message,         ``{statusCode, code, message}``, plus ``children``
                   issues}``                             and ``attributes`` (validation) or ``error`` and
                                                         ``error_description`` (token endpoint)
filters            rapiq 2 (``x~`` starts with)          rapiq 0.9 (``~x`` starts with; no ends-with, no
                                                         contains, no expression dialect)
=================  ====================================  =================================================

The models are generated once, from the current specs. For the older generation an httpx transport rewrites every
request to the client's service into the older spelling and every JSON answer back into the current one, so the
generated parsers, the façade and the verbs all see the current wire. Filter values cannot be rewritten after the
fact (``~x`` means starts-with on one generation and ends-with on the other), so the verbs write them per
generation (see query.py).

With ``generation="auto"`` the transport asks the service's status route (``GET /``) once, before the first request
it carries (the token request of a login included, so the probe needs no login), and the version in that first answer
decides. Hub storage 0.8 reports no version, only ``{"timestamp": …}``; every later storage reports one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from client_runtime import AsyncClient, DecodingError, InvalidRequest, SyncClient, redact_url

from .query import camel

Generation = Literal["current", "legacy"]
GenerationArg = Literal["current", "legacy", "auto"]
CURRENT: Generation = "current"
LEGACY: Generation = "legacy"
Service = Literal["auth", "core", "storage"]

# The first version of each service that speaks the current generation (a pre-release counts below its release).
FIRST_CURRENT: dict[str, tuple[int, int, int, float]] = {
    "auth": (1, 0, 0, 54),  # authup 1.0.0-beta.54: camelCase and rapiq 2
    "core": (0, 13, 0, float("inf")),
    "storage": (0, 13, 0, float("inf")),
}
# Values whose keys are data (log labels, allow-lists), not field names: never re-cased.
FREE_FORM = frozenset({"labels", "schema"})
# Routes whose answers are flat on both generations (never enveloped).
_FLAT = re.compile(r"^/$|^/(nodes|analyses)/[^/]+/(client|registry)/credentials$|^/services/")
# Fields the older records lack, filled with null so the current models read them: nodes had a robot, not a client.
_ABSENT = {"nodes": {"clientId": None}, "node": {"clientId": None}}
# Error codes of the older servers that are only an HTTP status name, as the current servers spell them.
_STATUS_CODES = {
    400: "bad_request",
    401: "identity_unauthorized",
    403: "permission_denied",
    404: "entity_not_found",
    409: "entity_conflict",
    500: "internal_error",
}
_GENERIC = re.compile(r"^[A-Z_]+$|^undefined$")
_VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-[A-Za-z]+\.?(\d+))?")


def check_generation(value: Any) -> GenerationArg:
    if value not in ("current", "legacy", "auto"):
        raise InvalidRequest("generation", f"must be 'current', 'legacy' or 'auto', got {value!r}")
    found: GenerationArg = value
    return found


def snake(key: str) -> str:
    """camelCase → snake_case, per dotted segment.

    >>> snake("registryProject.externalName"), snake("created_at")
    ('registry_project.external_name', 'created_at')
    """
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).lower()


def recase(value: Any, convert: Callable[[str], str]) -> Any:
    """Every key of every object in `value` converted, except inside FREE_FORM values."""
    if isinstance(value, dict):
        return {
            convert(k): (v if k in FREE_FORM else recase(v, convert)) for k, v in value.items() if isinstance(k, str)
        }
    if isinstance(value, list):
        return [recase(item, convert) for item in value]
    return value


# -- requests: current → older ---------------------------------------------------------------------------------------
def legacy_params(params: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Query parameters in the older spelling: snake_case field names in filter keys, sort, include and fields.

    >>> legacy_params([("filter[realmId]", "x"), ("sort", "-createdAt"), ("fields", "+accountSecret")])
    [('filter[realm_id]', 'x'), ('sort', '-created_at'), ('fields', '+account_secret')]
    """
    found = []
    for key, value in params:
        if key.startswith("filter[") and key.endswith("]"):
            found.append((f"filter[{snake(key[7:-1])}]", value))
        elif key in ("sort", "include", "fields"):
            found.append((key, ",".join(_name(item) for item in value.split(","))))
        else:
            found.append((key, value))
    return found


def _name(item: str) -> str:
    stripped = item.lstrip("+-")
    return item[: len(item) - len(stripped)] + snake(stripped)


# -- answers: older → current ----------------------------------------------------------------------------------------
def _run_status(record: dict[str, Any]) -> dict[str, Any]:
    """Hub before 0.8.22 names an analysis' and an analysis node's execution state `run_status`; it is read as the
    current `executionStatus` (and kept under its own name)."""
    if "runStatus" in record and "executionStatus" not in record:
        return {**record, "executionStatus": record["runStatus"]}
    return record


def _record(value: Any, kind: str) -> Any:
    if not isinstance(value, dict):
        return value
    record = _run_status(recase(value, camel))
    for relation, found in record.items():
        if isinstance(found, dict):
            nested = _run_status(found)
            record[relation] = {**_ABSENT[relation], **nested} if relation in _ABSENT else nested
    return {**_ABSENT.get(kind, {}), **record}


def current_answer(path: str, data: Any) -> Any:
    """A 2xx JSON answer of the older generation as the current one writes it.

    >>> current_answer("/realms/1", {"id": "1", "built_in": True})
    {'data': {'id': '1', 'builtIn': True}, 'meta': {}}
    >>> current_answer("/realms", {"data": [{"display_name": None}], "meta": {"total": 1}})
    {'data': [{'displayName': None}], 'meta': {'total': 1}}
    """
    kind = path.strip("/").split("/", 1)[0]
    if _FLAT.match(path):
        return recase(data, camel)
    if isinstance(data, dict) and "data" in data and "meta" in data:
        items = data["data"]
        records = [_record(item, kind) for item in items] if isinstance(items, list) else _record(items, kind)
        return {"data": records, "meta": data["meta"]}
    if isinstance(data, dict) or data is None:
        return {"data": _record(data, kind), "meta": {}}
    return data


def _issue(child: Any) -> dict[str, Any]:
    if not isinstance(child, Mapping):
        return {"type": "item", "code": "invalid", "path": [], "message": str(child)}
    where = child.get("pathAbsolute") or child.get("path") or ""
    path = [camel(part) for part in str(where).split(".") if part] if isinstance(where, str) else list(where)
    message = child.get("message") or f"The attribute {'.'.join(map(str, path))} is invalid."
    return {"type": "item", "code": str(child.get("code") or "invalid"), "path": path, "message": message}


def current_error(status: int, data: Any) -> Any:
    """An error body of the older generation as the current one writes it. The older code is kept as `legacyCode`;
    `children` become `issues` (without the values the server echoed back, which may be secrets).

    >>> current_error(404, {"statusCode": 404, "code": "NOT_FOUND", "message": ""})
    {'statusCode': 404, 'code': 'entity_not_found', 'message': '', 'issues': [], 'legacyCode': 'NOT_FOUND'}
    """
    if not isinstance(data, dict) or "issues" in data:
        return data
    code = str(data.get("code") or "")
    mapped = _STATUS_CODES.get(status, code) if _GENERIC.match(code) or not code else code
    message = data.get("message") or data.get("error_description") or ""
    children = data.get("children") or []
    issues = [_issue(child) for child in children] if isinstance(children, list) else []
    if not issues and isinstance(data.get("attributes"), list):
        issues = [_issue({"path": str(name)}) for name in data["attributes"]]
    body: dict[str, Any] = {"statusCode": data.get("statusCode", status), "code": mapped, "message": message}
    body["issues"] = issues
    body["legacyCode"] = code
    for key in ("error", "error_description"):
        if key in data:
            body[camel(key)] = data[key]
    return body


def refuses_token(status: int, data: Any) -> bool:
    """Whether an older server's error means "this token is not accepted", which current servers answer with 401:
    authup 1.0.0-beta.26 answers a malformed or unknown token with 400 `invalid_token` (a revoked one with
    `inactive_token`), and Hub 0.8.13, which has authup check the token, with a bare 400 `BAD_REQUEST` and no message.

    >>> refuses_token(400, {"statusCode": 400, "code": "invalid_token", "message": "The JWT is invalid."})
    True
    >>> refuses_token(400, {"statusCode": 400, "code": "BAD_REQUEST", "message": "The attribute name is invalid."})
    False
    """
    if status != 400 or not isinstance(data, dict):
        return False
    code = data.get("code")
    bare = code == "BAD_REQUEST" and not data.get("message") and not data.get("children")
    return code in ("invalid_token", "inactive_token") or bare


# -- telling the generation ------------------------------------------------------------------------------------------
def parse_version(version: str) -> tuple[int, int, int, float] | None:
    """`0.8.13` → (0, 8, 13, inf); `1.0.0-beta.26` → (1, 0, 0, 26).

    >>> parse_version("1.0.0-beta.26"), parse_version("0.14.0")
    ((1, 0, 0, 26.0), (0, 14, 0, inf))
    """
    match = _VERSION.match(version.strip())
    if match is None:
        return None
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), float(pre) if pre is not None else float("inf")


def generation_of(service: str, version: Any) -> Generation | None:
    """The generation a service of this version speaks, or None when the version does not read.

    >>> generation_of("auth", "1.0.0-beta.26"), generation_of("core", "0.14.0"), generation_of("core", "0.12.5")
    ('legacy', 'current', 'legacy')
    """
    parsed = parse_version(version) if isinstance(version, str) else None
    if parsed is None:
        return None
    return LEGACY if parsed < FIRST_CURRENT[service] else CURRENT


@dataclass(slots=True)
class GenerationState:
    """What a client knows of its server's generation: chosen, detected, or not yet (`value` None)."""

    service: Service
    value: Generation | None

    def decide(self, response: httpx.Response, request: httpx.Request) -> Generation:
        """Settle the generation from the status route's answer (its body read) to `request`."""
        version, data = None, None
        try:
            data = response.json()
            version = data.get("version") if isinstance(data, dict) else None
        except ValueError:
            pass
        found = generation_of(self.service, version) if response.is_success else None
        if found is None and response.is_success and self.service == "storage" and _timestamp_only(data):
            found = LEGACY
        if found is None:
            raise DecodingError(
                "could not tell the server generation from its status route; "
                "pass generation='current' or generation='legacy'",
                method=request.method,
                url=redact_url(request.url),
                text=response.text,
            )
        self.value = found
        return found


def _timestamp_only(data: Any) -> bool:
    """Hub storage 0.8's status answer, `{"timestamp": …}`: the only storage whose status names no version."""
    return isinstance(data, dict) and list(data) == ["timestamp"]


# -- the transports --------------------------------------------------------------------------------------------------
class _Rewriting:
    def __init__(self, base_url: str, state: GenerationState) -> None:
        url = httpx.URL(base_url)
        self._origin = (url.scheme, url.host, url.port)
        self._prefix = url.path.rstrip("/")
        self._base = str(url).rstrip("/")
        self.state = state
        # The probe's answer, kept when it was made for another request: a status request right after it is answered
        # from it instead of asking twice.
        self._probed: httpx.Response | None = None

    def _path(self, request: httpx.Request) -> str | None:
        """The request's path below the base URL when it goes to this client's service (the token route aside)."""
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin or not url.path.startswith(self._prefix):
            return None
        path = url.path[len(self._prefix) :] or "/"
        if not path.startswith("/") or path == "/token" or path.startswith("/token/"):
            return None
        return path

    def _probe(self, cause: httpx.Request) -> httpx.Request:
        """The status request that tells the generation, bounded by the timeouts of the call that caused it."""
        extensions = {"timeout": cause.extensions["timeout"]} if "timeout" in cause.extensions else {}
        return httpx.Request("GET", self._base + "/", headers={"Accept": "application/json"}, extensions=extensions)

    def _outgoing(self, request: httpx.Request) -> httpx.Request:
        url = request.url.copy_with(params=legacy_params(list(request.url.params.multi_items())))
        if request.headers.get("content-type", "").startswith("application/json") and request.content:
            content = json.dumps(recase(json.loads(request.content), snake)).encode()
            headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
            return httpx.Request(request.method, url, headers=headers, content=content, extensions=request.extensions)
        return httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
        )

    @staticmethod
    def _copy(response: httpx.Response) -> httpx.Response:
        """A read answer as a fresh one the client can read again."""
        dropped = ("content-length", "content-encoding", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
        return httpx.Response(
            response.status_code, headers=headers, content=response.content, extensions=response.extensions
        )

    @staticmethod
    def _is_json(response: httpx.Response) -> bool:
        return "json" in response.headers.get("content-type", "")

    @staticmethod
    def _incoming(response: httpx.Response, path: str) -> httpx.Response:
        """The read answer rewritten into the current generation's form."""
        if not response.content:
            return response
        try:
            data = json.loads(response.content)
        except ValueError:
            return response
        status = response.status_code
        mapped = current_error(status, data) if status >= 400 else current_answer(path, data)
        if refuses_token(status, data):
            # answered as current servers do, so the auth flows renew the token once, as on any 401
            status = 401
            code = "identity_unauthorized" if data.get("code") == "BAD_REQUEST" else "invalid_token"
            mapped = {**mapped, "statusCode": 401, "code": code}
        dropped = ("content-length", "content-encoding", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
        return httpx.Response(
            status, headers=headers, content=json.dumps(mapped).encode(), extensions=response.extensions
        )


class LegacyTransport(_Rewriting, httpx.BaseTransport):
    """Carries a sync client's requests, in the older generation's spelling when its server speaks that one."""

    def __init__(self, inner: httpx.BaseTransport, base_url: str, state: GenerationState) -> None:
        super().__init__(base_url, state)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = self._path(request)
        asked = request.method == "GET" and path == "/"
        probed, self._probed = self._probed, None
        if asked and probed is not None:
            return self._copy(probed)
        if self.state.value is None:
            sent = request if asked else self._probe(request)
            probe = self.inner.handle_request(sent)
            try:
                probe.read()
            finally:
                probe.close()
            self.state.decide(probe, sent)
            if asked:
                return self._copy(probe)
            self._probed = probe
        if path is None or self.state.value == CURRENT:
            return self.inner.handle_request(request)
        response = self.inner.handle_request(self._outgoing(request))
        if not self._is_json(response):
            return response
        try:
            response.read()
        finally:
            response.close()
        return self._incoming(response, path)

    def close(self) -> None:
        self.inner.close()


class AsyncLegacyTransport(_Rewriting, httpx.AsyncBaseTransport):
    """Carries an async client's requests, in the older generation's spelling when its server speaks that one."""

    def __init__(self, inner: httpx.AsyncBaseTransport, base_url: str, state: GenerationState) -> None:
        super().__init__(base_url, state)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = self._path(request)
        asked = request.method == "GET" and path == "/"
        probed, self._probed = self._probed, None
        if asked and probed is not None:
            return self._copy(probed)
        if self.state.value is None:
            sent = request if asked else self._probe(request)
            probe = await self.inner.handle_async_request(sent)
            try:
                await probe.aread()
            finally:
                await probe.aclose()
            self.state.decide(probe, sent)
            if asked:
                return self._copy(probe)
            self._probed = probe
        if path is None or self.state.value == CURRENT:
            return await self.inner.handle_async_request(request)
        response = await self.inner.handle_async_request(self._outgoing(request))
        if not self._is_json(response):
            return response
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self._incoming(response, path)

    async def aclose(self) -> None:
        await self.inner.aclose()


def install(client: SyncClient | AsyncClient, state: GenerationState) -> None:
    """Route every request of `client` through the rewriting transport."""
    if isinstance(client, AsyncClient):
        client.wrap_transports(lambda transport: AsyncLegacyTransport(transport, client.base_url, state))
    else:
        client.wrap_transports(lambda transport: LegacyTransport(transport, client.base_url, state))
