"""Decoded answers honour their declared types: a value off the spec is a DecodingError naming its JSON path.

The shapes come from the official SDK's models (`@hahnpro/hpc-api`): an Asset has a required string `name`, a
`type` that is the asset type's id (a string) or, populated, the asset type object, and required string lists
`readPermissions` and `readWritePermissions`; `data` is free JSON. A page is `{docs, total, limit, ...}`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from hahnpro_client import AsyncHahnProClient, DecodingError, HahnProClient

URL = "https://hpc.test/api"


class StaticBearer(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = "Bearer token"
        yield request


def asset(**changes: Any) -> dict[str, Any]:
    body = {
        "id": "a1",
        "name": "pump 7",
        "type": "t1",
        "readPermissions": ["org-1"],
        "readWritePermissions": ["org-1"],
        "tags": ["north"],
    }
    body.update(changes)
    return body


def client(status: int, body: Any) -> HahnProClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return HahnProClient(URL, auth=StaticBearer(), transport=transport, max_retries=0)


def failure(call: Any, status: int, body: Any) -> DecodingError:
    with client(status, body) as opened, pytest.raises(DecodingError) as caught:
        call(opened)
    return caught.value


def get_asset(c: HahnProClient) -> Any:
    return c.assets.get("a1")


def test_an_asset_type_given_as_a_number_is_refused() -> None:
    error = failure(get_asset, 200, asset(type=42))
    assert error.where == "$.type"
    assert "got int" in str(error)


def test_an_asset_type_as_id_or_populated_object_is_accepted() -> None:
    with client(200, asset(type="t1")) as opened:
        assert opened.assets.get("a1").type_ == "t1"
    populated = {"id": "t1", "name": "Pump", "readPermissions": [], "readWritePermissions": []}
    with client(200, asset(type=populated)) as opened:
        assert opened.assets.get("a1").type_.name == "Pump"


@pytest.mark.parametrize(
    ("changes", "where", "got"),
    [
        ({"name": 7}, "$.name", "must be a string, got int"),
        ({"name": True}, "$.name", "must be a string, got bool"),
        ({"name": None}, "$.name", "must be a string, got null"),
        ({"readPermissions": ["org-1", 3]}, "$.readPermissions[1]", "must be a string, got int"),
    ],
)
def test_a_mistyped_asset_field_names_its_path(changes: dict[str, Any], where: str, got: str) -> None:
    error = failure(get_asset, 200, asset(**changes))
    assert error.where == where
    assert f"{where}: {got}" in str(error)


def test_a_mistyped_field_of_a_listed_asset_names_the_list_item() -> None:
    page = {"docs": [asset(), asset(tags=["a", False])], "total": 2, "limit": 0, "page": 1}
    error = failure(lambda c: c.assets.get_many(), 200, page)
    assert error.where == "$.docs[1].tags[1]"


def test_a_total_given_as_a_string_is_refused() -> None:
    error = failure(lambda c: c.assets.get_many(), 200, {"docs": [], "total": "3", "limit": 0})
    assert error.where == "$.total"
    assert "got str" in str(error)


def test_unknown_fields_and_null_in_free_json_are_accepted() -> None:
    with client(200, asset(data=None, futureField={"x": [1]})) as opened:
        found = opened.assets.get("a1")
    assert found.name == "pump 7"
    assert found.additional_properties["futureField"] == {"x": [1]}


def test_a_create_answered_200_instead_of_201_is_still_decoded() -> None:
    with client(200, asset()) as opened:
        created = opened.assets.create(body=new_asset())
    assert created.id == "a1"
    assert created.name == "pump 7"


def test_a_create_answered_200_with_a_mistyped_body_names_the_status() -> None:
    error = failure(lambda c: c.assets.create(body=new_asset()), 200, asset(type=42))
    assert error.where == "$.type"
    assert "status 200 is not in the spec" in str(error)


def new_asset() -> Any:
    from hahnpro_client.models import Asset

    return Asset(name="pump 7", type_="t1", read_permissions=["org-1"], read_write_permissions=["org-1"])


def test_the_async_client_checks_the_same_way() -> None:
    async def call(body: Any) -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        async with AsyncHahnProClient(URL, auth=StaticBearer(), transport=transport, max_retries=0) as opened:
            return await opened.assets.get("a1")

    assert asyncio.run(call(asset())).name == "pump 7"
    with pytest.raises(DecodingError) as caught:
        asyncio.run(call(asset(type=42)))
    assert caught.value.where == "$.type"
