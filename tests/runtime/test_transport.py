"""The runtime's transport behaviour over real loopback sockets: retries, timeouts, cut-short bodies."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from client_runtime import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeout,
    BadRequest,
    NotFound,
    RequestOptions,
    RetryPolicy,
    ServerError,
    SyncClient,
)
from fakes.raw_server import HANG, ScriptedServer, http_response

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def client_for(server: ScriptedServer, **options: object) -> SyncClient:
    return SyncClient(server.url, retry=FAST, **options)  # type: ignore[arg-type]


def test_503_with_retry_after_is_retried_and_then_succeeds(server: ScriptedServer) -> None:
    server.script.extend([http_response(503, b"{}", {"Retry-After": "0"}), http_response(200, b'"ok"')])
    assert client_for(server).request("GET", "/x").json() == "ok"
    assert len(server.requests) == 2


def test_retries_give_up_after_the_policy_limit(server: ScriptedServer) -> None:
    server.script.extend([http_response(502)] * 3)
    with pytest.raises(ServerError) as caught:
        client_for(server).request("GET", "/x")
    assert caught.value.status == 502
    assert len(server.requests) == 3


def test_post_is_not_retried(server: ScriptedServer) -> None:
    server.script.extend([http_response(503), http_response(200)])
    with pytest.raises(ServerError):
        client_for(server).request("POST", "/x", json={})
    assert len(server.requests) == 1


def test_post_marked_safe_is_retried(server: ScriptedServer) -> None:
    server.script.extend([http_response(429, headers={"Retry-After": "0"}), http_response(200, b"1")])
    assert client_for(server).request("POST", "/x", json={}, retry_safe=True).json() == 1


def test_per_call_max_retries_overrides_the_client(server: ScriptedServer) -> None:
    server.script.extend([http_response(503), http_response(200)])
    with pytest.raises(ServerError):
        client_for(server).request("GET", "/x", options=RequestOptions(max_retries=0))
    assert len(server.requests) == 1


def test_a_4xx_is_not_retried_and_carries_the_raw_body(server: ScriptedServer) -> None:
    server.script.append(http_response(400, b"plain words", {"Content-Type": "text/plain"}))
    with pytest.raises(BadRequest) as caught:
        client_for(server).request("GET", "/x")
    assert caught.value.text == "plain words"
    assert "plain words" in str(caught.value)
    assert len(server.requests) == 1


def test_read_timeout_raises_api_timeout(server: ScriptedServer) -> None:
    server.script.append(HANG)
    with pytest.raises(ApiTimeout):
        client_for(server, timeout=0.3).request("GET", "/x")


def test_per_call_timeout_overrides_the_client(server: ScriptedServer) -> None:
    server.script.append(HANG)
    with pytest.raises(ApiTimeout):
        client_for(server, timeout=60).request("GET", "/x", options=RequestOptions(timeout=0.3))


def test_a_body_cut_short_is_a_connection_error_not_a_success(server: ScriptedServer) -> None:
    server.script.extend([http_response(200, b"half", length=100)] * 3)
    with pytest.raises(ApiConnectionError, match="before the answer was complete"):
        client_for(server).request("GET", "/x")


def test_connection_refused_is_retried_then_raised() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(ApiConnectionError, match="connection failed"):
        SyncClient(f"http://127.0.0.1:{port}", retry=FAST).request("GET", "/x")


def test_an_infinite_timeout_is_refused() -> None:
    from client_runtime import InvalidRequest

    with pytest.raises(InvalidRequest, match="timeout"):
        SyncClient("http://127.0.0.1:1", timeout=None)  # type: ignore[arg-type]


def test_a_base_url_without_a_host_is_refused() -> None:
    from client_runtime import InvalidRequest

    with pytest.raises(InvalidRequest, match="base_url"):
        SyncClient("localhost:5004")


class NoSuchThing(NotFound):
    """An API's own error code mapped onto its status class."""


class CodedClient(SyncClient):
    def classify_error(self, status: int, body: object) -> type[ApiStatusError] | None:
        return NoSuchThing if status == 404 else None


def test_an_api_can_map_its_error_codes_onto_classes(server: ScriptedServer) -> None:
    server.script.append(http_response(404, b'{"code": "NoSuchThing"}', {"Content-Type": "application/json"}))
    with pytest.raises(NoSuchThing) as caught:
        CodedClient(server.url, retry=FAST).request("GET", "/x")
    assert isinstance(caught.value, NotFound)
    assert caught.value.status == 404


def test_streamed_lines_arrive_before_the_body_ends(server: ScriptedServer) -> None:
    from client_runtime import StreamedResponse
    from client_runtime._client import _AD_HOC

    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    server.script.append([head, b"f\r\ndata: first\r\n\r\n\r\n", HANG])
    client = client_for(server, timeout=5)
    op = _AD_HOC
    stream: StreamedResponse[object] = StreamedResponse(
        op, lambda: client._send(op, {"method": "GET", "url": "/events"}, None, stream=True)
    )
    with stream:
        lines = stream.iter_lines()
        assert next(lines) == "data: first"
        assert next(lines) == ""
