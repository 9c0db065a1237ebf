"""A loopback HTTP/1.1 server that answers with scripted raw bytes, for transport failures.

Each accepted request takes the next step of the script: bytes to send (then close), `HANG` to
hold the connection open without answering until the server stops, or a list of those, sent in turn.
"""

from __future__ import annotations

import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Final

HANG: Final = object()


def http_response(
    status: int, body: bytes = b"", headers: dict[str, str] | None = None, *, length: int | None = None
) -> bytes:
    """Raw response bytes; `length` can claim more bytes than the body has, to cut it short."""
    lines = [f"HTTP/1.1 {status} X"]
    all_headers = {
        "Content-Length": str(len(body) if length is None else length),
        "Connection": "close",
        **(headers or {}),
    }
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class ScriptedServer:
    script: deque[bytes | object | list[bytes | object]] = field(default_factory=deque)
    requests: list[RawRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with conn:
                request = self._read(conn)
                if request is None:
                    continue
                self.requests.append(request)
                step = self.script.popleft() if self.script else http_response(500, b"script exhausted")
                for part in step if isinstance(step, list) else [step]:
                    if part is HANG:
                        self._stop.wait()
                        break
                    assert isinstance(part, bytes)
                    conn.sendall(part)

    @staticmethod
    def _read(conn: socket.socket) -> RawRequest | None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        first, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in header_lines)}
        while len(body) < int(headers.get("content-length", "0")):
            body += conn.recv(65536)
        method, target, _ = first.split(" ", 2)
        return RawRequest(method, target, headers, body)
