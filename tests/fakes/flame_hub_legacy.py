"""The older FLAME Hub server generation (authup 1.0.0-beta.26, Hub 0.8.13), as the fake Hub's legacy mode speaks it.

Written from the reference (sections 1, 2.5, 5.1 and 9.2), independently of the client's wire mapping:
- JSON keys are snake_case (request bodies, records, filter/sort/include/fields names);
- single records are bare; list `meta` is `{total, limit, offset}`, without `schema`;
- errors are `{statusCode, code, message}`: `NOT_FOUND` and `UNAUTHORIZED` with an empty message, validation
  `BAD_REQUEST` (authup) or `undefined` (Hub) with `children` and `attributes`, token refusals with `error` and
  `error_description`;
- filters follow rapiq 0.9: `!` negates, `~x` is starts with (there is no ends-with or contains form), `a,b` is IN,
  `<`, `<=`, `>`, `>=` compare; `filter=` expressions do not exist;
- authup has robots, robot permissions and robot roles, and the `robot_credentials` grant; nodes have a robot.

The spec the legacy servers check requests against is the current one rewritten by `legacy_spec`: property names and
bracketed query parameter names in snake_case.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from .flame_hub_rapiq import Leaf, QueryError, coerce

# Query allow-lists of the older servers per entity, (filters, sorts, relations, optional fields), camelCase: authup
# 1.0.0-beta.26 packages/server-core/src/http/controllers/entities/*/handlers/read.ts and Hub 0.8.13
# packages/server-{core,storage}/src/http/controllers/*/handlers/read.ts.
_T = ("id", "createdAt", "updatedAt")
LEGACY_QUERY: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "realm": (("id", "builtIn", "displayName", "name"), ("id", "name", "createdAt", "updatedAt"), (), ()),
    "user": (("id", "name", "realmId"), ("id", "name", "displayName", "createdAt", "updatedAt"), ("realm",),
             ("email",)),
    "permission": (("id", "displayName", "name", "builtIn"), ("id", "name", "createdAt", "updatedAt"), ("policy",), ()),
    "role": (("id", "name", "target", "realmId"), ("id", "name", "updatedAt", "createdAt"), (), ()),
    "client": (("name", "realmId", "realm.name"), _T, ("realm",), ("secret",)),
    "role_permission": (("roleId", "permissionId"), _T, ("role", "permission"), ()),
    "user_permission": (("userId", "permissionId"), _T, ("user", "permission"), ()),
    "user_role": (("roleId", "userId"), _T, ("user", "role"), ()),
    "client_permission": (("clientId", "permissionId"), _T, ("client", "permission"), ()),
    "client_role": (("clientId", "roleId"), _T, ("client", "role"), ()),
    "robot": (("id", "name", "realmId", "userId"), ("id", "realmId", "userId", "updatedAt", "createdAt"),
              ("realm", "user"), ("secret",)),
    "robot_permission": (("robotId", "permissionId"), _T, ("robot", "permission"), ()),
    "robot_role": (("robotId", "roleId"), _T, ("robot", "role"), ()),
    "registry": (("id", "name"), ("id", "updatedAt", "createdAt"), (), ("accountSecret",)),
    "registry_project": (("id", "name", "registryId", "externalName", "type"), ("id", "updatedAt", "createdAt"),
                         ("registry",), ("accountName", "accountId", "accountSecret")),
    "node": (("id", "name", "online", "hidden", "realmId", "robotId"), ("name", "updatedAt", "createdAt"),
             ("registryProject", "registry"), ()),
    "master_image_group": (("id", "name", "path", "virtualPath"), (), (), ()),
    "master_image": (("id", "name", "path", "virtualPath", "groupVirtualPath"), (), (), ()),
    "project": (("id", "name", "realmId", "userId"), ("id", "updatedAt", "createdAt"), ("masterImage",), ()),
    "project_node": (("projectRealmId", "projectId", "project.id", "project.name", "nodeRealmId", "nodeId",
                      "node.name"),
                     ("createdAt", "updatedAt", "project.name", "project.createdAt", "project.updatedAt", "node.name",
                      "node.createdAt", "node.updatedAt"), ("node", "project"), ()),
    "analysis": (("id", "name", "description", "projectId", "realmId", "buildStatus", "runStatus",
                  "configurationLocked"), ("createdAt", "updatedAt"), ("project", "masterImage"), ()),
    "analysis_node": (("runStatus", "approvalStatus", "analysisId", "analysisRealmId", "analysis.id", "analysis.name",
                       "analysis.projectId", "nodeId", "nodeRealmId", "node.name", "node.realmId"),
                      ("createdAt", "updatedAt", "index", "analysis.name", "analysis.createdAt", "analysis.updatedAt",
                       "node.name", "node.createdAt", "node.updatedAt"), ("node", "analysis"), ()),
    "analysis_bucket": (("analysisId", "type", "analysis.id", "analysis.name"), ("type", "createdAt", "updatedAt"),
                        ("analysis",), ()),
    "analysis_bucket_file": (("name", "root", "bucketId", "analysisId", "analysis.id", "analysis.name"),
                             ("name", "createdAt", "updatedAt"), ("analysis", "bucket"), ()),
    "bucket": (("id", "name", "realmId", "actorType", "actorId"), ("id", "updatedAt", "createdAt"), (), ()),
    "bucket_file": (("id", "name", "directory", "realmId", "actorType", "actorId", "bucketId"),
                    ("id", "directory", "name", "updatedAt", "createdAt"), ("bucket",), ()),
}  # fmt: skip

# The keys of a record as the older servers write it when read (observed on authup 1.0.0-beta.26 + Hub 0.8.13; the
# entities in their source agree), where they differ from the current spec's: Hub 0.8.13 nodes have a robot and no
# client, projects and analyses lack everything Hub 0.8.20 to 0.11.4 added, analyses and analysis nodes name their
# state run_status, permissions have a target and a policy.
LEGACY_FIELDS: dict[str, tuple[str, ...]] = {
    "node": ("id", "name", "externalName", "hidden", "type", "online", "publicKey", "robotId", "realmId", "registryId",
             "registryProjectId", "createdAt", "updatedAt"),
    "project": ("id", "name", "description", "analyses", "nodes", "realmId", "robotId", "userId", "masterImageId",
                "createdAt", "updatedAt"),
    "analysis": ("id", "name", "description", "nodes", "configurationLocked", "buildStatus", "runStatus", "realmId",
                 "userId", "projectId", "registryId", "masterImageId", "createdAt", "updatedAt"),
    "analysis_node": ("id", "approvalStatus", "runStatus", "comment", "index", "artifactTag", "artifactDigest",
                      "analysisId", "analysisRealmId", "nodeId", "nodeRealmId", "createdAt", "updatedAt"),
    "permission": ("id", "builtIn", "name", "displayName", "description", "target", "policyId", "clientId", "realmId",
                   "createdAt", "updatedAt"),
    "user": ("id", "name", "nameLocked", "firstName", "lastName", "displayName", "avatar", "cover", "active",
             "realmId", "createdAt", "updatedAt"),
    "robot": ("id", "name", "displayName", "description", "active", "userId", "realmId", "createdAt", "updatedAt"),
    "registry": ("id", "name", "host", "accountName", "createdAt", "updatedAt"),
    "bucket": ("id", "name", "region", "realmId", "actorType", "actorId", "createdAt", "updatedAt"),
}  # fmt: skip

# What the older servers' write answers add to a record (observed): the relations they loaded to check the request,
# and columns a read never selects (authup returns the saved entity, hidden columns included). None for a missing row.
LEGACY_WRITE_RELATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("create", "role_permission"): ("role", "permission"),
    ("create", "user_role"): ("user", "role"),
    ("create", "user_permission"): ("user", "permission"),
    ("create", "robot_role"): ("role",),
    ("create", "robot_permission"): ("robot", "permission"),
    ("create", "project_node"): ("node", "project"),
    ("create", "analysis_node"): ("analysis", "node"),
    ("create", "analysis"): ("project",),
    ("update", "analysis_node"): ("analysis",),
    ("delete", "role_permission"): ("role", "permission"),
    ("delete", "user_role"): ("user", "role"),
    ("delete", "user_permission"): ("user", "permission"),
    ("delete", "robot_role"): ("robot", "role"),
    ("delete", "bucket_file"): ("bucket",),
    ("delete", "robot_permission"): ("robot", "permission"),
    ("delete", "project_node"): ("project",),
    ("delete", "analysis_node"): ("analysis",),
    ("delete", "analysis"): ("project",),
}
_USER_HIDDEN = (
    "activateHash",
    "clientId",
    "email",
    "password",
    "resetAt",
    "resetExpires",
    "resetHash",
    "status",
    "statusMessage",
)
LEGACY_WRITE_COLUMNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("create", "user"): _USER_HIDDEN,
    ("update", "user"): _USER_HIDDEN,
    ("delete", "user"): ("clientId", "status", "statusMessage"),
    ("create", "robot"): ("clientId", "secret"),
    ("update", "robot"): ("clientId",),
    ("delete", "robot"): ("clientId",),
    ("delete", "role"): ("clientId",),
    ("create", "registry"): ("accountSecret",),
    ("update", "registry"): ("accountSecret",),
    ("create", "analysis"): ("imageCommandArguments",),
    ("update", "analysis"): ("imageCommandArguments",),
}  # fmt: skip

# Columns a joined relation carries beyond what a read of the entity itself selects (observed): a join selects every
# column that is not hidden, a read only the default fields.
LEGACY_JOINED_EXTRA: dict[str, tuple[str, ...]] = {
    "user": ("status", "statusMessage", "clientId"),
    "robot": ("clientId",),
}

AUTHUP_VERSION = "1.0.0-beta.26"
HUB_VERSION = "0.8.13"
FREE_FORM = {"labels", "schema"}


def snake_key(key: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).lower()


def camel_key(key: str) -> str:
    return ".".join(
        part.split("_")[0] + "".join(p[:1].upper() + p[1:] for p in part.split("_")[1:]) for part in key.split(".")
    )


def recased(value: Any, convert: Any) -> Any:
    if isinstance(value, dict):
        return {convert(k): (v if k in FREE_FORM else recased(v, convert)) for k, v in value.items()}
    if isinstance(value, list):
        return [recased(item, convert) for item in value]
    return value


def legacy_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The current spec with the request side in the older spelling: snake_case properties and filter names."""
    found = copy.deepcopy(spec)

    def rename_schema(node: Any) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                node["properties"] = {snake_key(k): v for k, v in props.items()}
                if isinstance(node.get("required"), list):
                    node["required"] = [snake_key(name) for name in node["required"]]
            for value in node.values():
                rename_schema(value)
        elif isinstance(node, list):
            for value in node:
                rename_schema(value)

    rename_schema(found["components"]["schemas"])
    for param in found["components"].get("parameters", {}).values():
        match = re.fullmatch(r"filter\[(.+)\]", param["name"])
        if match:
            param["name"] = f"filter[{snake_key(match.group(1))}]"
    return found


def parse_bracket_v09(field: str, raw: str) -> Leaf:
    """One `filter[field]=raw` value as rapiq 0.9 reads it."""
    negated = raw.startswith("!")
    body = raw[1:] if negated else raw
    if "," in body:
        return Leaf(field, "nin" if negated else "in", tuple(coerce(item) for item in body.split(",")))
    for prefix, op in (("<=", "le"), (">=", "ge"), ("<", "lt"), (">", "gt")):
        if body.startswith(prefix):
            if negated:
                raise QueryError("filters", field, f"The filter {field} can not be negated and compared.")
            return Leaf(field, op, coerce(body[len(prefix) :]))
    if body.startswith("~"):
        return Leaf(field, "not_starts" if negated else "starts", body[1:])
    return Leaf(field, "ne" if negated else "eq", coerce(body))


def bracket_filters_v09(query: Mapping[str, str]) -> dict[str, Leaf]:
    """Every `filter[snake_name]` parameter, by camelCase field (the fake's own spelling)."""
    found = {}
    for key, raw in query.items():
        match = re.fullmatch(r"filter\[([^\]]+)\]", key)
        if match:
            field = camel_key(match.group(1))
            found[field] = parse_bracket_v09(field, raw)
    return found


# The codes of the older servers, by the current code the fake raises.
_CODES = {
    "entity_not_found": "NOT_FOUND",
    "not_found": "NOT_FOUND",
    "identity_unauthorized": "UNAUTHORIZED",
    "invalid_token": "UNAUTHORIZED",
    "expired_token": "UNAUTHORIZED",
    "permission_denied": "FORBIDDEN",
    "entity_conflict": "CONFLICT",
}


def legacy_error(service: str, status: int, code: str, message: str, issues: list[Any]) -> dict[str, Any]:
    """The older servers' error body for an error the fake raises in the current vocabulary."""
    if code in ("invalid_credentials", "invalid_client", "invalid_grant", "unsupported_grant_type"):
        return {
            "statusCode": status,
            "code": "invalid_credentials" if code == "invalid_client" else code,
            "message": message,
            "error": "invalid_request",
            "error_description": message,
        }
    if code in _CODES:
        return {"statusCode": status, "code": _CODES[code], "message": "" if status in (401, 404) else message}
    legacy_code = "BAD_REQUEST" if service == "auth" else "undefined"
    body: dict[str, Any] = {"statusCode": status, "code": legacy_code, "message": snake_message(message)}
    paths = [".".join(snake_key(str(p)) for p in issue.get("path", [])) for issue in issues if issue.get("path")]
    if paths and code == "bad_request":  # a relation refusal comes without children (observed)
        body["children"] = [{"path": p, "pathAbsolute": p, "received": None} for p in paths]
        body["attributes"] = paths
        if code == "bad_request":
            body["message"] = f"The attribute {paths[0]} is invalid."
    return body


def snake_message(message: str) -> str:
    """Messages name fields the way the server spells them: `... by realmId` reads `... by realm_id`."""
    return re.sub(r"\b([a-z]+[A-Z][A-Za-z]*)\b", lambda m: snake_key(m.group(1)), message)
