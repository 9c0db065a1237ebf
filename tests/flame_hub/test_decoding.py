"""The fast record decoder gives exactly what the generated `from_dict` gives, for every entity and relation."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from fakes.flame_hub import ENTITIES, FlameHub
from fakes.flame_hub_world import build_world
from fakes.spec_server import FakeResponse
from flamehub_client import CoreClient, DecodingError
from flamehub_client._catalog import CURRENT
from flamehub_client._catalog import ENTITIES as CATALOG
from flamehub_client._decode import decoder


@pytest.mark.parametrize("name", list(ENTITIES))
def test_fast_decoding_equals_the_generated_from_dict(hub: FlameHub, name: str) -> None:
    world = build_world(hub)
    entity = ENTITIES[name]
    record = hub.present(entity, world[name], hub.default_fields(entity) + list(entity.fields), list(entity.relations))
    record["unknownKey"] = {"kept": True}
    models = importlib.import_module(f"flamehub_client.{entity.service}.models")
    cls = getattr(models, entity.schema)
    fast = decoder(cls)(record)
    assert fast == cls.from_dict(record)
    assert fast.additional_properties == {"unknownKey": {"kept": True}}
    assert fast.to_dict().keys() == record.keys()


def test_a_record_missing_a_required_field_is_a_decoding_error(hub: FlameHub, core_client: CoreClient) -> None:
    node = hub.present(ENTITIES["node"], hub.add("node", name="broken-node"), hub.default_fields(ENTITIES["node"]), [])
    del node["createdAt"]
    hub.core.script("nodes_list", FakeResponse(200, {"data": [node], "meta": {"total": 1}}))
    with pytest.raises(DecodingError, match="missing key 'createdAt'"):
        core_client.get_nodes()


@pytest.mark.parametrize("name", list(ENTITIES))
def test_the_reference_allow_lists_are_the_ones_the_fake_publishes(hub: FlameHub, name: str, clients: Any) -> None:
    entity = ENTITIES[name]
    schema = hub.query_schema(entity)
    allow = CATALOG[name].allow[CURRENT]
    assert allow.filters == tuple(schema["filters"]["allowed"])
    assert allow.sorts == tuple(schema["sorts"]["allowed"] or ())
    assert allow.relations == tuple(schema["relations"]["allowed"])
    assert allow.fields == tuple(schema["fields"]["allowed"])
    assert set(CATALOG[name].include) <= set(allow.relations)
