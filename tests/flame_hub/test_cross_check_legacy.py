"""flame-hub-client 0.2.16, the newest release of the series that spoke the older server generation (RobotAuth,
snake_case, bare records), against the legacy fake Hub beside our client: where both support a query they return the
same records; where they differ, the test says why.

It runs in its own virtualenv (created on first use in .cache/ and reused) as a subprocess driving
tests/fakes/flame_hub_official.py, like the 1.1.0 cross-check of the current generation.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, SYSTEM_SECRET, FlameHub
from fakes.flame_hub_venv import LEGACY_VERSION, official_python
from fakes.flame_hub_world import build_world
from flamehub_client import AuthClient, CoreClient, InvalidRequest, StorageClient, gt, like, not_

DRIVER = Path(__file__).resolve().parents[1] / "fakes" / "flame_hub_official.py"
NAMES = ["my-node-4", "my-node-42", "your-node-4", "node-x"]


@pytest.fixture
def generation() -> str:
    return "legacy"


@pytest.fixture(scope="module")
def official() -> Path:
    return official_python(LEGACY_VERSION)


def run_official(
    python: Path, hub: FlameHub, steps: list[dict[str, Any]], auth: dict[str, Any] | None = None
) -> list[Any]:
    plan = {
        "urls": {"auth": hub.auth.url, "core": hub.core.url, "storage": hub.storage.url},
        "auth": auth or {"kind": "password", "username": "admin", "password": ADMIN_PASSWORD},
        "steps": steps,
    }
    done = subprocess.run(
        [str(python), "-I", "-W", "ignore::DeprecationWarning", str(DRIVER)],
        input=json.dumps(plan),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["version"] == LEGACY_VERSION
    results: list[Any] = answer["results"]
    return results


def ids(records: list[Any]) -> list[str]:
    return [r["id"] if isinstance(r, dict) else r.id for r in records]


# (client, official call, official kwargs, our kwargs); 0.2.16 writes keys as given, so they are snake_case.
SHARED: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("core", "find_nodes", {"filter": {"name": "my-node-42"}}, {"filter": {"name": "my-node-42"}}),
    ("core", "find_nodes", {"filter": {"name": ["!", "my-node-42"]}}, {"filter": {"name": not_("my-node-42")}}),
    ("core", "find_nodes", {"filter": {"name": ["~", "my-node-4"]}}, {"filter": {"name": like("my-node-4")}}),
    ("core", "find_nodes", {"filter": {"name": [">", "my-node-42"]}}, {"filter": {"name": gt("my-node-42")}}),
    ("core", "find_nodes", {"filter": {"hidden": "true"}}, {"filter": {"hidden": True}}),
    ("core", "find_nodes", {"sort": {"by": "name", "order": "descending"}}, {"sort": "-name"}),
    ("core", "find_nodes", {"sort": {"by": "created_at"}, "page": {"limit": 2, "offset": 1}},
     {"sort": {"by": "created_at"}, "page": {"limit": 2, "offset": 1}}),
    ("auth", "find_realms", {"filter": {"name": "master"}}, {"filter": {"name": "master"}}),
    ("auth", "find_users", {"filter": {"name": "admin"}}, {"filter": {"name": "admin"}}),
    ("auth", "find_robots", {"filter": {"name": "system"}}, {"filter": {"name": "system"}}),
    ("auth", "get_permissions", {}, {}),
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
            assert [r["account_secret"] for r in their] == [r.account_secret for r in our] == ["harbor-s3cret"]


def test_a_filter_the_older_authup_drops_is_refused_by_ours_and_ignored_for_theirs(
    hub: FlameHub, seeded: Any, official: Path, auth_client: AuthClient
) -> None:
    """authup 1.0.0-beta.26 filters users on id, name and realm_id only (server-core http/controllers/entities/user/
    handlers/read.ts); a display_name filter is dropped, so flame-hub-client 0.2.16 gets every user back."""
    (theirs,) = run_official(
        official, hub, [{"client": "auth", "call": "find_users", "kwargs": {"filter": {"display_name": "nobody"}}}]
    )
    assert hub.auth.requests[-1].query["filter[display_name]"] == "nobody"
    assert sorted(ids(theirs)) == sorted(hub.tables["user"])
    with pytest.raises(InvalidRequest, match="users cannot be filtered on 'displayName'"):
        auth_client.find_users(filter={"display_name": "nobody"})


def test_like_means_starts_with_for_both_on_the_older_generation(
    hub: FlameHub, seeded: Any, official: Path, core_client: CoreClient
) -> None:
    """Both clients write like as `~x`, which rapiq 0.9 reads as starts-with (reference, section 5.1)."""
    (theirs,) = run_official(
        official, hub, [{"client": "core", "call": "find_nodes", "kwargs": {"filter": {"name": ["~", "my-node-4"]}}}]
    )
    their_query = hub.core.requests[-1].query["filter[name]"]
    ours = core_client.find_nodes(filter={"name": like("my-node-4")})
    assert their_query == hub.core.requests[-1].query["filter[name]"] == "~my-node-4"
    assert sorted(r["name"] for r in theirs) == sorted(n.name for n in ours) == ["my-node-4", "my-node-42"]


def test_each_client_reads_what_the_other_wrote(
    hub: FlameHub, seeded: Any, official: Path, core_client: CoreClient, storage_client: StorageClient
) -> None:
    ours = core_client.create_node(name="ours-node", type="aggregator", hidden=True)
    bucket = storage_client.create_bucket(name="shared-bucket")
    created, read, missing, uploaded = run_official(
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
    assert missing is None
    assert (read["id"], read["name"], read["type"], read["hidden"]) == (ours.id, "ours-node", "aggregator", True)
    node = core_client.get_node(created["id"])
    assert node is not None
    assert (node.name, node.type_, node.realm_id, node.robot_id) == (
        "their-node",
        "aggregator",
        created["realm_id"],
        created["robot_id"],
    )
    (stored,) = uploaded
    assert b"".join(storage_client.stream_bucket_file(stored["id"])) == b"print(42)\n"
    updated, deleted = run_official(
        official,
        hub,
        [
            {"client": "core", "call": "update_node", "args": [ours.id], "kwargs": {"external_name": "ext-name"}},
            {"client": "core", "call": "delete_node", "args": [created["id"]]},
        ],
    )
    assert updated["external_name"] == "ext-name"
    assert deleted is None
    assert core_client.get_node(created["id"]) is None


def test_both_clients_authenticate_as_robots_the_same_way(
    hub: FlameHub, official: Path, auth_client: AuthClient
) -> None:
    from flamehub_client import RobotAuth

    system = next(r for r in hub.tables["robot"].values() if r["name"] == "system")
    (theirs,) = run_official(
        official,
        hub,
        [{"client": "core", "call": "get_nodes"}],
        {"kind": "robot", "id": system["id"], "secret": SYSTEM_SECRET},
    )
    with CoreClient(hub.core.url, RobotAuth(system["id"], SYSTEM_SECRET, hub.auth.url), generation="legacy") as ours:
        assert ours.get_nodes() == theirs == []
    first, second = hub.token_requests()
    assert first.json == second.json == {"grant_type": "robot_credentials", "id": system["id"], "secret": SYSTEM_SECRET}
