"""The older-generation workflows (authup 1.0.0-beta.26 with Hub 0.8.13), written once and run three ways: against the
real stack (recording every exchange), against those recordings (replay, in CI), and against the fake Hub's legacy
mode (whose answers are then compared with the recordings).

Each flow drives the clients through `Run.call`, which tallies every call as passed, ended in a typed error, ended in
another exception, or gave a wrong result (its check failed). A flow stops at the first failed call its later calls
depend on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from client_runtime import ApiError
from flamehub_client import (
    AuthClient,
    BadRequest,
    Conflict,
    CoreClient,
    InvalidRequest,
    PasswordAuth,
    RobotAuth,
    ServerError,
    StaticAuth,
    StorageClient,
    TokenRefused,
    Unauthorized,
    ends_with,
    like,
    not_,
)

ADMIN = ("admin", "start123")
PASSED, TYPED, UNTYPED, WRONG = "passed", "typed error", "other exception", "wrong result"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


class Stopped(Exception):
    """A call a flow depends on failed."""


@dataclass
class Stack:
    """Where the three services are, the robots up.sh created, and how clients reach them."""

    urls: dict[str, str]
    robots: dict[str, dict[str, str]]
    transport: Callable[[], httpx.BaseTransport] | None = None


@dataclass
class Run:
    stack: Stack
    outcomes: list[tuple[str, str, str]] = field(default_factory=list)

    def auth(self) -> PasswordAuth:
        return PasswordAuth(ADMIN[0], ADMIN[1], self.stack.urls["auth"])

    def client(self, kind: type[Any], auth: Any = None, generation: str = "legacy") -> Any:
        transport = self.stack.transport() if self.stack.transport else None
        service = {AuthClient: "auth", CoreClient: "core", StorageClient: "storage"}[kind]
        return kind(self.stack.urls[service], auth or self.auth(), generation=generation, transport=transport)

    def call(self, label: str, fn: Callable[[], Any], check: Callable[[Any], bool] | None = None) -> Any:
        """`fn()`, tallied; a failure stops the flow."""
        try:
            result = fn()
        except ApiError as error:
            self.outcomes.append((label, TYPED, f"{type(error).__name__}: {error}"[:300]))
            raise Stopped(label) from error
        except Exception as error:  # the tally names whatever went wrong
            self.outcomes.append((label, UNTYPED, f"{type(error).__name__}: {error}"[:300]))
            raise Stopped(label) from error
        if check is not None and not check(result):
            self.outcomes.append((label, WRONG, repr(result)[:300]))
            raise Stopped(label)
        self.outcomes.append((label, PASSED, ""))
        return result

    def refused(self, label: str, fn: Callable[[], Any], error: type[Exception], match: str = "") -> None:
        """`fn()` must raise `error` (whose text contains `match`): that is this call's expected, typed answer."""
        try:
            fn()
        except error as raised:
            if match in str(raised):
                self.outcomes.append((label, PASSED, ""))
                return
            self.outcomes.append((label, WRONG, f"{type(raised).__name__}: {raised}"[:300]))
            return
        except Exception as raised:
            kind = TYPED if isinstance(raised, ApiError) else UNTYPED
            self.outcomes.append((label, kind, f"{type(raised).__name__}: {raised}"[:300]))
            return
        self.outcomes.append((label, WRONG, f"no {error.__name__}"))


def realms_users_and_meta(run: Run) -> None:
    with run.client(AuthClient) as auth:
        master = run.call(
            "auth.find_realms(name=master)",
            lambda: auth.find_realms(filter={"name": "master"}),
            lambda found: [r.name for r in found] == ["master"],
        )[0]
        run.call("auth.get_realm", lambda: auth.get_realm(master.id), lambda r: r is not None and r.built_in)
        admin = run.call(
            "auth.find_users(name=admin)",
            lambda: auth.find_users(filter={"name": "admin"}),
            lambda found: len(found) == 1,
        )[0]
        run.call("user.realm is the master realm", lambda: admin.realm, lambda r: r is not None and r.id == master.id)
        run.call(
            "auth.get_permissions(meta=True)",
            lambda: auth.get_permissions(meta=True),
            lambda answer: answer[1].total >= len(answer[0]) > 0,
        )
        run.call(
            "auth.find_permissions(name like)",
            lambda: auth.find_permissions(filter={"name": like("node_")}),
            lambda found: found and all(p.name.startswith("node_") for p in found),
        )
        run.call("auth.get_roles", auth.get_roles, lambda roles: isinstance(roles, list))
        run.call("auth.get_clients", auth.get_clients, lambda clients: isinstance(clients, list))


def users_roles_permissions(run: Run) -> None:
    with run.client(AuthClient) as auth:
        user = run.call(
            "auth.create_user",
            lambda: auth.create_user(name="flow-user", email="flow@example.org"),
            lambda u: u.name == "flow-user",
        )
        run.call(
            "auth.update_user(display_name)",
            lambda: auth.update_user(user, display_name="Flow User"),
            lambda u: u.display_name == "Flow User",
        )
        run.call("auth.get_user", lambda: auth.get_user(user.id), lambda u: u is not None and u.realm is not None)
        role = run.call("auth.create_role", lambda: auth.create_role(name="flow-role"), lambda r: r.name == "flow-role")
        run.call(
            "auth.update_role(description)",
            lambda: auth.update_role(role, description="a flow role"),
            lambda r: r.description == "a flow role",
        )
        permission = run.call(
            "auth.create_permission",
            lambda: auth.create_permission(name="flow_permission"),
            lambda p: p.name == "flow_permission",
        )
        run.call(
            "auth.update_permission(description)",
            lambda: auth.update_permission(permission, description="a flow permission"),
            lambda p: p.description == "a flow permission",
        )
        role_permission = run.call(
            "auth.create_role_permission",
            lambda: auth.create_role_permission(role_id=role.id, permission_id=permission.id),
            lambda rp: rp.role_id == role.id,
        )
        run.call(
            "auth.find_role_permissions(role_id)",
            lambda: auth.find_role_permissions(filter={"role_id": role.id}),
            lambda found: [rp.id for rp in found] == [role_permission.id] and found[0].permission is not None,
        )
        user_role = run.call(
            "auth.create_user_role",
            lambda: auth.create_user_role(user_id=user.id, role_id=role.id),
            lambda ur: ur.user_id == user.id,
        )
        run.call(
            "auth.find_user_roles(user_id)",
            lambda: auth.find_user_roles(filter={"user_id": user.id}),
            lambda found: [ur.id for ur in found] == [user_role.id],
        )
        user_permission = run.call(
            "auth.create_user_permission",
            lambda: auth.create_user_permission(user_id=user.id, permission_id=permission.id),
            lambda up: up.permission_id == permission.id,
        )
        run.call("auth.delete_user_permission", lambda: auth.delete_user_permission(user_permission))
        run.call("auth.delete_user_role", lambda: auth.delete_user_role(user_role))
        run.call("auth.delete_role_permission", lambda: auth.delete_role_permission(role_permission))
        run.call("auth.delete_permission", lambda: auth.delete_permission(permission))
        run.call("auth.delete_role", lambda: auth.delete_role(role))
        run.call("auth.delete_user", lambda: auth.delete_user(user))
        run.call("auth.get_user(deleted)", lambda: auth.get_user(user.id), lambda u: u is None)


def robots(run: Run) -> None:
    system_id = run.stack.robots["system"]["id"]
    with run.client(AuthClient) as auth:
        system = run.call(
            "auth.find_robots(name=system)",
            lambda: auth.find_robots(filter={"name": "system"}),
            lambda found: [r.id for r in found] == [system_id],
        )[0]
        run.call("robot secret absent unless asked", lambda: system.secret, lambda s: not isinstance(s, str))
        run.call(
            "auth.find_robots(fields=secret)",
            lambda: auth.find_robots(filter={"name": "system"}, fields="secret"),
            lambda found: bool(found[0].secret) and str(found[0].secret).startswith("$2"),
        )
        run.call(
            "auth.find_robots(sort=realm_id)", lambda: auth.find_robots(sort="realm_id"), lambda found: len(found) >= 2
        )
        robot = run.call(
            "auth.create_robot", lambda: auth.create_robot(name="flow-robot"), lambda r: r.name == "flow-robot"
        )
        run.call(
            "auth.update_robot(display_name)",
            lambda: auth.update_robot(robot, display_name="Flow Robot"),
            lambda r: r.display_name == "Flow Robot",
        )
        role = run.call("auth.create_role(robot)", lambda: auth.create_role(name="flow-robot-role"))
        robot_role = run.call(
            "auth.create_robot_role",
            lambda: auth.create_robot_role(robot_id=robot.id, role_id=role.id),
            lambda rr: rr.robot_id == robot.id,
        )
        run.call(
            "auth.find_robot_roles(robot_id)",
            lambda: auth.find_robot_roles(filter={"robot_id": robot.id}),
            lambda found: [rr.id for rr in found] == [robot_role.id],
        )
        permission = run.call(
            "auth.find_permissions(name=node_create)",
            lambda: auth.find_permissions(filter={"name": "node_create"}),
            lambda found: len(found) == 1,
        )[0]
        robot_permission = run.call(
            "auth.create_robot_permission",
            lambda: auth.create_robot_permission(robot_id=robot.id, permission_id=permission.id),
            lambda rp: rp.permission_id == permission.id,
        )
        run.call(
            "auth.find_robot_permissions(robot_id)",
            lambda: auth.find_robot_permissions(filter={"robot_id": robot.id}),
            lambda found: [rp.id for rp in found] == [robot_permission.id],
        )
        run.call("auth.delete_robot_permission", lambda: auth.delete_robot_permission(robot_permission))
        run.call("auth.delete_robot_role", lambda: auth.delete_robot_role(robot_role))
        run.call("auth.delete_role(robot)", lambda: auth.delete_role(role))
        run.call("auth.delete_robot", lambda: auth.delete_robot(robot))


def robot_auth(run: Run) -> None:
    test = run.stack.robots["test"]
    robot = RobotAuth(test["id"], test["secret"], run.stack.urls["auth"])
    with run.client(CoreClient, robot) as core:
        run.call("core.get_nodes as robot", core.get_nodes, lambda nodes: isinstance(nodes, list))
    wrong = RobotAuth(test["id"], "not-the-secret-0123456789", run.stack.urls["auth"])
    with run.client(CoreClient, wrong) as core:
        run.refused("wrong robot secret", core.get_nodes, TokenRefused)
    with run.client(CoreClient, StaticAuth("not-a-token")) as core:
        run.refused("malformed token", core.get_nodes, Unauthorized)


def nodes(run: Run) -> None:
    with run.client(CoreClient) as core:
        for name in ("my-node-4", "my-node-42", "your-node-4"):
            run.call(
                f"core.create_node({name})",
                lambda name=name: core.create_node(name=name),
                lambda n, name=name: n.name == name and n.registry_id is None,
            )
        created = run.call(
            "core.create_node(aggregator, hidden)",
            lambda: core.create_node(name="node-x", type="aggregator", hidden=True),
            lambda n: (n.type_, n.hidden) == ("aggregator", True),
        )
        run.call("core.get_nodes", core.get_nodes, lambda found: len(found) == 4)
        run.call(
            "core.get_node",
            lambda: core.get_node(created.id),
            lambda n: n is not None and n.registry is None and n.registry_project is None,
        )
        run.call(
            "core.find_nodes(name=my-node-42)",
            lambda: core.find_nodes(filter={"name": "my-node-42"}),
            lambda found: [n.name for n in found] == ["my-node-42"],
        )
        run.call(
            "core.find_nodes(like my-node-4)",
            lambda: core.find_nodes(filter={"name": like("my-node-4")}, sort="name"),
            lambda found: [n.name for n in found] == ["my-node-4", "my-node-42"],
        )
        run.call(
            "core.find_nodes(not_)",
            lambda: core.find_nodes(filter={"name": not_("my-node-42")}),
            lambda found: sorted(n.name for n in found) == ["my-node-4", "node-x", "your-node-4"],
        )
        run.call(
            "core.find_nodes(hidden)",
            lambda: core.find_nodes(filter={"hidden": True}),
            lambda found: [n.name for n in found] == ["node-x"],
        )
        run.call(
            "core.find_nodes(sort -name, page)",
            lambda: core.find_nodes(sort="-name", page={"limit": 2, "offset": 1}),
            lambda found: [n.name for n in found] == ["node-x", "my-node-42"],
        )
        run.refused(
            "core.find_nodes(ends_with) refused",
            lambda: core.find_nodes(filter={"name": ends_with("-4")}),
            InvalidRequest,
            "is not understood by the older server generation",
        )
        run.call(
            "core.update_node",
            lambda: core.update_node(created, hidden=False, external_name="ext-x"),
            lambda n: (n.hidden, n.external_name) == (False, "ext-x"),
        )
        run.call("core.get_node(unknown)", lambda: core.get_node(UNKNOWN_ID), lambda n: n is None)
        run.refused("core.create_node(duplicate name)", lambda: core.create_node(name="my-node-4"), Conflict)
        run.refused(
            "core.create_node(unknown realm)",
            lambda: core.create_node(name="realmless", realm_id=UNKNOWN_ID),
            BadRequest,
        )
        run.call("core.delete_node", lambda: core.delete_node(created))
        run.call("core.get_node(deleted)", lambda: core.get_node(created.id), lambda n: n is None)


def projects_and_analyses(run: Run) -> None:
    with run.client(CoreClient) as core:
        node = run.call("core.create_node(project)", lambda: core.create_node(name="project-node-1"))
        run.call("core.get_master_images", core.get_master_images, lambda found: isinstance(found, list))
        run.call(
            "core.get_master_image_groups",
            core.get_master_image_groups,
            lambda found: isinstance(found, list),
        )
        project = run.call(
            "core.create_project", lambda: core.create_project(name="flow-project"), lambda p: p.name == "flow-project"
        )
        run.call(
            "core.get_project", lambda: core.get_project(project.id), lambda p: p is not None and p.master_image is None
        )
        run.call(
            "core.find_projects(name)",
            lambda: core.find_projects(filter={"name": "flow-project"}),
            lambda found: [p.id for p in found] == [project.id],
        )
        run.call(
            "core.update_project",
            lambda: core.update_project(project, description="a flow project"),
            lambda p: p.description == "a flow project",
        )
        project_node = run.call(
            "core.create_project_node",
            lambda: core.create_project_node(project_id=project.id, node_id=node.id),
            lambda pn: (pn.project_id, pn.node_id) == (project.id, node.id),
        )
        run.call(
            "core.find_project_nodes(project_id)",
            lambda: core.find_project_nodes(filter={"project_id": project.id}),
            lambda found: [pn.id for pn in found] == [project_node.id] and found[0].node is not None,
        )
        run.call(
            "core.update_project_node",
            lambda: core.update_project_node(project_node, approval_status="approved"),
            lambda pn: pn.approval_status == "approved",
        )
        analysis = run.call(
            "core.create_analysis",
            lambda: core.create_analysis(project_id=project.id, name="flow-a"),
            lambda a: a.project_id == project.id,
        )
        run.call(
            "core.get_analysis",
            lambda: core.get_analysis(analysis.id),
            lambda a: a is not None and a.project is not None and a.project.id == project.id,
        )
        run.call(
            "core.find_analyses(project_id)",
            lambda: core.find_analyses(filter={"project_id": project.id}),
            lambda found: [a.id for a in found] == [analysis.id],
        )
        run.call(
            "core.update_analysis",
            lambda: core.update_analysis(analysis, description="a flow analysis"),
            lambda a: a.description == "a flow analysis",
        )
        analysis_node = run.call(
            "core.create_analysis_node",
            lambda: core.create_analysis_node(analysis_id=analysis.id, node_id=node.id),
            lambda an: an.analysis_id == analysis.id,
        )
        run.call(
            "core.find_analysis_nodes(analysis_id)",
            lambda: core.find_analysis_nodes(filter={"analysis_id": analysis.id}),
            lambda found: [an.id for an in found] == [analysis_node.id] and found[0].analysis is not None,
        )
        run.call(
            "core.update_analysis_node",
            lambda: core.update_analysis_node(analysis_node, comment="fine"),
            lambda an: an.comment == "fine",
        )
        run.call("core.delete_analysis_node", lambda: core.delete_analysis_node(analysis_node))
        run.call("core.delete_analysis", lambda: core.delete_analysis(analysis))
        run.call("core.delete_project_node", lambda: core.delete_project_node(project_node))
        run.call("core.delete_project", lambda: core.delete_project(project))
        run.call("core.delete_node(project)", lambda: core.delete_node(node))


def registries(run: Run) -> None:
    with run.client(CoreClient) as core:
        registry = run.call(
            "core.create_registry",
            lambda: core.create_registry(name="flow-registry", host="harbor.example.org"),
            lambda r: r.host == "harbor.example.org",
        )
        run.call("core.get_registries", core.get_registries, lambda found: [r.id for r in found] == [registry.id])
        run.call(
            "core.update_registry",
            lambda: core.update_registry(registry, host="registry.example.org"),
            lambda r: r.host == "registry.example.org",
        )
        run.call("core.delete_registry", lambda: core.delete_registry(registry))


def buckets(run: Run) -> None:
    with run.client(StorageClient) as storage:
        bucket = run.call(
            "storage.create_bucket",
            lambda: storage.create_bucket(name="flow-bucket"),
            lambda b: b.name == "flow-bucket",
        )
        run.call("storage.get_bucket", lambda: storage.get_bucket(bucket.id), lambda b: b is not None)
        run.call(
            "storage.find_buckets(name)",
            lambda: storage.find_buckets(filter={"name": "flow-bucket"}),
            lambda found: [b.id for b in found] == [bucket.id],
        )
        files = run.call(
            "storage.upload_to_bucket",
            lambda: storage.upload_to_bucket(bucket, {"code/main.py": b"print(42)\n", "out/summary.csv": b"n\n42\n"}),
            lambda found: sorted(f.path for f in found) == ["code/main.py", "out/summary.csv"],
        )
        main = next(f for f in files if f.path == "code/main.py")
        run.call(
            "storage.find_bucket_files(bucket_id)",
            lambda: storage.find_bucket_files(filter={"bucket_id": bucket.id}, sort="name"),
            lambda found: [f.name for f in found] == ["main.py", "summary.csv"],
        )
        run.call(
            "storage.get_bucket_file",
            lambda: storage.get_bucket_file(main.id),
            lambda f: f is not None and f.bucket is not None and f.bucket.id == bucket.id,
        )
        run.call(
            "storage.stream_bucket_file",
            lambda: b"".join(storage.stream_bucket_file(main)),
            lambda data: data == b"print(42)\n",
        )
        run.call(
            "storage.stream_bucket_tarball",
            lambda: b"".join(storage.stream_bucket_tarball(bucket)),
            lambda data: b"print(42)" in data and b"code/main.py" in data,
        )
        run.call("storage.delete_bucket_file", lambda: storage.delete_bucket_file(main))
        # Hub storage 0.8.13 passes S3's BucketNotEmpty on as a 500 (server-storage bucket/handlers/delete.ts).
        run.refused("storage.delete_bucket(not empty)", lambda: storage.delete_bucket(bucket), ServerError)
        summary = next(f for f in files if f.path == "out/summary.csv")
        run.call("storage.delete_bucket_file(last)", lambda: storage.delete_bucket_file(summary))
        run.call("storage.delete_bucket", lambda: storage.delete_bucket(bucket))
        run.call("storage.get_bucket(deleted)", lambda: storage.get_bucket(bucket.id), lambda b: b is None)


def generation_auto(run: Run) -> None:
    for kind in (AuthClient, CoreClient, StorageClient):
        name = kind.__name__
        with run.client(kind, generation="auto") as client:
            lister = {"AuthClient": "get_realms", "CoreClient": "get_nodes", "StorageClient": "get_buckets"}[name]
            run.call(
                f"{name}(auto).{lister}",
                lambda client=client, lister=lister: getattr(client, lister)(),
                lambda found: isinstance(found, list),
            )
            run.call(f"{name}(auto).generation", lambda client=client: client.generation, lambda g: g == "legacy")


FLOWS: dict[str, Callable[[Run], None]] = {
    flow.__name__: flow
    for flow in (
        realms_users_and_meta,
        users_roles_permissions,
        robots,
        robot_auth,
        nodes,
        projects_and_analyses,
        registries,
        buckets,
        generation_auto,
    )
}


def run_flow(name: str, stack: Stack) -> Run:
    run = Run(stack)
    with contextlib.suppress(Stopped):
        FLOWS[name](run)
    return run
