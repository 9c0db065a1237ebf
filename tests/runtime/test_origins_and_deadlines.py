"""Credentials stay at their origin, token requests never follow a redirect, token-side failures are typed and
retried, and a buffered call ends within its deadline. Each case runs the real clients over httpx's transport
interface, so the request that would reach each origin is what the test reads back."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from client_runtime import (
    ApiConnectionError,
    ApiTimeout,
    AsyncClient,
    DecodingError,
    HeaderAuth,
    InvalidRequest,
    RateLimited,
    RedirectRefused,
    RequestOptions,
    RetryPolicy,
    Secret,
    ServerError,
    SyncClient,
    Token,
    TokenAuth,
    TokenRefused,
)

API = "https://api.example"
ELSEWHERE = "https://elsewhere.example"
KEY = "K3Y-never-elsewhere"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl"
SECRET = "cl13nt-s3cr3t"
FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)


class Recorder:
    """A transport that answers from a script and keeps every request it saw, per origin."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.seen: list[httpx.Request] = []

    def at(self, origin: str) -> list[httpx.Request]:
        return [r for r in self.seen if str(r.url).startswith(origin)]

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        return self.answer(request)

    def sync(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def asynchronous(self) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            await request.aread()
            self.seen.append(request)
            return self.answer(request)

        return httpx.MockTransport(handle)


class ClientCredentials(TokenAuth):
    """The secret travels in the token request's body, as with FLAME ClientAuth or HahnPRO client_secret_post."""

    def __init__(self) -> None:
        super().__init__()
        self.secret = Secret(SECRET)

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        return httpx.Request("POST", f"{API}/token", data={"client_secret": self.secret.reveal()})


def redirect_to(location: str, status: int = 307) -> httpx.Response:
    return httpx.Response(status, headers={"Location": location})


def token_answer(body: Any = None) -> httpx.Response:
    return httpx.Response(200, json=body if body is not None else {"access_token": TOKEN, "expires_in": 300})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_carries_no_credential(status: int) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example":
            return redirect_to(f"{ELSEWHERE}/moved", status)
        return httpx.Response(200, json={"ok": True})

    recorder = Recorder(answer)
    client = SyncClient(
        API,
        auth=HeaderAuth("X-API-KEY", KEY),
        headers={"X-Custom-Token": "h3ader-secret", "Cookie": "sessionId=c00kie"},
        transport=recorder.sync(),
    )
    with client:
        assert client.request("GET", "/data").json() == {"ok": True}
    first, moved = recorder.seen
    assert first.headers["X-API-KEY"] == KEY  # the origin itself got the key
    assert str(moved.url) == f"{ELSEWHERE}/moved"
    for name in ("X-API-KEY", "X-Custom-Token", "Cookie", "Authorization"):
        assert name not in moved.headers
    assert "user-agent" in moved.headers


def test_a_redirect_within_the_origin_keeps_the_credentials() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return redirect_to(f"{API}/new", 301)
        return httpx.Response(200, json=request.headers.get("X-API-KEY"))

    recorder = Recorder(answer)
    with SyncClient(API, auth=HeaderAuth("X-API-KEY", KEY), transport=recorder.sync()) as client:
        assert client.request("GET", "/old").json() == KEY


def test_async_redirects_drop_credentials_too() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example":
            return redirect_to(f"{ELSEWHERE}/moved", 302)
        return httpx.Response(200, json=dict(request.headers))

    recorder = Recorder(answer)

    async def run() -> Any:
        async with AsyncClient(API, auth=HeaderAuth("X-API-KEY", KEY), transport=recorder.asynchronous()) as client:
            return (await client.request("GET", "/data")).json()

    headers = asyncio.run(run())
    assert "x-api-key" not in headers


def test_a_token_request_never_follows_a_redirect() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return redirect_to(f"{ELSEWHERE}/token")
        return httpx.Response(200, json=True)

    recorder = Recorder(answer)
    with (
        SyncClient(API, auth=ClientCredentials(), transport=recorder.sync()) as client,
        pytest.raises(RedirectRefused) as raised,
    ):
        client.request("GET", "/data")
    assert raised.value.location == f"{ELSEWHERE}/token"
    assert recorder.at(ELSEWHERE) == []
    assert SECRET not in str(raised.value)


def test_token_requests_carry_the_calls_timeouts() -> None:
    recorder = Recorder(lambda r: token_answer() if r.url.path == "/token" else httpx.Response(200, json=True))
    with SyncClient(API, auth=ClientCredentials(), timeout=2.5, transport=recorder.sync()) as client:
        client.request("GET", "/data")
    token_request = recorder.seen[0]
    assert token_request.url.path == "/token"
    assert token_request.extensions["timeout"]["read"] <= 2.5
    assert token_request.extensions["timeout"]["connect"] <= 2.5


@pytest.mark.parametrize(("status", "error"), [(500, ServerError), (503, ServerError), (429, RateLimited)])
def test_token_endpoint_outages_are_retried_and_end_as_what_they_are(status: int, error: type[Exception]) -> None:
    recorder = Recorder(lambda r: httpx.Response(status, json={"error": "down"}))
    with (
        SyncClient(API, auth=ClientCredentials(), retry=FAST, transport=recorder.sync()) as client,
        pytest.raises(error) as raised,
    ):
        client.request("POST", "/things")  # not retry-safe, but it was never sent
    assert not isinstance(raised.value, TokenRefused)
    assert [r.url.path for r in recorder.seen] == ["/token"] * 3


def test_a_token_endpoint_that_recovers_is_used_after_its_retry() -> None:
    answers = iter([httpx.Response(503), token_answer(), httpx.Response(201, json={"id": 1})])
    recorder = Recorder(lambda r: next(answers))
    with SyncClient(API, auth=ClientCredentials(), retry=FAST, transport=recorder.sync()) as client:
        assert client.request("POST", "/things").json() == {"id": 1}
    assert recorder.seen[-1].headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("status", [400, 401])
def test_a_token_refusal_is_not_retried(status: int) -> None:
    recorder = Recorder(lambda r: httpx.Response(status, json={"error": "invalid_client"}))
    with (
        SyncClient(API, auth=ClientCredentials(), retry=FAST, transport=recorder.sync()) as client,
        pytest.raises(TokenRefused),
    ):
        client.request("GET", "/data")
    assert len(recorder.seen) == 1


def test_a_connection_failure_on_the_way_to_a_token_is_retried_for_any_method() -> None:
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ReadError("reset", request=request)
        return token_answer() if request.url.path == "/token" else httpx.Response(201, json={"id": 2})

    with SyncClient(API, auth=ClientCredentials(), retry=FAST, transport=Recorder(answer).sync()) as client:
        assert client.request("POST", "/things").json() == {"id": 2}


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b'{"token_type": "bearer"}', json.dumps({"access_token": TOKEN, "expires_in": "soon"})],
)
def test_an_unusable_token_answer_is_a_decoding_error_without_the_token(body: Any) -> None:
    class Strict(ClientCredentials):
        def parse_token(self, response: httpx.Response) -> Token:
            data = response.json()
            return Token(Secret(data["access_token"]), expires_at=float(data["expires_in"]))

    recorder = Recorder(lambda r: httpx.Response(200, content=body))
    with SyncClient(API, auth=Strict(), transport=recorder.sync()) as client, pytest.raises(DecodingError) as raised:
        client.request("GET", "/data")
    for shown in (str(raised.value), repr(raised.value), raised.value.text):
        assert TOKEN not in shown


def test_a_post_whose_answer_does_not_decode_says_it_was_applied() -> None:
    from client_runtime import Operation, decoding_error

    response = httpx.Response(201, json={"id": "x"}, request=httpx.Request("POST", f"{API}/things"))
    error = decoding_error(response, ValueError("bad"))
    assert error.applied
    assert "applied" in str(error)
    read = decoding_error(httpx.Response(200, request=httpx.Request("GET", f"{API}/x")), ValueError("bad"))
    assert not read.applied
    assert Operation  # the façade's operations raise through the same function


def drip(chunks: int, pause: float) -> Iterator[bytes]:
    for _ in range(chunks):
        time.sleep(pause)
        yield b" "


class Dripping(httpx.SyncByteStream):
    def __init__(self, chunks: int, pause: float) -> None:
        self.chunks, self.pause = chunks, pause

    def __iter__(self) -> Iterator[bytes]:
        return drip(self.chunks, self.pause)


def test_a_body_that_drips_ends_at_the_deadline() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=Dripping(40, 0.05)))
    with SyncClient(API, timeout=5, deadline=0.5, transport=transport) as client:
        started = time.monotonic()
        with pytest.raises(ApiTimeout, match="deadline"):
            client.request("GET", "/slow")
        assert time.monotonic() - started < 1.5  # 2 s of drip, cut at the 0.5 s deadline


def test_the_deadline_can_be_set_per_call_and_is_never_infinite() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=Dripping(10, 0.05)))
    with SyncClient(API, timeout=5, deadline=0.1, transport=transport) as client:
        assert client.request("GET", "/slow", options=RequestOptions(deadline=5)).content == b" " * 10
        assert client.with_options(deadline=5).deadline == 5
        with pytest.raises(InvalidRequest, match="deadline"):
            client.request("GET", "/x", options=RequestOptions(deadline=None))  # type: ignore[arg-type]
    with pytest.raises(InvalidRequest, match="deadline"):
        SyncClient(API, deadline=0)


def test_async_deadline_cuts_a_dripping_body() -> None:
    class AsyncDripping(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for _ in range(40):
                await asyncio.sleep(0.05)
                yield b" "

    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=AsyncDripping()))

    async def run() -> None:
        async with AsyncClient(API, timeout=5, deadline=0.5, transport=transport) as client:
            await client.request("GET", "/slow")

    with pytest.raises(ApiTimeout, match="deadline"):
        asyncio.run(run())


def test_no_retry_sleeps_past_the_deadline() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(503, headers={"Retry-After": "30"}))
    with SyncClient(API, deadline=1, transport=transport) as client:
        started = time.monotonic()
        with pytest.raises(ServerError):
            client.request("GET", "/busy")
        assert time.monotonic() - started < 5


@pytest.mark.parametrize("value", ["k3y\n", "k3y\r\n", "k\x00y"])
def test_a_credential_with_a_control_character_is_refused_without_showing_it(value: str) -> None:
    with pytest.raises(InvalidRequest) as raised:
        HeaderAuth("X-API-KEY", value, argument="key")
    assert raised.value.where == "key"
    assert "k3y" not in str(raised.value)


def test_too_many_redirects_is_a_connection_error() -> None:
    transport = httpx.MockTransport(lambda r: redirect_to(f"{API}/loop", 302))
    with SyncClient(API, transport=transport) as client, pytest.raises(ApiConnectionError, match="redirects"):
        client.request("GET", "/loop")


@pytest.mark.parametrize("segment", [".", "..", "%2E", "%2e%2E"])
def test_a_dot_segment_in_a_path_is_refused_before_sending(segment: str) -> None:
    from client_runtime import Operation

    recorder = Recorder(lambda r: httpx.Response(200, json=True))
    op = Operation(package="", endpoint="", method="GET", path="/api/assets/{id}", result="bytes")
    with SyncClient(API, transport=recorder.sync()) as client:
        with pytest.raises(InvalidRequest) as raised:
            client.request("GET", f"/api/assets/{segment}")
        with pytest.raises(InvalidRequest) as named:
            client._send(op, {"method": "GET", "url": f"/api/assets/{segment}"}, None, stream=False)
    assert raised.value.where == "path"
    assert named.value.where == "id"
    assert recorder.seen == []


def test_an_authorization_given_for_the_call_is_sent_as_given() -> None:
    recorder = Recorder(lambda r: token_answer() if r.url.path == "/token" else httpx.Response(200, json=True))
    with SyncClient(API, auth=ClientCredentials(), transport=recorder.sync()) as client:
        client.request("GET", "/data", options=RequestOptions(headers={"Authorization": "Bearer mine"}))
        client.request("GET", "/data")
    assert [(r.url.path, r.headers.get("Authorization")) for r in recorder.seen] == [
        ("/data", "Bearer mine"),
        ("/token", None),
        ("/data", f"Bearer {TOKEN}"),
    ]


def test_a_retried_call_still_renews_its_token() -> None:
    """The token the flow put on the first attempt is not mistaken for one the caller gave."""
    answers = iter(
        [
            token_answer(),
            httpx.Response(503),
            httpx.Response(401),
            token_answer({"access_token": "fresh", "expires_in": 300}),
            httpx.Response(200, json=True),
        ]
    )
    recorder = Recorder(lambda r: next(answers))
    with SyncClient(API, auth=ClientCredentials(), retry=FAST, transport=recorder.sync()) as client:
        assert client.request("GET", "/data").json() is True
    assert recorder.seen[-1].headers["Authorization"] == "Bearer fresh"


def test_a_request_without_a_body_announces_no_content_type() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=True))
    with SyncClient(API, transport=recorder.sync()) as client:
        client.request("POST", "/run", headers={"Content-Type": "application/json"})
        client.request("POST", "/run", json={"a": 1})
    assert "content-type" not in recorder.seen[0].headers
    assert recorder.seen[1].headers["content-type"] == "application/json"
