"""Decoded answers honour their declared types: a value off the spec is a DecodingError naming its JSON path.

The shapes come from joule 1.0.1's `to_json` methods: a DataStream has `id` int, `name` str, `layout` str,
`keep_us` int, boolean flags and `elements`; an Element has `id` and `index` int, `name` str, `units` str or
null, `plottable` bool, `offset` and `scale_factor` float, `default_max`/`default_min` float or null.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from joule_client import AsyncJouleClient, DecodingError, JouleClient, data_stream

URL = "https://joule.test"
KEY = "a" * 32


def element(position: int, **changes: Any) -> dict[str, Any]:
    body = {
        "id": 10 + position,
        "index": position,
        "name": f"x{position}",
        "units": "W",
        "plottable": True,
        "display_type": "CONTINUOUS",
        "offset": 0.0,
        "scale_factor": 1.0,
        "default_max": None,
        "default_min": None,
    }
    body.update(changes)
    return body


def stream(**changes: Any) -> dict[str, Any]:
    body = {
        "id": 2627,
        "name": "meter",
        "description": "",
        "datatype": "float32",
        "layout": "float32_2",
        "keep_us": -1,
        "is_configured": False,
        "is_source": False,
        "is_destination": False,
        "locked": False,
        "active": False,
        "decimate": True,
        "updated_at": "2026-11-21T10:00:00+00:00",
        "elements": [element(0), element(1)],
    }
    body.update(changes)
    return body


def client(status: int, body: Any) -> JouleClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return JouleClient(URL, KEY, transport=transport, max_retries=0)


def failure(body: Any) -> DecodingError:
    with client(200, body) as opened, pytest.raises(DecodingError) as caught:
        opened.data_streams.get(2627, info=False)
    return caught.value


@pytest.mark.parametrize(
    ("changes", "where", "got"),
    [
        ({"keep_us": "all"}, "$.keep_us", "must be an integer, got str"),
        ({"id": "2627"}, "$.id", "must be an integer, got str"),
        ({"name": 5}, "$.name", "must be a string, got int"),
        ({"layout": True}, "$.layout", "must be a string, got bool"),
        ({"decimate": "true"}, "$.decimate", "must be a boolean, got str"),
        ({"name": None}, "$.name", "must be a string, got null"),
        ({"elements": [element(0), element(1, plottable="yes")]}, "$.elements[1].plottable", "must be a boolean"),
        ({"elements": [element(0, index=None)]}, "$.elements[0].index", "must be an integer, got null"),
    ],
)
def test_a_mistyped_stream_field_names_its_path(changes: dict[str, Any], where: str, got: str) -> None:
    error = failure(stream(**changes))
    assert error.where == where
    assert f"{where}: {got}" in str(error)


def test_nulls_where_joule_sends_them_and_unknown_fields_are_accepted() -> None:
    body = stream(elements=[element(0, units=None, default_max=None)], future_flag=True)
    with client(200, body) as opened:
        found = opened.data_streams.get(2627, info=False)
    assert found.elements[0].units is None
    assert found.additional_properties == {"future_flag": True}


def test_an_integral_offset_is_a_number() -> None:
    with client(200, stream(elements=[element(0, offset=0, scale_factor=2)])) as opened:
        assert opened.data_streams.get(2627, info=False).elements[0].scale_factor == 2


def test_a_create_answered_201_instead_of_200_is_decoded() -> None:
    with client(201, stream()) as opened:
        created = opened.data_streams.create(data_stream("meter", ["x0", "x1"]), "/plant")
    assert created.id == 2627
    assert [e.name for e in created.elements] == ["x0", "x1"]


def test_a_create_answered_201_with_a_mistyped_body_names_the_status() -> None:
    with client(201, stream(id="2627")) as opened, pytest.raises(DecodingError) as caught:
        opened.data_streams.create(data_stream("meter", ["x0", "x1"]), "/plant")
    assert caught.value.where == "$.id"
    assert "status 201 is not in the spec" in str(caught.value)


def test_the_async_client_checks_the_same_way() -> None:
    async def call(body: Any) -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        async with AsyncJouleClient(URL, KEY, transport=transport, max_retries=0) as opened:
            return await opened.data_streams.get(2627, info=False)

    assert asyncio.run(call(stream())).name == "meter"
    with pytest.raises(DecodingError) as caught:
        asyncio.run(call(stream(keep_us="all")))
    assert caught.value.where == "$.keep_us"
