"""The HTTP knobs every client takes: a user's own httpx client, a proxy, connection limits, client certificates
and HTTP/2. Each is checked by what reaches a real loopback server."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from client_runtime import ApiConnectionError, HeaderAuth, InvalidRequest, SyncClient
from werkzeug.serving import make_server

KEY = "k3y-for-the-origin-only"


class Proxy:
    """A forward proxy for plain http: records each request line and answers for the origin."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(5)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            self.lines.append(data.split(b"\r\n", 1)[0].decode())
            conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n"proxied"')

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


def test_a_proxy_carries_the_calls() -> None:
    proxy = Proxy()
    try:
        with SyncClient("http://api.invalid", proxy=proxy.url, max_retries=0) as client:
            assert client.request("GET", "/v1/items").json() == "proxied"
    finally:
        proxy.close()
    assert proxy.lines == ["GET http://api.invalid/v1/items HTTP/1.1"]


def test_a_users_own_httpx_client_is_used_with_our_auth_headers_and_guards() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/x"})
        return httpx.Response(200, json=True)

    hooked: list[str] = []
    own = httpx.Client(transport=httpx.MockTransport(answer), event_hooks={"request": [seen.append]})
    own.event_hooks["response"] = [lambda response: hooked.append(str(response.status_code))]
    client = SyncClient("https://api.example", auth=HeaderAuth("X-API-KEY", KEY), http_client=own, headers={"X-T": "1"})
    with client:
        assert client.request("GET", "/data").json() is True
    assert seen[0].headers["X-API-KEY"] == KEY
    assert seen[0].headers["X-T"] == "1"
    assert "X-API-KEY" not in seen[1].headers  # the other origin gets no key, through the user's client too
    assert hooked == ["307", "200"]  # the user's own hooks still run
    assert not own.is_closed  # closing our client leaves the user's open
    own.close()


def test_settings_of_the_httpx_client_are_refused_beside_one() -> None:
    with httpx.Client() as own, pytest.raises(InvalidRequest, match="proxy"):
        SyncClient("https://api.example", http_client=own, proxy="http://127.0.0.1:1")


def test_limits_bound_the_connection_pool() -> None:
    with SyncClient("https://api.example", limits=httpx.Limits(max_connections=1)) as client:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == 1


def test_http2_needs_its_extra() -> None:
    import importlib.util

    if importlib.util.find_spec("h2") is None:
        with pytest.raises(InvalidRequest, match="http2"):
            SyncClient("https://api.example", http2=True)
    else:
        with SyncClient("https://api.example", http2=True) as client:
            assert client._http._transport._pool._http2  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def mutual_tls_url(authority: trustme.CA) -> Iterator[str]:
    """An HTTPS server that demands a client certificate signed by `authority`, and names its subject."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    authority.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'"mutual"']

    server = make_server("127.0.0.1", 0, app, ssl_context=context, threaded=True)
    thread = threading.Thread(target=lambda: server.serve_forever(0.02), daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_client_certificate_opens_a_server_that_demands_one(
    mutual_tls_url: str, authority: trustme.CA, tmp_path: Path
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    mine = authority.issue_cert("client.example")
    pem = tmp_path / "client.pem"
    mine.private_key_and_cert_chain_pem.write_to_path(str(pem))
    with SyncClient(mutual_tls_url, verify=str(bundle), cert=str(pem), max_retries=0) as client:
        assert client.request("GET", "/").json() == "mutual"
    with SyncClient(mutual_tls_url, verify=str(bundle), max_retries=0) as client, pytest.raises(ApiConnectionError):
        client.request("GET", "/")
