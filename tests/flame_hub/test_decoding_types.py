"""Decoded records honour their declared types: a value off the spec is a DecodingError naming the field.

The expected types come from the Hub's own validation rules and answers: a node has a string `name` (3–128
characters), a boolean `hidden`, string ids, and `externalName` that may be null; an analysis node's
`executionProgress` is an integer from 0 to 100 or null; create answers 201.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from client_runtime import SchemaMismatch
from fakes.flame_hub import ENTITIES, FlameHub
from fakes.flame_hub_world import build_world
from fakes.spec_server import FakeResponse
from flamehub_client import CoreClient, DecodingError
from flamehub_client._decode import decode_all, decode_one
from flamehub_client.core.models import Node


def record(hub: FlameHub, name: str, **changes: Any) -> dict[str, Any]:
    entity = ENTITIES[name]
    world = build_world(hub)
    found = hub.present(entity, world[name], hub.default_fields(entity) + list(entity.fields), list(entity.relations))
    found.update(changes)
    return found


def page(*records: dict[str, Any]) -> FakeResponse:
    return FakeResponse(200, {"data": list(records), "meta": {"total": len(records)}})


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": 7}, "name", "must be a string, got int"),
        ({"id": 5}, "id", "must be a string, got int"),
        ({"hidden": "false"}, "hidden", "must be a boolean, got str"),
        ({"name": None}, "name", "must be a string, got null"),
    ],
)
def test_a_mistyped_node_field_is_a_decoding_error_naming_it(
    hub: FlameHub, core_client: CoreClient, changes: dict[str, Any], field: str, problem: str
) -> None:
    good = record(hub, "node")
    hub.core.script("nodes_list", page(good, {**good, **changes}))
    with pytest.raises(DecodingError) as caught:
        core_client.get_nodes()
    assert f".{field}: {problem}" in str(caught.value)


def test_a_mistyped_field_of_an_included_relation_names_the_nested_path(hub: FlameHub, core_client: CoreClient) -> None:
    node = record(hub, "node")
    assert isinstance(node["registry"], dict)
    node["registry"] = {**node["registry"], "host": 5}
    hub.core.script("nodes_list", page(node))
    with pytest.raises(DecodingError, match=r"\.registry\.host: must be a string, got int"):
        core_client.get_nodes()


def test_nulls_the_hub_allows_and_unknown_keys_are_accepted(hub: FlameHub, core_client: CoreClient) -> None:
    node = record(hub, "node", externalName=None, brandNewKey=[1, 2])
    hub.core.script("nodes_list", page(node))
    [found] = core_client.get_nodes()
    assert found.external_name is None
    assert found.additional_properties == {"brandNewKey": [1, 2]}


def test_an_execution_progress_given_as_a_string_is_refused(hub: FlameHub, core_client: CoreClient) -> None:
    hub.core.script("analysis_nodes_list", page(record(hub, "analysis_node", executionProgress="50")))
    with pytest.raises(DecodingError, match=r"\.executionProgress: must be an integer or null, got str"):
        core_client.get_analysis_nodes()
    hub.core.script("analysis_nodes_list", page(record(hub, "analysis_node", executionProgress=None)))
    [found] = core_client.get_analysis_nodes()
    assert found.execution_progress is None


def test_a_create_answered_200_instead_of_201_gives_the_record(hub: FlameHub, core_client: CoreClient) -> None:
    node = record(hub, "node")
    hub.core.script("nodes_create", FakeResponse(200, {"data": node, "meta": {}}))
    created = core_client.create_node(name="answered-200")
    assert created.id == node["id"]


def test_a_create_answered_200_with_a_mistyped_record_names_the_status(hub: FlameHub, core_client: CoreClient) -> None:
    node = record(hub, "node", hidden="no")
    hub.core.script("nodes_create", FakeResponse(200, {"data": node, "meta": {}}))
    with pytest.raises(DecodingError) as caught:
        core_client.create_node(name="answered-200")
    assert caught.value.where == "$.data.hidden"
    assert "status 200 is not in the spec" in str(caught.value)


def test_the_async_client_checks_the_same_way(hub: FlameHub, run_async: Callable[..., Any]) -> None:
    good = record(hub, "node")
    hub.core.script("nodes_list", page(good, {**good, "hidden": "yes"}))

    async def call(clients: dict[str, Any]) -> Any:
        return await clients["core"].get_nodes()

    with pytest.raises(DecodingError, match=r"\.hidden: must be a boolean, got str"):
        run_async(call)


def test_decoding_a_list_of_records_names_the_item(hub: FlameHub) -> None:
    good = record(hub, "node")
    with pytest.raises(SchemaMismatch) as caught:
        decode_all(Node, [good, {**good, "clientId": 3}], "$.data")
    assert (caught.value.where, caught.value.problem) == ("$.data[1].clientId", "must be a string or null, got int")
    with pytest.raises(SchemaMismatch) as one:
        decode_one(Node, {**good, "registry": {**good["registry"], "name": False}}, "$.data")
    assert one.value.where == "$.data.registry.name"
    assert decode_all(Node, [good], "$.data")[0].name == good["name"]
