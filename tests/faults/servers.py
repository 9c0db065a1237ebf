"""A loopback HTTP/1.1 server whose answers are scripted per path, for injecting transport faults.

One server lives for the whole session; each test gives it routes (`server.route(path, reply, ...)`) and reads back
what arrived (`server.requests`, `server.connections`). A reply is a list of steps: bytes to send, `Pause(s)`, `HANG`
(hold the connection open, answering nothing, until the client gives up) or `RESET` (close with a TCP reset). Every
connection is answered once and closed, so each request is one connection. Every wait has a bound.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import select
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from fakes.raw_server import RawRequest

HANG: Final = "hang"
RESET: Final = "reset"
# No connection is held longer than this, whatever its script says.
MAX_HOLD = 30.0
READ_TIMEOUT = 5.0


@dataclass(frozen=True)
class Pause:
    seconds: float


Step = bytes | Pause | str
Reply = list[Step]


def head(status: int, headers: Mapping[str, str] | None = None) -> bytes:
    """A status line and headers, ending the head; `Connection: close` unless given."""
    lines = [f"HTTP/1.1 {status} {_reason(status)}"]
    lines += [f"{name}: {value}" for name, value in {"Connection": "close", **(headers or {})}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def respond(
    status: int, body: bytes = b"", headers: Mapping[str, str] | None = None, *, length: int | None = None
) -> Reply:
    """A complete answer; `length` may claim more bytes than `body` has, to cut it short."""
    all_headers = {"Content-Length": str(len(body) if length is None else length), **(headers or {})}
    return [head(status, all_headers) + body]


def json_reply(status: int, value: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return respond(status, json.dumps(value).encode(), {"Content-Type": "application/json", **(headers or {})})


def text_reply(status: int, text: str, content_type: str = "application/json") -> Reply:
    return respond(status, text.encode(), {"Content-Type": content_type})


def redirect(status: int, location: str) -> Reply:
    return respond(status, b"", {"Location": location})


def drip(
    body: bytes, every: float, *, piece: int = 1, status: int = 200, content_type: str = "application/json"
) -> Reply:
    """The head at once, then the body `piece` bytes at a time, `every` seconds apart."""
    steps: Reply = [head(status, {"Content-Type": content_type, "Content-Length": str(len(body))})]
    for index in range(0, len(body), piece):
        steps += [Pause(every), body[index : index + piece]]
    return steps


def chunked_cut(body: bytes, *, status: int = 200) -> Reply:
    """A chunked body that stops before its last (zero-length) chunk."""
    chunk = f"{len(body):x}\r\n".encode() + body + b"\r\n"
    return [head(status, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}) + chunk]


def http_date(at: float) -> str:
    return email.utils.formatdate(at, usegmt=True)


@dataclass
class Arrival:
    """A request as it arrived, and when (monotonic seconds, and wall-clock seconds for HTTP dates)."""

    request: RawRequest
    at: float
    wall: float

    @property
    def path(self) -> str:
        return self.request.target.split("?", 1)[0]


class FaultServer:
    """Scripted answers by path; `tls` makes it an HTTPS server."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._routes: dict[str, deque[Reply]] = {}
        self._arrivals: list[Arrival] = []
        self._connections = 0
        self._workers: list[threading.Thread] = []
        self._thread = threading.Thread(target=self._serve, name="fault-server", daemon=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self._sock.getsockname()[1]}"

    # -- the test's side ----------------------------------------------------------------------------------------
    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for worker in self._workers:
            worker.join(timeout=5)
        self._sock.close()

    def reset(self) -> None:
        """Forget routes and arrivals: the next test starts from nothing."""
        with self._lock:
            self._routes.clear()
            self._arrivals.clear()
            self._connections = 0
            self._workers = [w for w in self._workers if w.is_alive()]

    def route(self, path: str, *replies: Reply) -> None:
        """Answer requests to `path` with `replies` in turn; the last one answers every later request."""
        if not replies:
            raise ValueError("a route needs at least one reply")
        with self._lock:
            self._routes[path] = deque(replies)

    @property
    def arrivals(self) -> list[Arrival]:
        with self._lock:
            return list(self._arrivals)

    @property
    def requests(self) -> list[RawRequest]:
        return [arrival.request for arrival in self.arrivals]

    def requests_to(self, path: str) -> list[RawRequest]:
        return [arrival.request for arrival in self.arrivals if arrival.path == path]

    def arrivals_at(self, path: str) -> list[Arrival]:
        return [arrival for arrival in self.arrivals if arrival.path == path]

    @property
    def connections(self) -> int:
        """TCP connections accepted since the last reset (a refused TLS handshake counts too)."""
        with self._lock:
            return self._connections

    # -- the server's side --------------------------------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._connections += 1
                worker = threading.Thread(target=self._handle, args=(conn,), name="fault-connection", daemon=True)
                self._workers.append(worker)
            worker.start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(READ_TIMEOUT)
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            request = _read_request(conn)
            if request is None:
                return
            reply = self._reply_for(request)
            self._play(conn, reply)
        except (OSError, ssl.SSLError, ValueError):
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _reply_for(self, request: RawRequest) -> Reply:
        path = request.target.split("?", 1)[0]
        with self._lock:
            self._arrivals.append(Arrival(request, time.monotonic(), time.time()))
            replies = self._routes.get(path)
            if replies is None:
                return json_reply(404, {"message": f"no route for {path} in this test"})
            return replies.popleft() if len(replies) > 1 else replies[0]

    def _play(self, conn: socket.socket, reply: Iterable[Step]) -> None:
        for step in reply:
            if self._stop.is_set():
                return
            if isinstance(step, bytes):
                conn.sendall(step)
            elif isinstance(step, Pause):
                self._stop.wait(step.seconds)
            elif step == HANG:
                self._hold(conn)
                return
            elif step == RESET:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return

    def _hold(self, conn: socket.socket) -> None:
        """Answer nothing until the client closes the connection, the server stops, or MAX_HOLD passes."""
        ends = time.monotonic() + MAX_HOLD
        while not self._stop.is_set() and time.monotonic() < ends:
            readable, _, _ = select.select([conn], [], [], 0.1)
            if readable and not conn.recv(65536):
                return


def _read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1 << 20:
            raise ValueError("request head too large")
    raw_head, _, body = data.partition(b"\r\n\r\n")
    first, *header_lines = raw_head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    wanted = int(headers.get("content-length", "0"))
    while len(body) < wanted:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    method, target, _ = first.split(" ", 2)
    return RawRequest(method, target, headers, body)


def closed_port_url() -> str:
    """The URL of a loopback port nothing listens on, so connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
