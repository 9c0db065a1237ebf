"""Finding records: filters in both dialects, sorting, paging past the page limit, fields, includes and meta."""

from __future__ import annotations

from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from fakes.flame_hub_world import build_world
from flamehub_client import (
    CoreClient,
    ListMeta,
    RecordMeta,
    contains,
    ends_with,
    get_field_names,
    get_includable_names,
    gt,
    in_,
    like,
    not_,
    not_in,
    starts_with,
)
from flamehub_client.auth.models import Client, Realm
from flamehub_client.core.models import Node, Registry, RegistryProject


def _nodes(hub: FlameHub, names: list[str], **fields: Any) -> None:
    for name in names:
        hub.add("node", name=name, **fields)


NAMES = ["my-node-4", "my-node-42", "your-node-4", "node-x"]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("my-node-42", ["my-node-42"]),
        (not_("my-node-42"), ["my-node-4", "node-x", "your-node-4"]),
        (like("my-node-4"), ["my-node-4", "my-node-42"]),
        (starts_with("my-node-4"), ["my-node-4", "my-node-42"]),
        (ends_with("node-4"), ["my-node-4", "your-node-4"]),
        (contains("node-4"), ["my-node-4", "my-node-42", "your-node-4"]),
        (["node-x", "my-node-4"], ["my-node-4", "node-x"]),
        (in_("node-x"), ["node-x"]),
        (not_in("node-x", "my-node-4"), ["my-node-42", "your-node-4"]),
        (gt("y"), ["your-node-4"]),
        (("~", "my-node-4"), ["my-node-4", "my-node-42"]),
    ],
)
@pytest.mark.parametrize("dialect", ["brackets", "expression"])
def test_every_operator_matches_what_it_says(
    hub: FlameHub, core_client: CoreClient, condition: Any, expected: list[str], dialect: Any
) -> None:
    _nodes(hub, NAMES)
    found = core_client.find_nodes(filter={"name": condition}, sort="name", dialect=dialect)
    assert [n.name for n in found] == expected


def test_booleans_and_null_are_written_in_lower_case(hub: FlameHub, core_client: CoreClient) -> None:
    _nodes(hub, ["hidden-1"], hidden=True, externalName=None)
    _nodes(hub, ["shown-1"], hidden=False, externalName="shown")
    assert [n.name for n in core_client.find_nodes(filter={"hidden": True})] == ["hidden-1"]
    query = hub.core.requests[-1].query
    assert query["filter[hidden]"] == "true"


def test_expression_dialect_matches_values_the_bracket_dialect_cannot_write(
    hub: FlameHub, core_client: CoreClient
) -> None:
    _nodes(hub, ["o'brien,node", "~tilde"])
    found = core_client.find_nodes(filter={"name": "o'brien,node"}, dialect="expression")
    assert [n.name for n in found] == ["o'brien,node"]
    assert hub.core.requests[-1].query["filter"] == "eq(name,'o''brien,node')"
    assert [n.name for n in core_client.find_nodes(filter={"name": "~tilde"}, dialect="expression")] == ["~tilde"]


def test_snake_case_keys_are_camel_cased_per_dotted_segment(hub: FlameHub, core_client: CoreClient) -> None:
    world = build_world(hub)
    found = core_client.find_nodes(filter={"registry_project.external_name": "node-project"})
    assert [n.id for n in found] == [world["node"]["id"]]
    assert "filter[registryProject.externalName]" in hub.core.requests[-1].query


def test_sort_accepts_the_seed_form_and_strings(hub: FlameHub, core_client: CoreClient) -> None:
    _nodes(hub, NAMES)
    ascending = core_client.find_nodes(sort={"by": "created_at"})
    descending = core_client.find_nodes(sort={"by": "created_at", "order": "descending"})
    assert ascending == descending[::-1]
    assert [n.name for n in core_client.find_nodes(sort="-name")] == sorted(NAMES, reverse=True)


def test_pages_are_slices_of_the_same_order(hub: FlameHub, core_client: CoreClient) -> None:
    _nodes(hub, [f"node-{i:02}" for i in range(30)])
    first_25 = core_client.find_nodes(page={"limit": 25}, sort="name")
    next_10 = core_client.find_nodes(page={"limit": 10, "offset": 10}, sort="name")
    assert first_25[10:20] == next_10


def test_iterating_goes_past_the_page_limit_of_50(hub: FlameHub, core_client: CoreClient) -> None:
    _nodes(hub, [f"node-{i:03}" for i in range(121)])
    hub.clear()
    names = [n.name for n in core_client.iter_nodes(sort="name")]
    assert names == [f"node-{i:03}" for i in range(121)]
    pages = [r.query for r in hub.core.requests if r.operation_id == "nodes_list"]
    assert [(q["page[limit]"], q["page[offset]"]) for q in pages] == [("50", "0"), ("50", "50"), ("50", "100")]


def test_async_iteration_goes_past_the_page_limit(hub: FlameHub, run_async: Any) -> None:
    _nodes(hub, [f"node-{i:03}" for i in range(55)])

    async def names(clients: dict[str, Any]) -> list[str]:
        return [n.name async for n in clients["core"].iter_nodes(sort="-name", page_size=20)]

    assert run_async(names) == [f"node-{i:03}" for i in reversed(range(55))]


def test_meta_gives_total_page_and_allow_list(hub: FlameHub, core_client: CoreClient) -> None:
    _nodes(hub, NAMES)
    nodes, meta = core_client.find_nodes(page={"limit": 2}, meta=True)
    assert len(nodes) == 2
    assert isinstance(meta, ListMeta)
    assert (meta.total, meta.limit, meta.offset) == (4, 2, 0)
    assert meta.schema is not None
    assert "name" in meta.schema["filters"]["allowed"]
    node, record_meta = core_client.get_node(nodes[0], meta=True) or (None, None)
    assert isinstance(record_meta, RecordMeta)
    assert record_meta.schema is not None
    assert node == core_client.get_node(nodes[0].id)


def test_relations_are_nested_automatically(hub: FlameHub, core_client: CoreClient, auth_client: Any) -> None:
    build_world(hub)
    admin = auth_client.find_users(filter={"name": "admin"})[0]
    assert isinstance(admin.realm, Realm)
    assert admin.realm == auth_client.find_realms(filter={"name": "master"})[0]
    node = next(n for n in core_client.get_nodes() if n.registry_project)
    assert isinstance(node.registry, Registry)
    assert isinstance(node.registry_project, RegistryProject)
    assert hub.core.requests[-1].query["include"] == "registry,registryProject"


def test_include_can_be_narrowed_or_turned_off(hub: FlameHub, core_client: CoreClient) -> None:
    world = build_world(hub)
    node = core_client.get_node(world["node"]["id"], include=())
    assert node is not None
    assert not node.registry
    node = core_client.get_node(world["node"]["id"], include="registry")
    assert node is not None
    assert node.registry
    assert not node.registry_project


def test_optional_fields_come_only_when_asked_for(hub: FlameHub, auth_client: Any) -> None:
    system = auth_client.find_clients(filter={"name": "system"})[0]
    assert not system.secret
    system = auth_client.find_clients(filter={"name": "system"}, fields="secret")[0]
    assert system.secret.startswith("$2y$10$")
    assert hub.auth.requests[-1].query["fields"] == "+secret"


def test_helpers_name_optional_fields_and_relations() -> None:
    assert get_field_names(Client) == ("secret",)
    assert get_includable_names(Node) == ("registry", "registry_project")
    assert get_field_names(Registry) == ("account_secret",)


def test_unknown_keys_pass_when_checks_are_off_and_the_server_drops_them(hub: FlameHub) -> None:
    _nodes(hub, NAMES)
    with CoreClient(hub.core.url, "unused", allow_lists="off") as unchecked:
        hub.tokens["unused"] = hub.tokens.get("unused") or _token(hub)
        assert len(unchecked.find_nodes(filter={"nmae": "my-node-4"})) == len(NAMES)


def _token(hub: FlameHub) -> Any:
    from fakes.flame_hub import Identity

    admin = next(u for u in hub.tables["user"].values() if u["name"] == "admin")
    return Identity("user", admin["id"], admin["realmId"], float("inf"))


def test_server_allow_lists_are_fetched_once_per_entity(hub: FlameHub, password_auth: Any) -> None:
    _nodes(hub, NAMES)
    with CoreClient(hub.core.url, password_auth, allow_lists="server") as client:
        assert [n.name for n in client.find_nodes(filter={"name": "my-node-4"})] == ["my-node-4"]
        client.find_nodes(filter={"hidden": False})
        with pytest.raises(ValueError, match="cannot be filtered on 'nmae'"):
            client.find_nodes(filter={"nmae": "x"})
    lists = [r for r in hub.core.requests if r.operation_id == "nodes_list"]
    assert [r.query.get("page[limit]") for r in lists] == ["1", "50", "50"]
