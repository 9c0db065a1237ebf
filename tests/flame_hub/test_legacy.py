"""The older server generation (authup before 1.0.0-beta.54, Hub before 0.13): robots and RobotAuth, the snake_case
wire, bare records, list meta without schema, the older error bodies, rapiq 0.9 filters, and telling the generation."""

from __future__ import annotations

import asyncio
import threading
import uuid
from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, SYSTEM_SECRET, FlameHub, serve_flame_hub
from fakes.flame_hub_world import build_world
from fakes.spec_server import FakeResponse
from flamehub_client import (
    AsyncAuthClient,
    AsyncCoreClient,
    AuthClient,
    BadRequest,
    Conflict,
    CoreClient,
    DecodingError,
    InvalidRequest,
    NotFound,
    PasswordAuth,
    RobotAuth,
    StorageClient,
    TokenRefused,
    Unauthorized,
    auth_from_env,
    contains,
    ends_with,
    get_field_names,
    get_includable_names,
    like,
    not_,
    starts_with,
)
from flamehub_client.auth.models import Robot

NAMES = ["my-node-4", "my-node-42", "your-node-4", "node-x"]


@pytest.fixture
def generation() -> str:
    """These tests run against the legacy fake Hub unless they say otherwise."""
    return "legacy"


def system_robot(hub: FlameHub) -> dict[str, Any]:
    return next(r for r in hub.tables["robot"].values() if r["name"] == "system")


def grants(hub: FlameHub) -> list[str]:
    return [r.json.get("grant_type") for r in hub.token_requests()]


# -- robots and RobotAuth ----------------------------------------------------------------------------------------------
def test_the_seed_finds_the_system_robot_and_its_secret_only_when_asked(hub: FlameHub, auth_client: AuthClient) -> None:
    system = auth_client.find_robots(filter={"name": "system"}).pop()
    assert not system.secret
    system = auth_client.find_robots(filter={"name": "system"}, fields="secret").pop()
    assert system.secret == "$2y$10$KUOKEwbbnaUDo41e7XBKGek4hggD6z6R95I69Cv3mTeBcx0hifBAC"
    assert hub.auth.requests[-1].query["fields"] == "+secret"
    assert get_field_names(Robot) == ("secret",)
    assert get_includable_names(Robot) == ("realm",)
    assert system.realm.name == "master"


def test_robots_and_their_permissions_and_roles_have_every_verb(hub: FlameHub, auth_client: AuthClient) -> None:
    world = build_world(hub)
    robot = auth_client.create_robot(name="ci-robot", realm_id=world["realm"]["id"], secret="ci-s3cret")
    assert hub.auth.requests[-1].json == {"name": "ci-robot", "realm_id": world["realm"]["id"], "secret": "ci-s3cret"}
    assert auth_client.update_robot(robot, display_name="CI robot").display_name == "CI robot"
    granted = auth_client.create_robot_permission(robot_id=robot, permission_id=world["permission"]["id"])
    assert auth_client.get_robot_permission(granted).robot.id == robot.id
    assigned = auth_client.create_robot_role(robot_id=robot.id, role_id=world["role"]["id"])
    assert [r.id for r in auth_client.find_robot_roles(filter={"robot_id": robot.id})] == [assigned.id]
    assert {r.id for r in auth_client.iter_robots(page_size=1)} == set(hub.tables["robot"])
    auth_client.delete_robot_role(assigned)
    auth_client.delete_robot_permission(granted)
    auth_client.delete_robot(robot)
    assert auth_client.get_robot(robot.id) is None


def test_robot_auth_runs_the_robot_grant_again_when_the_token_expires(hub: FlameHub) -> None:
    robot = system_robot(hub)
    auth = RobotAuth(robot["id"], SYSTEM_SECRET, hub.auth.url, clock=hub.now)
    with CoreClient(hub.core.url, auth, generation="legacy") as client:
        client.get_nodes()
        hub.advance(3600)
        client.get_nodes()
    assert grants(hub) == ["robot_credentials", "robot_credentials"]
    assert hub.token_requests()[0].json == {
        "grant_type": "robot_credentials",
        "id": robot["id"],
        "secret": SYSTEM_SECRET,
    }


def test_robot_auth_renews_once_on_a_401(hub: FlameHub) -> None:
    auth = RobotAuth(system_robot(hub)["id"], SYSTEM_SECRET, hub.auth.url, clock=hub.now)
    with CoreClient(hub.core.url, auth, generation="legacy") as client:
        client.get_nodes()
        hub.revoke_tokens()
        assert client.get_nodes() == []
    assert grants(hub) == ["robot_credentials", "robot_credentials"]


def test_robot_auth_fetches_one_token_for_concurrent_threads_and_tasks(hub: FlameHub) -> None:
    auth = RobotAuth(system_robot(hub)["id"], SYSTEM_SECRET, hub.auth.url, clock=hub.now)
    barrier = threading.Barrier(20)
    failures: list[BaseException] = []
    with CoreClient(hub.core.url, auth, generation="legacy") as client:

        def call() -> None:
            try:
                barrier.wait()
                client.get_nodes()
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []

    async def main() -> None:
        async with AsyncCoreClient(hub.core.url, auth, generation="legacy") as client:
            hub.advance(3600)
            await asyncio.gather(*(client.get_nodes() for _ in range(20)))

    asyncio.run(main())
    assert grants(hub) == ["robot_credentials", "robot_credentials"]


def test_a_wrong_robot_secret_is_refused_without_showing_it(hub: FlameHub) -> None:
    auth = RobotAuth(system_robot(hub)["id"], "wrong-robot-secret", hub.auth.url)
    with CoreClient(hub.core.url, auth, generation="legacy") as client, pytest.raises(TokenRefused) as raised:
        client.get_nodes()
    assert (raised.value.status, raised.value.body.code) == (400, "invalid_credentials")
    assert raised.value.body.message == "The robot credentials are invalid."
    shown = str(raised.value) + repr(raised.value) + raised.value.text + repr(auth) + repr(client)
    assert "wrong-robot-secret" not in shown
    assert hub.core.requests == []


def test_robot_auth_comes_from_the_environment(hub: FlameHub) -> None:
    robot = system_robot(hub)
    env = {
        "FLAME_HUB_CORE_URL": hub.core.url,
        "FLAME_HUB_AUTH_URL": hub.auth.url,
        "FLAME_HUB_ROBOT_ID": robot["id"],
        "FLAME_HUB_ROBOT_SECRET": SYSTEM_SECRET,
        "FLAME_HUB_GENERATION": "legacy",
    }
    assert isinstance(auth_from_env(env), RobotAuth)
    with CoreClient.from_env(env) as client:
        assert client.generation == "legacy"
        assert client.get_nodes() == []
    assert grants(hub) == ["robot_credentials"]


@pytest.mark.hub(generation="current")
def test_robots_are_refused_before_sending_on_the_current_generation(hub: FlameHub, auth_client: AuthClient) -> None:
    auth_client.get_realms()
    hub.clear()
    for call in (
        lambda: auth_client.find_robots(filter={"name": "system"}),
        lambda: auth_client.get_robot(str(uuid.uuid4())),
        lambda: auth_client.create_robot(name="ci-robot"),
        lambda: auth_client.delete_robot(str(uuid.uuid4())),
    ):
        with pytest.raises(InvalidRequest, match="robots exist only on the legacy server generation"):
            call()
    assert hub.auth.requests == []
    with pytest.raises(NotFound):
        auth_client.robots.list()


# -- the wire --------------------------------------------------------------------------------------------------------
def test_requests_go_out_in_snake_case_and_answers_come_back_as_the_same_models(
    hub: FlameHub, core_client: CoreClient
) -> None:
    world = build_world(hub)
    found = core_client.find_analysis_nodes(filter={"analysis.project_id": world["project"]["id"]}, sort="node.name")
    query = hub.core.requests[-1].query
    assert (query["filter[analysis.project_id]"], query["sort"]) == (world["project"]["id"], "node.name")
    assert [n.id for n in found] == [world["analysis_node"]["id"]]
    nodes = core_client.find_nodes(
        filter={"robot_id": world["node"]["robotId"]}, sort="-created_at", include="registry"
    )
    query = hub.core.requests[-1].query
    assert (query["filter[robot_id]"], query["sort"], query["include"]) == (
        world["node"]["robotId"],
        "-created_at",
        "registry",
    )
    assert [n.id for n in nodes] == [world["node"]["id"]]
    assert nodes[0].registry.name == world["registry"]["name"]
    with pytest.raises(InvalidRequest, match="Relation filters: none"):  # Hub 0.8.13 lists no relation filter
        core_client.find_nodes(filter={"registry_project.external_name": "node-project"})
    node = core_client.update_node(nodes[0], external_name="ext-name", hidden=True)
    assert hub.core.requests[-1].json == {"external_name": "ext-name", "hidden": True}
    assert (node.external_name, node.hidden, node.client_id) == ("ext-name", True, None)  # Hub 0.8.13: no client


def test_fields_hub_0_8_would_drop_are_refused_before_sending(hub: FlameHub, core_client: CoreClient) -> None:
    """Hub 0.8.13's validators (server-core http/controllers/*/utils/validation.ts) take no display name for projects
    and analyses, and the analysis nodes' state only as run_status, with other values."""
    project = core_client.create_project(name="old-project")
    hub.clear()
    with pytest.raises(InvalidRequest, match="does not take 'displayName' for projects"):
        core_client.update_project(project, display_name="Old project")
    with pytest.raises(InvalidRequest, match="does not take 'displayName' for analyses"):
        core_client.create_analysis(project_id=project.id, display_name="Old analysis")
    with pytest.raises(InvalidRequest, match="'executionStatus' for analysis nodes"):
        core_client.update_analysis_node(str(uuid.uuid4()), execution_status="executing")
    assert hub.core.requests == []
    assert core_client.update_project(project, description="Still described.").description == "Still described."


def test_bare_records_and_list_meta_without_schema_are_read(hub: FlameHub, core_client: CoreClient) -> None:
    for name in NAMES:
        hub.add("node", name=name)
    nodes, meta = core_client.find_nodes(page={"limit": 2}, meta=True)
    assert (meta.total, meta.limit, meta.offset, meta.schema) == (4, 2, 0, None)
    answer = hub.core.requests[-1]
    assert answer.operation_id == "nodes_list"
    node, record_meta = core_client.get_node(nodes[0], meta=True) or (None, None)
    assert node == nodes[0]
    assert record_meta is not None
    assert record_meta.schema is None


def test_nodes_of_the_older_hub_carry_their_robot(hub: FlameHub, core_client: CoreClient) -> None:
    node = core_client.create_node(name="robot-node")
    assert node.robot_id in hub.tables["robot"]
    assert node.client_id is None
    assert core_client.find_nodes(filter={"robot_id": node.robot_id})[0].id == node.id


def test_nodes_of_hub_0_8_without_a_client_are_read_with_none(hub: FlameHub, core_client: CoreClient) -> None:
    record = hub.add("node", name="old-node")
    assert "clientId" not in hub.default_fields(hub.entities["node"])  # the fake answers as Hub 0.8.13 does
    node = core_client.get_node(record["id"])
    assert node is not None
    assert (node.name, node.client_id) == ("old-node", None)


def test_older_error_bodies_become_the_same_typed_errors(hub: FlameHub, core_client: CoreClient) -> None:
    with pytest.raises(BadRequest) as bad:
        core_client.create_node(name="my-new-node", realm_id=str(uuid.uuid4()))
    assert bad.value.body.message == "Can't find realm entity by realm_id"
    assert (bad.value.body.code, bad.value.body.additional_properties["legacyCode"]) == ("bad_request", "undefined")
    assert bad.value.body.issues == []  # Hub 0.8.13 names no attribute for a relation it cannot find (observed)
    core_client.create_node(name="twin-node")
    with pytest.raises(Conflict) as conflict:
        core_client.create_node(name="twin-node")
    assert conflict.value.body.code == "entity_conflict"
    with pytest.raises(NotFound) as missing:
        core_client.update_node(str(uuid.uuid4()), hidden=True)
    assert (missing.value.body.code, missing.value.body.status_code) == ("entity_not_found", 404)
    assert missing.value.body.additional_properties["legacyCode"] == "NOT_FOUND"
    with CoreClient(hub.core.url, "not-a-token", generation="legacy") as client, pytest.raises(Unauthorized) as denied:
        client.get_nodes()
    assert denied.value.body.code == "identity_unauthorized"


def test_validation_children_become_issues(hub: FlameHub, core_client: CoreClient) -> None:
    hub.core.script(
        "nodes_create",
        FakeResponse(
            400,
            {
                "statusCode": 400,
                "code": "undefined",
                "message": "The attribute name is invalid.",
                "children": [{"path": "name", "pathAbsolute": "name", "received": "s3cret-looking-value"}],
                "attributes": ["name"],
            },
        ),
    )
    with pytest.raises(BadRequest) as raised:
        core_client.create_node(name="my-node")
    issue = raised.value.body.issues[0]
    assert (issue.path, issue.message) == (["name"], "The attribute name is invalid.")
    assert "s3cret-looking-value" not in str(raised.value) + raised.value.text


# -- filters ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("condition", "wire", "expected"),
    [
        ("my-node-42", "my-node-42", ["my-node-42"]),
        (not_("my-node-42"), "!my-node-42", ["my-node-4", "node-x", "your-node-4"]),
        (like("my-node-4"), "~my-node-4", ["my-node-4", "my-node-42"]),
        (starts_with("your"), "~your", ["your-node-4"]),
        (("~", "my-node-4"), "~my-node-4", ["my-node-4", "my-node-42"]),
        (["node-x", "my-node-4"], "node-x,my-node-4", ["my-node-4", "node-x"]),
    ],
)
def test_filters_are_written_in_the_older_dialect(
    hub: FlameHub, core_client: CoreClient, condition: Any, wire: str, expected: list[str]
) -> None:
    for name in NAMES:
        hub.add("node", name=name)
    found = core_client.find_nodes(filter={"name": condition}, sort="name")
    assert hub.core.requests[-1].query["filter[name]"] == wire
    assert [n.name for n in found] == expected


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"filter": {"name": ends_with("node-4")}}, "ends_with is not understood by the older server generation"),
        ({"filter": {"name": contains("node")}}, "contains is not understood by the older server generation"),
        ({"filter": {"name": "x"}, "dialect": "expression"}, "has no expression dialect"),
        ({"filter": {"name": "~x"}}, "older servers read '~x' as starts with x"),
    ],
)
def test_what_the_older_dialect_cannot_say_is_refused_before_sending(
    hub: FlameHub, core_client: CoreClient, arguments: dict[str, Any], message: str
) -> None:
    core_client.get_nodes()
    hub.clear()
    with pytest.raises(InvalidRequest, match=message):
        core_client.find_nodes(**arguments)
    assert hub.core.requests == []


def test_a_trailing_tilde_is_plain_text_to_the_older_dialect(hub: FlameHub, core_client: CoreClient) -> None:
    hub.add("node", name="node~")
    assert [n.name for n in core_client.find_nodes(filter={"name": "node~"})] == ["node~"]


def test_server_allow_lists_need_the_current_generation(hub: FlameHub, password_auth: PasswordAuth) -> None:
    with pytest.raises(InvalidRequest, match="only current servers publish"):
        CoreClient(hub.core.url, password_auth, generation="legacy", allow_lists="server")
    with (
        CoreClient(hub.core.url, password_auth, generation="auto", allow_lists="server") as client,
        pytest.raises(InvalidRequest, match="only current servers publish"),
    ):
        client.find_nodes()
    assert [r.operation_id for r in hub.core.requests] == ["status_get"]


# -- telling the generation ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("generation", ["current", "legacy"])
def test_auto_asks_the_status_route_once_then_speaks_what_it_found(
    generation: str, password_auth: PasswordAuth, hub: FlameHub
) -> None:
    for name in NAMES:
        hub.add("node", name=name)
    with CoreClient(hub.core.url, password_auth, generation="auto") as client:
        assert client.generation == "auto"
        assert [n.name for n in client.find_nodes(filter={"name": like("my-node-4")}, sort="name")] == NAMES[:2]
        assert client.generation == generation
        client.get_nodes()
    assert [r.operation_id for r in hub.core.requests] == ["status_get", "nodes_list", "nodes_list"]
    assert hub.core.requests[1].query["filter[name]"] == ("~my-node-4" if generation == "legacy" else "my-node-4~")


def test_auto_works_for_async_clients_and_the_facade(hub: FlameHub, password_auth: PasswordAuth) -> None:
    async def main() -> list[str]:
        async with AsyncAuthClient(hub.auth.url, password_auth, generation="auto") as client:
            realms = await client.realms.list()
            robots = await client.find_robots(filter={"name": "system"})
            return [client.generation, realms.data[0].name, robots[0].name]

    assert asyncio.run(main()) == ["legacy", "master", "system"]
    # The status route is asked before the login: telling the generation needs no token.
    assert [r.operation_id for r in hub.auth.requests[:3]] == ["status_get", "token_create", "realms_list"]


def test_an_unreadable_status_answer_asks_for_an_explicit_choice(hub: FlameHub, password_auth: PasswordAuth) -> None:
    hub.core.script("status_get", FakeResponse(200, {"name": "hub"}))
    with (
        StorageClient(hub.core.url, password_auth, generation="auto") as client,
        pytest.raises(DecodingError, match="pass generation='current' or generation='legacy'"),
    ):
        client.get_buckets()


def test_a_current_client_names_the_older_generation_when_it_meets_it(hub: FlameHub, password_auth: Any) -> None:
    hub.add("node", name="old-node")
    with CoreClient(hub.core.url, password_auth) as client, pytest.raises(DecodingError) as raised:
        client.get_nodes()
    assert "pass generation='legacy' or 'auto'" in str(raised.value)


def test_bad_generations_are_refused(password_auth: PasswordAuth, hub: FlameHub) -> None:
    with pytest.raises(InvalidRequest, match="generation: must be 'current', 'legacy' or 'auto'"):
        CoreClient(hub.core.url, password_auth, generation="0.8")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequest, match="FLAME_HUB_GENERATION"):
        CoreClient.from_env({"FLAME_HUB_CORE_URL": hub.core.url, "FLAME_HUB_TOKEN": "t", "FLAME_HUB_GENERATION": "x"})


def test_the_password_flow_and_the_clients_serve_both_generations_side_by_side() -> None:
    with serve_flame_hub(generation="current") as new, serve_flame_hub(generation="legacy") as old:
        for hub in (new, old):
            auth = PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url)
            with AuthClient(hub.auth.url, auth, generation="auto") as client:
                assert client.find_users(filter={"name": "admin"})[0].realm.name == "master"
                assert client.generation == hub.generation
            assert hub.violations == []
