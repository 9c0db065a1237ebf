"""The core service's extra routes: credentials, commands and logs, through the client's verbs, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from fakes.flame_hub_world import build_world
from flamehub_client import CoreClient

pytestmark = pytest.mark.both_generations


def test_credentials_of_nodes_and_analyses(hub: FlameHub, core_client: CoreClient) -> None:
    world = build_world(hub)
    node, analysis = world["node"]["id"], world["analysis"]["id"]
    assert core_client.get_node_registry_credentials(node).external_name == "node-project"
    assert core_client.get_node_client_credentials(node).id == world["client"]["id"]
    renewed = core_client.update_node_client_credentials(node, secret=None)
    assert renewed.secret
    assert renewed.secret != "client-s3cret"
    assert hub.core.requests[-1].json == hub.wire({"secret": None})
    assert core_client.get_analysis_client_credentials(analysis).name == world["client"]["name"]
    named = core_client.update_analysis_client_credentials(analysis, display_name="Analysis client")
    assert named.display_name == "Analysis client"
    assert hub.core.requests[-1].json == hub.wire({"displayName": "Analysis client"})


def test_commands(hub: FlameHub, core_client: CoreClient) -> None:
    world = build_world(hub)
    assert core_client.send_analysis_command(world["analysis"]["id"], "buildStart").build_status == "starting"
    assert core_client.sync_master_images() is None
    image = core_client.build_master_image(world["master_image"]["id"])
    assert image is not None
    assert image.build_status == "starting"
    core_client.send_registry_command(world["registry"]["id"], "setup")
    assert hub.core.requests[-1].json == hub.wire({"command": "setup", "id": world["registry"]["id"]})


def test_logs_are_written_found_and_deleted(hub: FlameHub, core_client: CoreClient) -> None:
    world = build_world(hub)
    analysis, node = world["analysis"]["id"], world["node"]["id"]
    line = core_client.create_analysis_node_log(analysis, node, "info", "analysis started", code="started")
    assert (line.level, line.message) == ("info", "analysis started")
    core_client.create_analysis_node_log(analysis, node, "error", "analysis failed")
    assert [x.message for x in core_client.find_analysis_node_logs(analysis, node, level="error")] == [
        "analysis failed"
    ]
    assert len(core_client.find_analysis_logs(analysis, sort="-time")) == 2
    core_client.delete_analysis_node_logs(analysis, node)
    assert core_client.find_analysis_logs(analysis) == []
    core_client.delete_analysis_logs(analysis)
    assert hub.core.requests[-1].query[hub.spelled("filter[analysisId]")] == analysis


def test_the_extra_routes_of_the_async_client(hub: FlameHub, run_async: Any) -> None:
    world = build_world(hub)
    analysis, node = world["analysis"], world["node"]

    async def calls(clients: dict[str, Any]) -> list[Any]:
        core = clients["core"]
        return [
            (await core.get_node_registry_credentials(node["id"])).host,
            (await core.get_node_client_credentials(node["id"])).id,
            bool((await core.update_node_client_credentials(node["id"], secret=None)).secret),
            (await core.get_analysis_client_credentials(analysis["id"])).id,
            (await core.update_analysis_client_credentials(analysis["id"], secret="abc-def")).secret,
            (await core.send_analysis_command(analysis["id"], "configurationLock")).configuration_locked,
            await core.sync_master_images(),
            (await core.build_master_image(world["master_image"]["id"])).name,
            await core.send_registry_command(world["registry"]["id"], "cleanup"),
            (await core.create_analysis_node_log(analysis["id"], node["id"], "warn", "low memory")).level,
            [x.message for x in await core.find_analysis_node_logs(analysis["id"], node["id"])],
            len(await core.find_analysis_logs(analysis["id"])),
            await core.delete_analysis_node_logs(analysis["id"], node["id"]),
            await core.delete_analysis_logs(analysis["id"]),
        ]

    assert run_async(calls) == [
        "harbor.example.org",
        world["client"]["id"],
        True,
        world["client"]["id"],
        "abc-def",
        True,
        None,
        world["master_image"]["name"],
        None,
        "warn",
        ["low memory"],
        1,
        None,
        None,
    ]
