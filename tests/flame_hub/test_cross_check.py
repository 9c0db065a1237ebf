"""flame-hub-client 1.1.0, the official client, against the same fake Hub: where both clients support a query they
return the same records; where they differ, the test states why.

The official client needs httpx2, so it runs in its own virtualenv (created on first use in .cache/ and reused) as a
subprocess driving tests/fakes/flame_hub_official.py.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, SYSTEM_SECRET, FlameHub
from fakes.flame_hub_venv import official_python
from fakes.flame_hub_world import build_world
from flamehub_client import AuthClient, CoreClient, StorageClient, ends_with, gt, le, like, not_

DRIVER = Path(__file__).resolve().parents[1] / "fakes" / "flame_hub_official.py"
NAMES = ["my-node-4", "my-node-42", "your-node-4", "node-x"]


@pytest.fixture(scope="module")
def official() -> Path:
    return official_python()


def run_official(
    python: Path, hub: FlameHub, steps: list[dict[str, Any]], auth: dict[str, Any] | None = None
) -> list[Any]:
    plan = {
        "urls": {"auth": hub.auth.url, "core": hub.core.url, "storage": hub.storage.url},
        "auth": auth or {"kind": "password", "username": "admin", "password": ADMIN_PASSWORD},
        "steps": steps,
    }
    done = subprocess.run(
        [str(python), "-I", str(DRIVER)],
        input=json.dumps(plan),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["version"] == "1.1.0"
    results: list[Any] = answer["results"]
    return results


def ids(records: list[Any]) -> list[str]:
    return [r["id"] if isinstance(r, dict) else r.id for r in records]


# (official call, official kwargs, our call on the same client, our kwargs)
SHARED: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("core", "find_nodes", {"filter": {"name": "my-node-42"}}, {"filter": {"name": "my-node-42"}}),
    ("core", "find_nodes", {"filter": {"name": ["!", "my-node-42"]}}, {"filter": {"name": not_("my-node-42")}}),
    ("core", "find_nodes", {"filter": {"name": [">", "my-node-42"]}}, {"filter": {"name": gt("my-node-42")}}),
    ("core", "find_nodes", {"filter": {"name": ["<=", "my-node-4"]}}, {"filter": {"name": le("my-node-4")}}),
    ("core", "find_nodes", {"filter": {"hidden": True}}, {"filter": {"hidden": True}}),
    ("core", "find_nodes", {"sort": {"by": "name", "order": "descending"}}, {"sort": "-name"}),
    ("core", "find_nodes", {"sort": {"by": "created_at"}, "page": {"limit": 2, "offset": 1}},
     {"sort": {"by": "created_at"}, "page": {"limit": 2, "offset": 1}}),
    ("auth", "find_realms", {"filter": {"name": "master"}}, {"filter": {"name": "master"}}),
    ("auth", "find_users", {"filter": {"display_name": "Admin"}}, {"filter": {"display_name": "Admin"}}),
    ("auth", "get_realms", {}, {}),
    ("core", "get_registries", {"fields": "account_secret"}, {"fields": "account_secret"}),
    ("storage", "find_buckets", {"sort": {"by": "created_at", "order": "descending"}}, {"sort": "-created_at"}),
]  # fmt: skip


@pytest.fixture
def seeded(hub: FlameHub) -> dict[str, Any]:
    for index, name in enumerate(NAMES):
        hub.add("node", name=name, hidden=index % 2 == 0)
    world = build_world(hub)
    hub.add("bucket", name="second-bucket")
    return world


def test_shared_queries_return_the_same_records(
    hub: FlameHub, seeded: Any, official: Path, clients: dict[str, Any]
) -> None:
    theirs = run_official(official, hub, [{"client": c, "call": call, "kwargs": kw} for c, call, kw, _ in SHARED])
    ours = [getattr(clients[c], call)(**kwargs) for c, call, _, kwargs in SHARED]
    for (service, call, kwargs, _), their, our in zip(SHARED, theirs, ours, strict=True):
        assert ids(their) == ids(our), f"{service}.{call}({kwargs})"
        if call == "get_registries":
            assert [r["accountSecret"] for r in their] == [r.account_secret for r in our] == ["harbor-s3cret"]


def test_nested_relations_and_meta_agree(hub: FlameHub, seeded: Any, official: Path, auth_client: AuthClient) -> None:
    users, realms = run_official(
        official,
        hub,
        [
            {"client": "auth", "call": "find_users", "kwargs": {"filter": {"name": "admin"}}},
            {"client": "auth", "call": "get_realms", "kwargs": {"meta": True}},
        ],
    )
    admin = auth_client.find_users(filter={"name": "admin"})[0]
    assert users[0]["realm"]["id"] == admin.realm.id
    _, meta = auth_client.get_realms(meta=True)
    assert (realms[1]["total"], realms[1]["limit"], realms[1]["offset"]) == (
        meta.total,
        meta.limit,
        meta.offset,
    )


def test_permissions_differ_because_the_official_client_requires_a_column_authup_lacks(
    hub: FlameHub, official: Path, auth_client: AuthClient
) -> None:
    """flame-hub-client 1.1.0 requires `policyId` on a permission; authup 1.0.0-beta.63's permission entity
    (apps/server-core/src/adapters/database/domains/permission/entity.ts) has no such column, so the server never sends
    it and the official client cannot list permissions; ours reads them."""
    plan = {
        "urls": {"auth": hub.auth.url, "core": hub.core.url, "storage": hub.storage.url},
        "auth": {"kind": "password", "username": "admin", "password": ADMIN_PASSWORD},
        "steps": [{"client": "auth", "call": "get_permissions"}],
    }
    done = subprocess.run(
        [str(official), "-I", str(DRIVER)],
        input=json.dumps(plan),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode != 0
    assert "policyId" in done.stderr
    assert "Field required" in done.stderr
    ours = auth_client.get_permissions()
    assert sorted(p.name for p in ours) == sorted(p["name"] for p in hub.tables["permission"].values())


def test_like_differs_on_current_servers_as_the_reference_says(
    hub: FlameHub, seeded: Any, official: Path, core_client: CoreClient
) -> None:
    """flame-hub-client writes like as `~x`, which rapiq v2 (Hub 0.12.3+, authup beta.54+) reads as ends-with
    (reference, sections 0.2 and 5.1); ours writes `x~`, starts-with, what the seed's like meant on older servers."""
    (theirs,) = run_official(
        official, hub, [{"client": "core", "call": "find_nodes", "kwargs": {"filter": {"name": ["~", "node-4"]}}}]
    )
    assert hub.core.requests[-1].query["filter[name]"] == "~node-4"
    assert sorted(r["name"] for r in theirs) == ["my-node-4", "your-node-4"]
    assert ids(theirs) == ids(core_client.find_nodes(filter={"name": ends_with("node-4")}))
    assert [n.name for n in core_client.find_nodes(filter={"name": like("my-node-4")}, sort="name")] == [
        "my-node-4",
        "my-node-42",
    ]


def test_none_differs_because_the_official_client_writes_it_as_text(
    hub: FlameHub, seeded: Any, official: Path, auth_client: AuthClient
) -> None:
    """flame-hub-client formats the value with str(), so None goes out as `None`, which rapiq does not read as null
    (it lower-cases only `null`, `true` and `false`; reference, section 2.3); ours writes `null`."""
    (theirs,) = run_official(
        official, hub, [{"client": "auth", "call": "find_users", "kwargs": {"filter": {"display_name": None}}}]
    )
    assert hub.auth.requests[-1].query["filter[displayName]"] == "None"
    assert theirs == []
    ours = auth_client.find_users(filter={"display_name": None})
    assert hub.auth.requests[-1].query["filter[displayName]"] == "null"
    assert {u.name for u in ours} == {u["name"] for u in hub.tables["user"].values() if u["displayName"] is None}
    assert ours


def test_each_client_reads_what_the_other_wrote(
    hub: FlameHub, seeded: Any, official: Path, core_client: CoreClient, storage_client: StorageClient
) -> None:
    ours = core_client.create_node(name="ours-node", type="aggregator", hidden=True)
    bucket = storage_client.create_bucket(name="shared-bucket")
    theirs = run_official(
        official,
        hub,
        [
            {"client": "core", "call": "create_node", "kwargs": {"name": "their-node", "node_type": "aggregator"}},
            {"client": "core", "call": "get_node", "args": [ours.id]},
            {"client": "core", "call": "get_node", "args": ["00000000-0000-4000-8000-000000000000"]},
            {"client": "storage", "call": "upload_to_bucket", "args": [bucket.id],
             "kwargs": {"upload": {"code/main.py": b"print(42)\n".hex()}}},
        ],
    )  # fmt: skip
    created, read, missing, uploaded = theirs
    assert missing is None
    assert core_client.get_node("00000000-0000-4000-8000-000000000000") is None
    assert (read["id"], read["name"], read["type"], read["hidden"]) == (ours.id, "ours-node", "aggregator", True)
    node = core_client.get_node(created["id"])
    assert node is not None
    assert (node.name, node.type_, node.realm_id) == (
        "their-node",
        "aggregator",
        created["realmId"],
    )
    (stored,) = uploaded
    assert b"".join(storage_client.stream_bucket_file(stored["id"])) == b"print(42)\n"
    updated, streamed, deleted = run_official(
        official,
        hub,
        [
            {"client": "core", "call": "update_node", "args": [ours.id], "kwargs": {"external_name": "ext-name"}},
            {"client": "storage", "call": "stream_bucket_file", "args": [stored["id"]]},
            {"client": "core", "call": "delete_node", "args": [created["id"]]},
        ],
    )
    assert updated["externalName"] == "ext-name"
    assert core_client.get_node(ours) is not None
    assert bytes.fromhex(streamed) == b"print(42)\n"
    assert deleted is None
    assert core_client.get_node(created["id"]) is None


def test_both_clients_authenticate_the_same_ways(hub: FlameHub, official: Path, core_client: CoreClient) -> None:
    system = next(c for c in hub.tables["client"].values() if c["name"] == "system")
    (by_client,) = run_official(
        official,
        hub,
        [{"client": "core", "call": "get_nodes"}],
        {"kind": "client", "id": system["id"], "secret": SYSTEM_SECRET},
    )
    core_client.get_nodes()
    token = next(t for t, i in hub.tokens.items() if i.kind == "user")
    (by_token,) = run_official(
        official, hub, [{"client": "core", "call": "get_nodes"}], {"kind": "static", "token": token}
    )
    assert by_client == by_token == []
    grants = [r.json["grant_type"] for r in hub.token_requests()]
    assert grants == ["client_credentials", "password"]
