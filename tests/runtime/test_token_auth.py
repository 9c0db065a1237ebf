"""Token flows: cached, refreshed once for concurrent calls, renewed once on 401, over real sockets."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from client_runtime import AsyncClient, Secret, SyncClient, Token, TokenAuth, TokenRefused, Unauthorized
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


class TokenServer:
    """`POST /token` (password or refresh_token grant) and `GET /data`, which needs a live token."""

    def __init__(self) -> None:
        self.grants: list[str] = []
        self.live: set[str] = set()
        self.refresh_refused = False
        self.password = "pw"
        self.expires_in = 300
        self.expired_status = 401
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self._thread = threading.Thread(target=lambda: self._server.serve_forever(0.02), daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> TokenServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        if request.path == "/token":
            response = self._token(request.get_json())
        elif request.headers.get("Authorization", "").removeprefix("Bearer ") in self.live:
            response = Response(json.dumps("data"), content_type="application/json")
        else:
            response = Response('{"message": "expired"}', self.expired_status, content_type="application/json")
        return response(environ, start_response)

    def _token(self, body: dict[str, str]) -> Response:
        time.sleep(0.05)  # a slow token endpoint makes concurrent callers overlap
        with self._lock:
            self.grants.append(body["grant_type"])
            if body["grant_type"] == "refresh_token" and self.refresh_refused:
                return Response('{"error": "invalid_grant"}', 400, content_type="application/json")
            if body["grant_type"] == "password" and body.get("password") != self.password:
                return Response('{"error": "invalid_grant"}', 401, content_type="application/json")
            n = next(self._ids)
            self.live.add(f"a{n}")
            answer = {"access_token": f"a{n}", "expires_in": self.expires_in, "refresh_token": f"r{n}"}
            return Response(json.dumps(answer), content_type="application/json")


class PasswordFlow(TokenAuth):
    def __init__(self, url: str, password: str, **options: Any) -> None:
        super().__init__(**options)
        self.url = url
        self.password = Secret(password)

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        if refresh is not None:
            body = {"grant_type": "refresh_token", "refresh_token": refresh.reveal()}
        else:
            body = {"grant_type": "password", "username": "ana", "password": self.password.reveal()}
        return httpx.Request("POST", f"{self.url}/token", json=body)


@pytest.fixture
def server() -> Iterator[TokenServer]:
    with TokenServer() as running:
        yield running


def test_the_token_is_fetched_once_and_reused(server: TokenServer) -> None:
    with SyncClient(server.url, auth=PasswordFlow(server.url, "pw")) as client:
        for _ in range(5):
            assert client.request("GET", "/data").json() == "data"
    assert server.grants == ["password"]


def test_concurrent_threads_share_one_refresh(server: TokenServer) -> None:
    client = SyncClient(server.url, auth=PasswordFlow(server.url, "pw"))
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(client.request("GET", "/data").json())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert results == ["data"] * 8
    assert server.grants == ["password"]


def test_concurrent_tasks_share_one_refresh(server: TokenServer) -> None:
    async def main() -> list[Any]:
        async with AsyncClient(server.url, auth=PasswordFlow(server.url, "pw")) as client:
            responses = await asyncio.gather(*(client.request("GET", "/data") for _ in range(8)))
            return [response.json() for response in responses]

    assert asyncio.run(main()) == ["data"] * 8
    assert server.grants == ["password"]


def test_a_401_refreshes_once_and_retries(server: TokenServer) -> None:
    with SyncClient(server.url, auth=PasswordFlow(server.url, "pw")) as client:
        client.request("GET", "/data")
        server.live.clear()
        assert client.request("GET", "/data").json() == "data"
    assert server.grants == ["password", "refresh_token"]


def test_async_401_refreshes_once_and_retries(server: TokenServer) -> None:
    async def main() -> Any:
        async with AsyncClient(server.url, auth=PasswordFlow(server.url, "pw")) as client:
            await client.request("GET", "/data")
            server.live.clear()
            return (await client.request("GET", "/data")).json()

    assert asyncio.run(main()) == "data"
    assert server.grants == ["password", "refresh_token"]


def test_a_refused_refresh_falls_back_to_the_primary_grant(server: TokenServer) -> None:
    with SyncClient(server.url, auth=PasswordFlow(server.url, "pw")) as client:
        client.request("GET", "/data")
        server.live.clear()
        server.refresh_refused = True
        assert client.request("GET", "/data").json() == "data"
    assert server.grants == ["password", "refresh_token", "password"]


def test_a_second_401_is_raised_not_retried_forever(server: TokenServer) -> None:
    flow = PasswordFlow(server.url, "pw")
    flow.authorize = lambda request, token: request.headers.__setitem__("Authorization", "Bearer nope")  # type: ignore[method-assign]
    with SyncClient(server.url, auth=flow, max_retries=0) as client, pytest.raises(Unauthorized):
        client.request("GET", "/data")
    assert server.grants == ["password", "refresh_token"]


def test_refused_credentials_raise_without_showing_them(server: TokenServer) -> None:
    client = SyncClient(server.url, auth=PasswordFlow(server.url, "wrong-secret"))
    with client, pytest.raises(TokenRefused) as caught:
        client.request("GET", "/data")
    assert caught.value.status == 401
    assert "wrong-secret" not in str(caught.value)
    assert "wrong-secret" not in repr(client)


def test_tokens_are_renewed_leeway_seconds_before_they_expire(server: TokenServer) -> None:
    now = [1000.0]
    server.expires_in = 60
    with SyncClient(server.url, auth=PasswordFlow(server.url, "pw", leeway=20, clock=lambda: now[0])) as client:
        client.request("GET", "/data")
        now[0] += 39
        client.request("GET", "/data")
        assert server.grants == ["password"]
        now[0] += 2
        client.request("GET", "/data")
    assert server.grants == ["password", "refresh_token"]


def test_the_token_repr_hides_the_secret() -> None:
    token = Token(Secret("abc"), 5.0, Secret("def"))
    assert "abc" not in repr(token)
    assert "def" not in repr(token)


class ForbiddenMeansExpired(PasswordFlow):
    """An API that answers an expired token with 403 and a code in the body."""

    def needs_renewal(self, response: httpx.Response) -> bool:
        return response.status_code == 403 and b"expired" in response.content


def test_an_api_specific_expiry_answer_renews_once(server: TokenServer) -> None:
    with SyncClient(server.url, auth=ForbiddenMeansExpired(server.url, "pw")) as client:
        client.request("GET", "/data")
        server.live.clear()
        server.expired_status = 403
        assert client.request("GET", "/data").json() == "data"
    assert server.grants == ["password", "refresh_token"]
