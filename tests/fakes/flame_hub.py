"""In-memory fake of the FLAME Hub (authup 1.0.0-beta.63, Hub core and storage 0.14.0): three SpecServers sharing one
state, each checking every request against its spec in specs/flame_hub/.

What it follows from the reference: `{data, meta}` envelopes (`meta.schema` on list and GET-one answers), create 201,
update `POST /:id` 202, delete 202, flat `{statusCode, code, message, issues}` errors, the rapiq bracket and expression
filter grammars (flame_hub_rapiq), allow-lists with unknown keys dropped silently, the page limit of 50, `fields=+x`,
`include`, the token endpoint (password, refresh and client-credentials grants, with expiry on a simulated clock),
multipart upload with the part filename as stored path, the gzip file stream and the tar bucket stream.

The server generation is one setting (`generation`): "current", or "legacy" for authup 1.0.0-beta.26 with Hub 0.8.13
(snake_case JSON, bare records, older error bodies, rapiq 0.9 filters, robots; see flame_hub_legacy). Casing, envelopes,
errors and the filter grammar each sit in one place that asks which generation is served.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import hashlib
import io
import itertools
import json
import posixpath
import secrets
import tarfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .flame_hub_legacy import (
    AUTHUP_VERSION,
    HUB_VERSION,
    LEGACY_FIELDS,
    LEGACY_JOINED_EXTRA,
    LEGACY_QUERY,
    LEGACY_WRITE_COLUMNS,
    LEGACY_WRITE_RELATIONS,
    bracket_filters_v09,
    camel_key,
    legacy_error,
    legacy_spec,
    recased,
    snake_key,
)
from .flame_hub_rapiq import Branch, Leaf, QueryError, bracket_filters, leaves, matches, parse_expression
from .spec_server import SPEC_URI, FakeRequest, FakeResponse, SpecServer, _coerce, _main_type

SPECS = Path(__file__).resolve().parents[2] / "specs" / "flame_hub"
# Columns our specs declare that current authup's entities lack (1.0.0-beta.63 `domains/*/entity.ts`): never sent.
NOT_COLUMNS = {"client": ("isConfidential", "backchannelLogoutUri"), "permission": ("policyId",)}


class StoredUndefined:
    """A `serialize`/`destr` column written without a value: stored as the text 'undefined', read back as `undefined`,
    so the key is left out of the JSON (Hub `analysis.ts` imageCommandArguments, `master-image.ts` commandArguments).
    The create answer, built from the entity before it is read back, carries `null`."""

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED = StoredUndefined()
# Such columns, per entity: a create (or sync) without them stores UNDEFINED.
SERIALIZED_COLUMNS = {"analysis": ("imageCommandArguments",), "master_image": ("commandArguments",)}
MAX_LIMIT = 50
EPOCH = datetime.datetime(2026, 11, 21, 10, 0, tzinfo=datetime.UTC)
ADMIN_PASSWORD = "start123"
SYSTEM_SECRET = "system-s3cret"
SYSTEM_SECRET_HASH = "$2y$10$KUOKEwbbnaUDo41e7XBKGek4hggD6z6R95I69Cv3mTeBcx0hifBAC"


@dataclass(frozen=True)
class FakeEntity:
    """One entity as the servers define it: its allow-lists, unique keys and creation defaults."""

    name: str
    service: str
    tag: str
    schema: str
    filters: tuple[str, ...]
    sorts: tuple[str, ...]
    relations: tuple[str, ...]
    fields: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()
    defaults: dict[str, Any] = field(default_factory=dict)
    default_sort: str | None = None
    public: bool = False


E = FakeEntity
ENTITIES = {
    e.name: e
    for e in (
        E("realm", "auth", "realms", "Realm", ("id", "builtIn", "displayName", "name"),
          ("id", "name", "createdAt", "updatedAt"), (), unique=("name",), public=True),
        E("user", "auth", "users", "User", ("id", "name", "displayName", "realmId", "active"),
          ("id", "name", "displayName", "createdAt", "updatedAt"), ("realm",), ("email",), unique=("name",),
          defaults={"active": True, "nameLocked": False}),
        E("permission", "auth", "permissions", "Permission",
          ("id", "displayName", "name", "builtIn", "realmId", "clientId"), ("id", "name", "createdAt", "updatedAt"),
          (), unique=("name",)),
        E("role", "auth", "roles", "Role", ("id", "builtIn", "name", "displayName", "target", "clientId", "realmId"),
          ("id", "name", "updatedAt", "createdAt"), ("realm",), unique=("name",)),
        E("client", "auth", "clients", "Client", ("id", "name", "displayName", "realmId", "active", "builtIn"),
          ("id", "createdAt", "updatedAt"), ("realm", "accessPolicy"), ("secret",), unique=("name",), public=True,
          defaults={"active": True, "authMethod": "secret", "tokenBindingMethod": "none"}),
        E("role_permission", "auth", "role_permissions", "RolePermission",
          ("roleId", "permissionId", "id", "roleRealmId", "permissionRealmId", "policyId"),
          ("id", "createdAt", "updatedAt"), ("role", "permission"), unique=("roleId+permissionId",)),
        E("user_permission", "auth", "user_permissions", "UserPermission",
          ("userId", "permissionId", "id", "userRealmId", "permissionRealmId", "policyId"),
          ("id", "createdAt", "updatedAt"), ("user", "permission"), unique=("userId+permissionId",)),
        E("user_role", "auth", "user_roles", "UserRole", ("roleId", "userId", "id", "roleRealmId", "userRealmId"),
          ("id", "createdAt", "updatedAt"), ("user", "role"), unique=("userId+roleId",)),
        E("client_permission", "auth", "client_permissions", "ClientPermission",
          ("clientId", "permissionId", "id", "clientRealmId", "permissionRealmId", "policyId"),
          ("id", "createdAt", "updatedAt"), ("client", "permission"), unique=("clientId+permissionId",)),
        E("client_role", "auth", "client_roles", "ClientRole",
          ("roleId", "clientId", "id", "roleRealmId", "clientRealmId"), ("id", "createdAt", "updatedAt"),
          ("client", "role"), unique=("clientId+roleId",)),
        E("registry", "core", "registries", "Registry", ("id", "name"), ("id", "updatedAt", "createdAt"), (),
          ("accountSecret",), unique=("name",)),
        E("registry_project", "core", "registry_projects", "RegistryProject",
          ("id", "name", "registryId", "externalName", "type"), ("id", "updatedAt", "createdAt"), ("registry",),
          ("accountSecret",), unique=("name",)),
        E("node", "core", "nodes", "Node", ("id", "name", "online", "hidden", "clientId", "realmId", "robotId"),
          ("name", "updatedAt", "createdAt"), ("registryProject", "registry"), unique=("name",),
          defaults={"hidden": False, "type": "default"}),
        E("master_image_group", "core", "master_image_groups", "MasterImageGroup",
          ("id", "name", "path", "virtualPath"), (), ()),
        E("master_image", "core", "master_images", "MasterImage",
          ("id", "name", "path", "virtualPath", "groupVirtualPath"), (), (), default_sort="path"),
        E("project", "core", "projects", "Project", ("id", "name", "displayName", "realmId", "userId"),
          ("id", "name", "displayName", "updatedAt", "createdAt"), ("masterImage",), unique=("name",)),
        E("project_node", "core", "project_nodes", "ProjectNode",
          ("approvalStatus", "projectRealmId", "projectId", "nodeRealmId", "nodeId"), ("createdAt", "updatedAt"),
          ("node", "project"), unique=("projectId+nodeId",)),
        E("analysis", "core", "analyses", "Analysis",
          ("id", "name", "displayName", "description", "projectId", "realmId", "buildStatus", "executionStatus",
           "configurationLocked"), ("name", "displayName", "createdAt", "updatedAt"), ("project", "masterImage"),
          unique=("name",), default_sort="-updatedAt"),
        E("analysis_node", "core", "analysis_nodes", "AnalysisNode",
          ("executionStatus", "approvalStatus", "analysisId", "analysisRealmId", "nodeId", "nodeRealmId"),
          ("createdAt", "updatedAt"), ("node", "analysis"), unique=("analysisId+nodeId",)),
        E("analysis_bucket", "core", "analysis_buckets", "AnalysisBucket", ("analysisId", "type"),
          ("type", "createdAt", "updatedAt"), ("analysis",)),
        E("analysis_bucket_file", "core", "analysis_bucket_files", "AnalysisBucketFile",
          ("path", "root", "analysisBucketId", "analysisId"), ("path", "createdAt", "updatedAt"),
          ("analysis", "analysisBucket")),
        E("bucket", "storage", "buckets", "Bucket", ("id", "name", "realmId", "actorType", "actorId"),
          ("id", "updatedAt", "createdAt"), (), unique=("name",)),
        E("bucket_file", "storage", "bucket_files", "BucketFile",
          ("id", "name", "directory", "realmId", "actorType", "actorId", "bucketId"),
          ("id", "directory", "name", "updatedAt", "createdAt"), ("bucket",)),
    )
}  # fmt: skip
# authup before 1.0.0-beta.54 only; the allow-lists are those the client's older generation assumes (unverified).
ROBOT_ENTITIES = {
    e.name: e
    for e in (
        E("robot", "auth", "robots", "Robot", ("id", "name", "realmId", "userId", "active"),
          ("id", "name", "createdAt", "updatedAt"), ("realm", "user"), ("secret",), unique=("name",),
          defaults={"active": True}),
        E("robot_permission", "auth", "robot_permissions", "RobotPermission",
          ("robotId", "permissionId", "id", "robotRealmId", "permissionRealmId", "policyId"),
          ("id", "createdAt", "updatedAt"), ("robot", "permission"), unique=("robotId+permissionId",)),
        E("robot_role", "auth", "robot_roles", "RobotRole",
          ("roleId", "robotId", "id", "roleRealmId", "robotRealmId"), ("id", "createdAt", "updatedAt"),
          ("robot", "role"), unique=("robotId+roleId",)),
    )
}  # fmt: skip
ALL_ENTITIES = {**ENTITIES, **ROBOT_ENTITIES}
BY_TAG = {entity.tag: entity for entity in ALL_ENTITIES.values()}
BY_SCHEMA = {entity.schema: entity for entity in ALL_ENTITIES.values()}
# Foreign keys the servers check on create and update; the others (userId, clientId, policyId) are not looked up.
CHECKED_KEYS = {
    "realmId": "realm",
    "roleId": "role",
    "permissionId": "permission",
    "registryId": "registry",
    "registryProjectId": "registry_project",
    "nodeId": "node",
    "projectId": "project",
    "analysisId": "analysis",
    "masterImageId": "master_image",
    "bucketId": "bucket",
    "bucketFileId": "bucket_file",
    "analysisBucketId": "analysis_bucket",
}
JUNCTION_KEYS = {"userId": "user", "clientId": "client", "robotId": "robot"}
JUNCTIONS = {
    "role_permission",
    "user_permission",
    "user_role",
    "client_permission",
    "client_role",
    "robot_permission",
    "robot_role",
}
ROBOT_SECRET = "robot-s3cret"
SYSTEM_ROBOT_SECRET_HASH = "$2y$10$KUOKEwbbnaUDo41e7XBKGek4hggD6z6R95I69Cv3mTeBcx0hifBAC"


class HubSpecServer(SpecServer):
    """SpecServer that also checks the bracket-named query parameters listed under `x-query-parameters`; for the
    older generation it checks requests against the spec rewritten into that generation's spelling."""

    def __init__(self, spec_path: Path, handler: Any, generation: str = "current") -> None:
        super().__init__(spec_path, handler)
        if generation == "legacy":
            self.spec = legacy_spec(self.spec)
            self._registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.spec))
            self._validators = {}
            self._routes = sorted(self._build_routes(), key=lambda route: route.specificity, reverse=True)
        self._bracket: dict[str, list[tuple[dict[str, Any], str]]] = {}
        for template, item in self.spec["paths"].items():
            for method, operation in item.items():
                declared = operation.get("x-query-parameters") if isinstance(operation, dict) else None
                if declared:
                    pointer = f"/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}/x-query-parameters"
                    self._bracket[operation["operationId"]] = self._parameters(declared, pointer)

    def _validate(self, fake: FakeRequest, operation: Any) -> list[str]:
        problems = super()._validate(fake, operation)
        for param, schema_pointer in self._bracket.get(operation.operation_id, []):
            name = param["name"]
            raw = fake.query.getlist(name)
            if not raw:
                problems += [f"query parameter {name!r} is required"] if param.get("required") else []
                continue
            schema = self._at(schema_pointer)
            try:
                value = _coerce(raw[0], schema) if _main_type(schema) != "array" else raw
            except ValueError as error:
                problems.append(f"query parameter {name!r}: {error}")
                continue
            problems += self._schema_problems(f"query parameter {name!r}", value, schema_pointer)
        return problems


@dataclass
class Identity:
    kind: str  # "user" or "client"
    id: str
    realm_id: str
    expires_at: float


class HubError(Exception):
    """An error answer: the flat body of current servers."""

    def __init__(self, status: int, code: str, message: str, issues: list[Any] | None = None, **headers: str):
        super().__init__(message)
        self.status, self.code, self.message, self.issues, self.headers = status, code, message, issues or [], headers


def _issue(path: list[Any], message: str, code: str = "invalid", **meta: Any) -> dict[str, Any]:
    issue: dict[str, Any] = {"type": "item", "code": code, "path": path, "message": message}
    if meta:
        issue["meta"] = meta
    return issue


class FlameHub:
    """The three fake services and their shared state."""

    def __init__(
        self,
        *,
        token_lifetime: int = 3600,
        refresh_lifetime: int = 259200,
        token_scope: str | None = "global",
        generation: str = "current",
        permissions: int = 12,
    ) -> None:
        if generation not in ("current", "legacy"):
            raise ValueError(f"the fake speaks the current or the legacy server generation, not {generation!r}")
        self.generation = generation
        self.legacy = generation == "legacy"
        self.entities = _legacy_entities() if self.legacy else ENTITIES
        self.token_lifetime, self.refresh_lifetime, self.token_scope = token_lifetime, refresh_lifetime, token_scope
        self.clock = 0.0  # simulated seconds, moved on by advance()
        self._ticks = itertools.count(1)
        self.tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in self.entities}
        self.tokens: dict[str, Identity] = {}
        self.refresh_tokens: dict[str, Identity] = {}
        self.passwords: dict[str, str] = {}
        self.client_secrets: dict[str, str] = {}
        self.robot_secrets: dict[str, str] = {}
        self.contents: dict[str, bytes] = {}
        self.logs: list[dict[str, Any]] = []
        self.credentials: dict[str, dict[str, Any]] = {}
        self.auth = HubSpecServer(SPECS / "auth" / "openapi.yaml", _Handler(self, "auth"), generation)
        self.core = HubSpecServer(SPECS / "core" / "openapi.yaml", _Handler(self, "core"), generation)
        self.storage = HubSpecServer(SPECS / "storage" / "openapi.yaml", _Handler(self, "storage"), generation)
        # The fake keeps records in the current spelling; the current specs describe them.
        self.schemas = {
            name: SpecServer(SPECS / name / "openapi.yaml", None).spec["components"]["schemas"]
            for name in ("auth", "core", "storage")
        }
        self._seed(permissions)

    # -- lifecycle -------------------------------------------------------------------------------------------------
    @property
    def servers(self) -> tuple[HubSpecServer, HubSpecServer, HubSpecServer]:
        return self.auth, self.core, self.storage

    def start(self) -> FlameHub:
        for server in self.servers:
            server.start()
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.stop()

    @property
    def violations(self) -> list[str]:
        return [v for server in self.servers for v in server.violations]

    @property
    def errors(self) -> list[str]:
        return [e for server in self.servers for e in server.errors]

    def clear(self) -> None:
        for server in self.servers:
            server.clear()

    def now(self) -> float:
        """The simulated clock tokens expire by; pass it to the auth flows as `clock=`."""
        return self.clock

    def advance(self, seconds: float) -> None:
        self.clock += seconds

    def revoke_tokens(self) -> None:
        """Every access token becomes unknown, as after a server restart with new keys."""
        self.tokens.clear()

    def token_requests(self) -> list[FakeRequest]:
        return [r for r in self.auth.requests if r.operation_id == "token_create"]

    # -- state -----------------------------------------------------------------------------------------------------
    def timestamp(self) -> str:
        moment = EPOCH + datetime.timedelta(milliseconds=next(self._ticks))
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def schema_of(self, entity: FakeEntity) -> dict[str, Any]:
        found: dict[str, Any] = self.schemas[entity.service][entity.schema]
        return found

    def relation_target(self, entity: FakeEntity, relation: str) -> FakeEntity | None:
        prop = self.schema_of(entity)["properties"].get(relation)
        ref = _relation_ref(prop) if prop is not None else None
        return BY_SCHEMA.get(ref.rsplit("/", 1)[-1]) if ref else None

    def default_fields(self, entity: FakeEntity) -> list[str]:
        if self.legacy and entity.name in LEGACY_FIELDS:
            return list(LEGACY_FIELDS[entity.name])
        props = self.schema_of(entity)["properties"]
        return [
            name
            for name, prop in props.items()
            if name not in entity.fields and _relation_ref(prop) is None and name not in self._gone(entity)
        ]

    def _gone(self, entity: FakeEntity) -> tuple[str, ...]:
        """Fields this generation does not have: current nodes no longer name a robot (Hub 0.10 to 0.12 nodes name
        both their robot and their client), and the columns current authup lacks (1.0.0-beta.26 still had them)."""
        if self.legacy:
            return ()
        return (
            (*NOT_COLUMNS.get(entity.name, ()), "robotId")
            if entity.name == "node"
            else NOT_COLUMNS.get(entity.name, ())
        )

    def filters_of(self, entity: FakeEntity) -> tuple[str, ...]:
        served = self.entities.get(entity.name, entity)
        return tuple(name for name in served.filters if name not in self._gone(entity))

    def actor(self) -> Identity:
        return self._actor

    def add(self, entity_name: str, **fields: Any) -> dict[str, Any]:
        """Insert a record directly (tests and seeding), with the same defaults as a create."""
        admin = next(iter(self.tables["user"].values()), None)
        realm = next(iter(self.tables["realm"].values()), None)
        self._actor = Identity("user", admin["id"] if admin else "", realm["id"] if realm else "", float("inf"))
        record = self._insert(self.entities[entity_name], fields)
        if self.legacy and entity_name == "node" and not record.get("robotId"):  # Hub 0.8 gives every node a robot
            record["robotId"] = self._insert(ROBOT_ENTITIES["robot"], {"name": f"node-{record['id']}"})["id"]
        return record

    def _insert(self, entity: FakeEntity, body: dict[str, Any]) -> dict[str, Any]:
        record = self._new_record(entity, body)
        self.tables[entity.name][record["id"]] = record
        return record

    def _new_record(self, entity: FakeEntity, body: dict[str, Any]) -> dict[str, Any]:
        schema = self.schema_of(entity)
        now = self.timestamp()
        actor = self.actor()
        record: dict[str, Any] = {"id": str(uuid.uuid4()), "createdAt": now, "updatedAt": now}
        record.update(entity.defaults)
        record.update(body)
        for name in self.default_fields(entity) + list(entity.fields):
            # Hub core fills in the actor's realm when a create leaves it null (the official client sends null);
            # authup keeps a null realm (its built-in roles have none).
            if name in record and not (name == "realmId" and record[name] is None and entity.service == "core"):
                continue
            if name in SERIALIZED_COLUMNS.get(entity.name, ()):
                record[name] = UNDEFINED
                continue
            prop = schema["properties"].get(name, {"type": "null"})  # an older field the current spec lacks
            types = prop.get("type", "string")
            types = [types] if isinstance(types, str) else types
            if name == "realmId" and self.legacy and entity.name in ("permission", "role"):
                record[name] = None  # authup 1.0.0-beta.26 gives a permission or role a realm only when asked
            elif name == "realmId":
                record[name] = actor.realm_id
            elif self.legacy and entity.name == "user" and name == "displayName":
                record[name] = record["name"]  # authup 1.0.0-beta.26 names a new user's display after the user
            elif self.legacy and entity.name == "bucket" and name in ("actorType", "actorId"):
                record[name] = actor.kind if name == "actorType" else actor.id
            elif self.legacy and entity.name in ("project_node", "analysis_node") and name == "approvalStatus":
                record[name] = (
                    "approved"  # the recorded stack runs with SKIP_PROJECT_APPROVAL and SKIP_ANALYSIS_APPROVAL
                )
            elif self.legacy and entity.name == "analysis_node" and name == "index":
                record[name] = 0
            elif self.legacy and entity.name == "robot_role" and name == "robotRealmId":
                record[name] = None  # authup 1.0.0-beta.26 leaves it unset (observed)
            elif name == "userId" and entity.name in ("project", "analysis", "analysis_bucket_file"):
                record[name] = actor.id if actor.kind == "user" else None
            elif name.endswith("RealmId"):
                owner_name = name.removesuffix("RealmId")
                owner = self.tables[owner_name].get(record.get(owner_name + "Id") or "", {})
                record[name] = owner.get("realmId")
            elif "null" in types:
                record[name] = None
            elif "boolean" in types:
                record[name] = False
            elif "integer" in types:
                record[name] = 0
            elif "array" in types:
                record[name] = []
            elif name == "name":
                record[name] = f"{entity.name.replace('_', '-')}-{secrets.token_hex(4)}"
            else:
                record[name] = ""
        return record

    def _seed(self, permissions: int) -> None:
        self._actor = Identity("user", "", "", float("inf"))
        master = self._insert(ENTITIES["realm"], {"name": "master", "builtIn": True})
        self._actor = Identity("user", "", master["id"], float("inf"))
        admin = self._insert(ENTITIES["user"], {"name": "admin", "email": "admin@example.org", "realmId": master["id"]})
        self.passwords[admin["id"]] = ADMIN_PASSWORD
        system = self._insert(
            ENTITIES["client"],
            {"name": "system", "builtIn": True, "secret": SYSTEM_SECRET_HASH, "secretHashed": True},
        )
        self.client_secrets[system["id"]] = SYSTEM_SECRET
        if self.legacy:
            robot = self._insert(ROBOT_ENTITIES["robot"], {"name": "system", "secret": SYSTEM_ROBOT_SECRET_HASH})
            self.robot_secrets[robot["id"]] = SYSTEM_SECRET
        self._actor = Identity("user", admin["id"], master["id"], float("inf"))
        for name in ("node", "project", "analysis", "registry", "bucket", "realm", "user", "role")[:permissions]:
            for verb in ("create", "update", "delete"):
                if len(self.tables["permission"]) < permissions:
                    self._insert(ENTITIES["permission"], {"name": f"{name}_{verb}", "builtIn": True})
        # authup provisioning (default/module.ts) creates the built-in admin role without a realm.
        self._insert(ENTITIES["role"], {"name": "admin", "builtIn": True, "realmId": None})
        group = self._insert(
            ENTITIES["master_image_group"], {"name": "python", "path": "python", "virtualPath": "python"}
        )
        # "slim" stands for an image synced without arguments: its commandArguments are never written.
        for name, arguments in (("base", [{"value": "-u", "position": "before"}]), ("slim", UNDEFINED)):
            self._insert(
                ENTITIES["master_image"],
                {
                    "name": name,
                    "path": f"python/{name}",
                    "virtualPath": f"python/{name}",
                    "groupVirtualPath": group["virtualPath"],
                    "command": "python",
                    "commandArguments": arguments,
                },
            )

    # -- presentation (the place a server generation decides casing and envelopes) ---------------------------------
    def present(self, entity: FakeEntity, record: dict[str, Any], selection: list[str], include: list[str]) -> Any:
        """A record as the server writes it: an included relation whose row is missing is `null` (TypeORM's left
        join), a column stored as UNDEFINED is left out."""
        shown = {name: record.get(name) for name in selection if record.get(name) is not UNDEFINED}
        if entity.name == "project":
            shown["analyses"] = sum(1 for a in self.tables["analysis"].values() if a["projectId"] == record["id"])
            shown["nodes"] = sum(1 for n in self.tables["project_node"].values() if n["projectId"] == record["id"])
        if entity.name == "analysis":
            nodes = [n for n in self.tables["analysis_node"].values() if n["analysisId"] == record["id"]]
            shown["nodes"] = len(nodes)
            if not self.legacy:  # Hub 0.8.22 and later
                shown["nodesApproved"] = sum(1 for n in nodes if n["approvalStatus"] == "approved")
        for relation in include:
            target = self.relation_target(entity, relation)
            if target is None:
                continue
            related = self.tables[target.name].get(record.get(relation + "Id") or "")
            fields = self.default_fields(target) + list(LEGACY_JOINED_EXTRA.get(target.name, ()) if self.legacy else ())
            shown[relation] = None if related is None else self.present(target, related, fields, [])
        if self.legacy and entity.name == "robot_role" and "robot" in include:
            shown["robot"] = None  # authup 1.0.0-beta.26 joins no robot into a robot role it reads (observed)
        return shown

    def written(self, verb: str, entity: FakeEntity, record: dict[str, Any]) -> dict[str, Any]:
        """A create, update or delete answer's record: on the older generation with the relations and hidden columns
        those servers add."""
        if not self.legacy:
            return self.present(entity, record, self.default_fields(entity), [])
        shown = self.present(
            entity, record, self.default_fields(entity), list(LEGACY_WRITE_RELATIONS.get((verb, entity.name), ()))
        )
        for name in LEGACY_WRITE_COLUMNS.get((verb, entity.name), ()):
            value = record.get(name)
            # an update answers the entity as loaded for it, without the columns a read never selects
            hidden = verb == "update" and entity.name == "user"
            shown[name] = None if value is UNDEFINED or hidden else value
        if verb == "delete" and entity.name == "node":
            shown["robotId"] = None  # Hub 0.8.13 deletes the node's robot before the node
        if verb == "delete" and isinstance(shown.get("analysis"), dict):
            shown["analysis"]["imageCommandArguments"] = None  # loaded in full for the delete (observed)
        return shown

    def envelope(self, data: Any, meta: dict[str, Any]) -> Any:
        """A record or a list of records with its meta, as the generation writes it (`meta["total"]` marks a list)."""
        if not self.legacy:
            return {"data": data, "meta": meta}
        data = recased(data, snake_key)
        if "total" in meta:
            return {"data": data, "meta": {k: v for k, v in meta.items() if k != "schema"}}
        return data

    def wire(self, data: Any) -> Any:
        """A flat answer (credentials) or a request body as the generation writes it."""
        return recased(data, snake_key) if self.legacy else data

    def spelled(self, name: str) -> str:
        """A query parameter name as the generation writes it: `filter[analysisId]` → `filter[analysis_id]`."""
        return snake_key(name) if self.legacy else name

    def query_schema(self, entity: FakeEntity, record: bool = False) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "name": entity.name.replace("_", "-"),
            "strict": True,
            "fields": {"default": self.default_fields(entity), "allowed": list(entity.fields)},
            "relations": {"allowed": list(entity.relations), "schemas": None},
        }
        if not record:
            schema["filters"] = {"allowed": list(entity.filters), "caseSensitive": True, "indexed": None}
            schema["pagination"] = {"maxLimit": MAX_LIMIT}
            schema["sorts"] = {"allowed": list(entity.sorts) or None, "default": entity.default_sort, "indexed": None}
        return schema


def _jwt(claims: dict[str, Any]) -> str:
    """An unsigned JWT-shaped token carrying `claims`, as authup's tokens carry iat and exp."""
    encoded = [base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=") for part in ({}, claims)]
    return ".".join([*encoded, secrets.token_urlsafe(16)])


class LegacyAnswer(Exception):
    """An answer of the older servers that no current-vocabulary HubError describes."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("message"))
        self.status, self.body = status, body


def _legacy_token_refusal(service: str, expired: bool) -> LegacyAnswer:
    """How the older servers refuse a token (observed on authup 1.0.0-beta.26 + Hub 0.8.13): an expired one with a bare
    500 from every service (authup's token cache throws "ttl must be positive"); an unknown one with 400 `invalid_token`
    from authup and a bare 400 `BAD_REQUEST` from the Hub, which has authup check it."""
    if expired:
        return LegacyAnswer(500, {"statusCode": 500, "code": "INTERNAL_SERVER_ERROR", "message": _HIDDEN})
    if service == "auth":
        return LegacyAnswer(400, {"statusCode": 400, "code": "invalid_token", "message": "The JWT is invalid."})
    return LegacyAnswer(400, {"statusCode": 400, "code": "BAD_REQUEST", "message": ""})


_HIDDEN = "An internal server error occurred."


def _legacy_entities() -> dict[str, FakeEntity]:
    """Every entity (robots included) with the older servers' allow-lists."""
    found = {}
    for name, entity in ALL_ENTITIES.items():
        filters, sorts, relations, fields = LEGACY_QUERY[name]
        found[name] = dataclasses.replace(entity, filters=filters, sorts=sorts, relations=relations, fields=fields)
    return found


def _relation_ref(prop: dict[str, Any]) -> str | None:
    """The schema a relation property points at (`$ref`, or inside `allOf`/`oneOf` when it may be null)."""
    if "$ref" in prop:
        found: str = prop["$ref"]
        return found
    return next((p["$ref"] for key in ("allOf", "oneOf") for p in prop.get(key, []) if "$ref" in p), None)


def _error_response(error: HubError, service: str, legacy: bool = False) -> FakeResponse:
    if legacy:
        body = legacy_error(service, error.status, error.code, error.message, error.issues)
        return FakeResponse(error.status, body)
    body = {"statusCode": error.status, "code": error.code, "message": error.message, "issues": error.issues}
    return FakeResponse(error.status, body, headers=dict(error.headers))


class _Handler:
    """Answers every operation of one service; generic CRUD by tag, special routes by operationId."""

    def __init__(self, hub: FlameHub, service: str) -> None:
        self.hub, self.service = hub, service

    def __getattr__(self, operation_id: str) -> Callable[[FakeRequest], FakeResponse]:
        special = getattr(type(self), "op_" + operation_id, None)
        if special is not None:
            return lambda request: self._run(request, lambda seen: special(self, seen))
        tag, _, verb = operation_id.rpartition("_")
        entity = BY_TAG.get(tag)
        if entity is None or verb not in ("list", "get", "create", "update", "delete"):
            raise AttributeError(operation_id)
        if entity.name not in self.hub.entities:
            return self.not_found
        entity = self.hub.entities[entity.name]
        method = getattr(self, "_" + verb)
        return lambda request: self._run(request, lambda seen: method(entity, seen), entity)

    def _run(
        self, request: FakeRequest, answer: Callable[[FakeRequest], FakeResponse], entity: FakeEntity | None = None
    ) -> FakeResponse:
        try:
            public = request.operation_id in ("token_create", "status_get") or (
                entity is not None and entity.public and request.method == "GET"
            )
            if not public or "authorization" in request.headers:
                self.hub._actor = self._identity(request)
            else:
                master = next(iter(self.hub.tables["realm"].values()))
                self.hub._actor = Identity("anonymous", "", master["id"], float("inf"))
            seen = request
            if self.hub.legacy and request.json is not None and request.operation_id != "token_create":
                seen = dataclasses.replace(request, json=recased(request.json, camel_key))  # the fake's own spelling
            return answer(seen)
        except HubError as error:
            return _error_response(error, self.service, self.hub.legacy)
        except LegacyAnswer as answered:
            return FakeResponse(answered.status, answered.body)

    def _identity(self, request: FakeRequest) -> Identity:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        identity = self.hub.tokens.get(token) if scheme.lower() == "bearer" else None
        if self.hub.legacy and (identity is None or self.hub.clock >= identity.expires_at):
            raise _legacy_token_refusal(self.service, expired=identity is not None)
        if identity is None or self.hub.clock >= identity.expires_at:
            if self.service == "auth":
                raise HubError(
                    401,
                    "invalid_token" if identity is None else "expired_token",
                    "The token is invalid." if identity is None else "The token has expired.",
                    **{"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            raise HubError(401, "identity_unauthorized", "The request is not authenticated.")
        return identity

    def not_found(self, request: FakeRequest) -> FakeResponse:
        error = HubError(404, "not_found", f"Cannot {request.method} {request.path}")
        return _error_response(error, self.service, self.hub.legacy)

    method_not_allowed = not_found

    # -- the generic CRUD ------------------------------------------------------------------------------------------
    def _find(self, entity: FakeEntity, record_id: str) -> dict[str, Any]:
        record = self.hub.tables[entity.name].get(record_id)
        if record is None:
            raise HubError(404, "entity_not_found", f"The {entity.name.replace('_', '-')} was not found.")
        return record

    def _names(self, request: FakeRequest, key: str) -> list[str]:
        """A comma-separated query value; the older generation writes its names in snake_case."""
        items = [item for item in request.query.get(key, "").split(",") if item]
        if not self.hub.legacy:
            return items
        return [item[: len(item) - len(item.lstrip("+-"))] + camel_key(item.lstrip("+-")) for item in items]

    def _selection(self, entity: FakeEntity, request: FakeRequest) -> tuple[list[str], list[str]]:
        selection = self.hub.default_fields(entity)
        for item in self._names(request, "fields"):
            name = item.lstrip("+-")
            if item.startswith("+") and name in entity.fields and name not in selection:
                selection.append(name)
            elif item.startswith("-") and name in selection and name != "id":
                selection.remove(name)
        relations = [r for r in self._names(request, "include") if r in entity.relations]
        return selection, relations

    def _lookup(self, entity: FakeEntity, record: dict[str, Any]) -> Callable[[str], Any]:
        def lookup(path: str) -> Any:
            relation, _, rest = path.partition(".")
            if not rest:
                return record.get(path)
            target = self.hub.relation_target(entity, relation)
            related = self.hub.tables[target.name].get(record.get(relation + "Id") or "") if target else None
            return related.get(rest) if related else None

        return lookup

    def _filter_allowed(self, entity: FakeEntity, path: str) -> bool:
        relation, _, rest = path.partition(".")
        if not rest or self.hub.legacy:  # rapiq 0.9 takes a relation's field only where it is listed
            return path in self.hub.filters_of(entity)
        target = self.hub.relation_target(entity, relation)
        return relation in entity.relations and target is not None and rest in self.hub.filters_of(target)

    def _bracket_filters(self, request: FakeRequest) -> dict[str, Leaf]:
        if self.hub.legacy:
            return bracket_filters_v09(dict(request.query.items()))
        return bracket_filters(dict(request.query.items()))

    def _tree(self, entity: FakeEntity, request: FakeRequest) -> Any:
        expression = None if self.hub.legacy else request.query.get("filter")
        if expression is not None:
            tree = parse_expression(expression)
            for leaf in leaves(tree):
                if not self._filter_allowed(entity, leaf.field):
                    raise QueryError("filters", leaf.field, f"The filter key {leaf.field} is not allowed.")
            return tree
        found = self._bracket_filters(request)
        kept = tuple(leaf for key, leaf in found.items() if self._filter_allowed(entity, key))
        return Branch("and", kept)

    def _list(self, entity: FakeEntity, request: FakeRequest) -> FakeResponse:
        try:
            tree = self._tree(entity, request)
        except QueryError as error:
            issue = _issue([error.parameter], error.message, parameter=error.parameter, key=error.key)
            raise HubError(400, "bad_request", error.message, [issue]) from error
        records = [r for r in self.hub.tables[entity.name].values() if matches(tree, self._lookup(entity, r))]
        keys = [k for k in self._names(request, "sort") if k.lstrip("-") in entity.sorts]
        if not keys and entity.default_sort:
            keys = [entity.default_sort]
        for key in reversed(keys):
            name = key.lstrip("-")
            records.sort(key=lambda r, n=name: (r.get(n) is None, r.get(n)), reverse=key.startswith("-"))
        meta: dict[str, Any] = {"total": len(records)}
        if "page[limit]" in request.query or "page[offset]" in request.query:
            limit = min(max(int(request.query.get("page[limit]", MAX_LIMIT)), 1), MAX_LIMIT)
            offset = max(int(request.query.get("page[offset]", 0)), 0)
            records = records[offset : offset + limit]
            meta.update(limit=limit, offset=offset)
        meta["schema"] = self.hub.query_schema(entity)
        selection, relations = self._selection(entity, request)
        data = [self.hub.present(entity, r, selection, relations) for r in records]
        return FakeResponse(200, self.hub.envelope(data, meta))

    def _get(self, entity: FakeEntity, request: FakeRequest) -> FakeResponse:
        record = self._find(entity, request.path_params["id"])
        selection, relations = self._selection(entity, request)
        shown = self.hub.present(entity, record, selection, relations)
        return FakeResponse(200, self.hub.envelope(shown, {"schema": self.hub.query_schema(entity, record=True)}))

    def _check(self, entity: FakeEntity, body: dict[str, Any], record_id: str | None = None) -> None:
        for key, value in body.items():
            target = CHECKED_KEYS.get(key) or (JUNCTION_KEYS.get(key) if entity.name in JUNCTIONS else None)
            if value is not None and target is not None and value not in self.hub.tables[target]:
                raise HubError(
                    400,
                    "entity_relation_invalid",
                    f"Can't find {target.replace('_', '-')} entity by {key}",
                    [_issue([key], f"The relation {key} is invalid.", "relation_invalid")],
                )
        for unique in entity.unique:
            names = unique.split("+")
            if not all(n in body for n in names):
                continue
            for other in self.hub.tables[entity.name].values():
                if other["id"] != record_id and all(other.get(n) == body[n] for n in names):
                    raise HubError(409, "entity_conflict", f"An entry with the {unique} already exists.")

    def _body(self, request: FakeRequest) -> dict[str, Any]:
        if not isinstance(request.json, dict):
            raise HubError(400, "bad_request", "The request body is invalid.", [_issue([], "Expected an object.")])
        return dict(request.json)

    def _validated(self, request: FakeRequest, entity: FakeEntity, kind: str) -> dict[str, Any]:
        """The body keys the spec's Create/Update schema declares; validup strips the others."""
        body = self._body(request)
        schema = self.hub.schemas[entity.service][entity.schema + kind]
        missing = [name for name in schema.get("required", []) if body.get(name) is None]
        if missing:
            issues = [_issue([name], f"The attribute {name} is required.", "required") for name in missing]
            raise HubError(400, "bad_request", "The request body is invalid.", issues)
        return {k: v for k, v in body.items() if k in schema["properties"]}

    def _create(self, entity: FakeEntity, request: FakeRequest) -> FakeResponse:
        body = self._validated(request, entity, "Create")
        self._check(entity, body)
        record = self.hub._insert(entity, body)
        if entity.name == "client" and body.get("secret"):
            self.hub.client_secrets[record["id"]] = body["secret"]
        if entity.name in ("node", "analysis"):
            name = f"{entity.name}-{record['id']}"
            client = self.hub._insert(ENTITIES["client"], {"name": name, "realmId": record["realmId"]})
            record["clientId"] = client["id"]
            self.hub.client_secrets[client["id"]] = secrets.token_hex(16)
        if entity.name == "robot":
            self.hub.robot_secrets[record["id"]] = body.get("secret") or secrets.token_hex(16)
            if not record.get("secret"):  # a generated secret is stored hashed; the create answer shows it
                record["secret"] = "$2y$10$" + hashlib.sha256(self.hub.robot_secrets[record["id"]].encode()).hexdigest()
        if entity.name == "node" and self.hub.legacy:
            robot = self.hub._insert(ROBOT_ENTITIES["robot"], {"name": f"node-{record['id']}"})
            record["robotId"] = robot["id"]
        if entity.name == "analysis_bucket_file":
            bucket = self.hub.tables["analysis_bucket"][record["analysisBucketId"]]
            record["analysisId"] = bucket["analysisId"]
        shown = self.hub.written("create", entity, record)
        shown.update({name: None for name, value in record.items() if value is UNDEFINED})
        return FakeResponse(201, self.hub.envelope(shown, {}))

    def _update(self, entity: FakeEntity, request: FakeRequest) -> FakeResponse:
        record = self._find(entity, request.path_params["id"])
        body = self._validated(request, entity, "Update")
        self._check(entity, body, record["id"])
        if entity.name == "analysis" and "masterImageId" in body and body["masterImageId"] != record["masterImageId"]:
            body["imageCommandArguments"] = None  # analysis/service.ts: a new image drops the old arguments
        record.update(body)
        record["updatedAt"] = self.hub.timestamp()
        return FakeResponse(202, self.hub.envelope(self.hub.written("update", entity, record), {}))

    def _delete(self, entity: FakeEntity, request: FakeRequest) -> FakeResponse:
        record = self._find(entity, request.path_params["id"])
        stored = [f for f in self.hub.tables["bucket_file"].values() if f["bucketId"] == record["id"]]
        if self.hub.legacy and entity.name == "bucket" and stored:
            # Hub storage 0.8.13 removes the S3 bucket first, and S3 refuses a bucket that is not empty
            body = {"statusCode": 500, "code": "BucketNotEmpty", "message": _HIDDEN}
            return FakeResponse(500, body)
        shown = self.hub.written("delete", entity, record)
        del self.hub.tables[entity.name][record["id"]]
        if entity.name == "bucket":
            for file_id in [f["id"] for f in self.hub.tables["bucket_file"].values() if f["bucketId"] == record["id"]]:
                del self.hub.tables["bucket_file"][file_id]
        return FakeResponse(202, self.hub.envelope(shown, {}))

    # -- authup: the token endpoint --------------------------------------------------------------------------------
    def _grant(self, identity_kind: str, owner: dict[str, Any], refresh: bool) -> FakeResponse:
        hub = self.hub
        access = _jwt({"sub": owner["id"], "iat": int(hub.clock), "exp": int(hub.clock + hub.token_lifetime)})
        hub.tokens[access] = Identity(identity_kind, owner["id"], owner["realmId"], hub.clock + hub.token_lifetime)
        # authup 1.0.0-beta.26 reports 3600 whatever lifetime its tokens have (the JWT's exp follows the setting)
        lifetime = 3600 if hub.legacy else hub.token_lifetime
        body: dict[str, Any] = {"access_token": access, "expires_in": lifetime, "token_type": "Bearer"}
        if hub.token_scope is not None:
            body["scope"] = hub.token_scope
        if refresh:
            token = secrets.token_urlsafe(24)
            hub.refresh_tokens[token] = Identity(
                identity_kind, owner["id"], owner["realmId"], hub.clock + hub.refresh_lifetime
            )
            body["refresh_token"] = token
        return FakeResponse(200, body)

    def op_token_create(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        grant = body.get("grant_type")
        if grant is None:
            if "username" in body and "password" in body:
                grant = "password"
            elif "refresh_token" in body:
                grant = "refresh_token"
            elif "client_id" in body and "client_secret" in body:
                grant = "client_credentials"
        if grant == "password":
            user = next((u for u in self.hub.tables["user"].values() if u["name"] == body.get("username")), None)
            if user is None or self.hub.passwords.get(user["id"]) != body.get("password"):
                raise HubError(400, "invalid_credentials", "The user credentials are invalid.")
            return self._grant("user", user, refresh=True)
        if grant == "refresh_token":
            identity = self.hub.refresh_tokens.pop(str(body.get("refresh_token")), None)
            if identity is None or self.hub.clock >= identity.expires_at:
                if self.hub.legacy:
                    raise HubError(400, "invalid_grant", "The refresh token is invalid.")
                raise HubError(401, "invalid_token", "The JWT is invalid.")
            owner = self.hub.tables[identity.kind][identity.id]
            return self._grant(identity.kind, owner, refresh=True)
        if grant == "client_credentials":
            client = self.hub.tables["client"].get(str(body.get("client_id")))
            if client is None or self.hub.client_secrets.get(client["id"]) != body.get("client_secret"):
                if self.hub.legacy:
                    raise HubError(400, "invalid_credentials", "The client credentials are invalid.")
                raise HubError(401, "invalid_client", "Client authentication failed.")
            return self._grant("client", client, refresh=False)
        if grant == "robot_credentials" and self.hub.legacy:
            robot = self.hub.tables["robot"].get(str(body.get("id")))
            if robot is None or self.hub.robot_secrets.get(robot["id"]) != body.get("secret"):
                raise HubError(400, "invalid_credentials", "The robot credentials are invalid.")
            return self._grant("robot", robot, refresh=False)
        raise HubError(400, "unsupported_grant_type", f"The grant type {grant!r} is not supported.")

    # -- core: credentials, commands, logs -------------------------------------------------------------------------
    def _client_credentials(self, owner: dict[str, Any]) -> dict[str, Any]:
        client = self.hub.tables["client"].get(owner.get("clientId") or "")
        if client is None:
            raise HubError(404, "entity_not_found", "The client was not found.")
        return {
            "id": client["id"],
            "secret": self.hub.client_secrets.get(client["id"]),
            "name": client["name"],
            "displayName": client["displayName"],
        }

    def _update_credentials(self, owner: dict[str, Any], request: FakeRequest) -> FakeResponse:
        credentials = self._client_credentials(owner)
        body = self._body(request)
        client = self.hub.tables["client"][credentials["id"]]
        if "secret" in body:
            self.hub.client_secrets[client["id"]] = body["secret"] or secrets.token_hex(16)
        for key in ("name", "displayName"):
            if key in body:
                client[key] = body[key]
        return FakeResponse(200, self.hub.wire(self._client_credentials(owner)))

    def op_status_get(self, request: FakeRequest) -> FakeResponse:
        if self.service == "auth":
            version = AUTHUP_VERSION if self.hub.legacy else "1.0.0-beta.63"
            extra: dict[str, Any] = {"date": EPOCH.isoformat(), "features": {}}
            if self.hub.legacy:  # authup 1.0.0-beta.26's status (observed)
                extra = {"redis": False, "timestamp": 1763719200000, "vault": False}
                extra |= {"tokenMaxAgeAccessToken": self.hub.token_lifetime}
                extra |= {"tokenMaxAgeRefreshToken": self.hub.refresh_lifetime}
            return FakeResponse(200, {"version": version, **extra})
        if self.hub.legacy and self.service == "storage":  # Hub storage 0.8.13 (http/router.ts) names no version
            return FakeResponse(200, {"timestamp": 1763719200000})
        return FakeResponse(200, {"version": HUB_VERSION if self.hub.legacy else "0.14.0", "timestamp": 1763719200000})

    def op_nodes_get_client_credentials(self, request: FakeRequest) -> FakeResponse:
        node = self._find(ENTITIES["node"], request.path_params["id"])
        return FakeResponse(200, self.hub.wire(self._client_credentials(node)))

    def op_nodes_update_client_credentials(self, request: FakeRequest) -> FakeResponse:
        return self._update_credentials(self._find(ENTITIES["node"], request.path_params["id"]), request)

    def op_analyses_get_client_credentials(self, request: FakeRequest) -> FakeResponse:
        analysis = self._find(ENTITIES["analysis"], request.path_params["id"])
        return FakeResponse(200, self.hub.wire(self._client_credentials(analysis)))

    def op_analyses_update_client_credentials(self, request: FakeRequest) -> FakeResponse:
        return self._update_credentials(self._find(ENTITIES["analysis"], request.path_params["id"]), request)

    def op_nodes_get_registry_credentials(self, request: FakeRequest) -> FakeResponse:
        node = self._find(ENTITIES["node"], request.path_params["id"])
        project = self.hub.tables["registry_project"].get(node.get("registryProjectId") or "")
        if project is None:
            raise HubError(400, "analysis_node_registry_unassigned", "The node has no registry project.")
        registry = self.hub.tables["registry"][project["registryId"]]
        credentials = {
            "host": registry["host"],
            "externalName": project["externalName"],
            "accountName": project["accountName"],
            "accountSecret": project.get("accountSecret"),
        }
        return FakeResponse(200, self.hub.wire(credentials))

    def op_analyses_send_command(self, request: FakeRequest) -> FakeResponse:
        entity = ENTITIES["analysis"]
        analysis = self._find(entity, request.path_params["id"])
        command = self._body(request)["command"]
        changes = {
            "buildStart": {"buildStatus": "starting"},
            "configurationLock": {"configurationLocked": True},
            "configurationUnlock": {"configurationLocked": False},
            "distributionStart": {"distributionStatus": "starting"},
        }.get(command, {})
        analysis.update(changes, updatedAt=self.hub.timestamp())
        shown = self.hub.present(entity, analysis, self.hub.default_fields(entity), [])
        return FakeResponse(202, self.hub.envelope(shown, {}))

    def op_master_images_send_command(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        entity = ENTITIES["master_image"]
        if body["command"] == "sync":
            return FakeResponse(202, self.hub.envelope(None, {}))
        if "id" not in body:
            raise HubError(400, "bad_request", "The build command needs an id.", [_issue(["id"], "Required.")])
        image = self._find(entity, body["id"])
        image.update(buildStatus="starting", buildProgress=0)
        shown = self.hub.present(entity, image, self.hub.default_fields(entity), [])
        return FakeResponse(202, self.hub.envelope(shown, {}))

    def op_registries_send_command(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        target = "registry_project" if body["command"] in ("projectLink", "projectUnlink") else "registry"
        self._find(ENTITIES[target], body["id"])
        return FakeResponse(202, None)

    def _log_filters(self, request: FakeRequest, required: tuple[str, ...]) -> list[Leaf]:
        found = self._bracket_filters(request)
        for name in required:
            if name not in found:
                raise HubError(400, "bad_request", f"The filter {name} is required.", [_issue(["filters"], name)])
        if any(leaf.op != "eq" for leaf in found.values()):
            raise HubError(400, "bad_request", "Only equality filters are supported.")
        return [leaf for key, leaf in found.items() if key in ("analysisId", "nodeId", "level")]

    def _logs(self, request: FakeRequest, required: tuple[str, ...]) -> FakeResponse:
        conditions = self._log_filters(request, required)
        lines = [
            line
            for line in self.hub.logs
            if all(str(line["labels"].get(c.field, line.get(c.field))) == str(c.value) for c in conditions)
        ]
        if request.query.get("sort") == "-time":
            lines.reverse()
        limit = min(int(request.query.get("page[limit]", MAX_LIMIT)), MAX_LIMIT)
        offset = int(request.query.get("page[offset]", 0))
        meta = {"total": len(lines), "limit": limit, "offset": offset, "schema": {"name": "log"}}
        shown = [{k: v for k, v in line.items()} for line in lines[offset : offset + limit]]
        return FakeResponse(200, self.hub.envelope(shown, meta))

    def _delete_logs(self, request: FakeRequest, required: tuple[str, ...]) -> FakeResponse:
        conditions = self._log_filters(request, required)
        self.hub.logs = [
            line
            for line in self.hub.logs
            if not all(str(line["labels"].get(c.field)) == str(c.value) for c in conditions)
        ]
        return FakeResponse(202, None)

    def op_analysis_logs_list(self, request: FakeRequest) -> FakeResponse:
        return self._logs(request, ("analysisId",))

    def op_analysis_logs_delete(self, request: FakeRequest) -> FakeResponse:
        return self._delete_logs(request, ("analysisId",))

    def op_analysis_node_logs_list(self, request: FakeRequest) -> FakeResponse:
        return self._logs(request, ("analysisId", "nodeId"))

    def op_analysis_node_logs_delete(self, request: FakeRequest) -> FakeResponse:
        return self._delete_logs(request, ("analysisId", "nodeId"))

    def op_analysis_node_logs_create(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        self._find(ENTITIES["analysis"], body["analysisId"])
        self._find(ENTITIES["node"], body["nodeId"])
        labels = {**body.get("labels", {}), "analysisId": body["analysisId"], "nodeId": body["nodeId"]}
        for key in ("status", "code"):
            if body.get(key) is not None:
                labels[key] = body[key]
        line = {
            "time": str(int((EPOCH.timestamp() + self.hub.clock) * 1e9) + len(self.hub.logs)),
            "message": body["message"],
            "service": "analysis",
            "channel": "background",
            "level": body["level"],
            "labels": labels,
        }
        self.hub.logs.append(line)
        return FakeResponse(202, self.hub.envelope(line, {}))

    # -- storage: upload and the two streams -----------------------------------------------------------------------
    def op_buckets_upload(self, request: FakeRequest) -> FakeResponse:
        bucket = self._find(ENTITIES["bucket"], request.path_params["id"])
        if not request.mimetype.startswith("multipart/"):
            raise HubError(400, "bad_request", "A multipart content-type header is required.")
        stored = []
        entity = ENTITIES["bucket_file"]
        for upload in request.files.values():
            path = upload.filename or ""
            digest = hashlib.sha256(upload.content).hexdigest()
            record = self.hub._insert(
                entity,
                {
                    "name": posixpath.basename(path),
                    "path": path,
                    "directory": posixpath.dirname(path),
                    "hash": digest,
                    "size": len(upload.content),
                    "actorType": self.hub.actor().kind,
                    "actorId": self.hub.actor().id,
                    "bucketId": bucket["id"],
                },
            )
            self.hub.contents[record["id"]] = upload.content
            stored.append(self.hub.present(entity, record, self.hub.default_fields(entity), []))
        return FakeResponse(201, self.hub.envelope(stored, {"total": len(stored)}))

    def op_buckets_stream(self, request: FakeRequest) -> FakeResponse:
        bucket = self._find(ENTITIES["bucket"], request.path_params["id"])
        archive = io.BytesIO()
        with tarfile.open(fileobj=archive, mode="w") as tar:
            for record in self.hub.tables["bucket_file"].values():
                if record["bucketId"] == bucket["id"]:
                    content = self.hub.contents[record["id"]]
                    info = tarfile.TarInfo(record["path"])
                    info.size = len(content)
                    tar.addfile(info, io.BytesIO(content))
        disposition = f'attachment; filename="{bucket["name"]}.tar"'
        return FakeResponse(200, archive.getvalue(), "application/x-tar", {"Content-Disposition": disposition})

    def op_bucket_files_stream(self, request: FakeRequest) -> FakeResponse:
        record = self._find(ENTITIES["bucket_file"], request.path_params["id"])
        accepts_gzip = "gzip" in request.headers.get("accept-encoding", "")
        return FakeResponse(200, self.hub.contents[record["id"]], "application/octet-stream", gzip=accepts_gzip)


@contextmanager
def serve_flame_hub(**options: Any) -> Iterator[FlameHub]:
    """The three fake services on 127.0.0.1, stopped on exit."""
    hub = FlameHub(**options).start()
    try:
        yield hub
    finally:
        hub.stop()
