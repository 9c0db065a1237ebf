"""Every operation of the three specs through the generated façade (`client.<resource>.<verb>()`), sync and async."""

from __future__ import annotations

import importlib
import io
import tarfile
from collections.abc import Callable
from typing import Any

import pytest
from client_runtime import RequestOptions
from fakes.flame_hub import ADMIN_PASSWORD, ENTITIES, ROBOT_ENTITIES, FlameHub
from fakes.flame_hub_world import UPDATES, build_world, create_body

World = dict[str, dict[str, Any]]
Args = tuple[tuple[Any, ...], dict[str, Any]]


def _emptied(hub: FlameHub, name: str, record_id: str) -> str:
    """`record_id`, after removing the files of the bucket it names on the older generation: Hub storage 0.8 refuses to
    delete a bucket that holds files (S3 BucketNotEmpty, answered 500)."""
    if hub.legacy and name == "bucket":
        for file_id in [k for k, f in hub.tables["bucket_file"].items() if f["bucketId"] == record_id]:
            del hub.tables["bucket_file"][file_id]
    return record_id


def model(service: str, name: str) -> Any:
    return getattr(importlib.import_module(f"flamehub_client.{service}.models"), name)


def _crud_cases(
    entities: dict[str, Any],
) -> list[tuple[str, str, Callable[[FlameHub, World], Args], Callable[[Any, FlameHub, World], bool]]]:
    cases: list[Any] = []
    for entity in entities.values():
        service, tag, name = entity.service, entity.tag, entity.name
        cases.append(
            (
                service,
                f"{tag}.list",
                lambda hub, w: ((), {}),
                lambda r, hub, w, n=name: r.meta.total == len(hub.tables[n]) and len(r.data) == r.meta.total,
            )
        )
        cases.append(
            (
                service,
                f"{tag}.get",
                lambda hub, w, n=name: ((w[n]["id"],), {}),
                lambda r, hub, w, n=name: r.data.id == w[n]["id"] and bool(r.meta.schema) != hub.legacy,
            )
        )
        if entity.name not in ("master_image_group", "master_image", "bucket_file"):
            cases.append(
                (
                    service,
                    f"{tag}.create",
                    lambda hub, w, n=name, s=service, e=entity: (
                        (),
                        {"body": model(s, e.schema + "Create").from_dict(create_body(hub, w, n))},
                    ),
                    lambda r, hub, w, n=name: r.data.id in hub.tables[n],
                )
            )
        if name in ("bucket", "analysis_bucket"):  # nothing is editable: the update answers the record as it was
            cases.append(
                (
                    service,
                    f"{tag}.update",
                    lambda hub, w, n=name, s=service, e=entity: (
                        (w[n]["id"],),
                        {"body": model(s, e.schema + "Update").from_dict({})},
                    ),
                    lambda r, hub, w, n=name: r.data.to_dict().items() >= {"id": w[n]["id"]}.items(),
                )
            )
        if name in UPDATES:
            cases.append(
                (
                    service,
                    f"{tag}.update",
                    lambda hub, w, n=name, s=service, e=entity: (
                        (w[n]["id"],),
                        {"body": model(s, e.schema + "Update").from_dict(UPDATES[n])},
                    ),
                    lambda r, hub, w, n=name: all(hub.tables[n][r.data.id][k] == v for k, v in UPDATES[n].items()),
                )
            )
        cases.append(
            (
                service,
                f"{tag}.delete",
                lambda hub, w, n=name: ((_emptied(hub, n, w[n]["id"]),), {}),
                lambda r, hub, w, n=name: r.data.id == w[n]["id"] and w[n]["id"] not in hub.tables[n],
            )
        )
    return cases


def _log_options(w: World, node: bool = False) -> RequestOptions:
    params = {"filter[analysisId]": w["analysis"]["id"]}
    if node:
        params["filter[nodeId]"] = w["node"]["id"]
    return RequestOptions(params=params)


def _tar_names(data: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return tar.getnames()


def _upload_body() -> Any:
    from flamehub_client.storage._generated.types import File

    body = model("storage", "BucketUpload")()
    body["part"] = File(payload=io.BytesIO(b"a,b\n1,2\n"), file_name="data/table.csv", mime_type="text/csv")
    return body


SPECIAL: list[tuple[str, str, Callable[[FlameHub, World], Args], Callable[[Any, FlameHub, World], bool]]] = [
    (
        "auth",
        "token.create",
        lambda hub, w: (
            (),
            {"body": model("auth", "TokenRequest").from_dict({"username": "admin", "password": ADMIN_PASSWORD})},
        ),
        lambda r, hub, w: r.access_token in hub.tokens and r.refresh_token in hub.refresh_tokens,
    ),
    ("auth", "status.get", lambda hub, w: ((), {}), lambda r, hub, w: r.version.startswith("1.0.0-beta.")),
    (
        "core",
        "status.get",
        lambda hub, w: ((), {}),
        lambda r, hub, w: r.version == ("0.8.13" if hub.legacy else "0.14.0"),
    ),
    # Hub storage 0.8 names no version in its status
    ("storage", "status.get", lambda hub, w: ((), {}), lambda r, hub, w: isinstance(r.version, str) != hub.legacy),
    (
        "core",
        "nodes.get_client_credentials",
        lambda hub, w: ((w["node"]["id"],), {}),
        lambda r, hub, w: r.id == w["client"]["id"] and r.secret == "client-s3cret",
    ),
    (
        "core",
        "nodes.update_client_credentials",
        lambda hub, w: (
            (w["node"]["id"],),
            {"body": model("core", "ClientCredentialsUpdate").from_dict({"secret": None})},
        ),
        lambda r, hub, w: r.secret not in (None, "client-s3cret") and hub.client_secrets[r.id] == r.secret,
    ),
    (
        "core",
        "nodes.get_registry_credentials",
        lambda hub, w: ((w["node"]["id"],), {}),
        lambda r, hub, w: (r.host, r.account_secret) == ("harbor.example.org", "registry-s3cret"),
    ),
    (
        "core",
        "analyses.get_client_credentials",
        lambda hub, w: ((w["analysis"]["id"],), {}),
        lambda r, hub, w: r.id == w["client"]["id"],
    ),
    (
        "core",
        "analyses.update_client_credentials",
        lambda hub, w: (
            (w["analysis"]["id"],),
            {"body": model("core", "ClientCredentialsUpdate").from_dict({"secret": "new-s3cret"})},
        ),
        lambda r, hub, w: r.secret == "new-s3cret",
    ),
    (
        "core",
        "analyses.send_command",
        lambda hub, w: (
            (w["analysis"]["id"],),
            {"body": model("core", "AnalysisCommand").from_dict({"command": "configurationLock"})},
        ),
        lambda r, hub, w: r.data.configuration_locked is True,
    ),
    (
        "core",
        "master_images.send_command",
        lambda hub, w: ((), {"body": model("core", "MasterImageCommand").from_dict({"command": "sync"})}),
        lambda r, hub, w: r.data is None,
    ),
    (
        "core",
        "registries.send_command",
        lambda hub, w: (
            (),
            {"body": model("core", "RegistryCommand").from_dict({"command": "setup", "id": w["registry"]["id"]})},
        ),
        lambda r, hub, w: r is None,
    ),
    (
        "core",
        "analysis_logs.list",
        lambda hub, w: ((), {"options": _log_options(w)}),
        lambda r, hub, w: r.data == [] and r.meta.total == 0,
    ),
    ("core", "analysis_logs.delete", lambda hub, w: ((), {"options": _log_options(w)}), lambda r, hub, w: r is None),
    (
        "core",
        "analysis_node_logs.list",
        lambda hub, w: ((), {"options": _log_options(w, node=True)}),
        lambda r, hub, w: r.data == [],
    ),
    (
        "core",
        "analysis_node_logs.create",
        lambda hub, w: (
            (),
            {
                "body": model("core", "AnalysisNodeLogCreate").from_dict(
                    {
                        "analysisId": w["analysis"]["id"],
                        "nodeId": w["node"]["id"],
                        "level": "info",
                        "message": "started",
                    }
                )
            },
        ),
        lambda r, hub, w: r.data.message == "started" and len(hub.logs) == 1,
    ),
    (
        "core",
        "analysis_node_logs.delete",
        lambda hub, w: ((), {"options": _log_options(w, node=True)}),
        lambda r, hub, w: r is None,
    ),
    (
        "storage",
        "buckets.upload",
        lambda hub, w: ((w["bucket"]["id"],), {"body": _upload_body()}),
        lambda r, hub, w: [(f.path, f.name, f.directory) for f in r.data] == [("data/table.csv", "table.csv", "data")],
    ),
    (
        "storage",
        "buckets.stream",
        lambda hub, w: ((w["bucket"]["id"],), {}),
        lambda r, hub, w: _tar_names(r) == ["code/main.py"],
    ),
    (
        "storage",
        "bucket_files.stream",
        lambda hub, w: ((w["bucket_file"]["id"],), {}),
        lambda r, hub, w: r == b"print('hi')\n",
    ),
]
CASES = _crud_cases(ENTITIES) + SPECIAL
IDS = [f"{service}.{name}" for service, name, *_ in CASES]
# Robots, robot permissions and robot roles exist only on the older generation.
LEGACY_ONLY = _crud_cases(ROBOT_ENTITIES)
LEGACY_IDS = [f"{service}.{name}" for service, name, *_ in LEGACY_ONLY]


def _method(client: Any, dotted: str) -> Any:
    resource, verb = dotted.split(".")
    return getattr(getattr(client, resource), verb)


def test_every_operation_of_the_three_specs_is_covered_here() -> None:
    covered = {f"{service}.{name.replace('.', '_')}" for service, name, *_ in CASES + LEGACY_ONLY}
    operations = set()
    for service in ("auth", "core", "storage"):
        resources = importlib.import_module(f"flamehub_client.{service}._resources")
        operations |= {f"{service}.{op.endpoint.rsplit('.', 1)[-1]}" for op in resources.OPERATIONS}
    assert operations == covered


def _sync(hub: FlameHub, clients: dict[str, Any], service: str, name: str, args: Any, check: Any) -> None:
    world = build_world(hub)
    positional, keywords = args(hub, world)
    assert check(_method(clients[service], name)(*positional, **keywords), hub, world)


def _async(hub: FlameHub, run_async: Any, service: str, name: str, args: Any, check: Any) -> None:
    world = build_world(hub)
    positional, keywords = args(hub, world)

    async def invoke(clients: dict[str, Any]) -> Any:
        return await _method(clients[service], name)(*positional, **keywords)

    assert check(run_async(invoke), hub, world)


@pytest.mark.both_generations
@pytest.mark.parametrize(("service", "name", "args", "check"), CASES, ids=IDS)
def test_sync_operation(hub: FlameHub, clients: dict[str, Any], service: str, name: str, args: Any, check: Any) -> None:
    _sync(hub, clients, service, name, args, check)


@pytest.mark.both_generations
@pytest.mark.parametrize(("service", "name", "args", "check"), CASES, ids=IDS)
def test_async_operation(hub: FlameHub, run_async: Any, service: str, name: str, args: Any, check: Any) -> None:
    _async(hub, run_async, service, name, args, check)


@pytest.mark.hub(generation="legacy")
@pytest.mark.parametrize(("service", "name", "args", "check"), LEGACY_ONLY, ids=LEGACY_IDS)
def test_sync_legacy_only_operation(
    hub: FlameHub, clients: dict[str, Any], service: str, name: str, args: Any, check: Any
) -> None:
    _sync(hub, clients, service, name, args, check)


@pytest.mark.hub(generation="legacy")
@pytest.mark.parametrize(("service", "name", "args", "check"), LEGACY_ONLY, ids=LEGACY_IDS)
def test_async_legacy_only_operation(
    hub: FlameHub, run_async: Any, service: str, name: str, args: Any, check: Any
) -> None:
    _async(hub, run_async, service, name, args, check)


def test_raw_response_exposes_the_status_and_parses_on_demand(hub: FlameHub, core_client: Any) -> None:
    world = build_world(hub)
    raw = core_client.nodes.with_raw_response.create(
        body=model("core", "NodeCreate").from_dict(create_body(hub, world, "node"))
    )
    assert raw.status_code == 201
    assert raw.parse().data.type_ == "aggregator"


def test_streaming_response_reads_a_file_lazily(hub: FlameHub, storage_client: Any) -> None:
    world = build_world(hub)
    with storage_client.bucket_files.with_streaming_response.stream(world["bucket_file"]["id"]) as stream:
        assert stream.headers["content-type"] == "application/octet-stream"
        assert b"".join(stream.iter_bytes(4)) == b"print('hi')\n"
