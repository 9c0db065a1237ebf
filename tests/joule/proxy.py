"""A tiny TCP relay in front of the node: strips a path prefix, or cuts answers short, to test the client."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator


class Relay:
    """Relays each connection to `target`, one request per connection.

    `prefix` is removed from the request path (a node behind a reverse proxy); `cut_after` closes
    the connection after that many bytes of the answer (a connection dropped mid-read).
    """

    def __init__(self, target: tuple[str, int], prefix: str = "", cut_after: int | None = None) -> None:
        self.target = target
        self.prefix = prefix.encode()
        self.cut_after = cut_after
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._closed = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix.decode()}"

    def serve(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._relay, args=(client,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _relay(self, client: socket.socket) -> None:
        with client, socket.create_connection(self.target) as upstream:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(65536)
                if not chunk:
                    return
                head += chunk
            line, _, rest = head.partition(b"\r\n")
            method, path, version = line.split(b" ", 2)
            if self.prefix and path.startswith(self.prefix):
                path = path[len(self.prefix) :] or b"/"
            rest = rest.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
            upstream.sendall(b" ".join((method, path, version)) + b"\r\n" + rest)
            forward = threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True)
            forward.start()
            self._pipe(upstream, client, self.cut_after)

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket, limit: int | None) -> None:
        sent = 0
        with contextlib.suppress(OSError):
            while limit is None or sent < limit:
                chunk = source.recv(65536 if limit is None else min(65536, limit - sent))
                if not chunk:
                    break
                sink.sendall(chunk)
                sent += len(chunk)
            sink.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        self._server.close()


@contextlib.contextmanager
def relay(url: str, prefix: str = "", cut_after: int | None = None) -> Iterator[Relay]:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    running = Relay((host, int(port)), prefix, cut_after)
    thread = threading.Thread(target=running.serve, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.close()
        thread.join(timeout=5)
