"""What the real node answers at the edges, and what the client does about it.

Each test first shows the node's own answer on the raw wire, then the client's behaviour on top of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from joule.node import JouleNode
from joule.support import T0, rows
from joule_client import InvalidRequest, JouleClient
from joule_client.models import DataStream

NewStream = Callable[..., DataStream]
SPEC = Path(__file__).resolve().parents[2] / "specs" / "joule" / "openapi.yaml"
# The node turns time bounds into datetimes with datetime.fromtimestamp(µs / 1e6, timezone.utc): years 1 to 9999.
FIRST_SECOND = -62_135_596_800_000_000  # 0001-01-01T00:00:00Z
LAST_SECOND = 253_402_300_799_000_000  # 9999-12-31T23:59:59Z


@pytest.fixture
def wire(node: JouleNode) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=node.url, headers={"X-API-KEY": node.key}, timeout=30) as http:
        yield http


def test_a_module_output_stream_has_elements_whose_plottable_is_null(
    client: JouleClient, node: JouleNode, wire: httpx.Client
) -> None:
    answer = wire.get("/stream.json", params={"path": node.live_stream, "no-info": 1})
    elements = answer.json()["elements"]
    assert [element["plottable"] for element in elements] == [None, None, None]
    element_schema = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["Element"]
    for element in elements:
        jsonschema.validate(element, element_schema)
    stream = client.data_streams.get(node.live_stream)
    assert [element.plottable for element in stream.elements] == [None, None, None]


def test_a_stream_created_through_the_api_keeps_plottable_true(
    client: JouleClient, new_stream: NewStream, wire: httpx.Client
) -> None:
    stream = new_stream()
    answer = wire.get("/stream.json", params={"id": stream.id, "no-info": 1})
    assert [element["plottable"] for element in answer.json()["elements"]] == [True, True, True]
    assert [element.plottable for element in client.data_streams.get(stream.id).elements] == [True, True, True]


def test_a_decimation_level_that_is_not_a_power_of_4_is_refused_before_sending(
    client: JouleClient, new_stream: NewStream, wire: httpx.Client, transport: Any
) -> None:
    stream = new_stream()
    client.data.write(stream, rows(1024))
    answer = wire.get("/data", params={"id": stream.id, "decimation-level": 2})
    assert (answer.status_code, answer.content) == (200, b"")
    assert len(wire.get("/data", params={"id": stream.id, "decimation-level": 16}).content) > 0
    sent = len(transport.requests)
    for level in (2, 3, 8, 12):
        with pytest.raises(InvalidRequest, match="decimation_level"):
            client.data.read_array(stream, decimation_level=level)
        with pytest.raises(InvalidRequest, match="decimation_level"):
            client.data.read_json(stream, decimation_level=level)
    assert len(transport.requests) == sent
    assert len(client.data.read_array(stream, decimation_level=16)) == 1024 // 16
    assert len(client.data.read_array(stream, decimation_level=1)) == 1024


def test_time_bounds_beyond_the_nodes_datetime_range_are_refused_before_sending(
    client: JouleClient, new_stream: NewStream, wire: httpx.Client, transport: Any
) -> None:
    stream = new_stream()
    client.data.write(stream, rows(10))
    assert wire.get("/data/intervals.json", params={"id": stream.id, "end": 2**62}).status_code == 500
    assert wire.get("/data/intervals.json", params={"id": stream.id, "end": LAST_SECOND + 10**6}).status_code == 500
    assert wire.get("/data/intervals.json", params={"id": stream.id, "start": FIRST_SECOND - 10**6}).status_code == 500
    sent = len(transport.requests)
    with pytest.raises(InvalidRequest, match="end"):
        client.data.intervals(stream, end=2**62)
    with pytest.raises(InvalidRequest, match="start"):
        client.data.read_array(stream, start=FIRST_SECOND - 10**6)
    with pytest.raises(InvalidRequest, match="end"):
        client.data.delete(stream, end=LAST_SECOND + 1)
    assert len(transport.requests) == sent
    assert client.data.intervals(stream, start=FIRST_SECOND, end=LAST_SECOND) == [(T0, T0 + 9 * 1000 + 1)]
    assert len(client.data.read_array(stream, start=FIRST_SECOND, end=LAST_SECOND)) == 10
