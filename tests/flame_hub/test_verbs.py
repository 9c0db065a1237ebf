"""The seed's verbs for every entity, sync and async: create, get, find, get all, iterate, update, delete."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from fakes.flame_hub import ENTITIES, FlameHub
from fakes.flame_hub_world import build_world, create_body, updates

pytestmark = pytest.mark.both_generations

PLURALS = {e.name: e.tag for e in ENTITIES.values()}
CREATABLE = [e for e in ENTITIES.values() if e.name not in ("master_image_group", "master_image", "bucket_file")]


def snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def _probe_filter(hub: FlameHub, entity: Any, record: Any) -> dict[str, Any]:
    """A filter on the record's own id, or on a key the entity allows (on the hub's generation) when `id` is not one."""
    filters = hub.filters_of(entity)
    if "id" in filters:
        return {"id": record.id}
    key = next(k for k in filters if k.endswith("Id"))
    return {snake(key): getattr(record, snake(key))}


def _verb(client: Any, verb: str, entity: Any) -> Any:
    noun = PLURALS[entity.name] if verb in ("find", "iter") or verb == "get_all" else entity.name
    return getattr(client, {"get_all": "get"}.get(verb, verb) + "_" + noun)


@pytest.mark.parametrize("entity", CREATABLE, ids=[e.name for e in CREATABLE])
def test_sync_lifecycle_of_every_entity(hub: FlameHub, clients: dict[str, Any], entity: Any) -> None:
    client = clients[entity.service]
    world = build_world(hub)
    fields = {snake(k): v for k, v in create_body(hub, world, entity.name).items()}
    created = _verb(client, "create", entity)(**fields)
    assert created.id in hub.tables[entity.name]
    assert _verb(client, "get", entity)(created).id == created.id
    assert _verb(client, "get", entity)(uuid.UUID(created.id)).id == created.id
    found = _verb(client, "find", entity)(filter=_probe_filter(hub, entity, created))
    assert created.id in [r.id for r in found]
    assert {r.id for r in _verb(client, "iter", entity)(page_size=2)} == set(hub.tables[entity.name])
    assert len(_verb(client, "get_all", entity)()) == len(hub.tables[entity.name])
    changes = updates(hub).get(entity.name)
    if changes:
        updated = _verb(client, "update", entity)(created.id, **{snake(k): v for k, v in changes.items()})
        assert updated.to_dict() | changes == updated.to_dict()
    _verb(client, "delete", entity)(created)
    assert _verb(client, "get", entity)(created.id) is None


@pytest.mark.parametrize("entity", CREATABLE, ids=[e.name for e in CREATABLE])
def test_async_lifecycle_of_every_entity(hub: FlameHub, run_async: Any, entity: Any) -> None:
    world = build_world(hub)
    fields = {snake(k): v for k, v in create_body(hub, world, entity.name).items()}

    async def lifecycle(clients: dict[str, Any]) -> list[Any]:
        client = clients[entity.service]
        created = await _verb(client, "create", entity)(**fields)
        seen = [(await _verb(client, "get", entity)(created)).id]
        seen.append([r.id for r in await _verb(client, "find", entity)(filter=_probe_filter(hub, entity, created))])
        seen.append({r.id async for r in _verb(client, "iter", entity)(page_size=2)})
        seen.append(len(await _verb(client, "get_all", entity)()))
        body = updates(hub).get(entity.name)
        if body:
            changes = {snake(k): v for k, v in body.items()}
            updated = await _verb(client, "update", entity)(created, **changes)
            seen.append(updated.to_dict() | body == updated.to_dict())
        await _verb(client, "delete", entity)(created.id)
        seen.append(await _verb(client, "get", entity)(created.id))
        return [created.id, *seen]

    created_id, got, found, iterated, count, *rest = run_async(lifecycle)
    assert got == created_id
    assert created_id in found
    assert iterated == set(hub.tables[entity.name]) | {created_id}
    assert count == len(hub.tables[entity.name]) + 1
    assert rest == ([True, None] if entity.name in updates(hub) else [None])


@pytest.mark.parametrize(
    "entity",
    [e for e in ENTITIES.values() if e.name in ("master_image_group", "master_image", "bucket_file")],
    ids=lambda e: e.name,
)
def test_read_only_entities_are_found_got_and_deleted(hub: FlameHub, clients: dict[str, Any], entity: Any) -> None:
    client = clients[entity.service]
    world = build_world(hub)
    record = _verb(client, "get", entity)(world[entity.name]["id"])
    assert record.id == world[entity.name]["id"]
    assert record.id in [r.id for r in _verb(client, "find", entity)(filter={"id": record.id})]
    assert not hasattr(client, f"create_{entity.name}")
    _verb(client, "delete", entity)(record)
    assert record.id not in hub.tables[entity.name]
