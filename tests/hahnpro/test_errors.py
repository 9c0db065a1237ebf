"""Typed errors carry the server's loosely typed body and its raw text."""

from __future__ import annotations

import pytest
from fakes.hahnpro import HahnProServer
from fakes.spec_server import FakeResponse
from hahnpro_client import BadRequest, HahnProClient, NotFound, RequestOptions, ServerError


def test_an_unknown_id_is_not_found_with_the_nestjs_body(client: HahnProClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.assets.get("6357b634ffffffffffffffff")
    error = caught.value
    assert (error.status, error.method) == (404, "GET")
    assert error.body.message == "Asset with id 6357b634ffffffffffffffff not found"
    assert error.body.status_code == 404
    assert error.body.error == "Not Found"
    assert '"statusCode": 404' in error.text


@pytest.mark.allows_violations
def test_a_validation_error_keeps_the_list_of_messages(client: HahnProClient) -> None:
    with pytest.raises(BadRequest) as caught:
        client.request("POST", "/labels", json={"readWritePermissions": ["test"]})
    assert caught.value.body.message == ["name should not be empty"]


def test_an_unknown_body_shape_is_kept(fake: HahnProServer, client: HahnProClient) -> None:
    fake.script("assets_count", FakeResponse(400, {"code": "E42", "detail": "odd"}))
    with pytest.raises(BadRequest) as caught:
        client.assets.count()
    assert caught.value.body.additional_properties == {"code": "E42", "detail": "odd"}
    assert "odd" in str(caught.value)


def test_a_non_json_error_is_kept_as_text(fake: HahnProServer, client: HahnProClient) -> None:
    fake.script("assets_count", *[FakeResponse(502, b"<html>Bad Gateway</html>", "text/html")] * 3)
    with pytest.raises(ServerError) as caught:
        client.assets.count(options=RequestOptions(max_retries=0))
    assert caught.value.body is None
    assert caught.value.text == "<html>Bad Gateway</html>"


def test_a_5xx_on_a_read_is_retried(fake: HahnProServer, client: HahnProClient) -> None:
    fake.script("assets_count", FakeResponse(503, {"statusCode": 503, "message": "busy"}))
    assert client.assets.count() == 1
    assert [r.operation_id for r in fake.requests] == ["assets_count", "assets_count"]


def test_a_create_is_not_retried(fake: HahnProServer, client: HahnProClient) -> None:
    fake.script("labels_create", FakeResponse(503, {"statusCode": 503, "message": "busy"}))
    with pytest.raises(ServerError):
        client.labels.create({"name": "x", "readWritePermissions": ["test"]})
    assert [r.operation_id for r in fake.requests] == ["labels_create"]
