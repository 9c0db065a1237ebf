"""Every error class, each carrying the server's own error body."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from client_runtime import _client
from fakes.spec_server import FakeResponse, SpecServer
from sostrades_client import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeout,
    BadRequest,
    ClientError,
    Conflict,
    DecodingError,
    Forbidden,
    NotFound,
    RateLimited,
    RequestOptions,
    ServerError,
    SosTradesClient,
    Unauthorized,
)


def _error(status: int, name: str, description: str) -> FakeResponse:
    return FakeResponse(status, {"statusCode": status, "name": name, "description": description})


def test_unknown_key_is_unauthorized_with_the_server_description(fake: SpecServer) -> None:
    key = "f" * 32
    with SosTradesClient(fake.url, key) as client, pytest.raises(Unauthorized) as caught:
        client.calculation.status(1)
    error = caught.value
    assert (error.status, error.method) == (401, "GET")
    assert error.url == f"{fake.url}/api/v0/calculation/status/1"
    assert error.body.description == "Invalid api-key"
    assert error.body.status_code == 401
    assert key not in str(error)
    assert key not in repr(error.args)


def test_unknown_study_is_forbidden(client: SosTradesClient) -> None:
    with pytest.raises(Forbidden) as caught:
        client.calculation.status(999)
    assert caught.value.body.description == "InvalidStudy(This study case doesn't exist.)"
    assert "InvalidStudy" in str(caught.value)


def test_unknown_route_is_not_found_in_the_json_error_shape(client: SosTradesClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.request("GET", "/api/v0/no-such-route")
    assert caught.value.body.name == "Not Found"


def test_second_submission_is_a_bad_request(client: SosTradesClient) -> None:
    client.calculation.execute(1)
    with pytest.raises(BadRequest) as caught:
        client.calculation.execute(1)
    assert "Study already submitted" in caught.value.body.description


def test_unsupported_media_type_is_a_client_error(client: SosTradesClient) -> None:
    with pytest.raises(ClientError) as caught:
        client.study_cases.upload_csv(1, {"study1.Disc1.quantities": b"years,quantity\n1982,1.0\n"})
    assert caught.value.status == 415
    assert type(caught.value) is ClientError
    assert caught.value.body.description.startswith("Did not attempt to load JSON data")


def test_url_with_a_user_key_is_the_servers_500(fake: SpecServer) -> None:
    with (
        SosTradesClient(fake.url, str(fake.handler.user_key), max_retries=0) as client,
        pytest.raises(ServerError) as caught,
    ):
        client.study_cases.get_url(1)
    assert caught.value.status == 500
    assert caught.value.body.name == "Internal Server Error"


@pytest.mark.parametrize(("status", "cls"), [(409, Conflict), (429, RateLimited), (418, ClientError)])
def test_statuses_the_server_rarely_sends_still_map_to_their_class(
    fake: SpecServer, client: SosTradesClient, status: int, cls: type[ApiStatusError]
) -> None:
    fake.script("calculation_status", *[_error(status, "X", "scripted")] * 3)
    with pytest.raises(cls) as caught:
        client.calculation.status(1, options=RequestOptions(max_retries=0))
    assert caught.value.body.description == "scripted"


def test_a_non_json_error_body_is_kept_as_bounded_text(fake: SpecServer, client: SosTradesClient) -> None:
    fake.script("calculation_status", FakeResponse(400, b"<html>" + b"x" * 5000, "text/html"))
    with pytest.raises(BadRequest) as caught:
        client.calculation.status(1)
    assert caught.value.body is None
    assert len(caught.value.text) == 2000


def test_a_success_that_breaks_the_spec_is_a_decoding_error(fake: SpecServer, client: SosTradesClient) -> None:
    fake.script("calculation_status", FakeResponse(200, {"unexpected": True}))
    with pytest.raises(DecodingError, match="does not match the spec"):
        client.calculation.status(1)


def test_no_answer_in_time_is_a_timeout(fake: SpecServer, client: SosTradesClient) -> None:
    fake.delay("calculation_status", 1.0)
    with pytest.raises(ApiTimeout):
        client.calculation.status(1, options=RequestOptions(timeout=0.2, max_retries=0))


def test_nothing_listening_is_a_connection_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_client.time, "sleep", lambda seconds: None)
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with SosTradesClient(f"http://127.0.0.1:{port}", "k" * 32) as client, pytest.raises(ApiConnectionError):
        client.server.ping()


def test_async_errors_are_the_same_classes(run_async: Any) -> None:
    async def forbidden(aclient: Any) -> Any:
        with pytest.raises(Forbidden) as caught:
            await aclient.calculation.status(999)
        return caught.value.body.description

    assert run_async(forbidden) == "InvalidStudy(This study case doesn't exist.)"
