"""The resource façade, generated from the spec's tags and operationIds. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from client_runtime import (
    NOT_GIVEN,
    AsyncClient,
    AsyncStreamedResponse,
    ErrorModel,
    NotGiven,
    Operation,
    RawResponse,
    RequestOptions,
    Resource,
    StreamedResponse,
    SyncClient,
)

if TYPE_CHECKING:
    from ._generated.models.client_collection import ClientCollection
    from ._generated.models.client_create import ClientCreate
    from ._generated.models.client_permission_collection import ClientPermissionCollection
    from ._generated.models.client_permission_create import ClientPermissionCreate
    from ._generated.models.client_permission_record import ClientPermissionRecord
    from ._generated.models.client_record import ClientRecord
    from ._generated.models.client_role_collection import ClientRoleCollection
    from ._generated.models.client_role_create import ClientRoleCreate
    from ._generated.models.client_role_record import ClientRoleRecord
    from ._generated.models.client_update import ClientUpdate
    from ._generated.models.permission_collection import PermissionCollection
    from ._generated.models.permission_create import PermissionCreate
    from ._generated.models.permission_record import PermissionRecord
    from ._generated.models.permission_update import PermissionUpdate
    from ._generated.models.realm_collection import RealmCollection
    from ._generated.models.realm_create import RealmCreate
    from ._generated.models.realm_record import RealmRecord
    from ._generated.models.realm_update import RealmUpdate
    from ._generated.models.robot_collection import RobotCollection
    from ._generated.models.robot_create import RobotCreate
    from ._generated.models.robot_permission_collection import RobotPermissionCollection
    from ._generated.models.robot_permission_create import RobotPermissionCreate
    from ._generated.models.robot_permission_record import RobotPermissionRecord
    from ._generated.models.robot_record import RobotRecord
    from ._generated.models.robot_role_collection import RobotRoleCollection
    from ._generated.models.robot_role_create import RobotRoleCreate
    from ._generated.models.robot_role_record import RobotRoleRecord
    from ._generated.models.robot_update import RobotUpdate
    from ._generated.models.role_collection import RoleCollection
    from ._generated.models.role_create import RoleCreate
    from ._generated.models.role_permission_collection import RolePermissionCollection
    from ._generated.models.role_permission_create import RolePermissionCreate
    from ._generated.models.role_permission_record import RolePermissionRecord
    from ._generated.models.role_permission_update import RolePermissionUpdate
    from ._generated.models.role_record import RoleRecord
    from ._generated.models.role_update import RoleUpdate
    from ._generated.models.service_status import ServiceStatus
    from ._generated.models.token_request import TokenRequest
    from ._generated.models.token_response import TokenResponse
    from ._generated.models.user_collection import UserCollection
    from ._generated.models.user_create import UserCreate
    from ._generated.models.user_permission_collection import UserPermissionCollection
    from ._generated.models.user_permission_create import UserPermissionCreate
    from ._generated.models.user_permission_record import UserPermissionRecord
    from ._generated.models.user_permission_update import UserPermissionUpdate
    from ._generated.models.user_record import UserRecord
    from ._generated.models.user_role_collection import UserRoleCollection
    from ._generated.models.user_role_create import UserRoleCreate
    from ._generated.models.user_role_record import UserRoleRecord
    from ._generated.models.user_update import UserUpdate

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "ClientCreate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "authMethod": {"enum": ["none", "secret", "tls"], "type": "string"},
            "baseUrl": {"type": ["string", "null"]},
            "description": {"maxLength": 4096, "minLength": 3, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "grantTypes": {"maxLength": 512, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "postLogoutRedirectUri": {"type": ["string", "null"]},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "redirectUri": {"type": ["string", "null"]},
            "secret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "secretHashed": {"type": "boolean"},
            "tokenBindingMethod": {"enum": ["none", "tls"], "type": "string"},
        },
        "required": ["name"],
        "type": "object",
    },
    "ClientPermissionCreate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "permissionId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["clientId", "permissionId"],
        "type": "object",
    },
    "ClientRoleCreate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "roleId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["clientId", "roleId"],
        "type": "object",
    },
    "ClientUpdate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "authMethod": {"enum": ["none", "secret", "tls"], "type": "string"},
            "baseUrl": {"type": ["string", "null"]},
            "description": {"maxLength": 4096, "minLength": 3, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "grantTypes": {"maxLength": 512, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "postLogoutRedirectUri": {"type": ["string", "null"]},
            "redirectUri": {"type": ["string", "null"]},
            "secret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "secretHashed": {"type": "boolean"},
            "tokenBindingMethod": {"enum": ["none", "tls"], "type": "string"},
        },
        "type": "object",
    },
    "PermissionCreate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["name"],
        "type": "object",
    },
    "PermissionUpdate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "type": "object",
    },
    "RealmCreate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "required": ["name"],
        "type": "object",
    },
    "RealmUpdate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "type": "object",
    },
    "RobotCreate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "secret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "userId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["name"],
        "type": "object",
    },
    "RobotPermissionCreate": {
        "additionalProperties": False,
        "properties": {
            "permissionId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "robotId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["robotId", "permissionId"],
        "type": "object",
    },
    "RobotRoleCreate": {
        "additionalProperties": False,
        "properties": {
            "robotId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "roleId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["robotId", "roleId"],
        "type": "object",
    },
    "RobotUpdate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "secret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "userId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "type": "object",
    },
    "RoleCreate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["name"],
        "type": "object",
    },
    "RolePermissionCreate": {
        "additionalProperties": False,
        "properties": {
            "permissionId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "roleId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["roleId", "permissionId"],
        "type": "object",
    },
    "RolePermissionUpdate": {
        "additionalProperties": False,
        "properties": {
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            }
        },
        "type": "object",
    },
    "RoleUpdate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "type": "object",
    },
    "TokenRequest": {
        "properties": {
            "client_id": {"type": "string"},
            "client_secret": {"format": "password", "type": "string"},
            "code": {"format": "password", "type": "string"},
            "grant_type": {
                "enum": ["password", "refresh_token", "client_credentials", "authorization_code", "robot_credentials"],
                "type": "string",
            },
            "id": {"type": "string"},
            "password": {"format": "password", "type": "string"},
            "realm_id": {"type": "string"},
            "realm_name": {"type": "string"},
            "redirect_uri": {"type": "string"},
            "refresh_token": {"format": "password", "type": "string"},
            "scope": {"type": "string"},
            "secret": {"format": "password", "type": "string"},
            "username": {"type": "string"},
        },
        "type": "object",
    },
    "UserCreate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "email": {"format": "email", "type": "string"},
            "firstName": {"maxLength": 128, "minLength": 3, "type": ["string", "null"]},
            "lastName": {"maxLength": 128, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "nameLocked": {"type": "boolean"},
            "password": {"format": "password", "maxLength": 512, "minLength": 10, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["name", "email"],
        "type": "object",
    },
    "UserPermissionCreate": {
        "additionalProperties": False,
        "properties": {
            "permissionId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "userId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["userId", "permissionId"],
        "type": "object",
    },
    "UserPermissionUpdate": {
        "additionalProperties": False,
        "properties": {
            "policyId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            }
        },
        "type": "object",
    },
    "UserRoleCreate": {
        "additionalProperties": False,
        "properties": {
            "roleId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "userId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["userId", "roleId"],
        "type": "object",
    },
    "UserUpdate": {
        "additionalProperties": False,
        "properties": {
            "active": {"type": "boolean"},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "email": {"format": "email", "type": ["string", "null"]},
            "firstName": {"maxLength": 128, "minLength": 3, "type": ["string", "null"]},
            "lastName": {"maxLength": 128, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "nameLocked": {"type": "boolean"},
            "password": {"format": "password", "maxLength": 512, "minLength": 10, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"Client":{"properties": {"active": {"type": "boolean"}, "authMethod": {"type": "string"}, "backchannelLogoutUri": {"type": ["string", "null"]}, "baseUrl": {"type": ["string", "null"]}, "builtIn": {"type": "boolean"}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "grantTypes": {"type": ["string", "null"]}, "id": {"type": "string"}, "isConfidential": {"type": "boolean"}, "name": {"type": "string"}, "postLogoutRedirectUri": {"type": ["string", "null"]}, "realm": {"$ref": "#/components/schemas/Realm"}, "realmId": {"type": "string"}, "redirectUri": {"type": ["string", "null"]}, "secret": {"type": ["string", "null"]}, "secretEncrypted": {"type": "boolean"}, "secretHashed": {"type": "boolean"}, "tokenBindingMethod": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "builtIn", "displayName", "description", "redirectUri", "active", "secretHashed", "secretEncrypted", "grantTypes", "authMethod", "tokenBindingMethod", "postLogoutRedirectUri", "baseUrl", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"ClientCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Client"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientPermission":{"properties": {"client": {"$ref": "#/components/schemas/Client"}, "clientId": {"type": "string"}, "clientRealmId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "permission": {"$ref": "#/components/schemas/Permission"}, "permissionId": {"type": "string"}, "permissionRealmId": {"type": ["string", "null"]}, "policyId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "clientId", "clientRealmId", "permissionId", "permissionRealmId", "policyId", "createdAt", "updatedAt"], "type": "object"}'
    ',"ClientPermissionCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/ClientPermission"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientPermissionRecord":{"properties": {"data": {"$ref": "#/components/schemas/ClientPermission"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientRecord":{"properties": {"data": {"$ref": "#/components/schemas/Client"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientRole":{"properties": {"client": {"$ref": "#/components/schemas/Client"}, "clientId": {"type": "string"}, "clientRealmId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"}, "roleId": {"type": "string"}, "roleRealmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "clientId", "clientRealmId", "roleId", "roleRealmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"ClientRoleCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/ClientRole"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientRoleRecord":{"properties": {"data": {"$ref": "#/components/schemas/ClientRole"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"CollectionMeta":{"properties": {"limit": {"type": "integer"}, "offset": {"type": "integer"}, "schema": {"$ref": "#/components/schemas/QuerySchema"}, "total": {"type": "integer"}}, "required": ["total"], "type": "object"}'
    ',"Permission":{"properties": {"builtIn": {"type": "boolean"}, "clientId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "name": {"type": "string"}, "policyId": {"type": ["string", "null"]}, "realmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "displayName", "description", "builtIn", "clientId", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"PermissionCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Permission"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"PermissionRecord":{"properties": {"data": {"$ref": "#/components/schemas/Permission"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"QuerySchema":{"type": "object"}'
    ',"Realm":{"properties": {"builtIn": {"type": "boolean"}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "name": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "displayName", "description", "builtIn", "createdAt", "updatedAt"], "type": "object"}'
    ',"RealmCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Realm"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RealmRecord":{"properties": {"data": {"$ref": "#/components/schemas/Realm"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RecordMeta":{"properties": {"schema": {"$ref": "#/components/schemas/QuerySchema"}}, "type": "object"}'
    ',"Robot":{"properties": {"active": {"type": "boolean"}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "name": {"type": "string"}, "realm": {"$ref": "#/components/schemas/Realm"}, "realmId": {"type": "string"}, "secret": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}, "user": {"$ref": "#/components/schemas/User"}, "userId": {"type": ["string", "null"]}}, "required": ["id", "name", "displayName", "description", "active", "userId", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RobotCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Robot"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RobotPermission":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "permission": {"$ref": "#/components/schemas/Permission"}, "permissionId": {"type": "string"}, "permissionRealmId": {"type": ["string", "null"]}, "policyId": {"type": ["string", "null"]}, "robot": {"oneOf": [{"$ref": "#/components/schemas/Robot"}, {"type": "null"}]}, "robotId": {"type": "string"}, "robotRealmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "robotId", "robotRealmId", "permissionId", "permissionRealmId", "policyId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RobotPermissionCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/RobotPermission"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RobotPermissionRecord":{"properties": {"data": {"$ref": "#/components/schemas/RobotPermission"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RobotRecord":{"properties": {"data": {"$ref": "#/components/schemas/Robot"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RobotRole":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "robot": {"oneOf": [{"$ref": "#/components/schemas/Robot"}, {"type": "null"}]}, "robotId": {"type": "string"}, "robotRealmId": {"type": ["string", "null"]}, "role": {"$ref": "#/components/schemas/Role"}, "roleId": {"type": "string"}, "roleRealmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "robotId", "robotRealmId", "roleId", "roleRealmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RobotRoleCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/RobotRole"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RobotRoleRecord":{"properties": {"data": {"$ref": "#/components/schemas/RobotRole"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"Role":{"properties": {"builtIn": {"type": "boolean"}, "clientId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "name": {"type": "string"}, "realm": {"oneOf": [{"$ref": "#/components/schemas/Realm"}, {"type": "null"}]}, "realmId": {"type": ["string", "null"]}, "target": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "displayName", "description", "target", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RoleCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Role"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RolePermission":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "permission": {"$ref": "#/components/schemas/Permission"}, "permissionId": {"type": "string"}, "permissionRealmId": {"type": ["string", "null"]}, "policyId": {"type": ["string", "null"]}, "role": {"$ref": "#/components/schemas/Role"}, "roleId": {"type": "string"}, "roleRealmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "roleId", "roleRealmId", "permissionId", "permissionRealmId", "policyId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RolePermissionCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/RolePermission"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RolePermissionRecord":{"properties": {"data": {"$ref": "#/components/schemas/RolePermission"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RoleRecord":{"properties": {"data": {"$ref": "#/components/schemas/Role"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ServiceStatus":{"properties": {"version": {"type": "string"}}, "required": ["version"], "type": "object"}'
    ',"TokenResponse":{"properties": {"access_token": {"type": "string"}, "expires_in": {"type": "integer"}, "id_token": {"type": "string"}, "refresh_token": {"type": "string"}, "scope": {"type": "string"}, "token_type": {"type": "string"}}, "required": ["access_token", "expires_in", "token_type"], "type": "object"}'
    ',"User":{"properties": {"active": {"type": "boolean"}, "avatar": {"type": ["string", "null"]}, "cover": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "displayName": {"type": ["string", "null"]}, "email": {"type": ["string", "null"]}, "firstName": {"type": ["string", "null"]}, "id": {"type": "string"}, "lastName": {"type": ["string", "null"]}, "name": {"type": "string"}, "nameLocked": {"type": "boolean"}, "realm": {"$ref": "#/components/schemas/Realm"}, "realmId": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "displayName", "active", "nameLocked", "firstName", "lastName", "avatar", "cover", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"UserCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/User"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"UserPermission":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "permission": {"$ref": "#/components/schemas/Permission"}, "permissionId": {"type": "string"}, "permissionRealmId": {"type": ["string", "null"]}, "policyId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}, "user": {"$ref": "#/components/schemas/User"}, "userId": {"type": "string"}, "userRealmId": {"type": ["string", "null"]}}, "required": ["id", "userId", "userRealmId", "permissionId", "permissionRealmId", "policyId", "createdAt", "updatedAt"], "type": "object"}'
    ',"UserPermissionCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/UserPermission"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"UserPermissionRecord":{"properties": {"data": {"$ref": "#/components/schemas/UserPermission"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"UserRecord":{"properties": {"data": {"$ref": "#/components/schemas/User"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"UserRole":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"}, "roleId": {"type": "string"}, "roleRealmId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}, "user": {"$ref": "#/components/schemas/User"}, "userId": {"type": "string"}, "userRealmId": {"type": ["string", "null"]}}, "required": ["id", "userId", "userRealmId", "roleId", "roleRealmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"UserRoleCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/UserRole"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"UserRoleRecord":{"properties": {"data": {"$ref": "#/components/schemas/UserRole"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.client_permissions.client_permissions_create":{"$ref": "#/components/schemas/ClientPermissionRecord"}'
    ',"api.client_permissions.client_permissions_delete":{"$ref": "#/components/schemas/ClientPermissionRecord"}'
    ',"api.client_permissions.client_permissions_get":{"$ref": "#/components/schemas/ClientPermissionRecord"}'
    ',"api.client_permissions.client_permissions_list":{"$ref": "#/components/schemas/ClientPermissionCollection"}'
    ',"api.client_roles.client_roles_create":{"$ref": "#/components/schemas/ClientRoleRecord"}'
    ',"api.client_roles.client_roles_delete":{"$ref": "#/components/schemas/ClientRoleRecord"}'
    ',"api.client_roles.client_roles_get":{"$ref": "#/components/schemas/ClientRoleRecord"}'
    ',"api.client_roles.client_roles_list":{"$ref": "#/components/schemas/ClientRoleCollection"}'
    ',"api.clients.clients_create":{"$ref": "#/components/schemas/ClientRecord"}'
    ',"api.clients.clients_delete":{"$ref": "#/components/schemas/ClientRecord"}'
    ',"api.clients.clients_get":{"$ref": "#/components/schemas/ClientRecord"}'
    ',"api.clients.clients_list":{"$ref": "#/components/schemas/ClientCollection"}'
    ',"api.clients.clients_update":{"$ref": "#/components/schemas/ClientRecord"}'
    ',"api.permissions.permissions_create":{"$ref": "#/components/schemas/PermissionRecord"}'
    ',"api.permissions.permissions_delete":{"$ref": "#/components/schemas/PermissionRecord"}'
    ',"api.permissions.permissions_get":{"$ref": "#/components/schemas/PermissionRecord"}'
    ',"api.permissions.permissions_list":{"$ref": "#/components/schemas/PermissionCollection"}'
    ',"api.permissions.permissions_update":{"$ref": "#/components/schemas/PermissionRecord"}'
    ',"api.realms.realms_create":{"$ref": "#/components/schemas/RealmRecord"}'
    ',"api.realms.realms_delete":{"$ref": "#/components/schemas/RealmRecord"}'
    ',"api.realms.realms_get":{"$ref": "#/components/schemas/RealmRecord"}'
    ',"api.realms.realms_list":{"$ref": "#/components/schemas/RealmCollection"}'
    ',"api.realms.realms_update":{"$ref": "#/components/schemas/RealmRecord"}'
    ',"api.robot_permissions.robot_permissions_create":{"$ref": "#/components/schemas/RobotPermissionRecord"}'
    ',"api.robot_permissions.robot_permissions_delete":{"$ref": "#/components/schemas/RobotPermissionRecord"}'
    ',"api.robot_permissions.robot_permissions_get":{"$ref": "#/components/schemas/RobotPermissionRecord"}'
    ',"api.robot_permissions.robot_permissions_list":{"$ref": "#/components/schemas/RobotPermissionCollection"}'
    ',"api.robot_roles.robot_roles_create":{"$ref": "#/components/schemas/RobotRoleRecord"}'
    ',"api.robot_roles.robot_roles_delete":{"$ref": "#/components/schemas/RobotRoleRecord"}'
    ',"api.robot_roles.robot_roles_get":{"$ref": "#/components/schemas/RobotRoleRecord"}'
    ',"api.robot_roles.robot_roles_list":{"$ref": "#/components/schemas/RobotRoleCollection"}'
    ',"api.robots.robots_create":{"$ref": "#/components/schemas/RobotRecord"}'
    ',"api.robots.robots_delete":{"$ref": "#/components/schemas/RobotRecord"}'
    ',"api.robots.robots_get":{"$ref": "#/components/schemas/RobotRecord"}'
    ',"api.robots.robots_list":{"$ref": "#/components/schemas/RobotCollection"}'
    ',"api.robots.robots_update":{"$ref": "#/components/schemas/RobotRecord"}'
    ',"api.role_permissions.role_permissions_create":{"$ref": "#/components/schemas/RolePermissionRecord"}'
    ',"api.role_permissions.role_permissions_delete":{"$ref": "#/components/schemas/RolePermissionRecord"}'
    ',"api.role_permissions.role_permissions_get":{"$ref": "#/components/schemas/RolePermissionRecord"}'
    ',"api.role_permissions.role_permissions_list":{"$ref": "#/components/schemas/RolePermissionCollection"}'
    ',"api.role_permissions.role_permissions_update":{"$ref": "#/components/schemas/RolePermissionRecord"}'
    ',"api.roles.roles_create":{"$ref": "#/components/schemas/RoleRecord"}'
    ',"api.roles.roles_delete":{"$ref": "#/components/schemas/RoleRecord"}'
    ',"api.roles.roles_get":{"$ref": "#/components/schemas/RoleRecord"}'
    ',"api.roles.roles_list":{"$ref": "#/components/schemas/RoleCollection"}'
    ',"api.roles.roles_update":{"$ref": "#/components/schemas/RoleRecord"}'
    ',"api.status.status_get":{"$ref": "#/components/schemas/ServiceStatus"}'
    ',"api.token.token_create":{"$ref": "#/components/schemas/TokenResponse"}'
    ',"api.user_permissions.user_permissions_create":{"$ref": "#/components/schemas/UserPermissionRecord"}'
    ',"api.user_permissions.user_permissions_delete":{"$ref": "#/components/schemas/UserPermissionRecord"}'
    ',"api.user_permissions.user_permissions_get":{"$ref": "#/components/schemas/UserPermissionRecord"}'
    ',"api.user_permissions.user_permissions_list":{"$ref": "#/components/schemas/UserPermissionCollection"}'
    ',"api.user_permissions.user_permissions_update":{"$ref": "#/components/schemas/UserPermissionRecord"}'
    ',"api.user_roles.user_roles_create":{"$ref": "#/components/schemas/UserRoleRecord"}'
    ',"api.user_roles.user_roles_delete":{"$ref": "#/components/schemas/UserRoleRecord"}'
    ',"api.user_roles.user_roles_get":{"$ref": "#/components/schemas/UserRoleRecord"}'
    ',"api.user_roles.user_roles_list":{"$ref": "#/components/schemas/UserRoleCollection"}'
    ',"api.users.users_create":{"$ref": "#/components/schemas/UserRecord"}'
    ',"api.users.users_delete":{"$ref": "#/components/schemas/UserRecord"}'
    ',"api.users.users_get":{"$ref": "#/components/schemas/UserRecord"}'
    ',"api.users.users_list":{"$ref": "#/components/schemas/UserCollection"}'
    ',"api.users.users_update":{"$ref": "#/components/schemas/UserRecord"}'
    "}}"
)

_REALMS_LIST = Operation(
    _PACKAGE,
    "api.realms.realms_list",
    "GET",
    "/realms",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_REALMS_CREATE = Operation(
    _PACKAGE,
    "api.realms.realms_create",
    "POST",
    "/realms",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RealmCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_REALMS_GET = Operation(
    _PACKAGE,
    "api.realms.realms_get",
    "GET",
    "/realms/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_REALMS_UPDATE = Operation(
    _PACKAGE,
    "api.realms.realms_update",
    "POST",
    "/realms/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RealmUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_REALMS_DELETE = Operation(
    _PACKAGE,
    "api.realms.realms_delete",
    "DELETE",
    "/realms/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_USERS_LIST = Operation(
    _PACKAGE,
    "api.users.users_list",
    "GET",
    "/users",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USERS_CREATE = Operation(
    _PACKAGE,
    "api.users.users_create",
    "POST",
    "/users",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/UserCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_USERS_GET = Operation(
    _PACKAGE,
    "api.users.users_get",
    "GET",
    "/users/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USERS_UPDATE = Operation(
    _PACKAGE,
    "api.users.users_update",
    "POST",
    "/users/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/UserUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_USERS_DELETE = Operation(
    _PACKAGE,
    "api.users.users_delete",
    "DELETE",
    "/users/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_PERMISSIONS_LIST = Operation(
    _PACKAGE,
    "api.permissions.permissions_list",
    "GET",
    "/permissions",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PERMISSIONS_CREATE = Operation(
    _PACKAGE,
    "api.permissions.permissions_create",
    "POST",
    "/permissions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/PermissionCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_PERMISSIONS_GET = Operation(
    _PACKAGE,
    "api.permissions.permissions_get",
    "GET",
    "/permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PERMISSIONS_UPDATE = Operation(
    _PACKAGE,
    "api.permissions.permissions_update",
    "POST",
    "/permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/PermissionUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_PERMISSIONS_DELETE = Operation(
    _PACKAGE,
    "api.permissions.permissions_delete",
    "DELETE",
    "/permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROLES_LIST = Operation(
    _PACKAGE,
    "api.roles.roles_list",
    "GET",
    "/roles",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROLES_CREATE = Operation(
    _PACKAGE,
    "api.roles.roles_create",
    "POST",
    "/roles",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RoleCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ROLES_GET = Operation(
    _PACKAGE,
    "api.roles.roles_get",
    "GET",
    "/roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROLES_UPDATE = Operation(
    _PACKAGE,
    "api.roles.roles_update",
    "POST",
    "/roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RoleUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROLES_DELETE = Operation(
    _PACKAGE,
    "api.roles.roles_delete",
    "DELETE",
    "/roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_CLIENTS_LIST = Operation(
    _PACKAGE,
    "api.clients.clients_list",
    "GET",
    "/clients",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENTS_CREATE = Operation(
    _PACKAGE,
    "api.clients.clients_create",
    "POST",
    "/clients",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ClientCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CLIENTS_GET = Operation(
    _PACKAGE,
    "api.clients.clients_get",
    "GET",
    "/clients/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENTS_UPDATE = Operation(
    _PACKAGE,
    "api.clients.clients_update",
    "POST",
    "/clients/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/ClientUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_CLIENTS_DELETE = Operation(
    _PACKAGE,
    "api.clients.clients_delete",
    "DELETE",
    "/clients/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROLE_PERMISSIONS_LIST = Operation(
    _PACKAGE,
    "api.role_permissions.role_permissions_list",
    "GET",
    "/role-permissions",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROLE_PERMISSIONS_CREATE = Operation(
    _PACKAGE,
    "api.role_permissions.role_permissions_create",
    "POST",
    "/role-permissions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RolePermissionCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ROLE_PERMISSIONS_GET = Operation(
    _PACKAGE,
    "api.role_permissions.role_permissions_get",
    "GET",
    "/role-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROLE_PERMISSIONS_UPDATE = Operation(
    _PACKAGE,
    "api.role_permissions.role_permissions_update",
    "POST",
    "/role-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RolePermissionUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROLE_PERMISSIONS_DELETE = Operation(
    _PACKAGE,
    "api.role_permissions.role_permissions_delete",
    "DELETE",
    "/role-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_USER_PERMISSIONS_LIST = Operation(
    _PACKAGE,
    "api.user_permissions.user_permissions_list",
    "GET",
    "/user-permissions",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USER_PERMISSIONS_CREATE = Operation(
    _PACKAGE,
    "api.user_permissions.user_permissions_create",
    "POST",
    "/user-permissions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/UserPermissionCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_USER_PERMISSIONS_GET = Operation(
    _PACKAGE,
    "api.user_permissions.user_permissions_get",
    "GET",
    "/user-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USER_PERMISSIONS_UPDATE = Operation(
    _PACKAGE,
    "api.user_permissions.user_permissions_update",
    "POST",
    "/user-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/UserPermissionUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_USER_PERMISSIONS_DELETE = Operation(
    _PACKAGE,
    "api.user_permissions.user_permissions_delete",
    "DELETE",
    "/user-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_USER_ROLES_LIST = Operation(
    _PACKAGE,
    "api.user_roles.user_roles_list",
    "GET",
    "/user-roles",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USER_ROLES_CREATE = Operation(
    _PACKAGE,
    "api.user_roles.user_roles_create",
    "POST",
    "/user-roles",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/UserRoleCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_USER_ROLES_GET = Operation(
    _PACKAGE,
    "api.user_roles.user_roles_get",
    "GET",
    "/user-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USER_ROLES_DELETE = Operation(
    _PACKAGE,
    "api.user_roles.user_roles_delete",
    "DELETE",
    "/user-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_CLIENT_PERMISSIONS_LIST = Operation(
    _PACKAGE,
    "api.client_permissions.client_permissions_list",
    "GET",
    "/client-permissions",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENT_PERMISSIONS_CREATE = Operation(
    _PACKAGE,
    "api.client_permissions.client_permissions_create",
    "POST",
    "/client-permissions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ClientPermissionCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CLIENT_PERMISSIONS_GET = Operation(
    _PACKAGE,
    "api.client_permissions.client_permissions_get",
    "GET",
    "/client-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENT_PERMISSIONS_DELETE = Operation(
    _PACKAGE,
    "api.client_permissions.client_permissions_delete",
    "DELETE",
    "/client-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_CLIENT_ROLES_LIST = Operation(
    _PACKAGE,
    "api.client_roles.client_roles_list",
    "GET",
    "/client-roles",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENT_ROLES_CREATE = Operation(
    _PACKAGE,
    "api.client_roles.client_roles_create",
    "POST",
    "/client-roles",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ClientRoleCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CLIENT_ROLES_GET = Operation(
    _PACKAGE,
    "api.client_roles.client_roles_get",
    "GET",
    "/client-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CLIENT_ROLES_DELETE = Operation(
    _PACKAGE,
    "api.client_roles.client_roles_delete",
    "DELETE",
    "/client-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROBOTS_LIST = Operation(
    _PACKAGE,
    "api.robots.robots_list",
    "GET",
    "/robots",
    result="parse",
    retry_safe=False,
    params={"fields": {"type": "string"}, "include": {"type": "string"}, "sort": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOTS_CREATE = Operation(
    _PACKAGE,
    "api.robots.robots_create",
    "POST",
    "/robots",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RobotCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ROBOTS_GET = Operation(
    _PACKAGE,
    "api.robots.robots_get",
    "GET",
    "/robots/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOTS_UPDATE = Operation(
    _PACKAGE,
    "api.robots.robots_update",
    "POST",
    "/robots/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RobotUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROBOTS_DELETE = Operation(
    _PACKAGE,
    "api.robots.robots_delete",
    "DELETE",
    "/robots/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROBOT_PERMISSIONS_LIST = Operation(
    _PACKAGE,
    "api.robot_permissions.robot_permissions_list",
    "GET",
    "/robot-permissions",
    result="parse",
    retry_safe=False,
    params={"fields": {"type": "string"}, "include": {"type": "string"}, "sort": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOT_PERMISSIONS_CREATE = Operation(
    _PACKAGE,
    "api.robot_permissions.robot_permissions_create",
    "POST",
    "/robot-permissions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RobotPermissionCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ROBOT_PERMISSIONS_GET = Operation(
    _PACKAGE,
    "api.robot_permissions.robot_permissions_get",
    "GET",
    "/robot-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOT_PERMISSIONS_DELETE = Operation(
    _PACKAGE,
    "api.robot_permissions.robot_permissions_delete",
    "DELETE",
    "/robot-permissions/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ROBOT_ROLES_LIST = Operation(
    _PACKAGE,
    "api.robot_roles.robot_roles_list",
    "GET",
    "/robot-roles",
    result="parse",
    retry_safe=False,
    params={"fields": {"type": "string"}, "include": {"type": "string"}, "sort": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOT_ROLES_CREATE = Operation(
    _PACKAGE,
    "api.robot_roles.robot_roles_create",
    "POST",
    "/robot-roles",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RobotRoleCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ROBOT_ROLES_GET = Operation(
    _PACKAGE,
    "api.robot_roles.robot_roles_get",
    "GET",
    "/robot-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ROBOT_ROLES_DELETE = Operation(
    _PACKAGE,
    "api.robot_roles.robot_roles_delete",
    "DELETE",
    "/robot-roles/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_TOKEN_CREATE = Operation(
    _PACKAGE,
    "api.token.token_create",
    "POST",
    "/token",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/TokenRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STATUS_GET = Operation(
    _PACKAGE,
    "api.status.status_get",
    "GET",
    "/",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)


class Realms(Resource[SyncClient]):
    """`realms` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RealmCollection:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return cast(
            "RealmCollection",
            self._client._call(
                _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> RealmRecord:
        """Create a Realm.

        `POST /realms`
        """
        return cast("RealmRecord", self._client._call(_REALMS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RealmRecord:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return cast(
            "RealmRecord", self._client._call(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None) -> RealmRecord:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return cast("RealmRecord", self._client._call(_REALMS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RealmRecord:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return cast("RealmRecord", self._client._call(_REALMS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RealmsWithRawResponse:
        return RealmsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RealmsWithStreamingResponse:
        return RealmsWithStreamingResponse(self._client)


class RealmsWithRawResponse(Resource[SyncClient]):
    """`realms` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RealmCollection]:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return self._client._call_raw(
            _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> RawResponse[RealmRecord]:
        """Create a Realm.

        `POST /realms`
        """
        return self._client._call_raw(_REALMS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RealmRecord]:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return self._client._call_raw(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None) -> RawResponse[RealmRecord]:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return self._client._call_raw(_REALMS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RealmRecord]:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return self._client._call_raw(_REALMS_DELETE, {"id": id}, options)


class RealmsWithStreamingResponse(Resource[SyncClient]):
    """`realms` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RealmCollection]:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return self._client._call_stream(
            _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> StreamedResponse[RealmRecord]:
        """Create a Realm.

        `POST /realms`
        """
        return self._client._call_stream(_REALMS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RealmRecord]:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return self._client._call_stream(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RealmRecord]:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return self._client._call_stream(_REALMS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RealmRecord]:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return self._client._call_stream(_REALMS_DELETE, {"id": id}, options)


class Users(Resource[SyncClient]):
    """`users` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserCollection:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return cast(
            "UserCollection",
            self._client._call(
                _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> UserRecord:
        """Create a User.

        `POST /users`
        """
        return cast("UserRecord", self._client._call(_USERS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRecord:
        """Get one User.

        `GET /users/{id}`
        """
        return cast(
            "UserRecord", self._client._call(_USERS_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: UserUpdate, options: RequestOptions | None = None) -> UserRecord:
        """Update a User.

        `POST /users/{id}`
        """
        return cast("UserRecord", self._client._call(_USERS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> UserRecord:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return cast("UserRecord", self._client._call(_USERS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        return UsersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        return UsersWithStreamingResponse(self._client)


class UsersWithRawResponse(Resource[SyncClient]):
    """`users` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserCollection]:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return self._client._call_raw(
            _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> RawResponse[UserRecord]:
        """Create a User.

        `POST /users`
        """
        return self._client._call_raw(_USERS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRecord]:
        """Get one User.

        `GET /users/{id}`
        """
        return self._client._call_raw(_USERS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(self, id: str, *, body: UserUpdate, options: RequestOptions | None = None) -> RawResponse[UserRecord]:
        """Update a User.

        `POST /users/{id}`
        """
        return self._client._call_raw(_USERS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserRecord]:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return self._client._call_raw(_USERS_DELETE, {"id": id}, options)


class UsersWithStreamingResponse(Resource[SyncClient]):
    """`users` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserCollection]:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return self._client._call_stream(
            _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> StreamedResponse[UserRecord]:
        """Create a User.

        `POST /users`
        """
        return self._client._call_stream(_USERS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserRecord]:
        """Get one User.

        `GET /users/{id}`
        """
        return self._client._call_stream(_USERS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: UserUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[UserRecord]:
        """Update a User.

        `POST /users/{id}`
        """
        return self._client._call_stream(_USERS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[UserRecord]:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return self._client._call_stream(_USERS_DELETE, {"id": id}, options)


class Permissions(Resource[SyncClient]):
    """`permissions` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PermissionCollection:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return cast(
            "PermissionCollection",
            self._client._call(
                _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: PermissionCreate, options: RequestOptions | None = None) -> PermissionRecord:
        """Create a Permission.

        `POST /permissions`
        """
        return cast("PermissionRecord", self._client._call(_PERMISSIONS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PermissionRecord:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return cast(
            "PermissionRecord",
            self._client._call(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None) -> PermissionRecord:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return cast("PermissionRecord", self._client._call(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> PermissionRecord:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return cast("PermissionRecord", self._client._call(_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> PermissionsWithRawResponse:
        return PermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> PermissionsWithStreamingResponse:
        return PermissionsWithStreamingResponse(self._client)


class PermissionsWithRawResponse(Resource[SyncClient]):
    """`permissions` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PermissionCollection]:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return self._client._call_raw(
            _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: PermissionCreate, options: RequestOptions | None = None) -> RawResponse[PermissionRecord]:
        """Create a Permission.

        `POST /permissions`
        """
        return self._client._call_raw(_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PermissionRecord]:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return self._client._call_raw(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[PermissionRecord]:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return self._client._call_raw(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PermissionRecord]:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return self._client._call_raw(_PERMISSIONS_DELETE, {"id": id}, options)


class PermissionsWithStreamingResponse(Resource[SyncClient]):
    """`permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PermissionCollection]:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return self._client._call_stream(
            _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: PermissionCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[PermissionRecord]:
        """Create a Permission.

        `POST /permissions`
        """
        return self._client._call_stream(_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PermissionRecord]:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[PermissionRecord]:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[PermissionRecord]:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_DELETE, {"id": id}, options)


class Roles(Resource[SyncClient]):
    """`roles` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RoleCollection:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return cast(
            "RoleCollection",
            self._client._call(
                _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> RoleRecord:
        """Create a Role.

        `POST /roles`
        """
        return cast("RoleRecord", self._client._call(_ROLES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RoleRecord:
        """Get one Role.

        `GET /roles/{id}`
        """
        return cast(
            "RoleRecord", self._client._call(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None) -> RoleRecord:
        """Update a Role.

        `POST /roles/{id}`
        """
        return cast("RoleRecord", self._client._call(_ROLES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RoleRecord:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return cast("RoleRecord", self._client._call(_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self._client)


class RolesWithRawResponse(Resource[SyncClient]):
    """`roles` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RoleCollection]:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return self._client._call_raw(
            _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> RawResponse[RoleRecord]:
        """Create a Role.

        `POST /roles`
        """
        return self._client._call_raw(_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RoleRecord]:
        """Get one Role.

        `GET /roles/{id}`
        """
        return self._client._call_raw(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None) -> RawResponse[RoleRecord]:
        """Update a Role.

        `POST /roles/{id}`
        """
        return self._client._call_raw(_ROLES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RoleRecord]:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return self._client._call_raw(_ROLES_DELETE, {"id": id}, options)


class RolesWithStreamingResponse(Resource[SyncClient]):
    """`roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RoleCollection]:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return self._client._call_stream(
            _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> StreamedResponse[RoleRecord]:
        """Create a Role.

        `POST /roles`
        """
        return self._client._call_stream(_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RoleRecord]:
        """Get one Role.

        `GET /roles/{id}`
        """
        return self._client._call_stream(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RoleRecord]:
        """Update a Role.

        `POST /roles/{id}`
        """
        return self._client._call_stream(_ROLES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RoleRecord]:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return self._client._call_stream(_ROLES_DELETE, {"id": id}, options)


class Clients(Resource[SyncClient]):
    """`clients` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientCollection:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return cast(
            "ClientCollection",
            self._client._call(
                _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: ClientCreate, options: RequestOptions | None = None) -> ClientRecord:
        """Create a Client.

        `POST /clients`
        """
        return cast("ClientRecord", self._client._call(_CLIENTS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRecord:
        """Get one Client.

        `GET /clients/{id}`
        """
        return cast(
            "ClientRecord", self._client._call(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None) -> ClientRecord:
        """Update a Client.

        `POST /clients/{id}`
        """
        return cast("ClientRecord", self._client._call(_CLIENTS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientRecord:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return cast("ClientRecord", self._client._call(_CLIENTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> ClientsWithRawResponse:
        return ClientsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ClientsWithStreamingResponse:
        return ClientsWithStreamingResponse(self._client)


class ClientsWithRawResponse(Resource[SyncClient]):
    """`clients` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientCollection]:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return self._client._call_raw(
            _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: ClientCreate, options: RequestOptions | None = None) -> RawResponse[ClientRecord]:
        """Create a Client.

        `POST /clients`
        """
        return self._client._call_raw(_CLIENTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRecord]:
        """Get one Client.

        `GET /clients/{id}`
        """
        return self._client._call_raw(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientRecord]:
        """Update a Client.

        `POST /clients/{id}`
        """
        return self._client._call_raw(_CLIENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientRecord]:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return self._client._call_raw(_CLIENTS_DELETE, {"id": id}, options)


class ClientsWithStreamingResponse(Resource[SyncClient]):
    """`clients` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientCollection]:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return self._client._call_stream(
            _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: ClientCreate, options: RequestOptions | None = None) -> StreamedResponse[ClientRecord]:
        """Create a Client.

        `POST /clients`
        """
        return self._client._call_stream(_CLIENTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientRecord]:
        """Get one Client.

        `GET /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientRecord]:
        """Update a Client.

        `POST /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[ClientRecord]:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_DELETE, {"id": id}, options)


class RolePermissions(Resource[SyncClient]):
    """`role_permissions` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RolePermissionCollection:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return cast(
            "RolePermissionCollection",
            self._client._call(
                _ROLE_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(self, *, body: RolePermissionCreate, options: RequestOptions | None = None) -> RolePermissionRecord:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return cast("RolePermissionRecord", self._client._call(_ROLE_PERMISSIONS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RolePermissionRecord:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return cast(
            "RolePermissionRecord",
            self._client._call(_ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> RolePermissionRecord:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return cast(
            "RolePermissionRecord", self._client._call(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RolePermissionRecord:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return cast("RolePermissionRecord", self._client._call(_ROLE_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RolePermissionsWithRawResponse:
        return RolePermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RolePermissionsWithStreamingResponse:
        return RolePermissionsWithStreamingResponse(self._client)


class RolePermissionsWithRawResponse(Resource[SyncClient]):
    """`role_permissions` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RolePermissionCollection]:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return self._client._call_raw(
            _ROLE_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RolePermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[RolePermissionRecord]:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return self._client._call_raw(_ROLE_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RolePermissionRecord]:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return self._client._call_raw(_ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RolePermissionRecord]:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return self._client._call_raw(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RolePermissionRecord]:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return self._client._call_raw(_ROLE_PERMISSIONS_DELETE, {"id": id}, options)


class RolePermissionsWithStreamingResponse(Resource[SyncClient]):
    """`role_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RolePermissionCollection]:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return self._client._call_stream(
            _ROLE_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RolePermissionCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[RolePermissionRecord]:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RolePermissionRecord]:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return self._client._call_stream(
            _ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RolePermissionRecord]:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RolePermissionRecord]:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_DELETE, {"id": id}, options)


class UserPermissions(Resource[SyncClient]):
    """`user_permissions` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserPermissionCollection:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return cast(
            "UserPermissionCollection",
            self._client._call(
                _USER_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(self, *, body: UserPermissionCreate, options: RequestOptions | None = None) -> UserPermissionRecord:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return cast("UserPermissionRecord", self._client._call(_USER_PERMISSIONS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserPermissionRecord:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return cast(
            "UserPermissionRecord",
            self._client._call(_USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> UserPermissionRecord:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return cast(
            "UserPermissionRecord", self._client._call(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> UserPermissionRecord:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return cast("UserPermissionRecord", self._client._call(_USER_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> UserPermissionsWithRawResponse:
        return UserPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> UserPermissionsWithStreamingResponse:
        return UserPermissionsWithStreamingResponse(self._client)


class UserPermissionsWithRawResponse(Resource[SyncClient]):
    """`user_permissions` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserPermissionCollection]:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return self._client._call_raw(
            _USER_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: UserPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[UserPermissionRecord]:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return self._client._call_raw(_USER_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserPermissionRecord]:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return self._client._call_raw(_USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[UserPermissionRecord]:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return self._client._call_raw(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserPermissionRecord]:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return self._client._call_raw(_USER_PERMISSIONS_DELETE, {"id": id}, options)


class UserPermissionsWithStreamingResponse(Resource[SyncClient]):
    """`user_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserPermissionCollection]:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return self._client._call_stream(
            _USER_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: UserPermissionCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[UserPermissionRecord]:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return self._client._call_stream(_USER_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserPermissionRecord]:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return self._client._call_stream(
            _USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[UserPermissionRecord]:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return self._client._call_stream(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[UserPermissionRecord]:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return self._client._call_stream(_USER_PERMISSIONS_DELETE, {"id": id}, options)


class UserRoles(Resource[SyncClient]):
    """`user_roles` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRoleCollection:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return cast(
            "UserRoleCollection",
            self._client._call(
                _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: UserRoleCreate, options: RequestOptions | None = None) -> UserRoleRecord:
        """Create a UserRole.

        `POST /user-roles`
        """
        return cast("UserRoleRecord", self._client._call(_USER_ROLES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRoleRecord:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return cast(
            "UserRoleRecord",
            self._client._call(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> UserRoleRecord:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return cast("UserRoleRecord", self._client._call(_USER_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> UserRolesWithRawResponse:
        return UserRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> UserRolesWithStreamingResponse:
        return UserRolesWithStreamingResponse(self._client)


class UserRolesWithRawResponse(Resource[SyncClient]):
    """`user_roles` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRoleCollection]:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return self._client._call_raw(
            _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: UserRoleCreate, options: RequestOptions | None = None) -> RawResponse[UserRoleRecord]:
        """Create a UserRole.

        `POST /user-roles`
        """
        return self._client._call_raw(_USER_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRoleRecord]:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return self._client._call_raw(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserRoleRecord]:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return self._client._call_raw(_USER_ROLES_DELETE, {"id": id}, options)


class UserRolesWithStreamingResponse(Resource[SyncClient]):
    """`user_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserRoleCollection]:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return self._client._call_stream(
            _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: UserRoleCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[UserRoleRecord]:
        """Create a UserRole.

        `POST /user-roles`
        """
        return self._client._call_stream(_USER_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[UserRoleRecord]:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return self._client._call_stream(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[UserRoleRecord]:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return self._client._call_stream(_USER_ROLES_DELETE, {"id": id}, options)


class ClientPermissions(Resource[SyncClient]):
    """`client_permissions` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientPermissionCollection:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return cast(
            "ClientPermissionCollection",
            self._client._call(
                _CLIENT_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(self, *, body: ClientPermissionCreate, options: RequestOptions | None = None) -> ClientPermissionRecord:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return cast("ClientPermissionRecord", self._client._call(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientPermissionRecord:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return cast(
            "ClientPermissionRecord",
            self._client._call(_CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientPermissionRecord:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return cast("ClientPermissionRecord", self._client._call(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> ClientPermissionsWithRawResponse:
        return ClientPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ClientPermissionsWithStreamingResponse:
        return ClientPermissionsWithStreamingResponse(self._client)


class ClientPermissionsWithRawResponse(Resource[SyncClient]):
    """`client_permissions` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientPermissionCollection]:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return self._client._call_raw(
            _CLIENT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[ClientPermissionRecord]:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return self._client._call_raw(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientPermissionRecord]:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return self._client._call_raw(
            _CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientPermissionRecord]:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return self._client._call_raw(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options)


class ClientPermissionsWithStreamingResponse(Resource[SyncClient]):
    """`client_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientPermissionCollection]:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return self._client._call_stream(
            _CLIENT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientPermissionCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientPermissionRecord]:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return self._client._call_stream(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientPermissionRecord]:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return self._client._call_stream(
            _CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[ClientPermissionRecord]:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return self._client._call_stream(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options)


class ClientRoles(Resource[SyncClient]):
    """`client_roles` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRoleCollection:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return cast(
            "ClientRoleCollection",
            self._client._call(
                _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: ClientRoleCreate, options: RequestOptions | None = None) -> ClientRoleRecord:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return cast("ClientRoleRecord", self._client._call(_CLIENT_ROLES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRoleRecord:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return cast(
            "ClientRoleRecord",
            self._client._call(_CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientRoleRecord:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return cast("ClientRoleRecord", self._client._call(_CLIENT_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> ClientRolesWithRawResponse:
        return ClientRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ClientRolesWithStreamingResponse:
        return ClientRolesWithStreamingResponse(self._client)


class ClientRolesWithRawResponse(Resource[SyncClient]):
    """`client_roles` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRoleCollection]:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return self._client._call_raw(
            _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: ClientRoleCreate, options: RequestOptions | None = None) -> RawResponse[ClientRoleRecord]:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return self._client._call_raw(_CLIENT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRoleRecord]:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return self._client._call_raw(_CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientRoleRecord]:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return self._client._call_raw(_CLIENT_ROLES_DELETE, {"id": id}, options)


class ClientRolesWithStreamingResponse(Resource[SyncClient]):
    """`client_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientRoleCollection]:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return self._client._call_stream(
            _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientRoleCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientRoleRecord]:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return self._client._call_stream(_CLIENT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ClientRoleRecord]:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return self._client._call_stream(_CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[ClientRoleRecord]:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return self._client._call_stream(_CLIENT_ROLES_DELETE, {"id": id}, options)


class Robots(Resource[SyncClient]):
    """`robots` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotCollection:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return cast(
            "RobotCollection",
            self._client._call(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options),
        )

    def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> RobotRecord:
        """Create a Robot.

        `POST /robots`
        """
        return cast("RobotRecord", self._client._call(_ROBOTS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRecord:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return cast(
            "RobotRecord", self._client._call(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None) -> RobotRecord:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return cast("RobotRecord", self._client._call(_ROBOTS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotRecord:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return cast("RobotRecord", self._client._call(_ROBOTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RobotsWithRawResponse:
        return RobotsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RobotsWithStreamingResponse:
        return RobotsWithStreamingResponse(self._client)


class RobotsWithRawResponse(Resource[SyncClient]):
    """`robots` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotCollection]:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return self._client._call_raw(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options)

    def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> RawResponse[RobotRecord]:
        """Create a Robot.

        `POST /robots`
        """
        return self._client._call_raw(_ROBOTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRecord]:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return self._client._call_raw(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None) -> RawResponse[RobotRecord]:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return self._client._call_raw(_ROBOTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotRecord]:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return self._client._call_raw(_ROBOTS_DELETE, {"id": id}, options)


class RobotsWithStreamingResponse(Resource[SyncClient]):
    """`robots` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotCollection]:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return self._client._call_stream(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options)

    def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> StreamedResponse[RobotRecord]:
        """Create a Robot.

        `POST /robots`
        """
        return self._client._call_stream(_ROBOTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotRecord]:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RobotRecord]:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RobotRecord]:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_DELETE, {"id": id}, options)


class RobotPermissions(Resource[SyncClient]):
    """`robot_permissions` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotPermissionCollection:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return cast(
            "RobotPermissionCollection",
            self._client._call(_ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options),
        )

    def create(self, *, body: RobotPermissionCreate, options: RequestOptions | None = None) -> RobotPermissionRecord:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return cast("RobotPermissionRecord", self._client._call(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotPermissionRecord:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return cast(
            "RobotPermissionRecord",
            self._client._call(_ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotPermissionRecord:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return cast("RobotPermissionRecord", self._client._call(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RobotPermissionsWithRawResponse:
        return RobotPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RobotPermissionsWithStreamingResponse:
        return RobotPermissionsWithStreamingResponse(self._client)


class RobotPermissionsWithRawResponse(Resource[SyncClient]):
    """`robot_permissions` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotPermissionCollection]:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return self._client._call_raw(
            _ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    def create(
        self, *, body: RobotPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[RobotPermissionRecord]:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return self._client._call_raw(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotPermissionRecord]:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return self._client._call_raw(_ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotPermissionRecord]:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return self._client._call_raw(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options)


class RobotPermissionsWithStreamingResponse(Resource[SyncClient]):
    """`robot_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotPermissionCollection]:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return self._client._call_stream(
            _ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    def create(
        self, *, body: RobotPermissionCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[RobotPermissionRecord]:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return self._client._call_stream(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotPermissionRecord]:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return self._client._call_stream(
            _ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RobotPermissionRecord]:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return self._client._call_stream(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options)


class RobotRoles(Resource[SyncClient]):
    """`robot_roles` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRoleCollection:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return cast(
            "RobotRoleCollection",
            self._client._call(_ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options),
        )

    def create(self, *, body: RobotRoleCreate, options: RequestOptions | None = None) -> RobotRoleRecord:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return cast("RobotRoleRecord", self._client._call(_ROBOT_ROLES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRoleRecord:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return cast(
            "RobotRoleRecord",
            self._client._call(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotRoleRecord:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return cast("RobotRoleRecord", self._client._call(_ROBOT_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RobotRolesWithRawResponse:
        return RobotRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RobotRolesWithStreamingResponse:
        return RobotRolesWithStreamingResponse(self._client)


class RobotRolesWithRawResponse(Resource[SyncClient]):
    """`robot_roles` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRoleCollection]:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return self._client._call_raw(_ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options)

    def create(self, *, body: RobotRoleCreate, options: RequestOptions | None = None) -> RawResponse[RobotRoleRecord]:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return self._client._call_raw(_ROBOT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRoleRecord]:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return self._client._call_raw(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotRoleRecord]:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return self._client._call_raw(_ROBOT_ROLES_DELETE, {"id": id}, options)


class RobotRolesWithStreamingResponse(Resource[SyncClient]):
    """`robot_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotRoleCollection]:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return self._client._call_stream(
            _ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    def create(
        self, *, body: RobotRoleCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[RobotRoleRecord]:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return self._client._call_stream(_ROBOT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RobotRoleRecord]:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return self._client._call_stream(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RobotRoleRecord]:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return self._client._call_stream(_ROBOT_ROLES_DELETE, {"id": id}, options)


class Token(Resource[SyncClient]):
    """`token` operations."""

    def create(self, *, body: TokenRequest, options: RequestOptions | None = None) -> TokenResponse:
        """Obtain an access token.

        `POST /token`
        """
        return cast("TokenResponse", self._client._call(_TOKEN_CREATE, {"body": body}, options))

    @property
    def with_raw_response(self) -> TokenWithRawResponse:
        return TokenWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> TokenWithStreamingResponse:
        return TokenWithStreamingResponse(self._client)


class TokenWithRawResponse(Resource[SyncClient]):
    """`token` operations, WithRawResponse."""

    def create(self, *, body: TokenRequest, options: RequestOptions | None = None) -> RawResponse[TokenResponse]:
        """Obtain an access token.

        `POST /token`
        """
        return self._client._call_raw(_TOKEN_CREATE, {"body": body}, options)


class TokenWithStreamingResponse(Resource[SyncClient]):
    """`token` operations, WithStreamingResponse."""

    def create(self, *, body: TokenRequest, options: RequestOptions | None = None) -> StreamedResponse[TokenResponse]:
        """Obtain an access token.

        `POST /token`
        """
        return self._client._call_stream(_TOKEN_CREATE, {"body": body}, options)


class Status(Resource[SyncClient]):
    """`status` operations."""

    def get(self, *, options: RequestOptions | None = None) -> ServiceStatus:
        """The service's version.

        `GET /`
        """
        return cast("ServiceStatus", self._client._call(_STATUS_GET, {}, options))

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        return StatusWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> StatusWithStreamingResponse:
        return StatusWithStreamingResponse(self._client)


class StatusWithRawResponse(Resource[SyncClient]):
    """`status` operations, WithRawResponse."""

    def get(self, *, options: RequestOptions | None = None) -> RawResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_raw(_STATUS_GET, {}, options)


class StatusWithStreamingResponse(Resource[SyncClient]):
    """`status` operations, WithStreamingResponse."""

    def get(self, *, options: RequestOptions | None = None) -> StreamedResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_stream(_STATUS_GET, {}, options)


class AsyncRealms(Resource[AsyncClient]):
    """`realms` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RealmCollection:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return cast(
            "RealmCollection",
            await self._client._call(
                _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> RealmRecord:
        """Create a Realm.

        `POST /realms`
        """
        return cast("RealmRecord", await self._client._call(_REALMS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RealmRecord:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return cast(
            "RealmRecord",
            await self._client._call(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None) -> RealmRecord:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return cast("RealmRecord", await self._client._call(_REALMS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RealmRecord:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return cast("RealmRecord", await self._client._call(_REALMS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRealmsWithRawResponse:
        return AsyncRealmsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRealmsWithStreamingResponse:
        return AsyncRealmsWithStreamingResponse(self._client)


class AsyncRealmsWithRawResponse(Resource[AsyncClient]):
    """`realms` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RealmCollection]:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return await self._client._call_raw(
            _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> RawResponse[RealmRecord]:
        """Create a Realm.

        `POST /realms`
        """
        return await self._client._call_raw(_REALMS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RealmRecord]:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return await self._client._call_raw(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RealmRecord]:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return await self._client._call_raw(_REALMS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RealmRecord]:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return await self._client._call_raw(_REALMS_DELETE, {"id": id}, options)


class AsyncRealmsWithStreamingResponse(Resource[AsyncClient]):
    """`realms` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RealmCollection]:
        """List realms, filtered, sorted and paged.

        `GET /realms`
        """
        return self._client._call_stream(
            _REALMS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RealmCreate, options: RequestOptions | None = None) -> AsyncStreamedResponse[RealmRecord]:
        """Create a Realm.

        `POST /realms`
        """
        return self._client._call_stream(_REALMS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RealmRecord]:
        """Get one Realm.

        `GET /realms/{id}`
        """
        return self._client._call_stream(_REALMS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RealmUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RealmRecord]:
        """Update a Realm.

        `POST /realms/{id}`
        """
        return self._client._call_stream(_REALMS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RealmRecord]:
        """Delete a Realm.

        `DELETE /realms/{id}`
        """
        return self._client._call_stream(_REALMS_DELETE, {"id": id}, options)


class AsyncUsers(Resource[AsyncClient]):
    """`users` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserCollection:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return cast(
            "UserCollection",
            await self._client._call(
                _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> UserRecord:
        """Create a User.

        `POST /users`
        """
        return cast("UserRecord", await self._client._call(_USERS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRecord:
        """Get one User.

        `GET /users/{id}`
        """
        return cast(
            "UserRecord",
            await self._client._call(_USERS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: UserUpdate, options: RequestOptions | None = None) -> UserRecord:
        """Update a User.

        `POST /users/{id}`
        """
        return cast("UserRecord", await self._client._call(_USERS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> UserRecord:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return cast("UserRecord", await self._client._call(_USERS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        return AsyncUsersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        return AsyncUsersWithStreamingResponse(self._client)


class AsyncUsersWithRawResponse(Resource[AsyncClient]):
    """`users` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserCollection]:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return await self._client._call_raw(
            _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> RawResponse[UserRecord]:
        """Create a User.

        `POST /users`
        """
        return await self._client._call_raw(_USERS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRecord]:
        """Get one User.

        `GET /users/{id}`
        """
        return await self._client._call_raw(_USERS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: UserUpdate, options: RequestOptions | None = None
    ) -> RawResponse[UserRecord]:
        """Update a User.

        `POST /users/{id}`
        """
        return await self._client._call_raw(_USERS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserRecord]:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return await self._client._call_raw(_USERS_DELETE, {"id": id}, options)


class AsyncUsersWithStreamingResponse(Resource[AsyncClient]):
    """`users` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserCollection]:
        """List users, filtered, sorted and paged.

        `GET /users`
        """
        return self._client._call_stream(
            _USERS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: UserCreate, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserRecord]:
        """Create a User.

        `POST /users`
        """
        return self._client._call_stream(_USERS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserRecord]:
        """Get one User.

        `GET /users/{id}`
        """
        return self._client._call_stream(_USERS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: UserUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[UserRecord]:
        """Update a User.

        `POST /users/{id}`
        """
        return self._client._call_stream(_USERS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserRecord]:
        """Delete a User.

        `DELETE /users/{id}`
        """
        return self._client._call_stream(_USERS_DELETE, {"id": id}, options)


class AsyncPermissions(Resource[AsyncClient]):
    """`permissions` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PermissionCollection:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return cast(
            "PermissionCollection",
            await self._client._call(
                _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: PermissionCreate, options: RequestOptions | None = None) -> PermissionRecord:
        """Create a Permission.

        `POST /permissions`
        """
        return cast("PermissionRecord", await self._client._call(_PERMISSIONS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PermissionRecord:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return cast(
            "PermissionRecord",
            await self._client._call(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None
    ) -> PermissionRecord:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return cast(
            "PermissionRecord", await self._client._call(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> PermissionRecord:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return cast("PermissionRecord", await self._client._call(_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncPermissionsWithRawResponse:
        return AsyncPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncPermissionsWithStreamingResponse:
        return AsyncPermissionsWithStreamingResponse(self._client)


class AsyncPermissionsWithRawResponse(Resource[AsyncClient]):
    """`permissions` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PermissionCollection]:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return await self._client._call_raw(
            _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: PermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[PermissionRecord]:
        """Create a Permission.

        `POST /permissions`
        """
        return await self._client._call_raw(_PERMISSIONS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PermissionRecord]:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return await self._client._call_raw(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[PermissionRecord]:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return await self._client._call_raw(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PermissionRecord]:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return await self._client._call_raw(_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncPermissionsWithStreamingResponse(Resource[AsyncClient]):
    """`permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PermissionCollection]:
        """List permissions, filtered, sorted and paged.

        `GET /permissions`
        """
        return self._client._call_stream(
            _PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: PermissionCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PermissionRecord]:
        """Create a Permission.

        `POST /permissions`
        """
        return self._client._call_stream(_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PermissionRecord]:
        """Get one Permission.

        `GET /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: PermissionUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PermissionRecord]:
        """Update a Permission.

        `POST /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[PermissionRecord]:
        """Delete a Permission.

        `DELETE /permissions/{id}`
        """
        return self._client._call_stream(_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncRoles(Resource[AsyncClient]):
    """`roles` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RoleCollection:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return cast(
            "RoleCollection",
            await self._client._call(
                _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> RoleRecord:
        """Create a Role.

        `POST /roles`
        """
        return cast("RoleRecord", await self._client._call(_ROLES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RoleRecord:
        """Get one Role.

        `GET /roles/{id}`
        """
        return cast(
            "RoleRecord",
            await self._client._call(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None) -> RoleRecord:
        """Update a Role.

        `POST /roles/{id}`
        """
        return cast("RoleRecord", await self._client._call(_ROLES_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RoleRecord:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return cast("RoleRecord", await self._client._call(_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self._client)


class AsyncRolesWithRawResponse(Resource[AsyncClient]):
    """`roles` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RoleCollection]:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return await self._client._call_raw(
            _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> RawResponse[RoleRecord]:
        """Create a Role.

        `POST /roles`
        """
        return await self._client._call_raw(_ROLES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RoleRecord]:
        """Get one Role.

        `GET /roles/{id}`
        """
        return await self._client._call_raw(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RoleRecord]:
        """Update a Role.

        `POST /roles/{id}`
        """
        return await self._client._call_raw(_ROLES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RoleRecord]:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return await self._client._call_raw(_ROLES_DELETE, {"id": id}, options)


class AsyncRolesWithStreamingResponse(Resource[AsyncClient]):
    """`roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RoleCollection]:
        """List roles, filtered, sorted and paged.

        `GET /roles`
        """
        return self._client._call_stream(
            _ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RoleCreate, options: RequestOptions | None = None) -> AsyncStreamedResponse[RoleRecord]:
        """Create a Role.

        `POST /roles`
        """
        return self._client._call_stream(_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RoleRecord]:
        """Get one Role.

        `GET /roles/{id}`
        """
        return self._client._call_stream(_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RoleUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RoleRecord]:
        """Update a Role.

        `POST /roles/{id}`
        """
        return self._client._call_stream(_ROLES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RoleRecord]:
        """Delete a Role.

        `DELETE /roles/{id}`
        """
        return self._client._call_stream(_ROLES_DELETE, {"id": id}, options)


class AsyncClients(Resource[AsyncClient]):
    """`clients` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientCollection:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return cast(
            "ClientCollection",
            await self._client._call(
                _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: ClientCreate, options: RequestOptions | None = None) -> ClientRecord:
        """Create a Client.

        `POST /clients`
        """
        return cast("ClientRecord", await self._client._call(_CLIENTS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRecord:
        """Get one Client.

        `GET /clients/{id}`
        """
        return cast(
            "ClientRecord",
            await self._client._call(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None) -> ClientRecord:
        """Update a Client.

        `POST /clients/{id}`
        """
        return cast("ClientRecord", await self._client._call(_CLIENTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientRecord:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return cast("ClientRecord", await self._client._call(_CLIENTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncClientsWithRawResponse:
        return AsyncClientsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncClientsWithStreamingResponse:
        return AsyncClientsWithStreamingResponse(self._client)


class AsyncClientsWithRawResponse(Resource[AsyncClient]):
    """`clients` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientCollection]:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return await self._client._call_raw(
            _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: ClientCreate, options: RequestOptions | None = None) -> RawResponse[ClientRecord]:
        """Create a Client.

        `POST /clients`
        """
        return await self._client._call_raw(_CLIENTS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRecord]:
        """Get one Client.

        `GET /clients/{id}`
        """
        return await self._client._call_raw(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientRecord]:
        """Update a Client.

        `POST /clients/{id}`
        """
        return await self._client._call_raw(_CLIENTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientRecord]:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return await self._client._call_raw(_CLIENTS_DELETE, {"id": id}, options)


class AsyncClientsWithStreamingResponse(Resource[AsyncClient]):
    """`clients` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientCollection]:
        """List clients, filtered, sorted and paged.

        `GET /clients`
        """
        return self._client._call_stream(
            _CLIENTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientRecord]:
        """Create a Client.

        `POST /clients`
        """
        return self._client._call_stream(_CLIENTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientRecord]:
        """Get one Client.

        `GET /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ClientUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientRecord]:
        """Update a Client.

        `POST /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ClientRecord]:
        """Delete a Client.

        `DELETE /clients/{id}`
        """
        return self._client._call_stream(_CLIENTS_DELETE, {"id": id}, options)


class AsyncRolePermissions(Resource[AsyncClient]):
    """`role_permissions` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RolePermissionCollection:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return cast(
            "RolePermissionCollection",
            await self._client._call(
                _ROLE_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: RolePermissionCreate, options: RequestOptions | None = None
    ) -> RolePermissionRecord:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return cast("RolePermissionRecord", await self._client._call(_ROLE_PERMISSIONS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RolePermissionRecord:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return cast(
            "RolePermissionRecord",
            await self._client._call(_ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> RolePermissionRecord:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return cast(
            "RolePermissionRecord",
            await self._client._call(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RolePermissionRecord:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return cast("RolePermissionRecord", await self._client._call(_ROLE_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRolePermissionsWithRawResponse:
        return AsyncRolePermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRolePermissionsWithStreamingResponse:
        return AsyncRolePermissionsWithStreamingResponse(self._client)


class AsyncRolePermissionsWithRawResponse(Resource[AsyncClient]):
    """`role_permissions` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RolePermissionCollection]:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return await self._client._call_raw(
            _ROLE_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: RolePermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[RolePermissionRecord]:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return await self._client._call_raw(_ROLE_PERMISSIONS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RolePermissionRecord]:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return await self._client._call_raw(
            _ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RolePermissionRecord]:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return await self._client._call_raw(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RolePermissionRecord]:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return await self._client._call_raw(_ROLE_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncRolePermissionsWithStreamingResponse(Resource[AsyncClient]):
    """`role_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RolePermissionCollection]:
        """List role permissions, filtered, sorted and paged.

        `GET /role-permissions`
        """
        return self._client._call_stream(
            _ROLE_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RolePermissionCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RolePermissionRecord]:
        """Create a RolePermission.

        `POST /role-permissions`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RolePermissionRecord]:
        """Get one RolePermission.

        `GET /role-permissions/{id}`
        """
        return self._client._call_stream(
            _ROLE_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: RolePermissionUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RolePermissionRecord]:
        """Update a RolePermission.

        `POST /role-permissions/{id}`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RolePermissionRecord]:
        """Delete a RolePermission.

        `DELETE /role-permissions/{id}`
        """
        return self._client._call_stream(_ROLE_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncUserPermissions(Resource[AsyncClient]):
    """`user_permissions` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserPermissionCollection:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return cast(
            "UserPermissionCollection",
            await self._client._call(
                _USER_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: UserPermissionCreate, options: RequestOptions | None = None
    ) -> UserPermissionRecord:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return cast("UserPermissionRecord", await self._client._call(_USER_PERMISSIONS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserPermissionRecord:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return cast(
            "UserPermissionRecord",
            await self._client._call(_USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> UserPermissionRecord:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return cast(
            "UserPermissionRecord",
            await self._client._call(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> UserPermissionRecord:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return cast("UserPermissionRecord", await self._client._call(_USER_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncUserPermissionsWithRawResponse:
        return AsyncUserPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncUserPermissionsWithStreamingResponse:
        return AsyncUserPermissionsWithStreamingResponse(self._client)


class AsyncUserPermissionsWithRawResponse(Resource[AsyncClient]):
    """`user_permissions` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserPermissionCollection]:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return await self._client._call_raw(
            _USER_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: UserPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[UserPermissionRecord]:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return await self._client._call_raw(_USER_PERMISSIONS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserPermissionRecord]:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return await self._client._call_raw(
            _USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> RawResponse[UserPermissionRecord]:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return await self._client._call_raw(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserPermissionRecord]:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return await self._client._call_raw(_USER_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncUserPermissionsWithStreamingResponse(Resource[AsyncClient]):
    """`user_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserPermissionCollection]:
        """List user permissions, filtered, sorted and paged.

        `GET /user-permissions`
        """
        return self._client._call_stream(
            _USER_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: UserPermissionCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[UserPermissionRecord]:
        """Create a UserPermission.

        `POST /user-permissions`
        """
        return self._client._call_stream(_USER_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserPermissionRecord]:
        """Get one UserPermission.

        `GET /user-permissions/{id}`
        """
        return self._client._call_stream(
            _USER_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: UserPermissionUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[UserPermissionRecord]:
        """Update a UserPermission.

        `POST /user-permissions/{id}`
        """
        return self._client._call_stream(_USER_PERMISSIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserPermissionRecord]:
        """Delete a UserPermission.

        `DELETE /user-permissions/{id}`
        """
        return self._client._call_stream(_USER_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncUserRoles(Resource[AsyncClient]):
    """`user_roles` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRoleCollection:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return cast(
            "UserRoleCollection",
            await self._client._call(
                _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: UserRoleCreate, options: RequestOptions | None = None) -> UserRoleRecord:
        """Create a UserRole.

        `POST /user-roles`
        """
        return cast("UserRoleRecord", await self._client._call(_USER_ROLES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> UserRoleRecord:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return cast(
            "UserRoleRecord",
            await self._client._call(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> UserRoleRecord:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return cast("UserRoleRecord", await self._client._call(_USER_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncUserRolesWithRawResponse:
        return AsyncUserRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncUserRolesWithStreamingResponse:
        return AsyncUserRolesWithStreamingResponse(self._client)


class AsyncUserRolesWithRawResponse(Resource[AsyncClient]):
    """`user_roles` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRoleCollection]:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return await self._client._call_raw(
            _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: UserRoleCreate, options: RequestOptions | None = None
    ) -> RawResponse[UserRoleRecord]:
        """Create a UserRole.

        `POST /user-roles`
        """
        return await self._client._call_raw(_USER_ROLES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[UserRoleRecord]:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return await self._client._call_raw(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[UserRoleRecord]:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return await self._client._call_raw(_USER_ROLES_DELETE, {"id": id}, options)


class AsyncUserRolesWithStreamingResponse(Resource[AsyncClient]):
    """`user_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserRoleCollection]:
        """List user roles, filtered, sorted and paged.

        `GET /user-roles`
        """
        return self._client._call_stream(
            _USER_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: UserRoleCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[UserRoleRecord]:
        """Create a UserRole.

        `POST /user-roles`
        """
        return self._client._call_stream(_USER_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[UserRoleRecord]:
        """Get one UserRole.

        `GET /user-roles/{id}`
        """
        return self._client._call_stream(_USER_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserRoleRecord]:
        """Delete a UserRole.

        `DELETE /user-roles/{id}`
        """
        return self._client._call_stream(_USER_ROLES_DELETE, {"id": id}, options)


class AsyncClientPermissions(Resource[AsyncClient]):
    """`client_permissions` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientPermissionCollection:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return cast(
            "ClientPermissionCollection",
            await self._client._call(
                _CLIENT_PERMISSIONS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: ClientPermissionCreate, options: RequestOptions | None = None
    ) -> ClientPermissionRecord:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return cast(
            "ClientPermissionRecord", await self._client._call(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options)
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientPermissionRecord:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return cast(
            "ClientPermissionRecord",
            await self._client._call(
                _CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
            ),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientPermissionRecord:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return cast("ClientPermissionRecord", await self._client._call(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncClientPermissionsWithRawResponse:
        return AsyncClientPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncClientPermissionsWithStreamingResponse:
        return AsyncClientPermissionsWithStreamingResponse(self._client)


class AsyncClientPermissionsWithRawResponse(Resource[AsyncClient]):
    """`client_permissions` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientPermissionCollection]:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return await self._client._call_raw(
            _CLIENT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: ClientPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[ClientPermissionRecord]:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return await self._client._call_raw(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientPermissionRecord]:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return await self._client._call_raw(
            _CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientPermissionRecord]:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return await self._client._call_raw(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncClientPermissionsWithStreamingResponse(Resource[AsyncClient]):
    """`client_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientPermissionCollection]:
        """List client permissions, filtered, sorted and paged.

        `GET /client-permissions`
        """
        return self._client._call_stream(
            _CLIENT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientPermissionCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientPermissionRecord]:
        """Create a ClientPermission.

        `POST /client-permissions`
        """
        return self._client._call_stream(_CLIENT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientPermissionRecord]:
        """Get one ClientPermission.

        `GET /client-permissions/{id}`
        """
        return self._client._call_stream(
            _CLIENT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientPermissionRecord]:
        """Delete a ClientPermission.

        `DELETE /client-permissions/{id}`
        """
        return self._client._call_stream(_CLIENT_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncClientRoles(Resource[AsyncClient]):
    """`client_roles` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRoleCollection:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return cast(
            "ClientRoleCollection",
            await self._client._call(
                _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: ClientRoleCreate, options: RequestOptions | None = None) -> ClientRoleRecord:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return cast("ClientRoleRecord", await self._client._call(_CLIENT_ROLES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ClientRoleRecord:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return cast(
            "ClientRoleRecord",
            await self._client._call(_CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> ClientRoleRecord:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return cast("ClientRoleRecord", await self._client._call(_CLIENT_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncClientRolesWithRawResponse:
        return AsyncClientRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncClientRolesWithStreamingResponse:
        return AsyncClientRolesWithStreamingResponse(self._client)


class AsyncClientRolesWithRawResponse(Resource[AsyncClient]):
    """`client_roles` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRoleCollection]:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return await self._client._call_raw(
            _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: ClientRoleCreate, options: RequestOptions | None = None
    ) -> RawResponse[ClientRoleRecord]:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return await self._client._call_raw(_CLIENT_ROLES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ClientRoleRecord]:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return await self._client._call_raw(
            _CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ClientRoleRecord]:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return await self._client._call_raw(_CLIENT_ROLES_DELETE, {"id": id}, options)


class AsyncClientRolesWithStreamingResponse(Resource[AsyncClient]):
    """`client_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientRoleCollection]:
        """List client roles, filtered, sorted and paged.

        `GET /client-roles`
        """
        return self._client._call_stream(
            _CLIENT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ClientRoleCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientRoleRecord]:
        """Create a ClientRole.

        `POST /client-roles`
        """
        return self._client._call_stream(_CLIENT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ClientRoleRecord]:
        """Get one ClientRole.

        `GET /client-roles/{id}`
        """
        return self._client._call_stream(_CLIENT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ClientRoleRecord]:
        """Delete a ClientRole.

        `DELETE /client-roles/{id}`
        """
        return self._client._call_stream(_CLIENT_ROLES_DELETE, {"id": id}, options)


class AsyncRobots(Resource[AsyncClient]):
    """`robots` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotCollection:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return cast(
            "RobotCollection",
            await self._client._call(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options),
        )

    async def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> RobotRecord:
        """Create a Robot.

        `POST /robots`
        """
        return cast("RobotRecord", await self._client._call(_ROBOTS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRecord:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return cast(
            "RobotRecord",
            await self._client._call(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None) -> RobotRecord:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return cast("RobotRecord", await self._client._call(_ROBOTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotRecord:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return cast("RobotRecord", await self._client._call(_ROBOTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRobotsWithRawResponse:
        return AsyncRobotsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRobotsWithStreamingResponse:
        return AsyncRobotsWithStreamingResponse(self._client)


class AsyncRobotsWithRawResponse(Resource[AsyncClient]):
    """`robots` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotCollection]:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return await self._client._call_raw(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options)

    async def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> RawResponse[RobotRecord]:
        """Create a Robot.

        `POST /robots`
        """
        return await self._client._call_raw(_ROBOTS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRecord]:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return await self._client._call_raw(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RobotRecord]:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return await self._client._call_raw(_ROBOTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotRecord]:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return await self._client._call_raw(_ROBOTS_DELETE, {"id": id}, options)


class AsyncRobotsWithStreamingResponse(Resource[AsyncClient]):
    """`robots` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotCollection]:
        """List robots, filtered, sorted and paged.

        `GET /robots`
        """
        return self._client._call_stream(_ROBOTS_LIST, {"sort": sort, "fields": fields, "include": include}, options)

    def create(self, *, body: RobotCreate, options: RequestOptions | None = None) -> AsyncStreamedResponse[RobotRecord]:
        """Create a Robot.

        `POST /robots`
        """
        return self._client._call_stream(_ROBOTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotRecord]:
        """Get one Robot.

        `GET /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RobotUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RobotRecord]:
        """Update a Robot.

        `POST /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RobotRecord]:
        """Delete a Robot.

        `DELETE /robots/{id}`
        """
        return self._client._call_stream(_ROBOTS_DELETE, {"id": id}, options)


class AsyncRobotPermissions(Resource[AsyncClient]):
    """`robot_permissions` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotPermissionCollection:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return cast(
            "RobotPermissionCollection",
            await self._client._call(
                _ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options
            ),
        )

    async def create(
        self, *, body: RobotPermissionCreate, options: RequestOptions | None = None
    ) -> RobotPermissionRecord:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return cast(
            "RobotPermissionRecord", await self._client._call(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options)
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotPermissionRecord:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return cast(
            "RobotPermissionRecord",
            await self._client._call(_ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotPermissionRecord:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return cast("RobotPermissionRecord", await self._client._call(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRobotPermissionsWithRawResponse:
        return AsyncRobotPermissionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRobotPermissionsWithStreamingResponse:
        return AsyncRobotPermissionsWithStreamingResponse(self._client)


class AsyncRobotPermissionsWithRawResponse(Resource[AsyncClient]):
    """`robot_permissions` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotPermissionCollection]:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return await self._client._call_raw(
            _ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    async def create(
        self, *, body: RobotPermissionCreate, options: RequestOptions | None = None
    ) -> RawResponse[RobotPermissionRecord]:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return await self._client._call_raw(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotPermissionRecord]:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return await self._client._call_raw(
            _ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotPermissionRecord]:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return await self._client._call_raw(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncRobotPermissionsWithStreamingResponse(Resource[AsyncClient]):
    """`robot_permissions` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotPermissionCollection]:
        """List robot permissions, filtered, sorted and paged.

        `GET /robot-permissions`
        """
        return self._client._call_stream(
            _ROBOT_PERMISSIONS_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    def create(
        self, *, body: RobotPermissionCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RobotPermissionRecord]:
        """Create a RobotPermission.

        `POST /robot-permissions`
        """
        return self._client._call_stream(_ROBOT_PERMISSIONS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotPermissionRecord]:
        """Get one RobotPermission.

        `GET /robot-permissions/{id}`
        """
        return self._client._call_stream(
            _ROBOT_PERMISSIONS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RobotPermissionRecord]:
        """Delete a RobotPermission.

        `DELETE /robot-permissions/{id}`
        """
        return self._client._call_stream(_ROBOT_PERMISSIONS_DELETE, {"id": id}, options)


class AsyncRobotRoles(Resource[AsyncClient]):
    """`robot_roles` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRoleCollection:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return cast(
            "RobotRoleCollection",
            await self._client._call(_ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options),
        )

    async def create(self, *, body: RobotRoleCreate, options: RequestOptions | None = None) -> RobotRoleRecord:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return cast("RobotRoleRecord", await self._client._call(_ROBOT_ROLES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RobotRoleRecord:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return cast(
            "RobotRoleRecord",
            await self._client._call(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RobotRoleRecord:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return cast("RobotRoleRecord", await self._client._call(_ROBOT_ROLES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRobotRolesWithRawResponse:
        return AsyncRobotRolesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRobotRolesWithStreamingResponse:
        return AsyncRobotRolesWithStreamingResponse(self._client)


class AsyncRobotRolesWithRawResponse(Resource[AsyncClient]):
    """`robot_roles` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRoleCollection]:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return await self._client._call_raw(
            _ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    async def create(
        self, *, body: RobotRoleCreate, options: RequestOptions | None = None
    ) -> RawResponse[RobotRoleRecord]:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return await self._client._call_raw(_ROBOT_ROLES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RobotRoleRecord]:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return await self._client._call_raw(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RobotRoleRecord]:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return await self._client._call_raw(_ROBOT_ROLES_DELETE, {"id": id}, options)


class AsyncRobotRolesWithStreamingResponse(Resource[AsyncClient]):
    """`robot_roles` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotRoleCollection]:
        """List robot roles, filtered, sorted and paged.

        `GET /robot-roles`
        """
        return self._client._call_stream(
            _ROBOT_ROLES_LIST, {"sort": sort, "fields": fields, "include": include}, options
        )

    def create(
        self, *, body: RobotRoleCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RobotRoleRecord]:
        """Create a RobotRole.

        `POST /robot-roles`
        """
        return self._client._call_stream(_ROBOT_ROLES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RobotRoleRecord]:
        """Get one RobotRole.

        `GET /robot-roles/{id}`
        """
        return self._client._call_stream(_ROBOT_ROLES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RobotRoleRecord]:
        """Delete a RobotRole.

        `DELETE /robot-roles/{id}`
        """
        return self._client._call_stream(_ROBOT_ROLES_DELETE, {"id": id}, options)


class AsyncToken(Resource[AsyncClient]):
    """`token` operations."""

    async def create(self, *, body: TokenRequest, options: RequestOptions | None = None) -> TokenResponse:
        """Obtain an access token.

        `POST /token`
        """
        return cast("TokenResponse", await self._client._call(_TOKEN_CREATE, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncTokenWithRawResponse:
        return AsyncTokenWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncTokenWithStreamingResponse:
        return AsyncTokenWithStreamingResponse(self._client)


class AsyncTokenWithRawResponse(Resource[AsyncClient]):
    """`token` operations, WithRawResponse."""

    async def create(self, *, body: TokenRequest, options: RequestOptions | None = None) -> RawResponse[TokenResponse]:
        """Obtain an access token.

        `POST /token`
        """
        return await self._client._call_raw(_TOKEN_CREATE, {"body": body}, options)


class AsyncTokenWithStreamingResponse(Resource[AsyncClient]):
    """`token` operations, WithStreamingResponse."""

    def create(
        self, *, body: TokenRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TokenResponse]:
        """Obtain an access token.

        `POST /token`
        """
        return self._client._call_stream(_TOKEN_CREATE, {"body": body}, options)


class AsyncStatus(Resource[AsyncClient]):
    """`status` operations."""

    async def get(self, *, options: RequestOptions | None = None) -> ServiceStatus:
        """The service's version.

        `GET /`
        """
        return cast("ServiceStatus", await self._client._call(_STATUS_GET, {}, options))

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        return AsyncStatusWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncStatusWithStreamingResponse:
        return AsyncStatusWithStreamingResponse(self._client)


class AsyncStatusWithRawResponse(Resource[AsyncClient]):
    """`status` operations, WithRawResponse."""

    async def get(self, *, options: RequestOptions | None = None) -> RawResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return await self._client._call_raw(_STATUS_GET, {}, options)


class AsyncStatusWithStreamingResponse(Resource[AsyncClient]):
    """`status` operations, WithStreamingResponse."""

    def get(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_stream(_STATUS_GET, {}, options)


class AuthClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def realms(self) -> Realms:
        return Realms(self)

    @property
    def users(self) -> Users:
        return Users(self)

    @property
    def permissions(self) -> Permissions:
        return Permissions(self)

    @property
    def roles(self) -> Roles:
        return Roles(self)

    @property
    def clients(self) -> Clients:
        return Clients(self)

    @property
    def role_permissions(self) -> RolePermissions:
        return RolePermissions(self)

    @property
    def user_permissions(self) -> UserPermissions:
        return UserPermissions(self)

    @property
    def user_roles(self) -> UserRoles:
        return UserRoles(self)

    @property
    def client_permissions(self) -> ClientPermissions:
        return ClientPermissions(self)

    @property
    def client_roles(self) -> ClientRoles:
        return ClientRoles(self)

    @property
    def robots(self) -> Robots:
        return Robots(self)

    @property
    def robot_permissions(self) -> RobotPermissions:
        return RobotPermissions(self)

    @property
    def robot_roles(self) -> RobotRoles:
        return RobotRoles(self)

    @property
    def token(self) -> Token:
        return Token(self)

    @property
    def status(self) -> Status:
        return Status(self)


class AsyncAuthClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def realms(self) -> AsyncRealms:
        return AsyncRealms(self)

    @property
    def users(self) -> AsyncUsers:
        return AsyncUsers(self)

    @property
    def permissions(self) -> AsyncPermissions:
        return AsyncPermissions(self)

    @property
    def roles(self) -> AsyncRoles:
        return AsyncRoles(self)

    @property
    def clients(self) -> AsyncClients:
        return AsyncClients(self)

    @property
    def role_permissions(self) -> AsyncRolePermissions:
        return AsyncRolePermissions(self)

    @property
    def user_permissions(self) -> AsyncUserPermissions:
        return AsyncUserPermissions(self)

    @property
    def user_roles(self) -> AsyncUserRoles:
        return AsyncUserRoles(self)

    @property
    def client_permissions(self) -> AsyncClientPermissions:
        return AsyncClientPermissions(self)

    @property
    def client_roles(self) -> AsyncClientRoles:
        return AsyncClientRoles(self)

    @property
    def robots(self) -> AsyncRobots:
        return AsyncRobots(self)

    @property
    def robot_permissions(self) -> AsyncRobotPermissions:
        return AsyncRobotPermissions(self)

    @property
    def robot_roles(self) -> AsyncRobotRoles:
        return AsyncRobotRoles(self)

    @property
    def token(self) -> AsyncToken:
        return AsyncToken(self)

    @property
    def status(self) -> AsyncStatus:
        return AsyncStatus(self)


OPERATIONS = (
    _REALMS_LIST,
    _REALMS_CREATE,
    _REALMS_GET,
    _REALMS_UPDATE,
    _REALMS_DELETE,
    _USERS_LIST,
    _USERS_CREATE,
    _USERS_GET,
    _USERS_UPDATE,
    _USERS_DELETE,
    _PERMISSIONS_LIST,
    _PERMISSIONS_CREATE,
    _PERMISSIONS_GET,
    _PERMISSIONS_UPDATE,
    _PERMISSIONS_DELETE,
    _ROLES_LIST,
    _ROLES_CREATE,
    _ROLES_GET,
    _ROLES_UPDATE,
    _ROLES_DELETE,
    _CLIENTS_LIST,
    _CLIENTS_CREATE,
    _CLIENTS_GET,
    _CLIENTS_UPDATE,
    _CLIENTS_DELETE,
    _ROLE_PERMISSIONS_LIST,
    _ROLE_PERMISSIONS_CREATE,
    _ROLE_PERMISSIONS_GET,
    _ROLE_PERMISSIONS_UPDATE,
    _ROLE_PERMISSIONS_DELETE,
    _USER_PERMISSIONS_LIST,
    _USER_PERMISSIONS_CREATE,
    _USER_PERMISSIONS_GET,
    _USER_PERMISSIONS_UPDATE,
    _USER_PERMISSIONS_DELETE,
    _USER_ROLES_LIST,
    _USER_ROLES_CREATE,
    _USER_ROLES_GET,
    _USER_ROLES_DELETE,
    _CLIENT_PERMISSIONS_LIST,
    _CLIENT_PERMISSIONS_CREATE,
    _CLIENT_PERMISSIONS_GET,
    _CLIENT_PERMISSIONS_DELETE,
    _CLIENT_ROLES_LIST,
    _CLIENT_ROLES_CREATE,
    _CLIENT_ROLES_GET,
    _CLIENT_ROLES_DELETE,
    _ROBOTS_LIST,
    _ROBOTS_CREATE,
    _ROBOTS_GET,
    _ROBOTS_UPDATE,
    _ROBOTS_DELETE,
    _ROBOT_PERMISSIONS_LIST,
    _ROBOT_PERMISSIONS_CREATE,
    _ROBOT_PERMISSIONS_GET,
    _ROBOT_PERMISSIONS_DELETE,
    _ROBOT_ROLES_LIST,
    _ROBOT_ROLES_CREATE,
    _ROBOT_ROLES_GET,
    _ROBOT_ROLES_DELETE,
    _TOKEN_CREATE,
    _STATUS_GET,
)
