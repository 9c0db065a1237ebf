"""What the clients know about each entity: its path, model, auto-included relations and the servers' allow-lists.

The allow-lists are keyed by server generation. The current ones are those of Hub 0.14.0 and authup 1.0.0-beta.63.
The older generation's are those of Hub 0.8.13 and authup 1.0.0-beta.26, read from their source (LEGACY_ALLOW), and
written with the same camelCase names the clients use (the wire mapping snake-cases them).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from client_runtime import InvalidRequest

if TYPE_CHECKING:
    from .auth._generated.models import (
        Client,
        ClientPermission,
        ClientRole,
        Permission,
        Realm,
        Robot,
        RobotPermission,
        RobotRole,
        Role,
        RolePermission,
        User,
        UserPermission,
        UserRole,
    )
    from .core._generated.models import (
        Analysis,
        AnalysisBucket,
        AnalysisBucketFile,
        AnalysisNode,
        MasterImage,
        MasterImageGroup,
        Node,
        Project,
        ProjectNode,
        Registry,
        RegistryProject,
    )
    from .storage._generated.models import Bucket, BucketFile

T = TypeVar("T")
CURRENT = "current"
LEGACY = "legacy"
MAX_LIMIT = 50


@dataclass(frozen=True, slots=True)
class AllowList:
    """The query keys a server accepts for one entity; anything else it drops silently."""

    filters: tuple[str, ...]
    sorts: tuple[str, ...]
    relations: tuple[str, ...]
    fields: tuple[str, ...] = ()
    max_limit: int = MAX_LIMIT
    # Dotted keys (`realm.name`) allowed only when listed, as rapiq 0.9 does; otherwise by the related entity's list.
    explicit: bool = False

    @classmethod
    def from_schema(cls, schema: Mapping[str, Any]) -> AllowList:
        """The allow-list a server publishes under `meta.schema` (`null` or a missing list allows nothing).

        >>> AllowList.from_schema({"filters": {"allowed": ["id"]}, "pagination": {"maxLimit": 50}}).filters
        ('id',)
        """

        def allowed(key: str) -> tuple[str, ...]:
            part = schema.get(key)
            values = part.get("allowed") if isinstance(part, Mapping) else None
            return tuple(str(v) for v in values) if isinstance(values, list) else ()

        pagination = schema.get("pagination")
        limit = pagination.get("maxLimit") if isinstance(pagination, Mapping) else None
        return cls(
            filters=allowed("filters"),
            sorts=allowed("sorts"),
            relations=allowed("relations"),
            fields=allowed("fields"),
            max_limit=limit if isinstance(limit, int) and limit > 0 else MAX_LIMIT,
        )


def _snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


@dataclass(frozen=True, slots=True, eq=False)
class Entity(Generic[T]):
    """One entity of one service: `name` as the server's schema calls it, `tag` as the façade does."""

    name: str
    service: str
    tag: str
    path: str
    model: str
    allow: dict[str, AllowList]
    include: tuple[str, ...] = ()
    related: Mapping[str, str] = field(default_factory=dict)

    @property
    def plural(self) -> str:
        return self.tag.replace("_", " ")

    def allowed(self, generation: str) -> AllowList:
        """The allow-list of `generation`; an entity that generation lacks is refused before anything is sent."""
        found = self.allow.get(generation)
        if found is None:
            others = " and ".join(sorted(self.allow))
            raise InvalidRequest(
                self.tag,
                f"{self.plural} exist only on the {others} server generation; this client speaks the {generation} one",
            )
        return found

    def model_class(self, suffix: str = "") -> type[Any]:
        """The generated model class (`suffix` "Create" or "Update" for the request bodies)."""
        name = self.model + suffix
        module = importlib.import_module(f"{__package__}.{self.service}._generated.models.{_snake(name)}")
        found: type[Any] = getattr(module, name)
        return found


# authup
REALM: Entity[Realm] = Entity(
    "realm",
    "auth",
    "realms",
    "/realms",
    "Realm",
    allow={
        CURRENT: AllowList(
            filters=("id", "builtIn", "displayName", "name"),
            sorts=("id", "name", "createdAt", "updatedAt"),
            relations=(),
        )
    },
)
USER: Entity[User] = Entity(
    "user",
    "auth",
    "users",
    "/users",
    "User",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "displayName", "realmId", "active"),
            sorts=("id", "name", "displayName", "createdAt", "updatedAt"),
            relations=("realm",),
            fields=("email",),
        )
    },
    include=("realm",),
    related={"realm": "realm"},
)
PERMISSION: Entity[Permission] = Entity(
    "permission",
    "auth",
    "permissions",
    "/permissions",
    "Permission",
    allow={
        CURRENT: AllowList(
            filters=("id", "displayName", "name", "builtIn", "realmId", "clientId"),
            sorts=("id", "name", "createdAt", "updatedAt"),
            relations=(),
        )
    },
)
ROLE: Entity[Role] = Entity(
    "role",
    "auth",
    "roles",
    "/roles",
    "Role",
    allow={
        CURRENT: AllowList(
            filters=("id", "builtIn", "name", "displayName", "target", "clientId", "realmId"),
            sorts=("id", "name", "updatedAt", "createdAt"),
            relations=("realm",),
        )
    },
    include=("realm",),
    related={"realm": "realm"},
)
CLIENT: Entity[Client] = Entity(
    "client",
    "auth",
    "clients",
    "/clients",
    "Client",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "displayName", "realmId", "active", "builtIn"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("realm", "accessPolicy"),
            fields=("secret",),
        )
    },
    include=("realm",),
    related={"realm": "realm"},
)
ROLE_PERMISSION: Entity[RolePermission] = Entity(
    "role_permission",
    "auth",
    "role_permissions",
    "/role-permissions",
    "RolePermission",
    allow={
        CURRENT: AllowList(
            filters=("roleId", "permissionId", "id", "roleRealmId", "permissionRealmId", "policyId"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("role", "permission"),
        )
    },
    include=("role", "permission"),
    related={"role": "role", "permission": "permission"},
)
USER_PERMISSION: Entity[UserPermission] = Entity(
    "user_permission",
    "auth",
    "user_permissions",
    "/user-permissions",
    "UserPermission",
    allow={
        CURRENT: AllowList(
            filters=("userId", "permissionId", "id", "userRealmId", "permissionRealmId", "policyId"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("user", "permission"),
        )
    },
    include=("user", "permission"),
    related={"user": "user", "permission": "permission"},
)
USER_ROLE: Entity[UserRole] = Entity(
    "user_role",
    "auth",
    "user_roles",
    "/user-roles",
    "UserRole",
    allow={
        CURRENT: AllowList(
            filters=("roleId", "userId", "id", "roleRealmId", "userRealmId"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("user", "role"),
        )
    },
    include=("user", "role"),
    related={"user": "user", "role": "role"},
)
CLIENT_PERMISSION: Entity[ClientPermission] = Entity(
    "client_permission",
    "auth",
    "client_permissions",
    "/client-permissions",
    "ClientPermission",
    allow={
        CURRENT: AllowList(
            filters=("clientId", "permissionId", "id", "clientRealmId", "permissionRealmId", "policyId"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("client", "permission"),
        )
    },
    include=("client", "permission"),
    related={"client": "client", "permission": "permission"},
)
CLIENT_ROLE: Entity[ClientRole] = Entity(
    "client_role",
    "auth",
    "client_roles",
    "/client-roles",
    "ClientRole",
    allow={
        CURRENT: AllowList(
            filters=("roleId", "clientId", "id", "roleRealmId", "clientRealmId"),
            sorts=("id", "createdAt", "updatedAt"),
            relations=("client", "role"),
        )
    },
    include=("client", "role"),
    related={"client": "client", "role": "role"},
)
ROBOT: Entity[Robot] = Entity(
    "robot",
    "auth",
    "robots",
    "/robots",
    "Robot",
    allow={},  # the older generation only: LEGACY_ALLOW
    include=("realm",),
    related={"realm": "realm", "user": "user"},
)
ROBOT_PERMISSION: Entity[RobotPermission] = Entity(
    "robot_permission",
    "auth",
    "robot_permissions",
    "/robot-permissions",
    "RobotPermission",
    allow={},  # the older generation only: LEGACY_ALLOW
    include=("robot", "permission"),
    related={"robot": "robot", "permission": "permission"},
)
ROBOT_ROLE: Entity[RobotRole] = Entity(
    "robot_role",
    "auth",
    "robot_roles",
    "/robot-roles",
    "RobotRole",
    allow={},  # the older generation only: LEGACY_ALLOW
    include=("robot", "role"),
    related={"robot": "robot", "role": "role"},
)
# Hub core
REGISTRY: Entity[Registry] = Entity(
    "registry",
    "core",
    "registries",
    "/registries",
    "Registry",
    allow={
        CURRENT: AllowList(
            filters=("id", "name"), sorts=("id", "updatedAt", "createdAt"), relations=(), fields=("accountSecret",)
        )
    },
)
REGISTRY_PROJECT: Entity[RegistryProject] = Entity(
    "registry_project",
    "core",
    "registry_projects",
    "/registry-projects",
    "RegistryProject",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "registryId", "externalName", "type"),
            sorts=("id", "updatedAt", "createdAt"),
            relations=("registry",),
            fields=("accountSecret",),
        )
    },
    include=("registry",),
    related={"registry": "registry"},
)
NODE: Entity[Node] = Entity(
    "node",
    "core",
    "nodes",
    "/nodes",
    "Node",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "online", "hidden", "clientId", "realmId", "robotId"),
            sorts=("name", "updatedAt", "createdAt"),
            relations=("registryProject", "registry"),
        )
    },
    include=("registry", "registryProject"),
    related={"registry": "registry", "registryProject": "registry_project"},
)
MASTER_IMAGE_GROUP: Entity[MasterImageGroup] = Entity(
    "master_image_group",
    "core",
    "master_image_groups",
    "/master-image-groups",
    "MasterImageGroup",
    allow={CURRENT: AllowList(filters=("id", "name", "path", "virtualPath"), sorts=(), relations=())},
)
MASTER_IMAGE: Entity[MasterImage] = Entity(
    "master_image",
    "core",
    "master_images",
    "/master-images",
    "MasterImage",
    allow={
        CURRENT: AllowList(filters=("id", "name", "path", "virtualPath", "groupVirtualPath"), sorts=(), relations=())
    },
)
PROJECT: Entity[Project] = Entity(
    "project",
    "core",
    "projects",
    "/projects",
    "Project",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "displayName", "realmId", "userId"),
            sorts=("id", "name", "displayName", "updatedAt", "createdAt"),
            relations=("masterImage",),
        )
    },
    include=("masterImage",),
    related={"masterImage": "master_image"},
)
PROJECT_NODE: Entity[ProjectNode] = Entity(
    "project_node",
    "core",
    "project_nodes",
    "/project-nodes",
    "ProjectNode",
    allow={
        CURRENT: AllowList(
            filters=("approvalStatus", "projectRealmId", "projectId", "nodeRealmId", "nodeId"),
            sorts=("createdAt", "updatedAt"),
            relations=("node", "project"),
        )
    },
    include=("node", "project"),
    related={"node": "node", "project": "project"},
)
ANALYSIS: Entity[Analysis] = Entity(
    "analysis",
    "core",
    "analyses",
    "/analyses",
    "Analysis",
    allow={
        CURRENT: AllowList(
            filters=(
                "id",
                "name",
                "displayName",
                "description",
                "projectId",
                "realmId",
                "buildStatus",
                "executionStatus",
                "configurationLocked",
            ),
            sorts=("name", "displayName", "createdAt", "updatedAt"),
            relations=("project", "masterImage"),
        )
    },
    include=("project", "masterImage"),
    related={"project": "project", "masterImage": "master_image"},
)
ANALYSIS_NODE: Entity[AnalysisNode] = Entity(
    "analysis_node",
    "core",
    "analysis_nodes",
    "/analysis-nodes",
    "AnalysisNode",
    allow={
        CURRENT: AllowList(
            filters=("executionStatus", "approvalStatus", "analysisId", "analysisRealmId", "nodeId", "nodeRealmId"),
            sorts=("createdAt", "updatedAt"),
            relations=("node", "analysis"),
        )
    },
    include=("node", "analysis"),
    related={"analysis": "analysis", "node": "node"},
)
ANALYSIS_BUCKET: Entity[AnalysisBucket] = Entity(
    "analysis_bucket",
    "core",
    "analysis_buckets",
    "/analysis-buckets",
    "AnalysisBucket",
    allow={
        CURRENT: AllowList(
            filters=("analysisId", "type"), sorts=("type", "createdAt", "updatedAt"), relations=("analysis",)
        )
    },
    include=("analysis",),
    related={"analysis": "analysis"},
)
ANALYSIS_BUCKET_FILE: Entity[AnalysisBucketFile] = Entity(
    "analysis_bucket_file",
    "core",
    "analysis_bucket_files",
    "/analysis-bucket-files",
    "AnalysisBucketFile",
    allow={
        CURRENT: AllowList(
            filters=("path", "root", "analysisBucketId", "analysisId"),
            sorts=("path", "createdAt", "updatedAt"),
            relations=("analysis", "analysisBucket"),
        )
    },
    include=("analysis", "analysisBucket"),
    related={"analysisBucket": "analysis_bucket", "analysis": "analysis"},
)
# Hub storage
BUCKET: Entity[Bucket] = Entity(
    "bucket",
    "storage",
    "buckets",
    "/buckets",
    "Bucket",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "realmId", "actorType", "actorId"),
            sorts=("id", "updatedAt", "createdAt"),
            relations=(),
        )
    },
)
BUCKET_FILE: Entity[BucketFile] = Entity(
    "bucket_file",
    "storage",
    "bucket_files",
    "/bucket-files",
    "BucketFile",
    allow={
        CURRENT: AllowList(
            filters=("id", "name", "directory", "realmId", "actorType", "actorId", "bucketId"),
            sorts=("id", "directory", "name", "updatedAt", "createdAt"),
            relations=("bucket",),
        )
    },
    include=("bucket",),
    related={"bucket": "bucket"},
)

ENTITIES: dict[str, Entity[Any]] = {
    entity.name: entity
    for entity in (
        REALM,
        USER,
        PERMISSION,
        ROLE,
        CLIENT,
        ROLE_PERMISSION,
        USER_PERMISSION,
        USER_ROLE,
        CLIENT_PERMISSION,
        CLIENT_ROLE,
        ROBOT,
        ROBOT_PERMISSION,
        ROBOT_ROLE,
        REGISTRY,
        REGISTRY_PROJECT,
        NODE,
        MASTER_IMAGE_GROUP,
        MASTER_IMAGE,
        PROJECT,
        PROJECT_NODE,
        ANALYSIS,
        ANALYSIS_NODE,
        ANALYSIS_BUCKET,
        ANALYSIS_BUCKET_FILE,
        BUCKET,
        BUCKET_FILE,
    )
}


# The older generation's allow-lists, as authup 1.0.0-beta.26 (`packages/server-core/src/http/controllers/entities/
# */handlers/read.ts`) and Hub 0.8.13 (`packages/server-{core,storage}/src/http/controllers/*/handlers/read.ts`) declare
# them, in the clients' camelCase. rapiq 0.9 takes a relation's field only where it is listed (`project.name`), so
# those are listed too (AllowList.explicit).
_TIMES = ("id", "createdAt", "updatedAt")
LEGACY_ALLOW: dict[str, AllowList] = {
    "realm": AllowList(("id", "builtIn", "displayName", "name"), ("id", "name", "createdAt", "updatedAt"), ()),
    "user": AllowList(
        ("id", "name", "realmId"), ("id", "name", "displayName", "createdAt", "updatedAt"), ("realm",), ("email",)
    ),
    "permission": AllowList(
        ("id", "displayName", "name", "builtIn"), ("id", "name", "createdAt", "updatedAt"), ("policy",)
    ),
    "role": AllowList(("id", "name", "target", "realmId"), ("id", "name", "updatedAt", "createdAt"), ()),
    "client": AllowList(("name", "realmId", "realm.name"), _TIMES, ("realm",), ("secret",)),
    "role_permission": AllowList(("roleId", "permissionId"), _TIMES, ("role", "permission")),
    "user_permission": AllowList(("userId", "permissionId"), _TIMES, ("user", "permission")),
    "user_role": AllowList(("roleId", "userId"), _TIMES, ("user", "role")),
    "client_permission": AllowList(("clientId", "permissionId"), _TIMES, ("client", "permission")),
    "client_role": AllowList(("clientId", "roleId"), _TIMES, ("client", "role")),
    "robot": AllowList(
        ("id", "name", "realmId", "userId"),
        ("id", "realmId", "userId", "updatedAt", "createdAt"),
        ("realm", "user"),
        ("secret",),
    ),
    "robot_permission": AllowList(("robotId", "permissionId"), _TIMES, ("robot", "permission")),
    "robot_role": AllowList(("robotId", "roleId"), _TIMES, ("robot", "role")),
    "registry": AllowList(("id", "name"), ("id", "updatedAt", "createdAt"), (), ("accountSecret",)),
    "registry_project": AllowList(
        ("id", "name", "registryId", "externalName", "type"),
        ("id", "updatedAt", "createdAt"),
        ("registry",),
        ("accountName", "accountId", "accountSecret"),
    ),
    "node": AllowList(
        ("id", "name", "online", "hidden", "realmId", "robotId"),
        ("name", "updatedAt", "createdAt"),
        ("registryProject", "registry"),
    ),
    "master_image_group": AllowList(("id", "name", "path", "virtualPath"), (), ()),
    "master_image": AllowList(("id", "name", "path", "virtualPath", "groupVirtualPath"), (), ()),
    "project": AllowList(("id", "name", "realmId", "userId"), ("id", "updatedAt", "createdAt"), ("masterImage",)),
    "project_node": AllowList(
        ("projectRealmId", "projectId", "project.id", "project.name", "nodeRealmId", "nodeId", "node.name"),
        (
            "createdAt",
            "updatedAt",
            "project.name",
            "project.createdAt",
            "project.updatedAt",
            "node.name",
            "node.createdAt",
            "node.updatedAt",
        ),
        ("node", "project"),
    ),
    "analysis": AllowList(
        ("id", "name", "description", "projectId", "realmId", "buildStatus", "runStatus", "configurationLocked"),
        ("createdAt", "updatedAt"),
        ("project", "masterImage"),
    ),
    "analysis_node": AllowList(
        (
            "runStatus",
            "approvalStatus",
            "analysisId",
            "analysisRealmId",
            "analysis.id",
            "analysis.name",
            "analysis.projectId",
            "nodeId",
            "nodeRealmId",
            "node.name",
            "node.realmId",
        ),
        (
            "createdAt",
            "updatedAt",
            "index",
            "analysis.name",
            "analysis.createdAt",
            "analysis.updatedAt",
            "node.name",
            "node.createdAt",
            "node.updatedAt",
        ),
        ("node", "analysis"),
    ),
    "analysis_bucket": AllowList(
        ("analysisId", "type", "analysis.id", "analysis.name"), ("type", "createdAt", "updatedAt"), ("analysis",)
    ),
    "analysis_bucket_file": AllowList(
        ("name", "root", "bucketId", "analysisId", "analysis.id", "analysis.name"),
        ("name", "createdAt", "updatedAt"),
        ("analysis", "bucket"),
    ),
    "bucket": AllowList(("id", "name", "realmId", "actorType", "actorId"), ("id", "updatedAt", "createdAt"), ()),
    "bucket_file": AllowList(
        ("id", "name", "directory", "realmId", "actorType", "actorId", "bucketId"),
        ("id", "directory", "name", "updatedAt", "createdAt"),
        ("bucket",),
    ),
}
# Request fields Hub 0.8.13's validators do not take (display names arrive in 0.10.1; the execution state is
# `run_status`, with other values, before 0.8.22): the server would drop them silently, so they are refused.
LEGACY_UNWRITABLE: dict[str, tuple[str, ...]] = {
    "project": ("displayName",),
    "analysis": ("displayName",),
    "analysis_node": ("executionStatus", "executionProgress"),
}
for _name, _allow in LEGACY_ALLOW.items():
    ENTITIES[_name].allow[LEGACY] = replace(_allow, explicit=True)
del _name, _allow


def _entity_of(model: type[Any]) -> Entity[Any]:
    service = model.__module__.removeprefix(f"{__package__}.").partition(".")[0]
    for entity in ENTITIES.values():
        if entity.model == model.__name__ and entity.service == service:
            return entity
    raise ValueError(f"{model.__name__} is not a record model of the FLAME Hub services")


def get_field_names(model: type[Any]) -> tuple[str, ...]:
    """The optional fields of a record model, which come back only when asked for with `fields=`.

    >>> from flamehub_client.auth.models import Client
    >>> get_field_names(Client)
    ('secret',)
    """
    allow = _entity_of(model).allow
    return tuple(_snake(name) for name in next(iter(allow.values())).fields)


def get_includable_names(model: type[Any]) -> tuple[str, ...]:
    """The relations nested in a record model, fetched automatically (`include=`) by the find and get verbs.

    >>> from flamehub_client.core.models import Node
    >>> get_includable_names(Node)
    ('registry', 'registry_project')
    """
    return tuple(_snake(name) for name in _entity_of(model).include)
