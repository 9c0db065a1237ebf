"""One record of every FLAME Hub entity in a fake Hub, and valid create and update bodies, for tests and benchmarks."""

from __future__ import annotations

import itertools
from typing import Any

from .flame_hub import ENTITIES, FlameHub

_counter = itertools.count(1)


def _n(prefix: str) -> str:
    return f"{prefix}-{next(_counter)}"


def build_world(hub: FlameHub) -> dict[str, dict[str, Any]]:
    """Records linked the way a running Hub links them, by entity name."""
    w: dict[str, dict[str, Any]] = {}
    w["realm"] = next(r for r in hub.tables["realm"].values() if r["name"] == "master")
    w["user"] = hub.add("user", name=_n("user"), email="ana@example.org", realmId=w["realm"]["id"])
    w["permission"] = next(iter(hub.tables["permission"].values()))
    w["role"] = next(iter(hub.tables["role"].values()))
    w["client"] = hub.add("client", name=_n("client"), secret="client-s3cret", realmId=w["realm"]["id"])
    hub.client_secrets[w["client"]["id"]] = "client-s3cret"
    w["role_permission"] = hub.add("role_permission", roleId=w["role"]["id"], permissionId=w["permission"]["id"])
    w["user_permission"] = hub.add("user_permission", userId=w["user"]["id"], permissionId=w["permission"]["id"])
    w["user_role"] = hub.add("user_role", userId=w["user"]["id"], roleId=w["role"]["id"])
    w["client_permission"] = hub.add(
        "client_permission", clientId=w["client"]["id"], permissionId=w["permission"]["id"]
    )
    w["client_role"] = hub.add("client_role", clientId=w["client"]["id"], roleId=w["role"]["id"])
    w["registry"] = hub.add(
        "registry", name=_n("registry"), host="harbor.example.org", accountName="robot", accountSecret="harbor-s3cret"
    )
    w["registry_project"] = hub.add(
        "registry_project",
        name=_n("registry-project"),
        type="node",
        registryId=w["registry"]["id"],
        externalName="node-project",
        accountName="robot$node",
        accountSecret="registry-s3cret",
    )
    w["master_image_group"] = next(iter(hub.tables["master_image_group"].values()))
    w["master_image"] = next(iter(hub.tables["master_image"].values()))
    w["node"] = hub.add(
        "node",
        name=_n("node"),
        registryId=w["registry"]["id"],
        registryProjectId=w["registry_project"]["id"],
        clientId=w["client"]["id"],
    )
    w["project"] = hub.add("project", name=_n("project"), masterImageId=w["master_image"]["id"])
    w["project_node"] = hub.add("project_node", projectId=w["project"]["id"], nodeId=w["node"]["id"])
    w["analysis"] = hub.add("analysis", name=_n("analysis"), projectId=w["project"]["id"], clientId=w["client"]["id"])
    w["analysis_node"] = hub.add("analysis_node", analysisId=w["analysis"]["id"], nodeId=w["node"]["id"])
    w["bucket"] = hub.add("bucket", name=_n("bucket"))
    w["bucket_file"] = hub.add(
        "bucket_file",
        name="main.py",
        path="code/main.py",
        directory="code",
        hash="0" * 64,
        size=12,
        actorType="user",
        actorId=w["user"]["id"],
        bucketId=w["bucket"]["id"],
    )
    hub.contents[w["bucket_file"]["id"]] = b"print('hi')\n"
    w["analysis_bucket"] = hub.add(
        "analysis_bucket", type="CODE", bucketId=w["bucket"]["id"], analysisId=w["analysis"]["id"]
    )
    w["analysis_bucket_file"] = hub.add(
        "analysis_bucket_file",
        path="code/main.py",
        bucketFileId=w["bucket_file"]["id"],
        bucketId=w["bucket"]["id"],
        analysisBucketId=w["analysis_bucket"]["id"],
        analysisId=w["analysis"]["id"],
    )
    if hub.legacy:
        w["robot"] = hub.add("robot", name=_n("robot"), realmId=w["realm"]["id"], secret="robot-s3cret")
        hub.robot_secrets[w["robot"]["id"]] = "robot-s3cret"
        w["robot_permission"] = hub.add(
            "robot_permission", robotId=w["robot"]["id"], permissionId=w["permission"]["id"]
        )
        w["robot_role"] = hub.add("robot_role", robotId=w["robot"]["id"], roleId=w["role"]["id"])
    return w


def create_body(hub: FlameHub, w: dict[str, dict[str, Any]], entity: str) -> dict[str, Any]:
    """A valid create body (camelCase) for `entity`, with fresh linked records where a unique pair needs them."""
    ids = {name: record["id"] for name, record in w.items()}
    if entity in ("role_permission", "user_permission", "client_permission", "robot_permission"):
        permission = hub.add("permission", name=_n("perm").replace("-", "_"))
        owner = entity.split("_", maxsplit=1)[0]
        return {f"{owner}Id": ids[owner], "permissionId": permission["id"]}
    if entity in ("user_role", "client_role", "robot_role"):
        role = hub.add("role", name=_n("role"))
        return {f"{entity.split('_', maxsplit=1)[0]}Id": ids[entity.split("_", maxsplit=1)[0]], "roleId": role["id"]}
    if entity == "project_node":
        return {"projectId": ids["project"], "nodeId": hub.add("node", name=_n("node"))["id"]}
    if entity == "analysis_node":
        return {"analysisId": ids["analysis"], "nodeId": hub.add("node", name=_n("node"))["id"]}
    return {
        "realm": {"name": _n("realm")},
        "user": {"name": _n("user"), "email": "bo@example.org", "displayName": "Bo Example"},
        "permission": {"name": _n("perm").replace("-", "_")},
        "role": {"name": _n("role"), "description": "Runs analyses."},
        "client": {"name": _n("client"), "realmId": ids["realm"], "secret": "s3cret-value"},
        "robot": {"name": _n("robot"), "realmId": ids["realm"], "secret": "s3cret-value"},
        "registry": {"name": _n("registry"), "host": "harbor.example.org"},
        "registry_project": {
            "name": _n("registry-project"),
            "type": "default",
            "registryId": ids["registry"],
            "externalName": "external-name",
        },
        "node": {"name": _n("node"), "type": "aggregator", "realmId": ids["realm"]},
        "project": {"name": _n("project"), "masterImageId": ids["master_image"]},
        "analysis": {"projectId": ids["project"], "name": _n("analysis")},
        "analysis_bucket": {"type": "RESULT", "bucketId": ids["bucket"], "analysisId": ids["analysis"]},
        "analysis_bucket_file": {
            "path": "code/util.py",
            "bucketId": ids["bucket"],
            "bucketFileId": ids["bucket_file"],
            "analysisBucketId": ids["analysis_bucket"],
        },
        "bucket": {"name": _n("bucket"), "region": "eu-west"},
    }[entity]


UPDATES: dict[str, dict[str, Any]] = {
    "realm": {"displayName": "Master realm"},
    "user": {"displayName": None, "active": False},
    "permission": {"description": "Creates nodes."},
    "role": {"displayName": "Administrators"},
    "client": {"description": "The system client."},
    "robot": {"displayName": "System robot"},
    "role_permission": {"policyId": None},
    "user_permission": {"policyId": None},
    "registry": {"accountName": "robot-2"},
    "registry_project": {"externalName": "renamed-external"},
    "node": {"hidden": True, "externalName": None},
    "project": {"displayName": "Diabetes study"},
    "project_node": {"approvalStatus": "approved", "comment": "Looks fine."},
    "analysis": {"description": "Counts patients."},
    "analysis_node": {"executionStatus": "executing", "executionProgress": 40},
    "analysis_bucket_file": {"root": True},
}
"""A valid update body per entity that has updates; every key changes the record. Buckets and analysis buckets have
no editable field (their validators mount every field for creation only)."""

# Hub 0.8.13 has no display names and names the execution state run_status: the older generation updates others.
LEGACY_UPDATES = {**UPDATES, "project": {"description": "A diabetes study."}, "analysis_node": {"comment": "Fine."}}


def updates(hub: FlameHub) -> dict[str, dict[str, Any]]:
    """The update bodies for the hub's generation."""
    return LEGACY_UPDATES if hub.legacy else UPDATES


ENTITY_NAMES = tuple(ENTITIES)
