"""Recording real exchanges with the FLAME Hub services, and replaying them.

`RecordingTransport` sits under a client (its `transport=`) and keeps every request/response pair as JSON-ready data,
with tokens, passwords and secrets scrubbed. `ReplayTransport` answers a client from such a recording, in order, and
checks that each request is the one recorded (method, service, path and query; ids compared by position).
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

SCRUBBED = "***"
# Keys whose values are secrets wherever they appear, in either spelling.
SECRET_KEYS = frozenset(
    {"password", "secret", "access_token", "refresh_token", "client_secret", "account_secret", "accessToken"}
    | {"refreshToken", "clientSecret", "accountSecret"}
)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_JWT = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+")
_BCRYPT = re.compile(r"\$2[aby]\$\d+\$")
KEPT_HEADERS = ("content-type", "content-disposition")


def scrub(value: Any, secrets: Iterable[str] = ()) -> Any:
    """`value` with every secret-named key's value, every JWT and every known secret string replaced by `***`."""
    known = [s for s in secrets if s]
    if isinstance(value, dict):
        return {k: (_scrubbed(v) if k in SECRET_KEYS and v else scrub(v, known)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(item, known) for item in value]
    if isinstance(value, str):
        text = _JWT.sub(SCRUBBED, value)
        for secret in known:
            text = text.replace(secret, SCRUBBED)
        return text
    return value


def _scrubbed(secret: Any) -> str:
    """`***`, after a bcrypt hash's algorithm prefix (`$2y$***`), so a check that a hash came back still holds."""
    return secret[:4] + SCRUBBED if isinstance(secret, str) and _BCRYPT.match(secret) else SCRUBBED


def _body(content: bytes, content_type: str, secrets: Iterable[str]) -> dict[str, Any]:
    if not content:
        return {"kind": "empty"}
    if "json" in content_type:
        try:
            return {"kind": "json", "json": scrub(json.loads(content), secrets)}
        except ValueError:
            pass
    if content_type.startswith("multipart/"):
        return {"kind": "multipart", "size": len(content)}
    if content_type.startswith("text/"):
        return {"kind": "text", "text": scrub(content.decode(errors="replace"), secrets)}
    return {"kind": "bytes", "base64": base64.b64encode(content).decode()}


def _content(body: Mapping[str, Any]) -> bytes:
    kind = body["kind"]
    if kind == "json":
        return json.dumps(body["json"]).encode()
    if kind == "text":
        return str(body["text"]).encode()
    if kind == "bytes":
        return base64.b64decode(body["base64"])
    return b""


def shape_of_path(path: str) -> str:
    """A path with its ids replaced, to compare requests whose ids differ between runs."""
    return _UUID.sub("{id}", path)


@dataclass
class Recording:
    """The exchanges of one run: `services` maps a base URL to its service name."""

    services: dict[str, str]
    secrets: list[str] = field(default_factory=list)
    exchanges: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def service_of(self, url: httpx.URL) -> tuple[str, str]:
        text = str(url.copy_with(query=None))
        for base, name in self.services.items():
            if text.startswith(base.rstrip("/")):
                return name, text[len(base.rstrip("/")) :] or "/"
        raise ValueError(f"{url} belongs to no recorded service")

    def add(self, request: httpx.Request, response: httpx.Response) -> None:
        service, path = self.service_of(request.url)
        query = [(k, scrub(v, self.secrets)) for k, v in request.url.params.multi_items()]
        exchange = {
            "request": {
                "method": request.method,
                "service": service,
                "path": path,
                "query": query,
                "content_type": request.headers.get("content-type", ""),
                "body": _body(request.content, request.headers.get("content-type", ""), self.secrets),
            },
            "response": {
                "status": response.status_code,
                "headers": {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers},
                "body": _body(response.content, response.headers.get("content-type", ""), self.secrets),
            },
        }
        with self._lock:
            self.exchanges.append(exchange)

    def save(self, path: Path, extra: Mapping[str, Any]) -> None:
        data = {**extra, "exchanges": self.exchanges}
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


class RecordingTransport(httpx.BaseTransport):
    """Sends through `inner` (a plain HTTP transport by default) and records each exchange, body read."""

    def __init__(self, recording: Recording, inner: httpx.BaseTransport | None = None) -> None:
        self.recording = recording
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.inner.handle_request(request)
        try:
            content = response.read()
        finally:
            response.close()
        dropped = ("content-length", "content-encoding", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
        copy = httpx.Response(response.status_code, headers=headers, content=content, request=request)
        self.recording.add(request, copy)
        return copy

    def close(self) -> None:
        self.inner.close()


class ReplayMismatch(AssertionError):
    """A request that is not the one recorded at this point."""


class ReplayTransport(httpx.BaseTransport):
    """Answers each request with the next recorded response, after checking it is the recorded request."""

    def __init__(self, exchanges: list[dict[str, Any]], services: dict[str, str]) -> None:
        self.exchanges = exchanges
        self.position = 0
        self.recording = Recording(services)
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        service, path = self.recording.service_of(request.url)
        with self._lock:
            if self.position >= len(self.exchanges):
                raise ReplayMismatch(f"{request.method} {service}{path}: nothing more was recorded")
            exchange = self.exchanges[self.position]
            self.position += 1
        recorded = exchange["request"]
        sent = (request.method, service, shape_of_path(path))
        expected = (recorded["method"], recorded["service"], shape_of_path(recorded["path"]))
        if sent != expected:
            raise ReplayMismatch(f"request {self.position}: sent {sent}, recorded {expected}")
        query = sorted((k, shape_of_path(v)) for k, v in request.url.params.multi_items() if SCRUBBED not in v)
        wanted = sorted((k, shape_of_path(v)) for k, v in recorded["query"] if SCRUBBED not in v)
        if query != wanted:
            raise ReplayMismatch(f"request {self.position} {sent}: query {query}, recorded {wanted}")
        answer = exchange["response"]
        return httpx.Response(
            answer["status"], headers=answer["headers"], content=_content(answer["body"]), request=request
        )

    @property
    def done(self) -> bool:
        return self.position == len(self.exchanges)


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """The async twin of RecordingTransport."""

    def __init__(self, recording: Recording, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.recording = recording
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = await self.inner.handle_async_request(request)
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        dropped = ("content-length", "content-encoding", "transfer-encoding")
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
        copy = httpx.Response(response.status_code, headers=headers, content=content, request=request)
        self.recording.add(request, copy)
        return copy

    async def aclose(self) -> None:
        await self.inner.aclose()


class AsyncReplay(httpx.AsyncBaseTransport):
    """An async client's view of a ReplayTransport: the same recording, the same position."""

    def __init__(self, replay: ReplayTransport) -> None:
        self.replay = replay

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.replay.handle_request(request)
