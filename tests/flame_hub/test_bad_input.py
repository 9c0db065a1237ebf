"""Bad input raises InvalidRequest, naming the argument, before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from flamehub_client import CoreClient, InvalidRequest, like, starts_with


@pytest.fixture
def warmed(hub: FlameHub, core_client: CoreClient) -> CoreClient:
    """A client whose token is already fetched, so the only requests left would be the call's own."""
    core_client.get_nodes()
    hub.clear()
    return core_client


CASES: list[tuple[str, dict[str, Any], str]] = [
    ("find_nodes", {"filter": {"nmae": "x"}}, "nodes cannot be filtered on 'nmae'"),
    ("find_project_nodes", {"filter": {"id": "0" * 8}}, "project nodes cannot be filtered on 'id'"),
    ("find_nodes", {"filter": {"realm.name": "master"}}, "'realm' is not a relation of nodes"),
    ("find_nodes", {"filter": {"registry.host": "h"}}, "registries cannot be filtered on 'host'"),
    ("find_nodes", {"page": {"limit": 51}}, "page.limit: must be an integer from 1 to 50"),
    ("find_nodes", {"page": {"limit": 0}}, "page.limit"),
    ("find_nodes", {"page": {"offset": -1}}, "page.offset"),
    ("find_nodes", {"page": {"size": 10}}, "page.size: is not a page parameter"),
    ("find_nodes", {"sort": "online"}, "nodes cannot be sorted by 'online'"),
    ("find_master_images", {"sort": "name"}, "master images cannot be sorted by 'name'; the server would drop it"),
    ("find_nodes", {"sort": {"by": "name", "order": "up"}}, "sort.order"),
    ("find_nodes", {"include": "realm"}, "'realm' is not a relation of nodes"),
    ("find_nodes", {"fields": "secret"}, "'secret' is not an optional field of nodes"),
    ("find_nodes", {"filter": {"name": "~my-node-4"}}, "would be read as an operator"),
    ("find_nodes", {"filter": {"name": "a,b"}}, "a comma would make it a list"),
    ("find_nodes", {"filter": {"name": "42"}}, "would be read as a number"),
    ("find_nodes", {"filter": {"name": starts_with("x~")}}, "would be read as an operator"),
    ("find_nodes", {"filter": {"name": ("??", "x")}}, "unknown filter operator"),
    ("find_nodes", {"filter": {"name": []}}, "needs at least one value"),
    ("find_nodes", {"filter": {"hidden": like(True)}}, "like needs a string"),
    ("find_nodes", {"filter": {"name": "x"}, "dialect": "sql"}, "dialect"),
    ("get_node", {"id": "not-a-uuid"}, "node_id: must be a UUID"),
    ("update_node", {"id": "1234", "hidden": True}, "node_id: must be a UUID"),
    ("delete_node", {"id": 42}, "node_id: must be a UUID"),
    ("create_node", {"name": "my-node", "colour": "red"}, "colour: is not a field of NodeCreate"),
    ("create_node", {"name": "n"}, "body.name: must have at least 3 characters"),
    ("create_node", {"name": "my-node", "realm_id": "nope"}, "realm_id: must be a UUID"),
    ("create_node", {"name": "my-node", "type": "robot"}, "body.type"),
    ("iter_nodes", {"page_size": 80}, "page_size: must be an integer from 1 to 50"),
    ("find_analysis_logs", {"id": "bad"}, "analysis_id: must be a UUID"),
]


@pytest.mark.parametrize(("verb", "arguments", "message"), CASES, ids=[f"{v}-{m[:30]}" for v, _, m in CASES])
def test_bad_input_is_refused_before_sending(
    hub: FlameHub, warmed: CoreClient, verb: str, arguments: dict[str, Any], message: str
) -> None:
    arguments = dict(arguments)
    positional = (arguments.pop("id"),) if "id" in arguments else ()
    with pytest.raises(InvalidRequest) as raised:
        getattr(warmed, verb)(*positional, **arguments)
    assert message in str(raised.value)
    assert hub.core.requests == []
    assert hub.auth.requests == []


def test_async_clients_refuse_bad_input_before_sending(hub: FlameHub, run_async: Any) -> None:
    async def attempt(clients: dict[str, Any]) -> list[str]:
        messages = []
        for call in (
            lambda: clients["core"].find_nodes(filter={"nmae": "x"}),
            lambda: clients["core"].find_nodes(page={"limit": 500}),
            lambda: clients["auth"].get_user("nope"),
            lambda: clients["storage"].upload_to_bucket("nope", {"a": b""}),
        ):
            with pytest.raises(InvalidRequest) as raised:
                await call()
            messages.append(str(raised.value))
        return messages

    messages = run_async(attempt)
    assert [m.split(":")[0] for m in messages] == ["filter.nmae", "page.limit", "user_id", "bucket_id"]
    assert [r for s in hub.servers for r in s.requests] == []
