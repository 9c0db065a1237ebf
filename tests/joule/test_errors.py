"""Every error form of the node arrives as a typed error carrying the node's own message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from joule.node import JouleNode
from joule.support import T0, rows
from joule_client import (
    BadRequest,
    Forbidden,
    InvalidRequest,
    JouleClient,
    NotFound,
    ServerError,
    error_message,
)
from joule_client.models import DataStream

NewStream = Callable[..., DataStream]


def test_form_a_is_prefixed_text_with_the_message_as_reason(client: JouleClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.data_streams.get("/no/such/stream")
    error = caught.value
    assert error.text == "404: stream does not exist"
    assert error.headers["content-type"].startswith("text/plain")
    assert error_message(error) == "stream does not exist"
    assert "stream does not exist" in str(error)


def test_form_b_is_bare_text(client: JouleClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.modules.get("no-such-module")
    assert caught.value.text == "module does not exist"
    assert error_message(caught.value) == "module does not exist"
    with pytest.raises(BadRequest) as listed:
        client.annotations.get([])
    assert listed.value.text == "must specify at least one stream_id or stream_path"


def test_form_c_is_not_json_although_it_says_so(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(10))
    with pytest.raises(BadRequest) as caught:
        client.data.with_raw_response.read(id=stream.id, start=T0 - 100, end=T0 - 10)
    error = caught.value
    assert error.headers["content-type"].startswith("application/json")
    assert (error.text, error.body) == ("this stream has no data", None)
    assert error_message(error) == "this stream has no data"


def test_form_d_is_json_parsed_into_the_error_body(client: JouleClient) -> None:
    with pytest.raises(BadRequest) as caught:
        client.masters.add("joule", "http://127.0.0.1:9")
    error = caught.value
    assert error.body.error.startswith("Cannot contact node at")
    assert error_message(error) == error.body.error


def test_a_wrong_key_is_forbidden_and_never_shown(node: JouleNode) -> None:
    wrong = "wrong-key-0123456789abcdef0123456789"
    with JouleClient(node.url, wrong) as client, pytest.raises(Forbidden) as caught:
        client.node.info()
    assert caught.value.text == "403: Forbidden"
    assert wrong not in str(caught.value) + repr(caught.value.args) + repr(client)


def test_an_unknown_path_and_a_wrong_method_keep_their_status(client: JouleClient) -> None:
    with pytest.raises(NotFound) as missing:
        client.request("GET", "/no-such-route")
    assert missing.value.text == "404: Not Found"
    with pytest.raises(BadRequest.__mro__[1]) as wrong:  # ClientError: 405
        client.request("PATCH", "/version")
    assert wrong.value.status == 405


def test_a_500_carries_the_traceback(client: JouleClient) -> None:
    with pytest.raises(ServerError) as caught:
        client.request("GET", "/folder.json", params={"path": "no-leading-slash"}, options=None)
    assert caught.value.text.startswith("500 Internal Server Error")
    assert "Traceback" in caught.value.text
    assert error_message(caught.value) == "500 Internal Server Error"


def test_writing_over_stored_rows_is_the_nodes_duplicate_key_error(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(10))
    with pytest.raises(BadRequest) as caught:
        client.data.write(stream, rows(10))
    assert "duplicate key value" in error_message(caught.value)


def test_a_locked_stream_cannot_be_deleted(client: JouleClient, node: JouleNode) -> None:
    with pytest.raises(BadRequest) as caught:
        client.data_streams.delete(node.live_stream)
    assert error_message(caught.value) == "stream is locked"


def test_a_module_stream_refuses_uploads(client: JouleClient, node: JouleNode) -> None:
    with pytest.raises(BadRequest) as caught:
        client.data.write(node.live_stream, rows(1))
    assert "is already being produced" in error_message(caught.value)


def test_subscribing_to_a_stream_nobody_produces(client: JouleClient, new_stream: NewStream) -> None:
    with pytest.raises(BadRequest) as caught:
        list(client.data.subscribe(new_stream()))
    assert error_message(caught.value) == "stream is not being produced"


def test_a_filter_the_node_refuses_is_its_400(client: JouleClient, node: JouleNode) -> None:
    folder = client.event_streams
    made = folder.create(
        {"id": None, "name": "f", "description": "", "event_fields": {}, "chunk_duration_us": 0, "keep_us": -1},
        "/errors/f",
    )
    with pytest.raises(BadRequest) as caught:
        client.events.count(made, json_filter='[[["a", "gt"]]]')
    assert error_message(caught.value) == "invalid filter string, boolean expression must have 3 elements"


def test_archives_accept_the_importer_key(node: JouleNode) -> None:
    with JouleClient(node.url, node.importer_key) as importer:
        with pytest.raises(BadRequest, match="invalid joule archive"):
            importer.archives.upload(b"PK not really")
        with pytest.raises(Forbidden):
            importer.node.info()


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda c: c.data_streams.get("relative/path"), "stream"),
        (lambda c: c.data_streams.get(1.5), "stream"),
        (lambda c: c.data.read_array(True), "stream"),
        (lambda c: c.data.read_array("/x", max_rows=0), "max_rows"),
        (lambda c: c.data.consolidate("/x", 0), "max_gap"),
        (lambda c: c.data.write("/x", "rows"), "data"),
        (lambda c: c.events.read("/x", limit=0), "limit"),
        (lambda c: c.events.read("/x", json_filter=[("a", "like", 3)]), "json_filter[0][0]"),
        (lambda c: c.events.read("/x", json_filter=[("a", "between", 3)]), "json_filter[0][0]"),
        (lambda c: c.masters.add("admin", "x"), "body.master_type"),
        (lambda c: c.masters.add("user", "x", api_key="short"), "body.api_key"),
        (lambda c: c.modules.get(""), "module"),
        (lambda c: c.apps.auth("x1"), "x_app_id"),
        (lambda c: c.annotations.create("/x", "", T0), "title"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    client: JouleClient, transport: Any, call: Any, where: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        call(client)
    assert caught.value.where == where
    assert transport.requests == []


def test_bad_rows_are_refused_before_the_upload_starts(
    client: JouleClient, new_stream: NewStream, transport: Any
) -> None:
    stream = new_stream()
    bad = rows(100)
    bad["timestamp"][50] = bad["timestamp"][49]
    before = len(transport.requests)
    with pytest.raises(InvalidRequest) as caught:
        client.data.write(stream, bad)
    assert caught.value.where == "data[50]"
    assert transport.requests[before:] == []
    assert client.data.intervals(stream) == []
