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
    from typing import Any

    from ._generated.models.ai_assistant import AiAssistant
    from ._generated.models.ai_feedback import AiFeedback
    from ._generated.models.ai_message import AiMessage
    from ._generated.models.ai_message_request import AiMessageRequest
    from ._generated.models.ai_thread import AiThread
    from ._generated.models.ai_thread_request import AiThreadRequest
    from ._generated.models.alert import Alert
    from ._generated.models.asset import Asset
    from ._generated.models.asset_time_series_values import AssetTimeSeriesValues
    from ._generated.models.asset_type import AssetType
    from ._generated.models.content import Content
    from ._generated.models.content_upload import ContentUpload
    from ._generated.models.delete_result import DeleteResult
    from ._generated.models.deployment_status_request import DeploymentStatusRequest
    from ._generated.models.empty_body import EmptyBody
    from ._generated.models.endpoint import Endpoint
    from ._generated.models.endpoint_log import EndpointLog
    from ._generated.models.event import Event
    from ._generated.models.event_cause import EventCause
    from ._generated.models.event_causes_request import EventCausesRequest
    from ._generated.models.event_level_overrides import EventLevelOverrides
    from ._generated.models.flow import Flow
    from ._generated.models.flow_deployment import FlowDeployment
    from ._generated.models.flow_diagram import FlowDiagram
    from ._generated.models.flow_function import FlowFunction
    from ._generated.models.flow_module import FlowModule
    from ._generated.models.free_form import FreeForm
    from ._generated.models.ids_request import IdsRequest
    from ._generated.models.invitation import Invitation
    from ._generated.models.label import Label
    from ._generated.models.label_search_result import LabelSearchResult
    from ._generated.models.link_request import LinkRequest
    from ._generated.models.logbook_delete_result import LogbookDeleteResult
    from ._generated.models.logbook_entry import LogbookEntry
    from ._generated.models.logbook_entry_input import LogbookEntryInput
    from ._generated.models.logbook_entry_patch import LogbookEntryPatch
    from ._generated.models.members_request import MembersRequest
    from ._generated.models.module_publish import ModulePublish
    from ._generated.models.notification import Notification
    from ._generated.models.notification_payload import NotificationPayload
    from ._generated.models.notification_rule import NotificationRule
    from ._generated.models.organization import Organization
    from ._generated.models.organization_admin_create import OrganizationAdminCreate
    from ._generated.models.organization_create import OrganizationCreate
    from ._generated.models.organization_name import OrganizationName
    from ._generated.models.paginated_ai_message import PaginatedAiMessage
    from ._generated.models.paginated_alert import PaginatedAlert
    from ._generated.models.paginated_asset import PaginatedAsset
    from ._generated.models.paginated_asset_revision import PaginatedAssetRevision
    from ._generated.models.paginated_asset_type import PaginatedAssetType
    from ._generated.models.paginated_content import PaginatedContent
    from ._generated.models.paginated_endpoint import PaginatedEndpoint
    from ._generated.models.paginated_event import PaginatedEvent
    from ._generated.models.paginated_flow import PaginatedFlow
    from ._generated.models.paginated_flow_deployment import PaginatedFlowDeployment
    from ._generated.models.paginated_flow_function import PaginatedFlowFunction
    from ._generated.models.paginated_flow_module import PaginatedFlowModule
    from ._generated.models.paginated_label import PaginatedLabel
    from ._generated.models.paginated_logbook_entry import PaginatedLogbookEntry
    from ._generated.models.paginated_notification import PaginatedNotification
    from ._generated.models.paginated_notification_rule import PaginatedNotificationRule
    from ._generated.models.paginated_organization import PaginatedOrganization
    from ._generated.models.paginated_task import PaginatedTask
    from ._generated.models.paginated_time_series import PaginatedTimeSeries
    from ._generated.models.paginated_vault_secret import PaginatedVaultSecret
    from ._generated.models.resource_reference import ResourceReference
    from ._generated.models.resource_set_request import ResourceSetRequest
    from ._generated.models.roles_by_organization import RolesByOrganization
    from ._generated.models.rollback_request import RollbackRequest
    from ._generated.models.search_options import SearchOptions
    from ._generated.models.search_result import SearchResult
    from ._generated.models.settled_time_series import SettledTimeSeries
    from ._generated.models.share_request import ShareRequest
    from ._generated.models.speech_token import SpeechToken
    from ._generated.models.string_map import StringMap
    from ._generated.models.subscription_request import SubscriptionRequest
    from ._generated.models.task import Task
    from ._generated.models.template import Template
    from ._generated.models.time_series import TimeSeries
    from ._generated.models.time_series_group import TimeSeriesGroup
    from ._generated.models.time_series_value import TimeSeriesValue
    from ._generated.models.time_series_values_input import TimeSeriesValuesInput
    from ._generated.models.trash_clean_result import TrashCleanResult
    from ._generated.models.unlink_request import UnlinkRequest
    from ._generated.models.user_roles_change import UserRolesChange
    from ._generated.models.user_settings import UserSettings
    from ._generated.models.vault_secret import VaultSecret

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "AiFeedback": {
        "properties": {"comment": {"type": "string"}, "traceId": {"type": "string"}, "value": {}},
        "required": ["traceId", "value"],
        "type": "object",
    },
    "AiMessageRequest": {
        "properties": {
            "assistantId": {"type": "string"},
            "context": {},
            "message": {"type": "string"},
            "threadId": {"type": "string"},
        },
        "required": ["message"],
        "type": "object",
    },
    "AiThreadRequest": {
        "properties": {"assistantId": {"type": "string"}, "isEphemeral": {"type": "boolean"}},
        "required": ["assistantId"],
        "type": "object",
    },
    "Alert": {
        "properties": {
            "condition": {"$ref": "#/components/schemas/AlertCondition"},
            "createdBy": {"$ref": "#/components/schemas/Author"},
            "description": {"type": "string"},
            "id": {"type": "string"},
            "messageTmpl": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "status": {"type": "string"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "tsRefs": {
                "items": {
                    "properties": {"alias": {"type": "string"}, "field": {"type": "string"}, "id": {"type": "string"}},
                    "type": "object",
                },
                "type": "array",
            },
            "updatedBy": {"$ref": "#/components/schemas/Author"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "AlertCondition": {
        "properties": {
            "change": {},
            "level": {"type": "string"},
            "operator": {"type": "string"},
            "period": {},
            "range": {"items": {"type": "number"}, "type": "array"},
            "stopPeriod": {},
            "type": {"type": "string"},
            "value": {},
        },
        "type": "object",
    },
    "Asset": {
        "properties": {
            "aliases": {"items": {"type": "string"}, "type": "array"},
            "ancestors": {"items": {"type": "string"}, "type": "array"},
            "attachments": {"items": {"type": "string"}, "type": "array"},
            "author": {"type": "string"},
            "createdAt": {"type": "string"},
            "createdBy": {"$ref": "#/components/schemas/Author"},
            "data": {},
            "deletedAt": {"type": "string"},
            "externalKey": {"type": "string"},
            "id": {"type": "string"},
            "image": {"type": "string"},
            "name": {"type": "string"},
            "notificationEndpoints": {"items": {"type": "string"}, "type": "array"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "parent": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Asset"}]},
            "parent$name": {"readOnly": True, "type": "string"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "relations": {"items": {}, "type": "array"},
            "revision": {"type": "number"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "translationId": {"type": "string"},
            "type": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/AssetType"}]},
            "type$name": {"readOnly": True, "type": "string"},
            "updatedAt": {"type": "string"},
            "updatedBy": {"$ref": "#/components/schemas/Author"},
        },
        "required": ["name", "type", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "AssetTimeSeriesValues": {
        "properties": {
            "metadata": {"type": "object"},
            "name": {"type": "string"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "values": {"$ref": "#/components/schemas/TimeSeriesValuesInput"},
        },
        "required": ["name", "readPermissions", "readWritePermissions", "values"],
        "type": "object",
    },
    "AssetType": {
        "properties": {
            "allowedParent$name": {"readOnly": True, "type": "string"},
            "allowedParents": {"items": {"type": "string"}, "type": "array"},
            "author": {"type": "string"},
            "createdAt": {"type": "string"},
            "createdBy": {"$ref": "#/components/schemas/Author"},
            "deletedAt": {"type": "string"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "revision": {"type": "number"},
            "supertype": {"type": "string"},
            "supertype$name": {"readOnly": True, "type": "string"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "templates": {
                "items": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Template"}]},
                "type": "array",
            },
            "typeSchema": {},
            "uiSchema": {},
            "updatedAt": {"type": "string"},
            "updatedBy": {"$ref": "#/components/schemas/Author"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "Author": {
        "properties": {
            "id": {"type": "string"},
            "impersonatorId": {"type": "string"},
            "impersonatorUsername": {"type": "string"},
            "username": {"type": "string"},
        },
        "required": ["id"],
        "type": "object",
    },
    "Content": {
        "properties": {
            "analysis": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/ContentAnalysis"}]},
            "assets": {"items": {"type": "string"}, "type": "array"},
            "createdAt": {"type": "string"},
            "createdBy": {"$ref": "#/components/schemas/Author"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "fileId": {"type": "string"},
            "filename": {"type": "string"},
            "files": {"items": {"$ref": "#/components/schemas/Storage"}, "type": "array"},
            "id": {"type": "string"},
            "mimetype": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "size": {"type": "number"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
            "updatedBy": {"$ref": "#/components/schemas/Author"},
        },
        "required": ["readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "ContentAnalysis": {
        "properties": {
            "contentId": {"type": "string"},
            "error": {"type": "string"},
            "id": {"type": "string"},
            "pages": {"items": {"type": "object"}, "type": "array"},
            "status": {"type": "string"},
            "text": {"type": "string"},
        },
        "type": "object",
    },
    "DeploymentStatusRequest": {
        "properties": {"desiredStatus": {"enum": ["running", "stopped", "deleted", "paused"], "type": "string"}},
        "required": ["desiredStatus"],
        "type": "object",
    },
    "EmptyBody": {"maxProperties": 0, "type": "object"},
    "Endpoint": {
        "properties": {
            "config": {
                "properties": {
                    "authToken": {"type": "string"},
                    "recipients": {"items": {"type": "string"}, "type": "array"},
                    "type": {"type": "string"},
                    "url": {"type": "string"},
                },
                "type": "object",
            },
            "description": {"type": "string"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "nbOfNotificationsBetweenPauseInterval": {"type": "number"},
            "notificationCheckInterval": {"type": "number"},
            "notificationPauseInterval": {"type": "number"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "status": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "Event": {
        "properties": {
            "alertRef": {"type": "string"},
            "assetRef": {"type": "string"},
            "assetRef$name": {"readOnly": True, "type": "string"},
            "cause": {"type": "string"},
            "createdAt": {"type": "string"},
            "data": {"type": "object"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "eventRef": {"type": "string"},
            "group": {"type": "string"},
            "id": {"type": "string"},
            "level": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "refs": {"items": {"$ref": "#/components/schemas/ResourceReference"}, "type": "array"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "tsRef": {"type": "string"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions", "level"],
        "type": "object",
    },
    "EventCause": {
        "properties": {"cause": {"type": "string"}, "level": {"type": "string"}},
        "required": ["cause", "level"],
        "type": "object",
    },
    "EventCausesRequest": {
        "properties": {
            "causes": {"items": {"type": "string"}, "type": "array"},
            "ids": {"items": {"type": "string"}, "type": "array"},
        },
        "required": ["ids", "causes"],
        "type": "object",
    },
    "Flow": {
        "properties": {
            "createdAt": {"type": "string"},
            "dashboard": {"items": {"type": "object"}, "type": "array"},
            "deletedAt": {"type": "string"},
            "deployments": {
                "items": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDeployment"}]},
                "type": "array",
            },
            "description": {"type": "string"},
            "diagram": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDiagram"}]},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "propertiesSchema": {"type": "object"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "refs": {"items": {"$ref": "#/components/schemas/ResourceReference"}, "type": "array"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "FlowDeployment": {
        "properties": {
            "actualStatus": {"type": "string"},
            "artifact": {"$ref": "#/components/schemas/Storage"},
            "createdAt": {"type": "string"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "desiredStatus": {"type": "string"},
            "diagram": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDiagram"}]},
            "diagramId": {"type": "string"},
            "flow": {"oneOf": [{"type": "string"}, {"type": "object"}]},
            "flowModel": {"type": "object"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "properties": {"type": "object"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "statistic": {},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "target": {"type": "string"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "FlowDiagram": {
        "properties": {
            "author": {"type": "string"},
            "createdAt": {"type": "string"},
            "deletedAt": {"type": "string"},
            "flow": {"type": "string"},
            "id": {"type": "string"},
            "json": {"type": "string"},
            "updatedAt": {"type": "string"},
        },
        "type": "object",
    },
    "FlowFunction": {
        "properties": {
            "author": {"type": "string"},
            "category": {"type": "string"},
            "createdAt": {"type": "string"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "fqn": {"type": "string"},
            "icon": {"type": "string"},
            "id": {"type": "string"},
            "inputStreams": {"items": {"type": "object"}, "type": "array"},
            "isAbstract": {"type": "boolean"},
            "name": {"type": "string"},
            "outputStreams": {"items": {"type": "object"}, "type": "array"},
            "propertiesSchema": {},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "revision": {"type": "number"},
            "supertype": {"type": "string"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
        },
        "required": ["fqn", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "FlowModule": {
        "properties": {
            "artifacts": {"items": {"$ref": "#/components/schemas/Storage"}, "type": "array"},
            "author": {"type": "string"},
            "createdAt": {"type": "string"},
            "description": {"type": "string"},
            "functions": {"items": {"type": "string"}, "type": "array"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "FreeForm": {"type": "object"},
    "IdsRequest": {
        "properties": {"ids": {"items": {"type": "string"}, "type": "array"}},
        "required": ["ids"],
        "type": "object",
    },
    "Invitation": {
        "properties": {"email": {"type": "string"}, "roles": {"items": {"type": "string"}, "type": "array"}},
        "required": ["email", "roles"],
        "type": "object",
    },
    "Label": {
        "properties": {
            "color": {"type": "string"},
            "createdAt": {"type": "string"},
            "createdBy": {"$ref": "#/components/schemas/Author"},
            "description": {"type": "string"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "updatedAt": {"type": "string"},
            "updatedBy": {"$ref": "#/components/schemas/Author"},
        },
        "required": ["name", "readWritePermissions"],
        "type": "object",
    },
    "LinkRequest": {
        "properties": {"elementId": {"type": "string"}, "targetProperty": {"type": "string"}},
        "required": ["elementId", "targetProperty"],
        "type": "object",
    },
    "LogbookEntryInput": {
        "properties": {
            "comment": {"type": "string"},
            "data": {},
            "date": {"type": "string"},
            "duration": {"type": "number"},
            "materials": {"items": {"$ref": "#/components/schemas/Material"}, "type": "array"},
            "source": {"type": "string"},
            "taskId": {"type": "string"},
        },
        "required": ["date", "duration", "materials"],
        "type": "object",
    },
    "LogbookEntryPatch": {
        "properties": {
            "comment": {"type": "string"},
            "data": {},
            "date": {"type": "string"},
            "duration": {"type": "number"},
            "materials": {"items": {"$ref": "#/components/schemas/Material"}, "type": "array"},
            "source": {"type": "string"},
        },
        "type": "object",
    },
    "Material": {
        "properties": {"name": {"type": "string"}, "quantity": {"type": "number"}},
        "required": ["name", "quantity"],
        "type": "object",
    },
    "MembersRequest": {
        "properties": {
            "usersWithOrgRoles": {
                "items": {
                    "properties": {
                        "orgRoles": {"items": {"type": "string"}, "type": "array"},
                        "username": {"type": "string"},
                    },
                    "required": ["username", "orgRoles"],
                    "type": "object",
                },
                "type": "array",
            }
        },
        "required": ["usersWithOrgRoles"],
        "type": "object",
    },
    "Notification": {
        "properties": {
            "description": {"type": "string"},
            "globalRole": {"type": "string"},
            "id": {"type": "string"},
            "link": {"type": "string"},
            "name": {"type": "string"},
            "notificationType": {"type": "string"},
            "organization": {"type": "string"},
            "organizationRole": {"type": "string"},
            "read": {"type": "boolean"},
            "userId": {"type": "string"},
        },
        "required": ["name"],
        "type": "object",
    },
    "NotificationPayload": {
        "properties": {
            "assetId": {"type": "string"},
            "assetLink": {"type": "string"},
            "assetName": {"type": "string"},
            "eventLink": {"type": "string"},
            "group": {"type": "string"},
            "level": {"type": "string"},
            "message": {"type": "string"},
            "subject": {"type": "string"},
        },
        "required": ["subject", "message"],
        "type": "object",
    },
    "NotificationRule": {
        "properties": {
            "description": {"type": "string"},
            "endpointRef": {"type": "string"},
            "every": {"type": ["number", "string"]},
            "id": {"type": "string"},
            "messageTemplate": {"type": "string"},
            "name": {"type": "string"},
            "offset": {"type": ["number", "string"]},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "status": {"type": "string"},
            "statusRule": {
                "properties": {"currentLevel": {"type": "string"}, "previousLevel": {"type": "string"}},
                "type": "object",
            },
            "tagRules": {
                "items": {
                    "properties": {
                        "id": {"type": "string"},
                        "operator": {"type": "string"},
                        "value": {"type": "string"},
                    },
                    "type": "object",
                },
                "type": "array",
            },
            "tags": {"items": {"type": "string"}, "type": "array"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "OrgResourcePermission": {
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "permissionType": {"enum": ["read", "read_write", "none"], "type": "string"},
        },
        "required": ["id", "name", "permissionType"],
        "type": "object",
    },
    "Organization": {
        "properties": {
            "createdAt": {"type": "string"},
            "deletionRequested": {},
            "description": {"type": "string"},
            "domains": {"items": {"type": "string"}, "type": "array"},
            "id": {"type": "string"},
            "isSuperOrganization": {"type": "boolean"},
            "logo": {"type": "string"},
            "name": {"type": "string"},
            "realm": {"type": "string"},
            "subscriptionId": {"type": "string"},
            "updatedAt": {"type": "string"},
            "verified": {"type": "boolean"},
        },
        "required": ["name"],
        "type": "object",
    },
    "OrganizationAdminCreate": {
        "properties": {
            "createOrgAsOwner": {"type": "boolean"},
            "emailsToAdd": {"items": {"type": "string"}, "type": "array"},
            "emailsToInvite": {"items": {"type": "string"}, "type": "array"},
            "organizationDto": {"$ref": "#/components/schemas/OrganizationCreate"},
        },
        "required": ["organizationDto"],
        "type": "object",
    },
    "OrganizationCreate": {
        "properties": {
            "description": {"type": "string"},
            "domains": {"items": {"type": "string"}, "type": "array"},
            "name": {"type": "string"},
        },
        "required": ["name"],
        "type": "object",
    },
    "Owner": {
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}},
        "required": ["id"],
        "type": "object",
    },
    "Permissions": {"items": {"type": "string"}, "type": "array"},
    "ResourceReference": {
        "properties": {"dependent": {"type": "boolean"}, "id": {"type": "string"}, "resourceType": {"type": "string"}},
        "required": ["id", "resourceType"],
        "type": "object",
    },
    "ResourceSetRequest": {
        "properties": {"resourceSetName": {"type": "string"}},
        "required": ["resourceSetName"],
        "type": "object",
    },
    "RollbackRequest": {"properties": {"revisionId": {"type": "string"}}, "required": ["revisionId"], "type": "object"},
    "SearchOptions": {
        "properties": {
            "limit": {"minimum": 0, "type": "integer"},
            "offset": {"minimum": 0, "type": "integer"},
            "query": {"type": "string"},
            "resultFields": {"items": {"type": "string"}, "type": "array"},
            "searchFields": {"items": {"type": "string"}, "type": "array"},
            "sort": {
                "items": {
                    "properties": {"field": {"type": "string"}, "order": {"enum": ["asc", "desc"], "type": "string"}},
                    "required": ["field", "order"],
                    "type": "object",
                },
                "type": "array",
            },
            "trackTotal": {"type": "boolean"},
        },
        "required": ["query"],
        "type": "object",
    },
    "ShareRequest": {
        "properties": {
            "connectedResourcesToShare": {
                "additionalProperties": {"items": {"type": "string"}, "type": "array"},
                "type": "object",
            },
            "ids": {"items": {"type": "string"}, "type": "array"},
            "orgResourcePermissions": {
                "items": {"$ref": "#/components/schemas/OrgResourcePermission"},
                "type": "array",
            },
            "sourceIds": {"items": {"type": "string"}, "type": "array"},
            "sourceType": {"type": "string"},
        },
        "required": ["ids", "orgResourcePermissions"],
        "type": "object",
    },
    "Storage": {
        "properties": {
            "createdAt": {"type": "string"},
            "filename": {"type": "string"},
            "id": {"type": "string"},
            "md5": {"type": "string"},
            "mimetype": {"type": "string"},
            "provider": {"type": "string"},
            "size": {"type": "number"},
            "type": {"type": "string"},
        },
        "type": "object",
    },
    "SubscriptionRequest": {
        "properties": {"type": {"enum": ["dev", "free", "inactive", "pro"], "type": "string"}},
        "required": ["type"],
        "type": "object",
    },
    "Task": {
        "properties": {
            "acceptedBy": {"type": "string"},
            "assetRef": {"type": "string"},
            "assetRef$name": {"readOnly": True, "type": "string"},
            "assignedTo": {"items": {"type": "string"}, "type": "array"},
            "author": {"type": "string"},
            "createdAt": {"type": "string"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "eventRef": {"type": "string"},
            "eventRef$name": {"readOnly": True, "type": "string"},
            "expiryDate": {"type": "string"},
            "gitHubNr": {"type": ["string", "number"]},
            "id": {"type": "string"},
            "logbookSchema": {},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "parent": {"type": "string"},
            "parent$name": {"readOnly": True, "type": "string"},
            "priority": {"type": "string"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "reason": {"type": "string"},
            "schedule": {},
            "status": {"type": "string"},
            "statusHistoryLog": {"items": {}, "type": "array"},
            "subTasks": {"items": {"type": "string"}, "type": "array"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "Template": {
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "template": {"type": "object"}},
        "type": "object",
    },
    "TimeSeries": {
        "properties": {
            "assetRef": {"type": "string"},
            "assetRef$name": {"readOnly": True, "type": "string"},
            "assetTsId": {"type": "string"},
            "autoDelBucket": {"type": ["string", "number"]},
            "autoDelData": {"type": ["string", "number"]},
            "createdAt": {"type": "string"},
            "deletedAt": {"type": "string"},
            "description": {"type": "string"},
            "id": {"type": "string"},
            "maxBucketTimeRange": {"type": "number"},
            "maxDate": {"type": ["string", "number"]},
            "metadata": {"type": "object"},
            "metrics": {"items": {"type": "string"}, "type": "array"},
            "minDate": {"type": ["string", "number"]},
            "name": {"type": "string"},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "tsRef": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
    "TimeSeriesGroup": {
        "enum": ["none", "10s", "1m", "5m", "15m", "30m", "1h", "3h", "6h", "12h", "1d", "7d"],
        "type": "string",
    },
    "TimeSeriesValuesInput": {
        "additionalProperties": {"type": ["number", "string", "object", "boolean"]},
        "propertyNames": {"pattern": "^-?[0-9]+$"},
        "type": "object",
    },
    "UnlinkRequest": {
        "properties": {
            "elementIds": {"items": {"type": "string"}, "type": "array"},
            "targetProperty": {"type": "string"},
        },
        "required": ["elementIds", "targetProperty"],
        "type": "object",
    },
    "UserRolesChange": {
        "properties": {
            "grantRoles": {"items": {"type": "string"}, "type": "array"},
            "revokeRoles": {"items": {"type": "string"}, "type": "array"},
        },
        "type": "object",
    },
    "UserSettings": {
        "properties": {
            "activeOrg": {"type": "string"},
            "activeTags": {},
            "applications": {},
            "consent": {},
            "creationReadRoles": {"items": {"type": "object"}, "type": "array"},
            "creationWriteRoles": {"items": {"type": "object"}, "type": "array"},
            "deletionRequested": {},
            "favoriteLabelsOrder": {},
            "id": {"type": "string"},
            "language": {"type": "string"},
            "tableSettings": {},
            "userId": {"type": "string"},
        },
        "type": "object",
    },
    "VaultSecret": {
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "readPermissions": {"$ref": "#/components/schemas/Permissions"},
            "readWritePermissions": {"$ref": "#/components/schemas/Permissions"},
            "secret": {"format": "password", "type": "string"},
            "tags": {"items": {"type": "string"}, "type": "array"},
            "updatedAt": {"type": "string"},
            "version": {"type": "number"},
        },
        "required": ["name", "readPermissions", "readWritePermissions"],
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"AiAssistant":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "type": "object"}'
    ',"AiMessage":{"properties": {"content": {}, "id": {"type": "string"}, "role": {"type": "string"}, "threadId": {"type": "string"}}, "type": "object"}'
    ',"AiThread":{"properties": {"assistantId": {"type": "string"}, "id": {"type": "string"}, "isEphemeral": {"type": "boolean"}}, "type": "object"}'
    ',"Alert":{"properties": {"condition": {"$ref": "#/components/schemas/AlertCondition"}, "createdBy": {"$ref": "#/components/schemas/Author"}, "description": {"type": "string"}, "id": {"type": "string"}, "messageTmpl": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "status": {"type": "string"}, "tags": {"items": {"type": "string"}, "type": "array"}, "tsRefs": {"items": {"properties": {"alias": {"type": "string"}, "field": {"type": "string"}, "id": {"type": "string"}}, "type": "object"}, "type": "array"}, "updatedBy": {"$ref": "#/components/schemas/Author"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"AlertCondition":{"properties": {"change": {}, "level": {"type": "string"}, "operator": {"type": "string"}, "period": {}, "range": {"items": {"type": "number"}, "type": "array"}, "stopPeriod": {}, "type": {"type": "string"}, "value": {}}, "type": "object"}'
    ',"Asset":{"properties": {"aliases": {"items": {"type": "string"}, "type": "array"}, "ancestors": {"items": {"type": "string"}, "type": "array"}, "attachments": {"items": {"type": "string"}, "type": "array"}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "createdBy": {"$ref": "#/components/schemas/Author"}, "data": {}, "deletedAt": {"type": "string"}, "externalKey": {"type": "string"}, "id": {"type": "string"}, "image": {"type": "string"}, "name": {"type": "string"}, "notificationEndpoints": {"items": {"type": "string"}, "type": "array"}, "owner": {"$ref": "#/components/schemas/Owner"}, "parent": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Asset"}]}, "parent$name": {"type": "string"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "relations": {"items": {}, "type": "array"}, "revision": {"type": "number"}, "tags": {"items": {"type": "string"}, "type": "array"}, "translationId": {"type": "string"}, "type": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/AssetType"}]}, "type$name": {"type": "string"}, "updatedAt": {"type": "string"}, "updatedBy": {"$ref": "#/components/schemas/Author"}}, "required": ["name", "type", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"AssetRevision":{"allOf": [{"$ref": "#/components/schemas/Asset"}, {"properties": {"originalId": {"type": "string"}}, "type": "object"}]}'
    ',"AssetType":{"properties": {"allowedParent$name": {"type": "string"}, "allowedParents": {"items": {"type": "string"}, "type": "array"}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "createdBy": {"$ref": "#/components/schemas/Author"}, "deletedAt": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "revision": {"type": "number"}, "supertype": {"type": "string"}, "supertype$name": {"type": "string"}, "tags": {"items": {"type": "string"}, "type": "array"}, "templates": {"items": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Template"}]}, "type": "array"}, "typeSchema": {}, "uiSchema": {}, "updatedAt": {"type": "string"}, "updatedBy": {"$ref": "#/components/schemas/Author"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"Author":{"properties": {"id": {"type": "string"}, "impersonatorId": {"type": "string"}, "impersonatorUsername": {"type": "string"}, "username": {"type": "string"}}, "required": ["id"], "type": "object"}'
    ',"Content":{"properties": {"analysis": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/ContentAnalysis"}]}, "assets": {"items": {"type": "string"}, "type": "array"}, "createdAt": {"type": "string"}, "createdBy": {"$ref": "#/components/schemas/Author"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "fileId": {"type": "string"}, "filename": {"type": "string"}, "files": {"items": {"$ref": "#/components/schemas/Storage"}, "type": "array"}, "id": {"type": "string"}, "mimetype": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "size": {"type": "number"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}, "updatedBy": {"$ref": "#/components/schemas/Author"}}, "required": ["readPermissions", "readWritePermissions"], "type": "object"}'
    ',"ContentAnalysis":{"properties": {"contentId": {"type": "string"}, "error": {"type": "string"}, "id": {"type": "string"}, "pages": {"items": {"type": "object"}, "type": "array"}, "status": {"type": "string"}, "text": {"type": "string"}}, "type": "object"}'
    ',"DeleteResult":{"type": "object"}'
    ',"Endpoint":{"properties": {"config": {"properties": {"authToken": {"type": "string"}, "recipients": {"items": {"type": "string"}, "type": "array"}, "type": {"type": "string"}, "url": {"type": "string"}}, "type": "object"}, "description": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "nbOfNotificationsBetweenPauseInterval": {"type": "number"}, "notificationCheckInterval": {"type": "number"}, "notificationPauseInterval": {"type": "number"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "status": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"EndpointLog":{"properties": {"data": {}, "endpoint": {"type": "string"}, "group": {"type": "string"}, "id": {"type": "string"}, "type": {"type": "string"}, "updatedAt": {"type": "string"}}, "type": "object"}'
    ',"Event":{"properties": {"alertRef": {"type": "string"}, "assetRef": {"type": "string"}, "assetRef$name": {"type": "string"}, "cause": {"type": "string"}, "createdAt": {"type": "string"}, "data": {"type": "object"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "eventRef": {"type": "string"}, "group": {"type": "string"}, "id": {"type": "string"}, "level": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "refs": {"items": {"$ref": "#/components/schemas/ResourceReference"}, "type": "array"}, "tags": {"items": {"type": "string"}, "type": "array"}, "tsRef": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions", "level"], "type": "object"}'
    ',"EventLevelOverrides":{"additionalProperties": {"additionalProperties": {"type": "string"}, "type": "object"}, "type": "object"}'
    ',"Flow":{"properties": {"createdAt": {"type": "string"}, "dashboard": {"items": {"type": "object"}, "type": "array"}, "deletedAt": {"type": "string"}, "deployments": {"items": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDeployment"}]}, "type": "array"}, "description": {"type": "string"}, "diagram": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDiagram"}]}, "id": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "propertiesSchema": {"type": "object"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "refs": {"items": {"$ref": "#/components/schemas/ResourceReference"}, "type": "array"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"FlowDeployment":{"properties": {"actualStatus": {"type": "string"}, "artifact": {"$ref": "#/components/schemas/Storage"}, "createdAt": {"type": "string"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "desiredStatus": {"type": "string"}, "diagram": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/FlowDiagram"}]}, "diagramId": {"type": "string"}, "flow": {"oneOf": [{"type": "string"}, {"type": "object"}]}, "flowModel": {"type": "object"}, "id": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "properties": {"type": "object"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "statistic": {}, "tags": {"items": {"type": "string"}, "type": "array"}, "target": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"FlowDiagram":{"properties": {"author": {"type": "string"}, "createdAt": {"type": "string"}, "deletedAt": {"type": "string"}, "flow": {"type": "string"}, "id": {"type": "string"}, "json": {"type": "string"}, "updatedAt": {"type": "string"}}, "type": "object"}'
    ',"FlowFunction":{"properties": {"author": {"type": "string"}, "category": {"type": "string"}, "createdAt": {"type": "string"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "fqn": {"type": "string"}, "icon": {"type": "string"}, "id": {"type": "string"}, "inputStreams": {"items": {"type": "object"}, "type": "array"}, "isAbstract": {"type": "boolean"}, "name": {"type": "string"}, "outputStreams": {"items": {"type": "object"}, "type": "array"}, "propertiesSchema": {}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "revision": {"type": "number"}, "supertype": {"type": "string"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}}, "required": ["fqn", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"FlowModule":{"properties": {"artifacts": {"items": {"$ref": "#/components/schemas/Storage"}, "type": "array"}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "description": {"type": "string"}, "functions": {"items": {"type": "string"}, "type": "array"}, "id": {"type": "string"}, "name": {"type": "string"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"FreeForm":{"type": "object"}'
    ',"Label":{"properties": {"color": {"type": "string"}, "createdAt": {"type": "string"}, "createdBy": {"$ref": "#/components/schemas/Author"}, "description": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "updatedAt": {"type": "string"}, "updatedBy": {"$ref": "#/components/schemas/Author"}}, "required": ["name", "readWritePermissions"], "type": "object"}'
    ',"LabelSearchResult":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Label"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs"], "type": "object"}'
    ',"LogbookDeleteResult":{"properties": {"deleted": {"type": "boolean"}}, "type": "object"}'
    ',"LogbookEntry":{"properties": {"comment": {"type": "string"}, "createdAt": {"type": "string"}, "createdBy": {}, "data": {}, "date": {"type": "string"}, "duration": {"type": "number"}, "id": {"type": "string"}, "materials": {"items": {"$ref": "#/components/schemas/Material"}, "type": "array"}, "source": {"type": "string"}, "taskId": {"type": "string"}, "updatedAt": {"type": "string"}}, "type": "object"}'
    ',"Material":{"properties": {"name": {"type": "string"}, "quantity": {"type": "number"}}, "required": ["name", "quantity"], "type": "object"}'
    ',"Notification":{"properties": {"description": {"type": "string"}, "globalRole": {"type": "string"}, "id": {"type": "string"}, "link": {"type": "string"}, "name": {"type": "string"}, "notificationType": {"type": "string"}, "organization": {"type": "string"}, "organizationRole": {"type": "string"}, "read": {"type": "boolean"}, "userId": {"type": "string"}}, "required": ["name"], "type": "object"}'
    ',"NotificationRule":{"properties": {"description": {"type": "string"}, "endpointRef": {"type": "string"}, "every": {"type": ["number", "string"]}, "id": {"type": "string"}, "messageTemplate": {"type": "string"}, "name": {"type": "string"}, "offset": {"type": ["number", "string"]}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "status": {"type": "string"}, "statusRule": {"properties": {"currentLevel": {"type": "string"}, "previousLevel": {"type": "string"}}, "type": "object"}, "tagRules": {"items": {"properties": {"id": {"type": "string"}, "operator": {"type": "string"}, "value": {"type": "string"}}, "type": "object"}, "type": "array"}, "tags": {"items": {"type": "string"}, "type": "array"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"Organization":{"properties": {"createdAt": {"type": "string"}, "deletionRequested": {}, "description": {"type": "string"}, "domains": {"items": {"type": "string"}, "type": "array"}, "id": {"type": "string"}, "isSuperOrganization": {"type": "boolean"}, "logo": {"type": "string"}, "name": {"type": "string"}, "realm": {"type": "string"}, "subscriptionId": {"type": "string"}, "updatedAt": {"type": "string"}, "verified": {"type": "boolean"}}, "required": ["name"], "type": "object"}'
    ',"OrganizationName":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "type": "object"}'
    ',"Owner":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"}}, "required": ["id"], "type": "object"}'
    ',"PaginatedAiMessage":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/AiMessage"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedAlert":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Alert"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedAsset":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Asset"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedAssetRevision":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/AssetRevision"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedAssetType":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/AssetType"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedContent":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Content"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedEndpoint":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Endpoint"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedEvent":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Event"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedFlow":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Flow"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedFlowDeployment":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/FlowDeployment"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedFlowFunction":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/FlowFunction"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedFlowModule":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/FlowModule"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedLabel":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Label"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedLogbookEntry":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/LogbookEntry"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedNotification":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Notification"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedNotificationRule":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/NotificationRule"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedOrganization":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Organization"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedTask":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/Task"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedTimeSeries":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/TimeSeries"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"PaginatedVaultSecret":{"properties": {"docs": {"items": {"$ref": "#/components/schemas/VaultSecret"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs", "total", "limit"], "type": "object"}'
    ',"Permissions":{"items": {"type": "string"}, "type": "array"}'
    ',"ResourceReference":{"properties": {"dependent": {"type": "boolean"}, "id": {"type": "string"}, "resourceType": {"type": "string"}}, "required": ["id", "resourceType"], "type": "object"}'
    ',"RolesByOrganization":{"additionalProperties": {"items": {"type": "string"}, "type": "array"}, "type": "object"}'
    ',"SearchResult":{"properties": {"docs": {"items": {"type": "object"}, "type": "array"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "total": {"type": "integer"}}, "required": ["docs"], "type": "object"}'
    ',"SettledTimeSeries":{"properties": {"reason": {}, "status": {"type": "string"}, "value": {"$ref": "#/components/schemas/TimeSeries"}}, "required": ["status"], "type": "object"}'
    ',"SpeechToken":{"properties": {"region": {"type": "string"}, "token": {"type": "string"}}, "type": "object"}'
    ',"Storage":{"properties": {"createdAt": {"type": "string"}, "filename": {"type": "string"}, "id": {"type": "string"}, "md5": {"type": "string"}, "mimetype": {"type": "string"}, "provider": {"type": "string"}, "size": {"type": "number"}, "type": {"type": "string"}}, "type": "object"}'
    ',"StringMap":{"additionalProperties": {"type": "string"}, "type": "object"}'
    ',"Task":{"properties": {"acceptedBy": {"type": "string"}, "assetRef": {"type": "string"}, "assetRef$name": {"type": "string"}, "assignedTo": {"items": {"type": "string"}, "type": "array"}, "author": {"type": "string"}, "createdAt": {"type": "string"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "eventRef": {"type": "string"}, "eventRef$name": {"type": "string"}, "expiryDate": {"type": "string"}, "gitHubNr": {"type": ["string", "number"]}, "id": {"type": "string"}, "logbookSchema": {}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "parent": {"type": "string"}, "parent$name": {"type": "string"}, "priority": {"type": "string"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "reason": {"type": "string"}, "schedule": {}, "status": {"type": "string"}, "statusHistoryLog": {"items": {}, "type": "array"}, "subTasks": {"items": {"type": "string"}, "type": "array"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"Template":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}, "template": {"type": "object"}}, "type": "object"}'
    ',"TimeSeries":{"properties": {"assetRef": {"type": "string"}, "assetRef$name": {"type": "string"}, "assetTsId": {"type": "string"}, "autoDelBucket": {"type": ["string", "number"]}, "autoDelData": {"type": ["string", "number"]}, "createdAt": {"type": "string"}, "deletedAt": {"type": "string"}, "description": {"type": "string"}, "id": {"type": "string"}, "maxBucketTimeRange": {"type": "number"}, "maxDate": {"type": ["string", "number"]}, "metadata": {"type": "object"}, "metrics": {"items": {"type": "string"}, "type": "array"}, "minDate": {"type": ["string", "number"]}, "name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "tsRef": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    ',"TimeSeriesValue":{"properties": {"raw": {"type": "number"}, "timestamp": {"type": "number"}, "value": {}}, "required": ["timestamp"], "type": "object"}'
    ',"TrashCleanResult":{"properties": {"acknowledged": {"type": "boolean"}, "deletedCount": {"type": "integer"}}, "type": "object"}'
    ',"UserSettings":{"properties": {"activeOrg": {"type": "string"}, "activeTags": {}, "applications": {}, "consent": {}, "creationReadRoles": {"items": {"type": "object"}, "type": "array"}, "creationWriteRoles": {"items": {"type": "object"}, "type": "array"}, "deletionRequested": {}, "favoriteLabelsOrder": {}, "id": {"type": "string"}, "language": {"type": "string"}, "tableSettings": {}, "userId": {"type": "string"}}, "type": "object"}'
    ',"VaultSecret":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}, "readPermissions": {"$ref": "#/components/schemas/Permissions"}, "readWritePermissions": {"$ref": "#/components/schemas/Permissions"}, "secret": {"type": "string"}, "tags": {"items": {"type": "string"}, "type": "array"}, "updatedAt": {"type": "string"}, "version": {"type": "number"}}, "required": ["name", "readPermissions", "readWritePermissions"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.ai.ai_create_thread":{"$ref": "#/components/schemas/AiThread"}'
    ',"api.ai.ai_delete_thread":{"$ref": "#/components/schemas/AiThread"}'
    ',"api.ai.ai_get_assistant":{"$ref": "#/components/schemas/AiAssistant"}'
    ',"api.ai.ai_get_latest_assistant_thread":{"$ref": "#/components/schemas/AiThread"}'
    ',"api.ai.ai_get_latest_thread":{"$ref": "#/components/schemas/AiThread"}'
    ',"api.ai.ai_get_speech_token":{"$ref": "#/components/schemas/SpeechToken"}'
    ',"api.ai.ai_get_thread":{"$ref": "#/components/schemas/AiThread"}'
    ',"api.ai.ai_list_assistant_threads":{"items": {"$ref": "#/components/schemas/AiThread"}, "type": "array"}'
    ',"api.ai.ai_list_assistants":{"items": {"$ref": "#/components/schemas/AiAssistant"}, "type": "array"}'
    ',"api.ai.ai_list_messages":{"$ref": "#/components/schemas/PaginatedAiMessage"}'
    ',"api.ai.ai_list_threads":{"items": {"$ref": "#/components/schemas/AiThread"}, "type": "array"}'
    ',"api.ai.ai_send_message":{"$ref": "#/components/schemas/AiMessage"}'
    ',"api.alerts.alerts_create":{"$ref": "#/components/schemas/Alert"}'
    ',"api.alerts.alerts_create_many":{"items": {"$ref": "#/components/schemas/Alert"}, "type": "array"}'
    ',"api.alerts.alerts_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.alerts.alerts_get":{"$ref": "#/components/schemas/Alert"}'
    ',"api.alerts.alerts_get_many":{"$ref": "#/components/schemas/PaginatedAlert"}'
    ',"api.alerts.alerts_update":{"$ref": "#/components/schemas/Alert"}'
    ',"api.asset_types.asset_types_create":{"$ref": "#/components/schemas/AssetType"}'
    ',"api.asset_types.asset_types_create_many":{"items": {"$ref": "#/components/schemas/AssetType"}, "type": "array"}'
    ',"api.asset_types.asset_types_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.asset_types.asset_types_delete_revision":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.asset_types.asset_types_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.asset_types.asset_types_get":{"$ref": "#/components/schemas/AssetType"}'
    ',"api.asset_types.asset_types_get_many":{"$ref": "#/components/schemas/PaginatedAssetType"}'
    ',"api.asset_types.asset_types_get_template":{"$ref": "#/components/schemas/Template"}'
    ',"api.asset_types.asset_types_list_revisions":{"$ref": "#/components/schemas/PaginatedAssetType"}'
    ',"api.asset_types.asset_types_list_trash":{"$ref": "#/components/schemas/PaginatedAssetType"}'
    ',"api.asset_types.asset_types_restore":{"$ref": "#/components/schemas/AssetType"}'
    ',"api.asset_types.asset_types_restore_all":{"items": {"$ref": "#/components/schemas/AssetType"}, "type": "array"}'
    ',"api.asset_types.asset_types_rollback":{"$ref": "#/components/schemas/AssetType"}'
    ',"api.asset_types.asset_types_update":{"$ref": "#/components/schemas/AssetType"}'
    ',"api.assets.assets_add_attachment":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_count":{"type": "integer"}'
    ',"api.assets.assets_create":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_create_many":{"items": {"$ref": "#/components/schemas/Asset"}, "type": "array"}'
    ',"api.assets.assets_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.assets.assets_delete_revision":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.assets.assets_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.assets.assets_get":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_get_event_levels":{"$ref": "#/components/schemas/EventLevelOverrides"}'
    ',"api.assets.assets_get_external":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_get_many":{"$ref": "#/components/schemas/PaginatedAsset"}'
    ',"api.assets.assets_get_translated_names":{"$ref": "#/components/schemas/StringMap"}'
    ',"api.assets.assets_link":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_list_attachments":{"$ref": "#/components/schemas/PaginatedContent"}'
    ',"api.assets.assets_list_revisions":{"$ref": "#/components/schemas/PaginatedAssetRevision"}'
    ',"api.assets.assets_list_trash":{"$ref": "#/components/schemas/PaginatedAsset"}'
    ',"api.assets.assets_restore":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_restore_all":{"items": {"$ref": "#/components/schemas/Asset"}, "type": "array"}'
    ',"api.assets.assets_rollback":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_unlink":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_update":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_update_event_cause":{"$ref": "#/components/schemas/Asset"}'
    ',"api.assets.assets_update_external":{"$ref": "#/components/schemas/Asset"}'
    ',"api.contents.contents_create_many":{"items": {"$ref": "#/components/schemas/Content"}, "type": "array"}'
    ',"api.contents.contents_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.contents.contents_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.contents.contents_get":{"$ref": "#/components/schemas/Content"}'
    ',"api.contents.contents_get_many":{"$ref": "#/components/schemas/PaginatedContent"}'
    ',"api.contents.contents_list_trash":{"$ref": "#/components/schemas/PaginatedContent"}'
    ',"api.contents.contents_restore":{"$ref": "#/components/schemas/Content"}'
    ',"api.contents.contents_restore_all":{"items": {"$ref": "#/components/schemas/Content"}, "type": "array"}'
    ',"api.contents.contents_update":{"$ref": "#/components/schemas/Content"}'
    ',"api.contents.contents_upload":{"$ref": "#/components/schemas/Content"}'
    ',"api.endpoints.endpoints_create":{"$ref": "#/components/schemas/Endpoint"}'
    ',"api.endpoints.endpoints_create_many":{"items": {"$ref": "#/components/schemas/Endpoint"}, "type": "array"}'
    ',"api.endpoints.endpoints_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.endpoints.endpoints_get":{"$ref": "#/components/schemas/Endpoint"}'
    ',"api.endpoints.endpoints_get_last_log":{"$ref": "#/components/schemas/EndpointLog"}'
    ',"api.endpoints.endpoints_get_many":{"$ref": "#/components/schemas/PaginatedEndpoint"}'
    ',"api.endpoints.endpoints_update":{"$ref": "#/components/schemas/Endpoint"}'
    ',"api.events.events_create":{"$ref": "#/components/schemas/Event"}'
    ',"api.events.events_create_many":{"items": {"$ref": "#/components/schemas/Event"}, "type": "array"}'
    ',"api.events.events_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.events.events_get":{"$ref": "#/components/schemas/Event"}'
    ',"api.events.events_get_last_by_group":{"$ref": "#/components/schemas/Event"}'
    ',"api.events.events_get_last_by_groups":{"$ref": "#/components/schemas/StringMap"}'
    ',"api.events.events_get_many":{"$ref": "#/components/schemas/PaginatedEvent"}'
    ',"api.events.events_update":{"$ref": "#/components/schemas/Event"}'
    ',"api.flow_deployments.flow_deployments_create":{"$ref": "#/components/schemas/FlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.flow_deployments.flow_deployments_get":{"$ref": "#/components/schemas/FlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_get_logs":{"items": {"$ref": "#/components/schemas/FreeForm"}, "type": "array"}'
    ',"api.flow_deployments.flow_deployments_get_many":{"$ref": "#/components/schemas/PaginatedFlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_get_metrics":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.flow_deployments.flow_deployments_get_statistics":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.flow_deployments.flow_deployments_list_trash":{"$ref": "#/components/schemas/PaginatedFlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_resolve_references":{"items": {"$ref": "#/components/schemas/ResourceReference"}, "type": "array"}'
    ',"api.flow_deployments.flow_deployments_restore":{"$ref": "#/components/schemas/FlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_restore_all":{"items": {"$ref": "#/components/schemas/FlowDeployment"}, "type": "array"}'
    ',"api.flow_deployments.flow_deployments_update":{"$ref": "#/components/schemas/FlowDeployment"}'
    ',"api.flow_deployments.flow_deployments_update_status":{"$ref": "#/components/schemas/FlowDeployment"}'
    ',"api.flow_functions.flow_functions_create":{"$ref": "#/components/schemas/FlowFunction"}'
    ',"api.flow_functions.flow_functions_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.flow_functions.flow_functions_delete_revision":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.flow_functions.flow_functions_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.flow_functions.flow_functions_get":{"$ref": "#/components/schemas/FlowFunction"}'
    ',"api.flow_functions.flow_functions_get_many":{"$ref": "#/components/schemas/PaginatedFlowFunction"}'
    ',"api.flow_functions.flow_functions_list_revisions":{"$ref": "#/components/schemas/PaginatedFlowFunction"}'
    ',"api.flow_functions.flow_functions_list_trash":{"$ref": "#/components/schemas/PaginatedFlowFunction"}'
    ',"api.flow_functions.flow_functions_restore":{"$ref": "#/components/schemas/FlowFunction"}'
    ',"api.flow_functions.flow_functions_restore_all":{"items": {"$ref": "#/components/schemas/FlowFunction"}, "type": "array"}'
    ',"api.flow_functions.flow_functions_rollback":{"$ref": "#/components/schemas/FlowFunction"}'
    ',"api.flow_functions.flow_functions_update":{"$ref": "#/components/schemas/FlowFunction"}'
    ',"api.flow_modules.flow_modules_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.flow_modules.flow_modules_delete_artifact":{"$ref": "#/components/schemas/FlowModule"}'
    ',"api.flow_modules.flow_modules_get":{"$ref": "#/components/schemas/FlowModule"}'
    ',"api.flow_modules.flow_modules_get_many":{"$ref": "#/components/schemas/PaginatedFlowModule"}'
    ',"api.flow_modules.flow_modules_publish":{"$ref": "#/components/schemas/FlowModule"}'
    ',"api.flow_modules.flow_modules_update":{"$ref": "#/components/schemas/FlowModule"}'
    ',"api.flows.flows_create":{"$ref": "#/components/schemas/Flow"}'
    ',"api.flows.flows_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.flows.flows_delete_revision":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.flows.flows_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.flows.flows_get":{"$ref": "#/components/schemas/Flow"}'
    ',"api.flows.flows_get_by_diagram":{"$ref": "#/components/schemas/Flow"}'
    ',"api.flows.flows_get_many":{"$ref": "#/components/schemas/PaginatedFlow"}'
    ',"api.flows.flows_list_diagram_revisions":{"items": {"$ref": "#/components/schemas/FlowDiagram"}, "type": "array"}'
    ',"api.flows.flows_list_revisions":{"$ref": "#/components/schemas/PaginatedFlow"}'
    ',"api.flows.flows_list_trash":{"$ref": "#/components/schemas/PaginatedFlow"}'
    ',"api.flows.flows_restore":{"$ref": "#/components/schemas/Flow"}'
    ',"api.flows.flows_restore_all":{"items": {"$ref": "#/components/schemas/Flow"}, "type": "array"}'
    ',"api.flows.flows_rollback":{"$ref": "#/components/schemas/Flow"}'
    ',"api.flows.flows_update":{"$ref": "#/components/schemas/Flow"}'
    ',"api.labels.labels_count":{"type": "integer"}'
    ',"api.labels.labels_create":{"$ref": "#/components/schemas/Label"}'
    ',"api.labels.labels_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.labels.labels_get":{"$ref": "#/components/schemas/Label"}'
    ',"api.labels.labels_get_by_name":{"$ref": "#/components/schemas/Label"}'
    ',"api.labels.labels_get_many":{"$ref": "#/components/schemas/PaginatedLabel"}'
    ',"api.labels.labels_search":{"$ref": "#/components/schemas/LabelSearchResult"}'
    ',"api.labels.labels_update":{"$ref": "#/components/schemas/Label"}'
    ',"api.notification_rules.notification_rules_create":{"$ref": "#/components/schemas/NotificationRule"}'
    ',"api.notification_rules.notification_rules_create_many":{"items": {"$ref": "#/components/schemas/NotificationRule"}, "type": "array"}'
    ',"api.notification_rules.notification_rules_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.notification_rules.notification_rules_get":{"$ref": "#/components/schemas/NotificationRule"}'
    ',"api.notification_rules.notification_rules_get_many":{"$ref": "#/components/schemas/PaginatedNotificationRule"}'
    ',"api.notification_rules.notification_rules_update":{"$ref": "#/components/schemas/NotificationRule"}'
    ',"api.notifications.notifications_create":{"$ref": "#/components/schemas/Notification"}'
    ',"api.notifications.notifications_create_many":{"items": {"$ref": "#/components/schemas/Notification"}, "type": "array"}'
    ',"api.notifications.notifications_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.notifications.notifications_get":{"$ref": "#/components/schemas/Notification"}'
    ',"api.notifications.notifications_get_many":{"$ref": "#/components/schemas/PaginatedNotification"}'
    ',"api.notifications.notifications_update":{"$ref": "#/components/schemas/Notification"}'
    ',"api.organizations.organizations_create":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations.organizations_create_role":{"items": {"$ref": "#/components/schemas/FreeForm"}, "type": "array"}'
    ',"api.organizations.organizations_delete_data":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.organizations.organizations_get":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations.organizations_get_active":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations.organizations_get_by_name":{"$ref": "#/components/schemas/OrganizationName"}'
    ',"api.organizations.organizations_get_data":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.organizations.organizations_get_employee":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.organizations.organizations_get_names":{"items": {"$ref": "#/components/schemas/OrganizationName"}, "type": "array"}'
    ',"api.organizations.organizations_get_user_roles":{"$ref": "#/components/schemas/RolesByOrganization"}'
    ',"api.organizations.organizations_has_active_subscription":{"type": "boolean"}'
    ',"api.organizations.organizations_list_mine":{"items": {"$ref": "#/components/schemas/Organization"}, "type": "array"}'
    ',"api.organizations.organizations_list_of_user":{"items": {"$ref": "#/components/schemas/Organization"}, "type": "array"}'
    ',"api.organizations.organizations_update":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations.organizations_update_role":{"items": {"$ref": "#/components/schemas/FreeForm"}, "type": "array"}'
    ',"api.organizations_administration.organizations_administration_create":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations_administration.organizations_administration_delete":{"type": "string"}'
    ',"api.organizations_administration.organizations_administration_get":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations_administration.organizations_administration_get_many":{"$ref": "#/components/schemas/PaginatedOrganization"}'
    ',"api.organizations_administration.organizations_administration_search":{"items": {"$ref": "#/components/schemas/Organization"}, "type": "array"}'
    ',"api.organizations_administration.organizations_administration_set_subscription":{"$ref": "#/components/schemas/Organization"}'
    ',"api.organizations_resources.organizations_resources_create":{"type": "string"}'
    ',"api.organizations_resources.organizations_resources_delete":{"type": "string"}'
    ',"api.organizations_resources.organizations_resources_list_set_names":{"items": {"type": "string"}, "type": "array"}'
    ',"api.proxy.proxy_delete":{}'
    ',"api.proxy.proxy_get":{}'
    ',"api.proxy.proxy_post":{}'
    ',"api.proxy.proxy_put":{}'
    ',"api.search.search_search":{"$ref": "#/components/schemas/SearchResult"}'
    ',"api.tasks.tasks_add_logbook_entry":{"$ref": "#/components/schemas/LogbookEntry"}'
    ',"api.tasks.tasks_create":{"$ref": "#/components/schemas/Task"}'
    ',"api.tasks.tasks_create_many":{"items": {"$ref": "#/components/schemas/Task"}, "type": "array"}'
    ',"api.tasks.tasks_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.tasks.tasks_delete_logbook_entry":{"$ref": "#/components/schemas/LogbookDeleteResult"}'
    ',"api.tasks.tasks_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.tasks.tasks_get":{"$ref": "#/components/schemas/Task"}'
    ',"api.tasks.tasks_get_many":{"$ref": "#/components/schemas/PaginatedTask"}'
    ',"api.tasks.tasks_list_logbook":{"$ref": "#/components/schemas/PaginatedLogbookEntry"}'
    ',"api.tasks.tasks_list_my_logbook":{"$ref": "#/components/schemas/PaginatedLogbookEntry"}'
    ',"api.tasks.tasks_list_trash":{"$ref": "#/components/schemas/PaginatedTask"}'
    ',"api.tasks.tasks_restore":{"$ref": "#/components/schemas/Task"}'
    ',"api.tasks.tasks_restore_all":{"items": {"$ref": "#/components/schemas/Task"}, "type": "array"}'
    ',"api.tasks.tasks_update":{"$ref": "#/components/schemas/Task"}'
    ',"api.tasks.tasks_update_logbook_entry":{"$ref": "#/components/schemas/LogbookEntry"}'
    ',"api.timeseries.timeseries_add_asset_values":{"$ref": "#/components/schemas/TimeSeries"}'
    ',"api.timeseries.timeseries_add_asset_values_bulk":{"items": {"$ref": "#/components/schemas/SettledTimeSeries"}, "type": "array"}'
    ',"api.timeseries.timeseries_create":{"$ref": "#/components/schemas/TimeSeries"}'
    ',"api.timeseries.timeseries_create_many":{"items": {"$ref": "#/components/schemas/TimeSeries"}, "type": "array"}'
    ',"api.timeseries.timeseries_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.timeseries.timeseries_empty_trash":{"$ref": "#/components/schemas/TrashCleanResult"}'
    ',"api.timeseries.timeseries_get":{"$ref": "#/components/schemas/TimeSeries"}'
    ',"api.timeseries.timeseries_get_many":{"$ref": "#/components/schemas/PaginatedTimeSeries"}'
    ',"api.timeseries.timeseries_get_most_recent":{"$ref": "#/components/schemas/TimeSeriesValue"}'
    ',"api.timeseries.timeseries_get_most_recent_by_asset":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.timeseries.timeseries_get_values":{"items": {"$ref": "#/components/schemas/TimeSeriesValue"}, "type": "array"}'
    ',"api.timeseries.timeseries_get_values_of_period":{"items": {"$ref": "#/components/schemas/TimeSeriesValue"}, "type": "array"}'
    ',"api.timeseries.timeseries_list_by_asset":{"$ref": "#/components/schemas/PaginatedTimeSeries"}'
    ',"api.timeseries.timeseries_list_trash":{"$ref": "#/components/schemas/PaginatedTimeSeries"}'
    ',"api.timeseries.timeseries_restore":{"$ref": "#/components/schemas/TimeSeries"}'
    ',"api.timeseries.timeseries_restore_all":{"items": {"$ref": "#/components/schemas/TimeSeries"}, "type": "array"}'
    ',"api.timeseries.timeseries_update":{"$ref": "#/components/schemas/TimeSeries"}'
    ',"api.users.users_delete_settings":{"$ref": "#/components/schemas/UserSettings"}'
    ',"api.users.users_get_settings":{"$ref": "#/components/schemas/UserSettings"}'
    ',"api.users.users_update_settings":{"$ref": "#/components/schemas/UserSettings"}'
    ',"api.vault.vault_create":{"$ref": "#/components/schemas/VaultSecret"}'
    ',"api.vault.vault_create_many":{"items": {"$ref": "#/components/schemas/VaultSecret"}, "type": "array"}'
    ',"api.vault.vault_delete":{"$ref": "#/components/schemas/DeleteResult"}'
    ',"api.vault.vault_get":{"$ref": "#/components/schemas/VaultSecret"}'
    ',"api.vault.vault_get_many":{"$ref": "#/components/schemas/PaginatedVaultSecret"}'
    ',"api.vault.vault_get_secret":{"type": "string"}'
    ',"api.vault.vault_update":{"$ref": "#/components/schemas/VaultSecret"}'
    "}}"
)

_ASSETS_GET_MANY = Operation(
    _PACKAGE,
    "api.assets.assets_get_many",
    "GET",
    "/assets",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_CREATE = Operation(
    _PACKAGE,
    "api.assets.assets_create",
    "POST",
    "/assets",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Asset"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.assets.assets_create_many",
    "POST",
    "/assets/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Asset"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_GET = Operation(
    _PACKAGE,
    "api.assets.assets_get",
    "GET",
    "/assets/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_UPDATE = Operation(
    _PACKAGE,
    "api.assets.assets_update",
    "PUT",
    "/assets/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Asset"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_DELETE = Operation(
    _PACKAGE,
    "api.assets.assets_delete",
    "DELETE",
    "/assets/{id}",
    result="parse",
    retry_safe=False,
    params={
        "force": {"type": "boolean"},
        "id": {"minLength": 1, "type": "string"},
        "remove_children": {"type": "boolean"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.assets.assets_cancel_access",
    "PUT",
    "/assets/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_SHARE = Operation(
    _PACKAGE,
    "api.assets.assets_share",
    "POST",
    "/assets/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.assets.assets_list_trash",
    "GET",
    "/assets/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.assets.assets_restore_all",
    "PUT",
    "/assets/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_RESTORE = Operation(
    _PACKAGE,
    "api.assets.assets_restore",
    "PUT",
    "/assets/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.assets.assets_empty_trash",
    "DELETE",
    "/assets/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_LIST_REVISIONS = Operation(
    _PACKAGE,
    "api.assets.assets_list_revisions",
    "GET",
    "/assets/{id}/revisions",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_ROLLBACK = Operation(
    _PACKAGE,
    "api.assets.assets_rollback",
    "PUT",
    "/assets/{id}/rollback",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/RollbackRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_DELETE_REVISION = Operation(
    _PACKAGE,
    "api.assets.assets_delete_revision",
    "DELETE",
    "/assets/{id}/revisions/{revisionId}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "revision_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_COUNT = Operation(
    _PACKAGE,
    "api.assets.assets_count",
    "GET",
    "/assets/count",
    result="parse",
    retry_safe=False,
    params={"filter_": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_ADD_ATTACHMENT = Operation(
    _PACKAGE,
    "api.assets.assets_add_attachment",
    "POST",
    "/assets/{id}/attachment",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_LIST_ATTACHMENTS = Operation(
    _PACKAGE,
    "api.assets.assets_list_attachments",
    "GET",
    "/assets/{id}/attachments",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_LINK = Operation(
    _PACKAGE,
    "api.assets.assets_link",
    "POST",
    "/assets/{id}/link",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/LinkRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_UNLINK = Operation(
    _PACKAGE,
    "api.assets.assets_unlink",
    "POST",
    "/assets/{id}/unlink",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/UnlinkRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_GET_EVENT_LEVELS = Operation(
    _PACKAGE,
    "api.assets.assets_get_event_levels",
    "POST",
    "/assets/event-causes",
    result="parse",
    retry_safe=True,
    params={},
    body={"$ref": "#/components/schemas/EventCausesRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSETS_UPDATE_EVENT_CAUSE = Operation(
    _PACKAGE,
    "api.assets.assets_update_event_cause",
    "PUT",
    "/assets/{id}/event-causes",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EventCause"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_GET_EXTERNAL = Operation(
    _PACKAGE,
    "api.assets.assets_get_external",
    "GET",
    "/assets/external/{key}",
    result="parse",
    retry_safe=False,
    params={"key": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_UPDATE_EXTERNAL = Operation(
    _PACKAGE,
    "api.assets.assets_update_external",
    "PUT",
    "/assets/external/{key}",
    result="parse",
    retry_safe=False,
    params={"key": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Asset"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSETS_GET_TRANSLATED_NAMES = Operation(
    _PACKAGE,
    "api.assets.assets_get_translated_names",
    "GET",
    "/assets/translations/names/{lang}",
    result="parse",
    retry_safe=False,
    params={"lang": {"minLength": 1, "type": "string"}, "translation_ids": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_GET_MANY = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_get_many",
    "GET",
    "/assettypes",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_CREATE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_create",
    "POST",
    "/assettypes",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AssetType"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSET_TYPES_CREATE_MANY = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_create_many",
    "POST",
    "/assettypes/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/AssetType"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSET_TYPES_GET = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_get",
    "GET",
    "/assettypes/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_UPDATE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_update",
    "PUT",
    "/assettypes/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/AssetType"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_DELETE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_delete",
    "DELETE",
    "/assettypes/{id}",
    result="parse",
    retry_safe=False,
    params={
        "force": {"type": "boolean"},
        "id": {"minLength": 1, "type": "string"},
        "remove_from_allowed_parents": {"type": "boolean"},
        "remove_subtypes_of_supertype": {"type": "boolean"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_cancel_access",
    "PUT",
    "/assettypes/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_SHARE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_share",
    "POST",
    "/assettypes/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ASSET_TYPES_LIST_TRASH = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_list_trash",
    "GET",
    "/assettypes/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_restore_all",
    "PUT",
    "/assettypes/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_RESTORE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_restore",
    "PUT",
    "/assettypes/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_empty_trash",
    "DELETE",
    "/assettypes/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_LIST_REVISIONS = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_list_revisions",
    "GET",
    "/assettypes/{id}/revisions",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_ROLLBACK = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_rollback",
    "PUT",
    "/assettypes/{id}/rollback",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/RollbackRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_DELETE_REVISION = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_delete_revision",
    "DELETE",
    "/assettypes/{id}/revisions/{revisionId}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "revision_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ASSET_TYPES_GET_TEMPLATE = Operation(
    _PACKAGE,
    "api.asset_types.asset_types_get_template",
    "GET",
    "/assettypes/{id}/templates/{templateName}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "template_name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_GET_MANY = Operation(
    _PACKAGE,
    "api.contents.contents_get_many",
    "GET",
    "/contents",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_UPLOAD = Operation(
    _PACKAGE,
    "api.contents.contents_upload",
    "POST",
    "/contents",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Content"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CONTENTS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.contents.contents_create_many",
    "POST",
    "/contents/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Content"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CONTENTS_GET = Operation(
    _PACKAGE,
    "api.contents.contents_get",
    "GET",
    "/contents/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_UPDATE = Operation(
    _PACKAGE,
    "api.contents.contents_update",
    "PUT",
    "/contents/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Content"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_DELETE = Operation(
    _PACKAGE,
    "api.contents.contents_delete",
    "DELETE",
    "/contents/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.contents.contents_cancel_access",
    "PUT",
    "/contents/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_SHARE = Operation(
    _PACKAGE,
    "api.contents.contents_share",
    "POST",
    "/contents/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_CONTENTS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.contents.contents_list_trash",
    "GET",
    "/contents/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.contents.contents_restore_all",
    "PUT",
    "/contents/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_RESTORE = Operation(
    _PACKAGE,
    "api.contents.contents_restore",
    "PUT",
    "/contents/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.contents.contents_empty_trash",
    "DELETE",
    "/contents/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CONTENTS_DOWNLOAD = Operation(
    _PACKAGE,
    "api.contents.contents_download",
    "GET",
    "/contents/{id}/download",
    result="bytes",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_GET_MANY = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get_many",
    "GET",
    "/tsm",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_CREATE = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_create",
    "POST",
    "/tsm",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/TimeSeries"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_CREATE_MANY = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_create_many",
    "POST",
    "/tsm/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/TimeSeries"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_GET = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get",
    "GET",
    "/tsm/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_UPDATE = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_update",
    "PUT",
    "/tsm/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/TimeSeries"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_ADD_VALUES = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_add_values",
    "POST",
    "/tsm/{id}",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/TimeSeriesValuesInput"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_DELETE = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_delete",
    "DELETE",
    "/tsm/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_cancel_access",
    "PUT",
    "/tsm/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_SHARE = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_share",
    "POST",
    "/tsm/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_LIST_TRASH = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_list_trash",
    "GET",
    "/tsm/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_restore_all",
    "PUT",
    "/tsm/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_RESTORE = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_restore",
    "PUT",
    "/tsm/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_empty_trash",
    "DELETE",
    "/tsm/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_GET_VALUES = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get_values",
    "GET",
    "/tsm/{id}/{from}",
    result="parse",
    retry_safe=False,
    params={
        "from_": {"minimum": 0, "type": "integer"},
        "group": {"$ref": "#/components/schemas/TimeSeriesGroup"},
        "id": {"minLength": 1, "type": "string"},
        "limit": {"minimum": 0, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_GET_VALUES_OF_PERIOD = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get_values_of_period",
    "GET",
    "/tsm/{id}/{from}/{to}",
    result="parse",
    retry_safe=False,
    params={
        "from_": {"minimum": 0, "type": "integer"},
        "group": {"$ref": "#/components/schemas/TimeSeriesGroup"},
        "id": {"minLength": 1, "type": "string"},
        "to": {"minimum": 0, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_GET_MOST_RECENT = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get_most_recent",
    "GET",
    "/tsm/{id}/recent",
    result="parse",
    retry_safe=False,
    params={"before": {"type": "string"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_ADD_ASSET_VALUES = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_add_asset_values",
    "POST",
    "/tsm/assets/{assetId}",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/AssetTimeSeriesValues"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_ADD_ASSET_VALUES_BULK = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_add_asset_values_bulk",
    "POST",
    "/tsm/assets/{assetId}/bulk",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}},
    body={"items": {"$ref": "#/components/schemas/AssetTimeSeriesValues"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TIMESERIES_LIST_BY_ASSET = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_list_by_asset",
    "GET",
    "/tsm/asset/{assetId}",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}, "names": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TIMESERIES_GET_MOST_RECENT_BY_ASSET = Operation(
    _PACKAGE,
    "api.timeseries.timeseries_get_most_recent_by_asset",
    "GET",
    "/tsm/asset/{assetId}/recent",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}, "names": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_GET_MANY = Operation(
    _PACKAGE,
    "api.events.events_get_many",
    "GET",
    "/events",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_CREATE = Operation(
    _PACKAGE,
    "api.events.events_create",
    "POST",
    "/events",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Event"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_EVENTS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.events.events_create_many",
    "POST",
    "/events/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Event"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_EVENTS_GET = Operation(
    _PACKAGE,
    "api.events.events_get",
    "GET",
    "/events/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_UPDATE = Operation(
    _PACKAGE,
    "api.events.events_update",
    "PUT",
    "/events/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Event"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_DELETE = Operation(
    _PACKAGE,
    "api.events.events_delete",
    "DELETE",
    "/events/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.events.events_cancel_access",
    "PUT",
    "/events/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_SHARE = Operation(
    _PACKAGE,
    "api.events.events_share",
    "POST",
    "/events/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_EVENTS_GET_LAST_BY_GROUP = Operation(
    _PACKAGE,
    "api.events.events_get_last_by_group",
    "GET",
    "/events/last/{assetId}/{group}",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}, "group": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_GET_LAST_BY_GROUPS = Operation(
    _PACKAGE,
    "api.events.events_get_last_by_groups",
    "GET",
    "/events/asset/{assetId}/last",
    result="parse",
    retry_safe=False,
    params={"asset_id": {"minLength": 1, "type": "string"}, "groups": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_GET_MANY = Operation(
    _PACKAGE,
    "api.tasks.tasks_get_many",
    "GET",
    "/tasks",
    result="parse",
    retry_safe=False,
    params={
        "asset_ref": {"type": "string"},
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "name": {"type": "string"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_CREATE = Operation(
    _PACKAGE,
    "api.tasks.tasks_create",
    "POST",
    "/tasks",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Task"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TASKS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.tasks.tasks_create_many",
    "POST",
    "/tasks/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Task"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TASKS_GET = Operation(
    _PACKAGE,
    "api.tasks.tasks_get",
    "GET",
    "/tasks/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_UPDATE = Operation(
    _PACKAGE,
    "api.tasks.tasks_update",
    "PUT",
    "/tasks/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Task"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_DELETE = Operation(
    _PACKAGE,
    "api.tasks.tasks_delete",
    "DELETE",
    "/tasks/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.tasks.tasks_cancel_access",
    "PUT",
    "/tasks/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_SHARE = Operation(
    _PACKAGE,
    "api.tasks.tasks_share",
    "POST",
    "/tasks/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TASKS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.tasks.tasks_list_trash",
    "GET",
    "/tasks/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.tasks.tasks_restore_all",
    "PUT",
    "/tasks/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_RESTORE = Operation(
    _PACKAGE,
    "api.tasks.tasks_restore",
    "PUT",
    "/tasks/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.tasks.tasks_empty_trash",
    "DELETE",
    "/tasks/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_LIST_LOGBOOK = Operation(
    _PACKAGE,
    "api.tasks.tasks_list_logbook",
    "GET",
    "/tasks/{taskId}/logbook",
    result="parse",
    retry_safe=False,
    params={
        "limit": {"default": 50, "minimum": 0, "type": "integer"},
        "offset": {"default": 0, "minimum": 0, "type": "integer"},
        "task_id": {"minLength": 1, "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_ADD_LOGBOOK_ENTRY = Operation(
    _PACKAGE,
    "api.tasks.tasks_add_logbook_entry",
    "POST",
    "/tasks/{taskId}/logbook",
    result="parse",
    retry_safe=False,
    params={"task_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/LogbookEntryInput"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_TASKS_DELETE_LOGBOOK_ENTRY = Operation(
    _PACKAGE,
    "api.tasks.tasks_delete_logbook_entry",
    "DELETE",
    "/tasks/{taskId}/logbook/{entryId}",
    result="parse",
    retry_safe=False,
    params={"entry_id": {"minLength": 1, "type": "string"}, "task_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_UPDATE_LOGBOOK_ENTRY = Operation(
    _PACKAGE,
    "api.tasks.tasks_update_logbook_entry",
    "PATCH",
    "/tasks/{taskId}/logbook/{entryId}",
    result="parse",
    retry_safe=False,
    params={"entry_id": {"minLength": 1, "type": "string"}, "task_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/LogbookEntryPatch"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_TASKS_LIST_MY_LOGBOOK = Operation(
    _PACKAGE,
    "api.tasks.tasks_list_my_logbook",
    "GET",
    "/tasks/logbook/mine",
    result="parse",
    retry_safe=False,
    params={
        "limit": {"default": 50, "minimum": 0, "type": "integer"},
        "offset": {"default": 0, "minimum": 0, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_GET_MANY = Operation(
    _PACKAGE,
    "api.alerts.alerts_get_many",
    "GET",
    "/alerts",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_CREATE = Operation(
    _PACKAGE,
    "api.alerts.alerts_create",
    "POST",
    "/alerts",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Alert"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ALERTS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.alerts.alerts_create_many",
    "POST",
    "/alerts/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Alert"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ALERTS_GET = Operation(
    _PACKAGE,
    "api.alerts.alerts_get",
    "GET",
    "/alerts/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_UPDATE = Operation(
    _PACKAGE,
    "api.alerts.alerts_update",
    "PUT",
    "/alerts/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Alert"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_DELETE = Operation(
    _PACKAGE,
    "api.alerts.alerts_delete",
    "DELETE",
    "/alerts/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.alerts.alerts_cancel_access",
    "PUT",
    "/alerts/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ALERTS_SHARE = Operation(
    _PACKAGE,
    "api.alerts.alerts_share",
    "POST",
    "/alerts/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ENDPOINTS_GET_MANY = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_get_many",
    "GET",
    "/notification/endpoints",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENDPOINTS_CREATE = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_create",
    "POST",
    "/notification/endpoints",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Endpoint"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ENDPOINTS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_create_many",
    "POST",
    "/notification/endpoints/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Endpoint"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ENDPOINTS_GET = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_get",
    "GET",
    "/notification/endpoints/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENDPOINTS_UPDATE = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_update",
    "PUT",
    "/notification/endpoints/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Endpoint"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENDPOINTS_SEND_NOTIFICATION = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_send_notification",
    "POST",
    "/notification/endpoints/{id}",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/NotificationPayload"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ENDPOINTS_DELETE = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_delete",
    "DELETE",
    "/notification/endpoints/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENDPOINTS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_cancel_access",
    "PUT",
    "/notification/endpoints/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENDPOINTS_SHARE = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_share",
    "POST",
    "/notification/endpoints/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ENDPOINTS_GET_LAST_LOG = Operation(
    _PACKAGE,
    "api.endpoints.endpoints_get_last_log",
    "GET",
    "/notification/endpoints/{id}/logs/{group}/last",
    result="parse",
    retry_safe=False,
    params={"group": {"minLength": 1, "type": "string"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_GET_MANY = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_get_many",
    "GET",
    "/notification/rules",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_CREATE = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_create",
    "POST",
    "/notification/rules",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/NotificationRule"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_CREATE_MANY = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_create_many",
    "POST",
    "/notification/rules/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/NotificationRule"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_GET = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_get",
    "GET",
    "/notification/rules/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_UPDATE = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_update",
    "PUT",
    "/notification/rules/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/NotificationRule"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_DELETE = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_delete",
    "DELETE",
    "/notification/rules/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_cancel_access",
    "PUT",
    "/notification/rules/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATION_RULES_SHARE = Operation(
    _PACKAGE,
    "api.notification_rules.notification_rules_share",
    "POST",
    "/notification/rules/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NOTIFICATIONS_GET_MANY = Operation(
    _PACKAGE,
    "api.notifications.notifications_get_many",
    "GET",
    "/notifications",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATIONS_CREATE = Operation(
    _PACKAGE,
    "api.notifications.notifications_create",
    "POST",
    "/notifications",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Notification"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NOTIFICATIONS_CREATE_MANY = Operation(
    _PACKAGE,
    "api.notifications.notifications_create_many",
    "POST",
    "/notifications/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/Notification"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NOTIFICATIONS_GET = Operation(
    _PACKAGE,
    "api.notifications.notifications_get",
    "GET",
    "/notifications/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATIONS_UPDATE = Operation(
    _PACKAGE,
    "api.notifications.notifications_update",
    "PUT",
    "/notifications/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Notification"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NOTIFICATIONS_DELETE = Operation(
    _PACKAGE,
    "api.notifications.notifications_delete",
    "DELETE",
    "/notifications/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_GET_MANY = Operation(
    _PACKAGE,
    "api.flows.flows_get_many",
    "GET",
    "/flows",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"default": "none", "type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_CREATE = Operation(
    _PACKAGE,
    "api.flows.flows_create",
    "POST",
    "/flows",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Flow"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOWS_GET = Operation(
    _PACKAGE,
    "api.flows.flows_get",
    "GET",
    "/flows/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"default": "none", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_UPDATE = Operation(
    _PACKAGE,
    "api.flows.flows_update",
    "PUT",
    "/flows/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Flow"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_DELETE = Operation(
    _PACKAGE,
    "api.flows.flows_delete",
    "DELETE",
    "/flows/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.flows.flows_cancel_access",
    "PUT",
    "/flows/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_SHARE = Operation(
    _PACKAGE,
    "api.flows.flows_share",
    "POST",
    "/flows/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOWS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.flows.flows_list_trash",
    "GET",
    "/flows/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.flows.flows_restore_all",
    "PUT",
    "/flows/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_RESTORE = Operation(
    _PACKAGE,
    "api.flows.flows_restore",
    "PUT",
    "/flows/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.flows.flows_empty_trash",
    "DELETE",
    "/flows/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_LIST_REVISIONS = Operation(
    _PACKAGE,
    "api.flows.flows_list_revisions",
    "GET",
    "/flows/{id}/revisions",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_ROLLBACK = Operation(
    _PACKAGE,
    "api.flows.flows_rollback",
    "PUT",
    "/flows/{id}/rollback",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/RollbackRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_DELETE_REVISION = Operation(
    _PACKAGE,
    "api.flows.flows_delete_revision",
    "DELETE",
    "/flows/{id}/revisions/{revisionId}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "revision_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_GET_BY_DIAGRAM = Operation(
    _PACKAGE,
    "api.flows.flows_get_by_diagram",
    "GET",
    "/flows/diagram/{diagramId}",
    result="parse",
    retry_safe=False,
    params={"diagram_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOWS_LIST_DIAGRAM_REVISIONS = Operation(
    _PACKAGE,
    "api.flows.flows_list_diagram_revisions",
    "GET",
    "/flows/{id}/diagram/revisions",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_GET_MANY = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_get_many",
    "GET",
    "/flow/deployments",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_CREATE = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_create",
    "POST",
    "/flow/deployments",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/FlowDeployment"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_GET = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_get",
    "GET",
    "/flow/deployments/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_UPDATE = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_update",
    "PUT",
    "/flow/deployments/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FlowDeployment"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_cancel_access",
    "PUT",
    "/flow/deployments/{id}/access",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_SHARE = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_share",
    "POST",
    "/flow/deployments/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_list_trash",
    "GET",
    "/flow/deployments/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_restore_all",
    "PUT",
    "/flow/deployments/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_RESTORE = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_restore",
    "PUT",
    "/flow/deployments/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_empty_trash",
    "DELETE",
    "/flow/deployments/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_subscribe_status",
    "GET",
    "/flow/deployments/{id}/status",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_UPDATE_STATUS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_update_status",
    "PUT",
    "/flow/deployments/{id}/status",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/DeploymentStatusRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_GET_STATISTICS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_get_statistics",
    "GET",
    "/flow/deployments/{id}/statistics",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_GET_METRICS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_get_metrics",
    "GET",
    "/flow/deployments/{id}/metrics",
    result="parse",
    retry_safe=False,
    params={
        "id": {"minLength": 1, "type": "string"},
        "interval": {"default": "5m", "type": "string"},
        "range_": {"default": "12h", "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_GET_LOGS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_get_logs",
    "GET",
    "/flow/deployments/{id}/logs",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_RESOLVE_REFERENCES = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_resolve_references",
    "GET",
    "/flow/deployments/{id}/references",
    result="parse",
    retry_safe=False,
    params={
        "id": {"minLength": 1, "type": "string"},
        "recursive": {"default": True, "type": "boolean"},
        "types": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS = Operation(
    _PACKAGE,
    "api.flow_deployments.flow_deployments_subscribe_logs",
    "GET",
    "/flow/deployments/{id}/logs/subscribe",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_GET_MANY = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_get_many",
    "GET",
    "/flow/functions",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_CREATE = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_create",
    "POST",
    "/flow/functions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/FlowFunction"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_GET = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_get",
    "GET",
    "/flow/functions/{fqn}",
    result="parse",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_UPDATE = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_update",
    "PUT",
    "/flow/functions/{fqn}",
    result="parse",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FlowFunction"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_DELETE = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_delete",
    "DELETE",
    "/flow/functions/{fqn}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "fqn": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_cancel_access",
    "PUT",
    "/flow/functions/{fqn}/access",
    result="none",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_SHARE = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_share",
    "POST",
    "/flow/functions/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_LIST_TRASH = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_list_trash",
    "GET",
    "/flow/functions/trash",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_RESTORE_ALL = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_restore_all",
    "PUT",
    "/flow/functions/trash/restore",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_RESTORE = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_restore",
    "PUT",
    "/flow/functions/trash/restore/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_EMPTY_TRASH = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_empty_trash",
    "DELETE",
    "/flow/functions/trash/clean",
    result="parse",
    retry_safe=False,
    params={"offset": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_LIST_REVISIONS = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_list_revisions",
    "GET",
    "/flow/functions/{fqn}/revisions",
    result="parse",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_ROLLBACK = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_rollback",
    "PUT",
    "/flow/functions/{fqn}/rollback",
    result="parse",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/RollbackRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_FUNCTIONS_DELETE_REVISION = Operation(
    _PACKAGE,
    "api.flow_functions.flow_functions_delete_revision",
    "DELETE",
    "/flow/functions/{fqn}/revisions/{revisionId}",
    result="parse",
    retry_safe=False,
    params={"fqn": {"minLength": 1, "type": "string"}, "revision_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_GET = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_get",
    "GET",
    "/flow/modules/{name}",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_UPDATE = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_update",
    "PUT",
    "/flow/modules/{name}",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FlowModule"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_DELETE = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_delete",
    "DELETE",
    "/flow/modules/{name}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_GET_MANY = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_get_many",
    "GET",
    "/flow/modules",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_PUBLISH = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_publish",
    "POST",
    "/flow/modules",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_MODULES_CANCEL_ACCESS = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_cancel_access",
    "PUT",
    "/flow/modules/{name}/access",
    result="none",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FLOW_MODULES_SHARE = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_share",
    "POST",
    "/flow/modules/share",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ShareRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_FLOW_MODULES_DELETE_ARTIFACT = Operation(
    _PACKAGE,
    "api.flow_modules.flow_modules_delete_artifact",
    "DELETE",
    "/flow/modules/{name}/{version}",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}, "version": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_GET_MANY = Operation(
    _PACKAGE,
    "api.labels.labels_get_many",
    "GET",
    "/labels",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_CREATE = Operation(
    _PACKAGE,
    "api.labels.labels_create",
    "POST",
    "/labels",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/Label"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_LABELS_GET = Operation(
    _PACKAGE,
    "api.labels.labels_get",
    "GET",
    "/labels/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_UPDATE = Operation(
    _PACKAGE,
    "api.labels.labels_update",
    "PUT",
    "/labels/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Label"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_DELETE = Operation(
    _PACKAGE,
    "api.labels.labels_delete",
    "DELETE",
    "/labels/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_GET_BY_NAME = Operation(
    _PACKAGE,
    "api.labels.labels_get_by_name",
    "GET",
    "/labels/name/{name}",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_COUNT = Operation(
    _PACKAGE,
    "api.labels.labels_count",
    "GET",
    "/labels/count",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_LABELS_SEARCH = Operation(
    _PACKAGE,
    "api.labels.labels_search",
    "POST",
    "/labels/search",
    result="parse",
    retry_safe=True,
    params={},
    body={"$ref": "#/components/schemas/SearchOptions"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_VAULT_GET_MANY = Operation(
    _PACKAGE,
    "api.vault.vault_get_many",
    "GET",
    "/vault/secrets",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_VAULT_CREATE = Operation(
    _PACKAGE,
    "api.vault.vault_create",
    "POST",
    "/vault/secrets",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/VaultSecret"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_VAULT_CREATE_MANY = Operation(
    _PACKAGE,
    "api.vault.vault_create_many",
    "POST",
    "/vault/secrets/many",
    result="parse",
    retry_safe=False,
    params={},
    body={"items": {"$ref": "#/components/schemas/VaultSecret"}, "type": "array"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_VAULT_GET = Operation(
    _PACKAGE,
    "api.vault.vault_get",
    "GET",
    "/vault/secrets/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "populate": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_VAULT_UPDATE = Operation(
    _PACKAGE,
    "api.vault.vault_update",
    "PUT",
    "/vault/secrets/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/VaultSecret"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_VAULT_DELETE = Operation(
    _PACKAGE,
    "api.vault.vault_delete",
    "DELETE",
    "/vault/secrets/{id}",
    result="parse",
    retry_safe=False,
    params={"force": {"type": "boolean"}, "id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_VAULT_GET_SECRET = Operation(
    _PACKAGE,
    "api.vault.vault_get_secret",
    "GET",
    "/vault/secrets/{name}/secret",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}, "version": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USERS_GET_SETTINGS = Operation(
    _PACKAGE,
    "api.users.users_get_settings",
    "GET",
    "/user",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USERS_UPDATE_SETTINGS = Operation(
    _PACKAGE,
    "api.users.users_update_settings",
    "PUT",
    "/user",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/UserSettings"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_USERS_DELETE_SETTINGS = Operation(
    _PACKAGE,
    "api.users.users_delete_settings",
    "DELETE",
    "/user",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_CREATE = Operation(
    _PACKAGE,
    "api.organizations.organizations_create",
    "POST",
    "/organizations",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/OrganizationCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_UPDATE = Operation(
    _PACKAGE,
    "api.organizations.organizations_update",
    "PUT",
    "/organizations/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Organization"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET = Operation(
    _PACKAGE,
    "api.organizations.organizations_get",
    "GET",
    "/organizations/{id}/",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_ACTIVE = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_active",
    "GET",
    "/organizations/active",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_SET_ACTIVE = Operation(
    _PACKAGE,
    "api.organizations.organizations_set_active",
    "PUT",
    "/organizations/{id}/active",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_LIST_MINE = Operation(
    _PACKAGE,
    "api.organizations.organizations_list_mine",
    "GET",
    "/organizations/mine",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_LIST_OF_USER = Operation(
    _PACKAGE,
    "api.organizations.organizations_list_of_user",
    "GET",
    "/organizations/users/{userId}",
    result="parse",
    retry_safe=False,
    params={"user_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_USER_ROLES = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_user_roles",
    "POST",
    "/organizations/users/{userId}/roles",
    result="parse",
    retry_safe=True,
    params={"user_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/IdsRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_NAMES = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_names",
    "POST",
    "/organizations/names",
    result="parse",
    retry_safe=True,
    params={},
    body={"$ref": "#/components/schemas/IdsRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_BY_NAME = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_by_name",
    "GET",
    "/organizations/names/{name}",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_CHECK_NAME = Operation(
    _PACKAGE,
    "api.organizations.organizations_check_name",
    "GET",
    "/organizations/unique/{name}",
    result="none",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION = Operation(
    _PACKAGE,
    "api.organizations.organizations_has_active_subscription",
    "GET",
    "/organizations/activeSubscription/{subscriptionId}",
    result="parse",
    retry_safe=False,
    params={"subscription_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_DATA = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_data",
    "GET",
    "/organizations/{id}/data",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "kinds": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_GET_EMPLOYEE = Operation(
    _PACKAGE,
    "api.organizations.organizations_get_employee",
    "GET",
    "/organizations/{id}/data/employees/{userId}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "user_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_INVITE = Operation(
    _PACKAGE,
    "api.organizations.organizations_invite",
    "POST",
    "/organizations/{id}/data/invitations",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/Invitation"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESEND_INVITATION = Operation(
    _PACKAGE,
    "api.organizations.organizations_resend_invitation",
    "PUT",
    "/organizations/{id}/data/invitations/{invitationId}/resend",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "invitation_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_CREATE_ROLE = Operation(
    _PACKAGE,
    "api.organizations.organizations_create_role",
    "POST",
    "/organizations/{id}/data/roles",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FreeForm"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_UPDATE_ROLE = Operation(
    _PACKAGE,
    "api.organizations.organizations_update_role",
    "PUT",
    "/organizations/{id}/data/roles/{roleName}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "role_name": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FreeForm"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_UPDATE_USER_ROLES = Operation(
    _PACKAGE,
    "api.organizations.organizations_update_user_roles",
    "PUT",
    "/organizations/{id}/data/roles/users/{userId}",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}, "user_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/UserRolesChange"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_DELETE_DATA = Operation(
    _PACKAGE,
    "api.organizations.organizations_delete_data",
    "DELETE",
    "/organizations/{id}/data/{elementId}",
    result="parse",
    retry_safe=False,
    params={
        "element_id": {"minLength": 1, "type": "string"},
        "id": {"minLength": 1, "type": "string"},
        "kind": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_REQUEST_DELETION = Operation(
    _PACKAGE,
    "api.organizations.organizations_request_deletion",
    "PUT",
    "/organizations/{id}/request-deletion",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/EmptyBody"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_LEAVE = Operation(
    _PACKAGE,
    "api.organizations.organizations_leave",
    "DELETE",
    "/organizations/{id}/leave",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_GET = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_get",
    "GET",
    "/organizations-administration/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_DELETE = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_delete",
    "DELETE",
    "/organizations-administration/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_GET_MANY = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_get_many",
    "GET",
    "/organizations-administration",
    result="parse",
    retry_safe=False,
    params={
        "filter_": {"type": "string"},
        "lang": {"type": "string"},
        "limit": {"default": 0, "minimum": 0, "type": "integer"},
        "page": {"default": 1, "minimum": 1, "type": "integer"},
        "populate": {"type": "string"},
        "select": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_SEARCH = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_search",
    "GET",
    "/organizations-administration/search",
    result="parse",
    retry_safe=False,
    params={"name": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_CREATE = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_create",
    "POST",
    "/organizations-administration/create-org",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/OrganizationAdminCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_add_members",
    "POST",
    "/organizations-administration/{id}/members",
    result="none",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/MembersRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_set_subscription",
    "POST",
    "/organizations-administration/{id}/subscription",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/SubscriptionRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK = Operation(
    _PACKAGE,
    "api.organizations_administration.organizations_administration_subscribe_deletion_task",
    "GET",
    "/organizations-administration/deletionTask/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES = Operation(
    _PACKAGE,
    "api.organizations_resources.organizations_resources_list_set_names",
    "GET",
    "/organizations-resources/set-names",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESOURCES_CREATE = Operation(
    _PACKAGE,
    "api.organizations_resources.organizations_resources_create",
    "POST",
    "/organizations-resources/{orgId}",
    result="parse",
    retry_safe=False,
    params={"org_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/ResourceSetRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESOURCES_DELETE = Operation(
    _PACKAGE,
    "api.organizations_resources.organizations_resources_delete",
    "DELETE",
    "/organizations-resources/{orgId}",
    result="parse",
    retry_safe=False,
    params={"org_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK = Operation(
    _PACKAGE,
    "api.organizations_resources.organizations_resources_subscribe_creation_task",
    "GET",
    "/organizations-resources/creationTask/{orgId}",
    result="parse",
    retry_safe=False,
    params={"org_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK = Operation(
    _PACKAGE,
    "api.organizations_resources.organizations_resources_subscribe_deletion_task",
    "GET",
    "/organizations-resources/deletionTask/{orgId}",
    result="parse",
    retry_safe=False,
    params={"org_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SEARCH_SEARCH = Operation(
    _PACKAGE,
    "api.search.search_search",
    "POST",
    "/search",
    result="parse",
    retry_safe=True,
    params={},
    body={"$ref": "#/components/schemas/SearchOptions"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_AI_SEND_MESSAGE = Operation(
    _PACKAGE,
    "api.ai.ai_send_message",
    "POST",
    "/ai/message",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AiMessageRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_AI_LIST_THREADS = Operation(
    _PACKAGE,
    "api.ai.ai_list_threads",
    "GET",
    "/ai/threads",
    result="parse",
    retry_safe=False,
    params={"assistant_ids": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_CREATE_THREAD = Operation(
    _PACKAGE,
    "api.ai.ai_create_thread",
    "POST",
    "/ai/threads",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AiThreadRequest"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_AI_LIST_ASSISTANTS = Operation(
    _PACKAGE,
    "api.ai.ai_list_assistants",
    "GET",
    "/ai/assistants",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_GET_ASSISTANT = Operation(
    _PACKAGE,
    "api.ai.ai_get_assistant",
    "GET",
    "/ai/assistants/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_LIST_ASSISTANT_THREADS = Operation(
    _PACKAGE,
    "api.ai.ai_list_assistant_threads",
    "GET",
    "/ai/assistants/{id}/threads",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_GET_LATEST_ASSISTANT_THREAD = Operation(
    _PACKAGE,
    "api.ai.ai_get_latest_assistant_thread",
    "GET",
    "/ai/assistants/{id}/threads/latest",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_GET_SPEECH_TOKEN = Operation(
    _PACKAGE,
    "api.ai.ai_get_speech_token",
    "GET",
    "/ai/speech/token",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_GET_LATEST_THREAD = Operation(
    _PACKAGE,
    "api.ai.ai_get_latest_thread",
    "GET",
    "/ai/threads/latest",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_GET_THREAD = Operation(
    _PACKAGE,
    "api.ai.ai_get_thread",
    "GET",
    "/ai/threads/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_DELETE_THREAD = Operation(
    _PACKAGE,
    "api.ai.ai_delete_thread",
    "DELETE",
    "/ai/threads/{id}",
    result="parse",
    retry_safe=False,
    params={"id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_LIST_MESSAGES = Operation(
    _PACKAGE,
    "api.ai.ai_list_messages",
    "GET",
    "/ai/threads/{id}/messages",
    result="parse",
    retry_safe=False,
    params={
        "id": {"minLength": 1, "type": "string"},
        "limit": {"minimum": 0, "type": "integer"},
        "offset": {"minimum": 0, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_AI_SEND_FEEDBACK = Operation(
    _PACKAGE,
    "api.ai.ai_send_feedback",
    "POST",
    "/ai/feedback",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AiFeedback"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_PROXY_GET = Operation(
    _PACKAGE,
    "api.proxy.proxy_get",
    "GET",
    "/proxy/{proxyId}/{path}",
    result="parse",
    retry_safe=False,
    params={"path": {"minLength": 1, "type": "string"}, "proxy_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROXY_PUT = Operation(
    _PACKAGE,
    "api.proxy.proxy_put",
    "PUT",
    "/proxy/{proxyId}/{path}",
    result="parse",
    retry_safe=False,
    params={"path": {"minLength": 1, "type": "string"}, "proxy_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FreeForm"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROXY_POST = Operation(
    _PACKAGE,
    "api.proxy.proxy_post",
    "POST",
    "/proxy/{proxyId}/{path}",
    result="parse",
    retry_safe=False,
    params={"path": {"minLength": 1, "type": "string"}, "proxy_id": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FreeForm"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROXY_DELETE = Operation(
    _PACKAGE,
    "api.proxy.proxy_delete",
    "DELETE",
    "/proxy/{proxyId}/{path}",
    result="parse",
    retry_safe=False,
    params={"path": {"minLength": 1, "type": "string"}, "proxy_id": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)


class Assets(Resource[SyncClient]):
    """`assets` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAsset:
        """List assets, one page at a time.

        `GET /assets`
        """
        return cast(
            "PaginatedAsset",
            self._client._call(
                _ASSETS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Create an asset.

        `POST /assets`
        """
        return cast("Asset", self._client._call(_ASSETS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Asset], options: RequestOptions | None = None) -> list[Asset]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return cast("list[Asset]", self._client._call(_ASSETS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Asset:
        """Get one asset.

        `GET /assets/{id}`
        """
        return cast("Asset", self._client._call(_ASSETS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return cast("Asset", self._client._call(_ASSETS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DeleteResult:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return cast(
            "DeleteResult",
            self._client._call(_ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options),
        )

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return cast("None", self._client._call(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return cast("None", self._client._call(_ASSETS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAsset:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return cast(
            "PaginatedAsset",
            self._client._call(
                _ASSETS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Asset]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return cast("list[Asset]", self._client._call(_ASSETS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Asset:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return cast("Asset", self._client._call(_ASSETS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_ASSETS_EMPTY_TRASH, {"offset": offset}, options))

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedAssetRevision:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return cast("PaginatedAssetRevision", self._client._call(_ASSETS_LIST_REVISIONS, {"id": id}, options))

    def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> Asset:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return cast("Asset", self._client._call(_ASSETS_ROLLBACK, {"id": id, "body": body}, options))

    def delete_revision(self, id: str, revision_id: str, *, options: RequestOptions | None = None) -> DeleteResult:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult", self._client._call(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)
        )

    def count(self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> int:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return cast("int", self._client._call(_ASSETS_COUNT, {"filter_": filter_}, options))

    def add_attachment(self, id: str, *, body: ContentUpload, options: RequestOptions | None = None) -> Asset:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return cast("Asset", self._client._call(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options))

    def list_attachments(self, id: str, *, options: RequestOptions | None = None) -> PaginatedContent:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return cast("PaginatedContent", self._client._call(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options))

    def link(self, id: str, *, body: LinkRequest, options: RequestOptions | None = None) -> Asset:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return cast("Asset", self._client._call(_ASSETS_LINK, {"id": id, "body": body}, options))

    def unlink(self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None) -> Asset:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return cast("Asset", self._client._call(_ASSETS_UNLINK, {"id": id, "body": body}, options))

    def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> EventLevelOverrides:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return cast("EventLevelOverrides", self._client._call(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options))

    def update_event_cause(self, id: str, *, body: EventCause, options: RequestOptions | None = None) -> Asset:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return cast("Asset", self._client._call(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options))

    def get_external(self, key: str, *, options: RequestOptions | None = None) -> Asset:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return cast("Asset", self._client._call(_ASSETS_GET_EXTERNAL, {"key": key}, options))

    def update_external(self, key: str, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return cast("Asset", self._client._call(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options))

    def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StringMap:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return cast(
            "StringMap",
            self._client._call(
                _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
            ),
        )

    @property
    def with_raw_response(self) -> AssetsWithRawResponse:
        return AssetsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AssetsWithStreamingResponse:
        return AssetsWithStreamingResponse(self._client)


class AssetsWithRawResponse(Resource[SyncClient]):
    """`assets` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAsset]:
        """List assets, one page at a time.

        `GET /assets`
        """
        return self._client._call_raw(
            _ASSETS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Asset, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Create an asset.

        `POST /assets`
        """
        return self._client._call_raw(_ASSETS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Asset], options: RequestOptions | None = None) -> RawResponse[list[Asset]]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return self._client._call_raw(_ASSETS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Get one asset.

        `GET /assets/{id}`
        """
        return self._client._call_raw(_ASSETS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return self._client._call_raw(_ASSETS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DeleteResult]:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return self._client._call_raw(
            _ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options
        )

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return self._client._call_raw(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return self._client._call_raw(_ASSETS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAsset]:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return self._client._call_raw(
            _ASSETS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Asset]]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return self._client._call_raw(_ASSETS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return self._client._call_raw(_ASSETS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return self._client._call_raw(_ASSETS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedAssetRevision]:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return self._client._call_raw(_ASSETS_LIST_REVISIONS, {"id": id}, options)

    def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return self._client._call_raw(_ASSETS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return self._client._call_raw(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def count(self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> RawResponse[int]:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return self._client._call_raw(_ASSETS_COUNT, {"filter_": filter_}, options)

    def add_attachment(
        self, id: str, *, body: ContentUpload, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return self._client._call_raw(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options)

    def list_attachments(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedContent]:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return self._client._call_raw(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options)

    def link(self, id: str, *, body: LinkRequest, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return self._client._call_raw(_ASSETS_LINK, {"id": id, "body": body}, options)

    def unlink(self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return self._client._call_raw(_ASSETS_UNLINK, {"id": id, "body": body}, options)

    def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventLevelOverrides]:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return self._client._call_raw(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options)

    def update_event_cause(
        self, id: str, *, body: EventCause, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return self._client._call_raw(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options)

    def get_external(self, key: str, *, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return self._client._call_raw(_ASSETS_GET_EXTERNAL, {"key": key}, options)

    def update_external(self, key: str, *, body: Asset, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return self._client._call_raw(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options)

    def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[StringMap]:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return self._client._call_raw(
            _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
        )


class AssetsWithStreamingResponse(Resource[SyncClient]):
    """`assets` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAsset]:
        """List assets, one page at a time.

        `GET /assets`
        """
        return self._client._call_stream(
            _ASSETS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Asset, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Create an asset.

        `POST /assets`
        """
        return self._client._call_stream(_ASSETS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Asset], options: RequestOptions | None = None) -> StreamedResponse[list[Asset]]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return self._client._call_stream(_ASSETS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Asset]:
        """Get one asset.

        `GET /assets/{id}`
        """
        return self._client._call_stream(_ASSETS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return self._client._call_stream(_ASSETS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[DeleteResult]:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return self._client._call_stream(
            _ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options
        )

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return self._client._call_stream(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return self._client._call_stream(_ASSETS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAsset]:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return self._client._call_stream(
            _ASSETS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[list[Asset]]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return self._client._call_stream(_ASSETS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return self._client._call_stream(_ASSETS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return self._client._call_stream(_ASSETS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[PaginatedAssetRevision]:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return self._client._call_stream(_ASSETS_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[Asset]:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return self._client._call_stream(_ASSETS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def count(
        self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[int]:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return self._client._call_stream(_ASSETS_COUNT, {"filter_": filter_}, options)

    def add_attachment(
        self, id: str, *, body: ContentUpload, options: RequestOptions | None = None
    ) -> StreamedResponse[Asset]:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return self._client._call_stream(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options)

    def list_attachments(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[PaginatedContent]:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return self._client._call_stream(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options)

    def link(self, id: str, *, body: LinkRequest, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return self._client._call_stream(_ASSETS_LINK, {"id": id, "body": body}, options)

    def unlink(self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return self._client._call_stream(_ASSETS_UNLINK, {"id": id, "body": body}, options)

    def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[EventLevelOverrides]:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return self._client._call_stream(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options)

    def update_event_cause(
        self, id: str, *, body: EventCause, options: RequestOptions | None = None
    ) -> StreamedResponse[Asset]:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return self._client._call_stream(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options)

    def get_external(self, key: str, *, options: RequestOptions | None = None) -> StreamedResponse[Asset]:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return self._client._call_stream(_ASSETS_GET_EXTERNAL, {"key": key}, options)

    def update_external(
        self, key: str, *, body: Asset, options: RequestOptions | None = None
    ) -> StreamedResponse[Asset]:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return self._client._call_stream(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options)

    def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[StringMap]:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return self._client._call_stream(
            _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
        )


class AssetTypes(Resource[SyncClient]):
    """`asset_types` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAssetType:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return cast(
            "PaginatedAssetType",
            self._client._call(
                _ASSET_TYPES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: AssetType, options: RequestOptions | None = None) -> AssetType:
        """Create an asset type.

        `POST /assettypes`
        """
        return cast("AssetType", self._client._call(_ASSET_TYPES_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[AssetType], options: RequestOptions | None = None) -> list[AssetType]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return cast("list[AssetType]", self._client._call(_ASSET_TYPES_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> AssetType:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return cast("AssetType", self._client._call(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: AssetType, options: RequestOptions | None = None) -> AssetType:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return cast("AssetType", self._client._call(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DeleteResult:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return cast(
            "DeleteResult",
            self._client._call(
                _ASSET_TYPES_DELETE,
                {
                    "id": id,
                    "force": force,
                    "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                    "remove_from_allowed_parents": remove_from_allowed_parents,
                },
                options,
            ),
        )

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return cast("None", self._client._call(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return cast("None", self._client._call(_ASSET_TYPES_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAssetType:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return cast(
            "PaginatedAssetType",
            self._client._call(
                _ASSET_TYPES_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[AssetType]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return cast("list[AssetType]", self._client._call(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> AssetType:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return cast("AssetType", self._client._call(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options))

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedAssetType:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return cast("PaginatedAssetType", self._client._call(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options))

    def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> AssetType:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return cast("AssetType", self._client._call(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options))

    def delete_revision(self, id: str, revision_id: str, *, options: RequestOptions | None = None) -> DeleteResult:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            self._client._call(_ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options),
        )

    def get_template(self, id: str, template_name: str, *, options: RequestOptions | None = None) -> Template:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return cast(
            "Template",
            self._client._call(_ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options),
        )

    @property
    def with_raw_response(self) -> AssetTypesWithRawResponse:
        return AssetTypesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AssetTypesWithStreamingResponse:
        return AssetTypesWithStreamingResponse(self._client)


class AssetTypesWithRawResponse(Resource[SyncClient]):
    """`asset_types` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAssetType]:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return self._client._call_raw(
            _ASSET_TYPES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: AssetType, options: RequestOptions | None = None) -> RawResponse[AssetType]:
        """Create an asset type.

        `POST /assettypes`
        """
        return self._client._call_raw(_ASSET_TYPES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[AssetType], options: RequestOptions | None = None
    ) -> RawResponse[list[AssetType]]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return self._client._call_raw(_ASSET_TYPES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return self._client._call_raw(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: AssetType, options: RequestOptions | None = None) -> RawResponse[AssetType]:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return self._client._call_raw(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DeleteResult]:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return self._client._call_raw(
            _ASSET_TYPES_DELETE,
            {
                "id": id,
                "force": force,
                "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                "remove_from_allowed_parents": remove_from_allowed_parents,
            },
            options,
        )

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return self._client._call_raw(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return self._client._call_raw(_ASSET_TYPES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAssetType]:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return self._client._call_raw(
            _ASSET_TYPES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[AssetType]]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return self._client._call_raw(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[AssetType]:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return self._client._call_raw(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return self._client._call_raw(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedAssetType]:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return self._client._call_raw(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return self._client._call_raw(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return self._client._call_raw(_ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_template(
        self, id: str, template_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[Template]:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return self._client._call_raw(_ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options)


class AssetTypesWithStreamingResponse(Resource[SyncClient]):
    """`asset_types` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAssetType]:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return self._client._call_stream(
            _ASSET_TYPES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: AssetType, options: RequestOptions | None = None) -> StreamedResponse[AssetType]:
        """Create an asset type.

        `POST /assettypes`
        """
        return self._client._call_stream(_ASSET_TYPES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[AssetType], options: RequestOptions | None = None
    ) -> StreamedResponse[list[AssetType]]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return self._client._call_stream(_ASSET_TYPES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[AssetType]:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: AssetType, options: RequestOptions | None = None) -> StreamedResponse[AssetType]:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[DeleteResult]:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return self._client._call_stream(
            _ASSET_TYPES_DELETE,
            {
                "id": id,
                "force": force,
                "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                "remove_from_allowed_parents": remove_from_allowed_parents,
            },
            options,
        )

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return self._client._call_stream(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return self._client._call_stream(_ASSET_TYPES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAssetType]:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return self._client._call_stream(
            _ASSET_TYPES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[list[AssetType]]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return self._client._call_stream(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[AssetType]:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return self._client._call_stream(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[PaginatedAssetType]:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return self._client._call_stream(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[AssetType]:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return self._client._call_stream(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_template(
        self, id: str, template_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[Template]:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return self._client._call_stream(_ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options)


class Contents(Resource[SyncClient]):
    """`contents` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedContent:
        """List contents, one page at a time.

        `GET /contents`
        """
        return cast(
            "PaginatedContent",
            self._client._call(
                _CONTENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def upload(self, *, body: Content, options: RequestOptions | None = None) -> Content:
        """Upload a file as new content.

        `POST /contents`
        """
        return cast("Content", self._client._call(_CONTENTS_UPLOAD, {"body": body}, options))

    def create_many(self, *, body: list[Content], options: RequestOptions | None = None) -> list[Content]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return cast("list[Content]", self._client._call(_CONTENTS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Content:
        """Get one content.

        `GET /contents/{id}`
        """
        return cast("Content", self._client._call(_CONTENTS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Content, options: RequestOptions | None = None) -> Content:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return cast("Content", self._client._call(_CONTENTS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return cast("DeleteResult", self._client._call(_CONTENTS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return cast("None", self._client._call(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return cast("None", self._client._call(_CONTENTS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedContent:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return cast(
            "PaginatedContent",
            self._client._call(
                _CONTENTS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Content]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return cast("list[Content]", self._client._call(_CONTENTS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Content:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return cast("Content", self._client._call(_CONTENTS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options))

    def download(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return cast("bytes", self._client._call(_CONTENTS_DOWNLOAD, {"id": id}, options))

    @property
    def with_raw_response(self) -> ContentsWithRawResponse:
        return ContentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ContentsWithStreamingResponse:
        return ContentsWithStreamingResponse(self._client)


class ContentsWithRawResponse(Resource[SyncClient]):
    """`contents` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedContent]:
        """List contents, one page at a time.

        `GET /contents`
        """
        return self._client._call_raw(
            _CONTENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def upload(self, *, body: Content, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Upload a file as new content.

        `POST /contents`
        """
        return self._client._call_raw(_CONTENTS_UPLOAD, {"body": body}, options)

    def create_many(self, *, body: list[Content], options: RequestOptions | None = None) -> RawResponse[list[Content]]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return self._client._call_raw(_CONTENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Content]:
        """Get one content.

        `GET /contents/{id}`
        """
        return self._client._call_raw(_CONTENTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Content, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return self._client._call_raw(_CONTENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return self._client._call_raw(_CONTENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return self._client._call_raw(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return self._client._call_raw(_CONTENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedContent]:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return self._client._call_raw(
            _CONTENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Content]]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return self._client._call_raw(_CONTENTS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return self._client._call_raw(_CONTENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return self._client._call_raw(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options)

    def download(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return self._client._call_raw(_CONTENTS_DOWNLOAD, {"id": id}, options)


class ContentsWithStreamingResponse(Resource[SyncClient]):
    """`contents` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedContent]:
        """List contents, one page at a time.

        `GET /contents`
        """
        return self._client._call_stream(
            _CONTENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def upload(self, *, body: Content, options: RequestOptions | None = None) -> StreamedResponse[Content]:
        """Upload a file as new content.

        `POST /contents`
        """
        return self._client._call_stream(_CONTENTS_UPLOAD, {"body": body}, options)

    def create_many(
        self, *, body: list[Content], options: RequestOptions | None = None
    ) -> StreamedResponse[list[Content]]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return self._client._call_stream(_CONTENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Content]:
        """Get one content.

        `GET /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Content, options: RequestOptions | None = None) -> StreamedResponse[Content]:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return self._client._call_stream(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return self._client._call_stream(_CONTENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedContent]:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return self._client._call_stream(
            _CONTENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[list[Content]]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return self._client._call_stream(_CONTENTS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[Content]:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return self._client._call_stream(_CONTENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return self._client._call_stream(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options)

    def download(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[bytes]:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return self._client._call_stream(_CONTENTS_DOWNLOAD, {"id": id}, options)


class Timeseries(Resource[SyncClient]):
    """`timeseries` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTimeSeries:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return cast(
            "PaginatedTimeSeries",
            self._client._call(
                _TIMESERIES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> TimeSeries:
        """Create a timeseries.

        `POST /tsm`
        """
        return cast("TimeSeries", self._client._call(_TIMESERIES_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[TimeSeries], options: RequestOptions | None = None) -> list[TimeSeries]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return cast("list[TimeSeries]", self._client._call(_TIMESERIES_CREATE_MANY, {"body": body}, options))

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> TimeSeries:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return cast("TimeSeries", self._client._call(_TIMESERIES_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: TimeSeries, options: RequestOptions | None = None) -> TimeSeries:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return cast("TimeSeries", self._client._call(_TIMESERIES_UPDATE, {"id": id, "body": body}, options))

    def add_values(self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None) -> None:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return cast("None", self._client._call(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return cast("DeleteResult", self._client._call(_TIMESERIES_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return cast("None", self._client._call(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return cast("None", self._client._call(_TIMESERIES_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTimeSeries:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return cast(
            "PaginatedTimeSeries",
            self._client._call(
                _TIMESERIES_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[TimeSeries]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return cast("list[TimeSeries]", self._client._call(_TIMESERIES_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> TimeSeries:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return cast("TimeSeries", self._client._call(_TIMESERIES_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options))

    def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return cast(
            "list[TimeSeriesValue]",
            self._client._call(
                _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
            ),
        )

    def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return cast(
            "list[TimeSeriesValue]",
            self._client._call(
                _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
            ),
        )

    def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> TimeSeriesValue:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return cast(
            "TimeSeriesValue", self._client._call(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options)
        )

    def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> TimeSeries:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return cast(
            "TimeSeries",
            self._client._call(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options),
        )

    def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> list[SettledTimeSeries]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return cast(
            "list[SettledTimeSeries]",
            self._client._call(_TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options),
        )

    def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> PaginatedTimeSeries:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return cast(
            "PaginatedTimeSeries",
            self._client._call(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options),
        )

    def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return cast(
            "FreeForm",
            self._client._call(_TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options),
        )

    @property
    def with_raw_response(self) -> TimeseriesWithRawResponse:
        return TimeseriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> TimeseriesWithStreamingResponse:
        return TimeseriesWithStreamingResponse(self._client)


class TimeseriesWithRawResponse(Resource[SyncClient]):
    """`timeseries` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTimeSeries]:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return self._client._call_raw(
            _TIMESERIES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> RawResponse[TimeSeries]:
        """Create a timeseries.

        `POST /tsm`
        """
        return self._client._call_raw(_TIMESERIES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[TimeSeries], options: RequestOptions | None = None
    ) -> RawResponse[list[TimeSeries]]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return self._client._call_raw(_TIMESERIES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return self._client._call_raw(_TIMESERIES_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: TimeSeries, options: RequestOptions | None = None) -> RawResponse[TimeSeries]:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return self._client._call_raw(_TIMESERIES_UPDATE, {"id": id, "body": body}, options)

    def add_values(
        self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return self._client._call_raw(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return self._client._call_raw(_TIMESERIES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return self._client._call_raw(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return self._client._call_raw(_TIMESERIES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTimeSeries]:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return self._client._call_raw(
            _TIMESERIES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[TimeSeries]]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return self._client._call_raw(_TIMESERIES_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[TimeSeries]:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return self._client._call_raw(_TIMESERIES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return self._client._call_raw(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options)

    def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[TimeSeriesValue]]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return self._client._call_raw(
            _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
        )

    def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[TimeSeriesValue]]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return self._client._call_raw(
            _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
        )

    def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeriesValue]:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return self._client._call_raw(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options)

    def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return self._client._call_raw(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options)

    def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> RawResponse[list[SettledTimeSeries]]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return self._client._call_raw(_TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options)

    def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedTimeSeries]:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return self._client._call_raw(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options)

    def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return self._client._call_raw(
            _TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options
        )


class TimeseriesWithStreamingResponse(Resource[SyncClient]):
    """`timeseries` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedTimeSeries]:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> StreamedResponse[TimeSeries]:
        """Create a timeseries.

        `POST /tsm`
        """
        return self._client._call_stream(_TIMESERIES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[TimeSeries], options: RequestOptions | None = None
    ) -> StreamedResponse[list[TimeSeries]]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return self._client._call_stream(_TIMESERIES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[TimeSeries]:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: TimeSeries, options: RequestOptions | None = None
    ) -> StreamedResponse[TimeSeries]:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_UPDATE, {"id": id, "body": body}, options)

    def add_values(
        self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return self._client._call_stream(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return self._client._call_stream(_TIMESERIES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedTimeSeries]:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return self._client._call_stream(
            _TIMESERIES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[list[TimeSeries]]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return self._client._call_stream(_TIMESERIES_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[TimeSeries]:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return self._client._call_stream(_TIMESERIES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return self._client._call_stream(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options)

    def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[list[TimeSeriesValue]]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
        )

    def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[list[TimeSeriesValue]]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
        )

    def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[TimeSeriesValue]:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return self._client._call_stream(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options)

    def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> StreamedResponse[TimeSeries]:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return self._client._call_stream(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options)

    def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> StreamedResponse[list[SettledTimeSeries]]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return self._client._call_stream(
            _TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options
        )

    def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[PaginatedTimeSeries]:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return self._client._call_stream(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options)

    def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options
        )


class Events(Resource[SyncClient]):
    """`events` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedEvent:
        """List events, one page at a time.

        `GET /events`
        """
        return cast(
            "PaginatedEvent",
            self._client._call(
                _EVENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Event, options: RequestOptions | None = None) -> Event:
        """Create an event.

        `POST /events`
        """
        return cast("Event", self._client._call(_EVENTS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Event], options: RequestOptions | None = None) -> list[Event]:
        """Create several events in one call.

        `POST /events/many`
        """
        return cast("list[Event]", self._client._call(_EVENTS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Event:
        """Get one event.

        `GET /events/{id}`
        """
        return cast("Event", self._client._call(_EVENTS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> Event:
        """Replace an event.

        `PUT /events/{id}`
        """
        return cast("Event", self._client._call(_EVENTS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return cast("DeleteResult", self._client._call(_EVENTS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return cast("None", self._client._call(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share events with other organizations.

        `POST /events/share`
        """
        return cast("None", self._client._call(_EVENTS_SHARE, {"body": body}, options))

    def get_last_by_group(self, asset_id: str, group: str, *, options: RequestOptions | None = None) -> Event:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return cast(
            "Event", self._client._call(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options)
        )

    def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StringMap:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return cast(
            "StringMap",
            self._client._call(_EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options),
        )

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        return EventsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> EventsWithStreamingResponse:
        return EventsWithStreamingResponse(self._client)


class EventsWithRawResponse(Resource[SyncClient]):
    """`events` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedEvent]:
        """List events, one page at a time.

        `GET /events`
        """
        return self._client._call_raw(
            _EVENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Event, options: RequestOptions | None = None) -> RawResponse[Event]:
        """Create an event.

        `POST /events`
        """
        return self._client._call_raw(_EVENTS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Event], options: RequestOptions | None = None) -> RawResponse[list[Event]]:
        """Create several events in one call.

        `POST /events/many`
        """
        return self._client._call_raw(_EVENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Event]:
        """Get one event.

        `GET /events/{id}`
        """
        return self._client._call_raw(_EVENTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> RawResponse[Event]:
        """Replace an event.

        `PUT /events/{id}`
        """
        return self._client._call_raw(_EVENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return self._client._call_raw(_EVENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return self._client._call_raw(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share events with other organizations.

        `POST /events/share`
        """
        return self._client._call_raw(_EVENTS_SHARE, {"body": body}, options)

    def get_last_by_group(
        self, asset_id: str, group: str, *, options: RequestOptions | None = None
    ) -> RawResponse[Event]:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return self._client._call_raw(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options)

    def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[StringMap]:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return self._client._call_raw(_EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options)


class EventsWithStreamingResponse(Resource[SyncClient]):
    """`events` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedEvent]:
        """List events, one page at a time.

        `GET /events`
        """
        return self._client._call_stream(
            _EVENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Event, options: RequestOptions | None = None) -> StreamedResponse[Event]:
        """Create an event.

        `POST /events`
        """
        return self._client._call_stream(_EVENTS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Event], options: RequestOptions | None = None) -> StreamedResponse[list[Event]]:
        """Create several events in one call.

        `POST /events/many`
        """
        return self._client._call_stream(_EVENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Event]:
        """Get one event.

        `GET /events/{id}`
        """
        return self._client._call_stream(_EVENTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> StreamedResponse[Event]:
        """Replace an event.

        `PUT /events/{id}`
        """
        return self._client._call_stream(_EVENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return self._client._call_stream(_EVENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return self._client._call_stream(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share events with other organizations.

        `POST /events/share`
        """
        return self._client._call_stream(_EVENTS_SHARE, {"body": body}, options)

    def get_last_by_group(
        self, asset_id: str, group: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[Event]:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return self._client._call_stream(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options)

    def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[StringMap]:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return self._client._call_stream(_EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options)


class Tasks(Resource[SyncClient]):
    """`tasks` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTask:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return cast(
            "PaginatedTask",
            self._client._call(
                _TASKS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                    "name": name,
                    "asset_ref": asset_ref,
                },
                options,
            ),
        )

    def create(self, *, body: Task, options: RequestOptions | None = None) -> Task:
        """Create a task.

        `POST /tasks`
        """
        return cast("Task", self._client._call(_TASKS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Task], options: RequestOptions | None = None) -> list[Task]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return cast("list[Task]", self._client._call(_TASKS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Task:
        """Get one task.

        `GET /tasks/{id}`
        """
        return cast("Task", self._client._call(_TASKS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> Task:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return cast("Task", self._client._call(_TASKS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return cast("DeleteResult", self._client._call(_TASKS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return cast("None", self._client._call(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return cast("None", self._client._call(_TASKS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTask:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return cast(
            "PaginatedTask",
            self._client._call(
                _TASKS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Task]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return cast("list[Task]", self._client._call(_TASKS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Task:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return cast("Task", self._client._call(_TASKS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_TASKS_EMPTY_TRASH, {"offset": offset}, options))

    def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> PaginatedLogbookEntry:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return cast(
            "PaginatedLogbookEntry",
            self._client._call(_TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options),
        )

    def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> LogbookEntry:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return cast(
            "LogbookEntry", self._client._call(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options)
        )

    def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> LogbookDeleteResult:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return cast(
            "LogbookDeleteResult",
            self._client._call(_TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options),
        )

    def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> LogbookEntry:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return cast(
            "LogbookEntry",
            self._client._call(
                _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
            ),
        )

    def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> PaginatedLogbookEntry:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return cast(
            "PaginatedLogbookEntry",
            self._client._call(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options),
        )

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        return TasksWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> TasksWithStreamingResponse:
        return TasksWithStreamingResponse(self._client)


class TasksWithRawResponse(Resource[SyncClient]):
    """`tasks` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTask]:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return self._client._call_raw(
            _TASKS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
                "name": name,
                "asset_ref": asset_ref,
            },
            options,
        )

    def create(self, *, body: Task, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Create a task.

        `POST /tasks`
        """
        return self._client._call_raw(_TASKS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Task], options: RequestOptions | None = None) -> RawResponse[list[Task]]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return self._client._call_raw(_TASKS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Task]:
        """Get one task.

        `GET /tasks/{id}`
        """
        return self._client._call_raw(_TASKS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return self._client._call_raw(_TASKS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return self._client._call_raw(_TASKS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return self._client._call_raw(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return self._client._call_raw(_TASKS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTask]:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return self._client._call_raw(
            _TASKS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Task]]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return self._client._call_raw(_TASKS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return self._client._call_raw(_TASKS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return self._client._call_raw(_TASKS_EMPTY_TRASH, {"offset": offset}, options)

    def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedLogbookEntry]:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return self._client._call_raw(
            _TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options
        )

    def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> RawResponse[LogbookEntry]:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return self._client._call_raw(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options)

    def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[LogbookDeleteResult]:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_raw(_TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options)

    def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> RawResponse[LogbookEntry]:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_raw(
            _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
        )

    def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedLogbookEntry]:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return self._client._call_raw(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options)


class TasksWithStreamingResponse(Resource[SyncClient]):
    """`tasks` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedTask]:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return self._client._call_stream(
            _TASKS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
                "name": name,
                "asset_ref": asset_ref,
            },
            options,
        )

    def create(self, *, body: Task, options: RequestOptions | None = None) -> StreamedResponse[Task]:
        """Create a task.

        `POST /tasks`
        """
        return self._client._call_stream(_TASKS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Task], options: RequestOptions | None = None) -> StreamedResponse[list[Task]]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return self._client._call_stream(_TASKS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Task]:
        """Get one task.

        `GET /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> StreamedResponse[Task]:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return self._client._call_stream(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return self._client._call_stream(_TASKS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedTask]:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return self._client._call_stream(
            _TASKS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[list[Task]]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return self._client._call_stream(_TASKS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[Task]:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return self._client._call_stream(_TASKS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return self._client._call_stream(_TASKS_EMPTY_TRASH, {"offset": offset}, options)

    def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedLogbookEntry]:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return self._client._call_stream(
            _TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options
        )

    def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> StreamedResponse[LogbookEntry]:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return self._client._call_stream(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options)

    def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[LogbookDeleteResult]:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_stream(
            _TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options
        )

    def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> StreamedResponse[LogbookEntry]:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_stream(
            _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
        )

    def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> StreamedResponse[PaginatedLogbookEntry]:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return self._client._call_stream(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options)


class Alerts(Resource[SyncClient]):
    """`alerts` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAlert:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return cast(
            "PaginatedAlert",
            self._client._call(
                _ALERTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Alert, options: RequestOptions | None = None) -> Alert:
        """Create an alert.

        `POST /alerts`
        """
        return cast("Alert", self._client._call(_ALERTS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Alert], options: RequestOptions | None = None) -> list[Alert]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return cast("list[Alert]", self._client._call(_ALERTS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Alert:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return cast("Alert", self._client._call(_ALERTS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> Alert:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return cast("Alert", self._client._call(_ALERTS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return cast("DeleteResult", self._client._call(_ALERTS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return cast("None", self._client._call(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return cast("None", self._client._call(_ALERTS_SHARE, {"body": body}, options))

    @property
    def with_raw_response(self) -> AlertsWithRawResponse:
        return AlertsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AlertsWithStreamingResponse:
        return AlertsWithStreamingResponse(self._client)


class AlertsWithRawResponse(Resource[SyncClient]):
    """`alerts` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAlert]:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return self._client._call_raw(
            _ALERTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Alert, options: RequestOptions | None = None) -> RawResponse[Alert]:
        """Create an alert.

        `POST /alerts`
        """
        return self._client._call_raw(_ALERTS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Alert], options: RequestOptions | None = None) -> RawResponse[list[Alert]]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return self._client._call_raw(_ALERTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Alert]:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return self._client._call_raw(_ALERTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> RawResponse[Alert]:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return self._client._call_raw(_ALERTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return self._client._call_raw(_ALERTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return self._client._call_raw(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return self._client._call_raw(_ALERTS_SHARE, {"body": body}, options)


class AlertsWithStreamingResponse(Resource[SyncClient]):
    """`alerts` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAlert]:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return self._client._call_stream(
            _ALERTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Alert, options: RequestOptions | None = None) -> StreamedResponse[Alert]:
        """Create an alert.

        `POST /alerts`
        """
        return self._client._call_stream(_ALERTS_CREATE, {"body": body}, options)

    def create_many(self, *, body: list[Alert], options: RequestOptions | None = None) -> StreamedResponse[list[Alert]]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return self._client._call_stream(_ALERTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Alert]:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> StreamedResponse[Alert]:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return self._client._call_stream(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return self._client._call_stream(_ALERTS_SHARE, {"body": body}, options)


class Endpoints(Resource[SyncClient]):
    """`endpoints` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedEndpoint:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return cast(
            "PaginatedEndpoint",
            self._client._call(
                _ENDPOINTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> Endpoint:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return cast("Endpoint", self._client._call(_ENDPOINTS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Endpoint], options: RequestOptions | None = None) -> list[Endpoint]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return cast("list[Endpoint]", self._client._call(_ENDPOINTS_CREATE_MANY, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Endpoint:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return cast("Endpoint", self._client._call(_ENDPOINTS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Endpoint, options: RequestOptions | None = None) -> Endpoint:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return cast("Endpoint", self._client._call(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options))

    def send_notification(self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None) -> None:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return cast("None", self._client._call(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return cast("DeleteResult", self._client._call(_ENDPOINTS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return cast("None", self._client._call(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return cast("None", self._client._call(_ENDPOINTS_SHARE, {"body": body}, options))

    def get_last_log(self, id: str, group: str, *, options: RequestOptions | None = None) -> EndpointLog:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return cast("EndpointLog", self._client._call(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options))

    @property
    def with_raw_response(self) -> EndpointsWithRawResponse:
        return EndpointsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> EndpointsWithStreamingResponse:
        return EndpointsWithStreamingResponse(self._client)


class EndpointsWithRawResponse(Resource[SyncClient]):
    """`endpoints` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedEndpoint]:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return self._client._call_raw(
            _ENDPOINTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> RawResponse[Endpoint]:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return self._client._call_raw(_ENDPOINTS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Endpoint], options: RequestOptions | None = None
    ) -> RawResponse[list[Endpoint]]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return self._client._call_raw(_ENDPOINTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Endpoint]:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return self._client._call_raw(_ENDPOINTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Endpoint, options: RequestOptions | None = None) -> RawResponse[Endpoint]:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return self._client._call_raw(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options)

    def send_notification(
        self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return self._client._call_raw(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return self._client._call_raw(_ENDPOINTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return self._client._call_raw(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return self._client._call_raw(_ENDPOINTS_SHARE, {"body": body}, options)

    def get_last_log(self, id: str, group: str, *, options: RequestOptions | None = None) -> RawResponse[EndpointLog]:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return self._client._call_raw(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options)


class EndpointsWithStreamingResponse(Resource[SyncClient]):
    """`endpoints` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedEndpoint]:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return self._client._call_stream(
            _ENDPOINTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> StreamedResponse[Endpoint]:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return self._client._call_stream(_ENDPOINTS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Endpoint], options: RequestOptions | None = None
    ) -> StreamedResponse[list[Endpoint]]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return self._client._call_stream(_ENDPOINTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Endpoint]:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Endpoint, options: RequestOptions | None = None) -> StreamedResponse[Endpoint]:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options)

    def send_notification(
        self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return self._client._call_stream(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return self._client._call_stream(_ENDPOINTS_SHARE, {"body": body}, options)

    def get_last_log(
        self, id: str, group: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[EndpointLog]:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return self._client._call_stream(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options)


class NotificationRules(Resource[SyncClient]):
    """`notification_rules` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedNotificationRule:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return cast(
            "PaginatedNotificationRule",
            self._client._call(
                _NOTIFICATION_RULES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: NotificationRule, options: RequestOptions | None = None) -> NotificationRule:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return cast("NotificationRule", self._client._call(_NOTIFICATION_RULES_CREATE, {"body": body}, options))

    def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> list[NotificationRule]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return cast(
            "list[NotificationRule]", self._client._call(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)
        )

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> NotificationRule:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return cast(
            "NotificationRule", self._client._call(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options)
        )

    def update(self, id: str, *, body: NotificationRule, options: RequestOptions | None = None) -> NotificationRule:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return cast(
            "NotificationRule", self._client._call(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)
        )

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return cast("DeleteResult", self._client._call(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return cast("None", self._client._call(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return cast("None", self._client._call(_NOTIFICATION_RULES_SHARE, {"body": body}, options))

    @property
    def with_raw_response(self) -> NotificationRulesWithRawResponse:
        return NotificationRulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> NotificationRulesWithStreamingResponse:
        return NotificationRulesWithStreamingResponse(self._client)


class NotificationRulesWithRawResponse(Resource[SyncClient]):
    """`notification_rules` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedNotificationRule]:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return self._client._call_raw(
            _NOTIFICATION_RULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: NotificationRule, options: RequestOptions | None = None) -> RawResponse[NotificationRule]:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> RawResponse[list[NotificationRule]]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[NotificationRule]:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> RawResponse[NotificationRule]:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return self._client._call_raw(_NOTIFICATION_RULES_SHARE, {"body": body}, options)


class NotificationRulesWithStreamingResponse(Resource[SyncClient]):
    """`notification_rules` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedNotificationRule]:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return self._client._call_stream(
            _NOTIFICATION_RULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> StreamedResponse[NotificationRule]:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> StreamedResponse[list[NotificationRule]]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[NotificationRule]:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> StreamedResponse[NotificationRule]:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_SHARE, {"body": body}, options)


class Notifications(Resource[SyncClient]):
    """`notifications` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedNotification:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return cast(
            "PaginatedNotification",
            self._client._call(
                _NOTIFICATIONS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Notification, options: RequestOptions | None = None) -> Notification:
        """Create a notification.

        `POST /notifications`
        """
        return cast("Notification", self._client._call(_NOTIFICATIONS_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[Notification], options: RequestOptions | None = None) -> list[Notification]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return cast("list[Notification]", self._client._call(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options))

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Notification:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return cast("Notification", self._client._call(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Notification, options: RequestOptions | None = None) -> Notification:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return cast("Notification", self._client._call(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return cast("DeleteResult", self._client._call(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options))

    @property
    def with_raw_response(self) -> NotificationsWithRawResponse:
        return NotificationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> NotificationsWithStreamingResponse:
        return NotificationsWithStreamingResponse(self._client)


class NotificationsWithRawResponse(Resource[SyncClient]):
    """`notifications` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedNotification]:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return self._client._call_raw(
            _NOTIFICATIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Notification, options: RequestOptions | None = None) -> RawResponse[Notification]:
        """Create a notification.

        `POST /notifications`
        """
        return self._client._call_raw(_NOTIFICATIONS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Notification], options: RequestOptions | None = None
    ) -> RawResponse[list[Notification]]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return self._client._call_raw(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Notification]:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return self._client._call_raw(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: Notification, options: RequestOptions | None = None
    ) -> RawResponse[Notification]:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return self._client._call_raw(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return self._client._call_raw(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options)


class NotificationsWithStreamingResponse(Resource[SyncClient]):
    """`notifications` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedNotification]:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return self._client._call_stream(
            _NOTIFICATIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Notification, options: RequestOptions | None = None) -> StreamedResponse[Notification]:
        """Create a notification.

        `POST /notifications`
        """
        return self._client._call_stream(_NOTIFICATIONS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Notification], options: RequestOptions | None = None
    ) -> StreamedResponse[list[Notification]]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return self._client._call_stream(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Notification]:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: Notification, options: RequestOptions | None = None
    ) -> StreamedResponse[Notification]:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options)


class Flows(Resource[SyncClient]):
    """`flows` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlow:
        """List flows, one page at a time.

        `GET /flows`
        """
        return cast(
            "PaginatedFlow",
            self._client._call(
                _FLOWS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Flow, options: RequestOptions | None = None) -> Flow:
        """Create a flow.

        `POST /flows`
        """
        return cast("Flow", self._client._call(_FLOWS_CREATE, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None) -> Flow:
        """Get one flow.

        `GET /flows/{id}`
        """
        return cast("Flow", self._client._call(_FLOWS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> Flow:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return cast("Flow", self._client._call(_FLOWS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return cast("DeleteResult", self._client._call(_FLOWS_DELETE, {"id": id, "force": force}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return cast("None", self._client._call(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return cast("None", self._client._call(_FLOWS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlow:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return cast(
            "PaginatedFlow",
            self._client._call(
                _FLOWS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Flow]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return cast("list[Flow]", self._client._call(_FLOWS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Flow:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return cast("Flow", self._client._call(_FLOWS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_FLOWS_EMPTY_TRASH, {"offset": offset}, options))

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedFlow:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return cast("PaginatedFlow", self._client._call(_FLOWS_LIST_REVISIONS, {"id": id}, options))

    def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> Flow:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return cast("Flow", self._client._call(_FLOWS_ROLLBACK, {"id": id, "body": body}, options))

    def delete_revision(self, id: str, revision_id: str, *, options: RequestOptions | None = None) -> DeleteResult:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult", self._client._call(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)
        )

    def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> Flow:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return cast("Flow", self._client._call(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options))

    def list_diagram_revisions(self, id: str, *, options: RequestOptions | None = None) -> list[FlowDiagram]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return cast("list[FlowDiagram]", self._client._call(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options))

    @property
    def with_raw_response(self) -> FlowsWithRawResponse:
        return FlowsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FlowsWithStreamingResponse:
        return FlowsWithStreamingResponse(self._client)


class FlowsWithRawResponse(Resource[SyncClient]):
    """`flows` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlow]:
        """List flows, one page at a time.

        `GET /flows`
        """
        return self._client._call_raw(
            _FLOWS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Flow, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Create a flow.

        `POST /flows`
        """
        return self._client._call_raw(_FLOWS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None
    ) -> RawResponse[Flow]:
        """Get one flow.

        `GET /flows/{id}`
        """
        return self._client._call_raw(_FLOWS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return self._client._call_raw(_FLOWS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return self._client._call_raw(_FLOWS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return self._client._call_raw(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return self._client._call_raw(_FLOWS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlow]:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return self._client._call_raw(
            _FLOWS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Flow]]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return self._client._call_raw(_FLOWS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return self._client._call_raw(_FLOWS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return self._client._call_raw(_FLOWS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedFlow]:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return self._client._call_raw(_FLOWS_LIST_REVISIONS, {"id": id}, options)

    def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return self._client._call_raw(_FLOWS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return self._client._call_raw(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return self._client._call_raw(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options)

    def list_diagram_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[list[FlowDiagram]]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return self._client._call_raw(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options)


class FlowsWithStreamingResponse(Resource[SyncClient]):
    """`flows` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlow]:
        """List flows, one page at a time.

        `GET /flows`
        """
        return self._client._call_stream(
            _FLOWS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Flow, options: RequestOptions | None = None) -> StreamedResponse[Flow]:
        """Create a flow.

        `POST /flows`
        """
        return self._client._call_stream(_FLOWS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None
    ) -> StreamedResponse[Flow]:
        """Get one flow.

        `GET /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> StreamedResponse[Flow]:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return self._client._call_stream(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return self._client._call_stream(_FLOWS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlow]:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return self._client._call_stream(
            _FLOWS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[list[Flow]]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return self._client._call_stream(_FLOWS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[Flow]:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOWS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return self._client._call_stream(_FLOWS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[PaginatedFlow]:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return self._client._call_stream(_FLOWS_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[Flow]:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return self._client._call_stream(_FLOWS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> StreamedResponse[Flow]:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return self._client._call_stream(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options)

    def list_diagram_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[list[FlowDiagram]]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return self._client._call_stream(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options)


class FlowDeployments(Resource[SyncClient]):
    """`flow_deployments` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowDeployment:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return cast(
            "PaginatedFlowDeployment",
            self._client._call(
                _FLOW_DEPLOYMENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: FlowDeployment, options: RequestOptions | None = None) -> FlowDeployment:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return cast("FlowDeployment", self._client._call(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options))

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowDeployment:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return cast(
            "FlowDeployment", self._client._call(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)
        )

    def update(self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None) -> FlowDeployment:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return cast("FlowDeployment", self._client._call(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options))

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return cast("None", self._client._call(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return cast("None", self._client._call(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowDeployment:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return cast(
            "PaginatedFlowDeployment",
            self._client._call(
                _FLOW_DEPLOYMENTS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[FlowDeployment]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return cast("list[FlowDeployment]", self._client._call(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> FlowDeployment:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return cast("FlowDeployment", self._client._call(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options))

    def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return cast("str", self._client._call(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options))

    def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> FlowDeployment:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return cast(
            "FlowDeployment", self._client._call(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options)
        )

    def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return cast("FreeForm", self._client._call(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options))

    def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return cast(
            "FreeForm",
            self._client._call(
                _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
            ),
        )

    def get_logs(self, id: str, *, options: RequestOptions | None = None) -> list[FreeForm]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return cast("list[FreeForm]", self._client._call(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options))

    def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[ResourceReference]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return cast(
            "list[ResourceReference]",
            self._client._call(
                _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
            ),
        )

    def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return cast("str", self._client._call(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options))

    @property
    def with_raw_response(self) -> FlowDeploymentsWithRawResponse:
        return FlowDeploymentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FlowDeploymentsWithStreamingResponse:
        return FlowDeploymentsWithStreamingResponse(self._client)


class FlowDeploymentsWithRawResponse(Resource[SyncClient]):
    """`flow_deployments` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowDeployment]:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return self._client._call_raw(
            _FLOW_DEPLOYMENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: FlowDeployment, options: RequestOptions | None = None) -> RawResponse[FlowDeployment]:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options)

    def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowDeployment]:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return self._client._call_raw(
            _FLOW_DEPLOYMENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[FlowDeployment]]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options)

    def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options)

    def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options)

    def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options)

    def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return self._client._call_raw(
            _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
        )

    def get_logs(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[list[FreeForm]]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options)

    def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[ResourceReference]]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return self._client._call_raw(
            _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
        )

    def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return self._client._call_raw(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options)


class FlowDeploymentsWithStreamingResponse(Resource[SyncClient]):
    """`flow_deployments` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlowDeployment]:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowDeployment]:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowDeployment]:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowDeployment]:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlowDeployment]:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[list[FlowDeployment]]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowDeployment]:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options)

    def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options)

    def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowDeployment]:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options)

    def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[FreeForm]:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options)

    def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FreeForm]:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
        )

    def get_logs(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[list[FreeForm]]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options)

    def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[list[ResourceReference]]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
        )

    def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options)


class FlowFunctions(Resource[SyncClient]):
    """`flow_functions` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowFunction:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return cast(
            "PaginatedFlowFunction",
            self._client._call(
                _FLOW_FUNCTIONS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: FlowFunction, options: RequestOptions | None = None) -> FlowFunction:
        """Create a flow function.

        `POST /flow/functions`
        """
        return cast("FlowFunction", self._client._call(_FLOW_FUNCTIONS_CREATE, {"body": body}, options))

    def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowFunction:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return cast(
            "FlowFunction", self._client._call(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)
        )

    def update(self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None) -> FlowFunction:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return cast("FlowFunction", self._client._call(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options))

    def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return cast("DeleteResult", self._client._call(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options))

    def cancel_access(self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return cast("None", self._client._call(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return cast("None", self._client._call(_FLOW_FUNCTIONS_SHARE, {"body": body}, options))

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowFunction:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return cast(
            "PaginatedFlowFunction",
            self._client._call(
                _FLOW_FUNCTIONS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[FlowFunction]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return cast("list[FlowFunction]", self._client._call(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options))

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> FlowFunction:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return cast("FlowFunction", self._client._call(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options))

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return cast("TrashCleanResult", self._client._call(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options))

    def list_revisions(self, fqn: str, *, options: RequestOptions | None = None) -> PaginatedFlowFunction:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return cast("PaginatedFlowFunction", self._client._call(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options))

    def rollback(self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> FlowFunction:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return cast("FlowFunction", self._client._call(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options))

    def delete_revision(self, fqn: str, revision_id: str, *, options: RequestOptions | None = None) -> DeleteResult:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            self._client._call(_FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options),
        )

    @property
    def with_raw_response(self) -> FlowFunctionsWithRawResponse:
        return FlowFunctionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FlowFunctionsWithStreamingResponse:
        return FlowFunctionsWithStreamingResponse(self._client)


class FlowFunctionsWithRawResponse(Resource[SyncClient]):
    """`flow_functions` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowFunction]:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return self._client._call_raw(
            _FLOW_FUNCTIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: FlowFunction, options: RequestOptions | None = None) -> RawResponse[FlowFunction]:
        """Create a flow function.

        `POST /flow/functions`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_CREATE, {"body": body}, options)

    def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)

    def update(
        self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options)

    def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options)

    def cancel_access(self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowFunction]:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return self._client._call_raw(
            _FLOW_FUNCTIONS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[FlowFunction]]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options)

    def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[FlowFunction]:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, fqn: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedFlowFunction]:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options)

    def rollback(
        self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return self._client._call_raw(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options)

    def delete_revision(
        self, fqn: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return self._client._call_raw(
            _FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options
        )


class FlowFunctionsWithStreamingResponse(Resource[SyncClient]):
    """`flow_functions` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlowFunction]:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: FlowFunction, options: RequestOptions | None = None) -> StreamedResponse[FlowFunction]:
        """Create a flow function.

        `POST /flow/functions`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_CREATE, {"body": body}, options)

    def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowFunction]:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)

    def update(
        self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowFunction]:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options)

    def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options)

    def cancel_access(
        self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlowFunction]:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[list[FlowFunction]]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowFunction]:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> StreamedResponse[TrashCleanResult]:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(
        self, fqn: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[PaginatedFlowFunction]:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options)

    def rollback(
        self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowFunction]:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options)

    def delete_revision(
        self, fqn: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options
        )


class FlowModules(Resource[SyncClient]):
    """`flow_modules` operations."""

    def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowModule:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return cast("FlowModule", self._client._call(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options))

    def update(self, name: str, *, body: FlowModule, options: RequestOptions | None = None) -> FlowModule:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return cast("FlowModule", self._client._call(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options))

    def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return cast("DeleteResult", self._client._call(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options))

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowModule:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return cast(
            "PaginatedFlowModule",
            self._client._call(
                _FLOW_MODULES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def publish(self, *, body: ModulePublish, options: RequestOptions | None = None) -> FlowModule:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return cast("FlowModule", self._client._call(_FLOW_MODULES_PUBLISH, {"body": body}, options))

    def cancel_access(self, name: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return cast("None", self._client._call(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options))

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return cast("None", self._client._call(_FLOW_MODULES_SHARE, {"body": body}, options))

    def delete_artifact(self, name: str, version: str, *, options: RequestOptions | None = None) -> FlowModule:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return cast(
            "FlowModule", self._client._call(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options)
        )

    @property
    def with_raw_response(self) -> FlowModulesWithRawResponse:
        return FlowModulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FlowModulesWithStreamingResponse:
        return FlowModulesWithStreamingResponse(self._client)


class FlowModulesWithRawResponse(Resource[SyncClient]):
    """`flow_modules` operations, WithRawResponse."""

    def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowModule]:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return self._client._call_raw(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options)

    def update(self, name: str, *, body: FlowModule, options: RequestOptions | None = None) -> RawResponse[FlowModule]:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return self._client._call_raw(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options)

    def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return self._client._call_raw(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowModule]:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return self._client._call_raw(
            _FLOW_MODULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def publish(self, *, body: ModulePublish, options: RequestOptions | None = None) -> RawResponse[FlowModule]:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return self._client._call_raw(_FLOW_MODULES_PUBLISH, {"body": body}, options)

    def cancel_access(self, name: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return self._client._call_raw(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return self._client._call_raw(_FLOW_MODULES_SHARE, {"body": body}, options)

    def delete_artifact(
        self, name: str, version: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FlowModule]:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return self._client._call_raw(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options)


class FlowModulesWithStreamingResponse(Resource[SyncClient]):
    """`flow_modules` operations, WithStreamingResponse."""

    def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowModule]:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options)

    def update(
        self, name: str, *, body: FlowModule, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowModule]:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options)

    def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedFlowModule]:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return self._client._call_stream(
            _FLOW_MODULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def publish(self, *, body: ModulePublish, options: RequestOptions | None = None) -> StreamedResponse[FlowModule]:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return self._client._call_stream(_FLOW_MODULES_PUBLISH, {"body": body}, options)

    def cancel_access(
        self, name: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return self._client._call_stream(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return self._client._call_stream(_FLOW_MODULES_SHARE, {"body": body}, options)

    def delete_artifact(
        self, name: str, version: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FlowModule]:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return self._client._call_stream(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options)


class Labels(Resource[SyncClient]):
    """`labels` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedLabel:
        """List labels, one page at a time.

        `GET /labels`
        """
        return cast(
            "PaginatedLabel",
            self._client._call(
                _LABELS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: Label, options: RequestOptions | None = None) -> Label:
        """Create a label.

        `POST /labels`
        """
        return cast("Label", self._client._call(_LABELS_CREATE, {"body": body}, options))

    def get(self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Label:
        """Get one label.

        `GET /labels/{id}`
        """
        return cast("Label", self._client._call(_LABELS_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> Label:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return cast("Label", self._client._call(_LABELS_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return cast("DeleteResult", self._client._call(_LABELS_DELETE, {"id": id, "force": force}, options))

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> Label:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return cast("Label", self._client._call(_LABELS_GET_BY_NAME, {"name": name}, options))

    def count(self, *, options: RequestOptions | None = None) -> int:
        """How many labels there are.

        `GET /labels/count`
        """
        return cast("int", self._client._call(_LABELS_COUNT, {}, options))

    def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> LabelSearchResult:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return cast("LabelSearchResult", self._client._call(_LABELS_SEARCH, {"body": body}, options))

    @property
    def with_raw_response(self) -> LabelsWithRawResponse:
        return LabelsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> LabelsWithStreamingResponse:
        return LabelsWithStreamingResponse(self._client)


class LabelsWithRawResponse(Resource[SyncClient]):
    """`labels` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedLabel]:
        """List labels, one page at a time.

        `GET /labels`
        """
        return self._client._call_raw(
            _LABELS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Label, options: RequestOptions | None = None) -> RawResponse[Label]:
        """Create a label.

        `POST /labels`
        """
        return self._client._call_raw(_LABELS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Label]:
        """Get one label.

        `GET /labels/{id}`
        """
        return self._client._call_raw(_LABELS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> RawResponse[Label]:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return self._client._call_raw(_LABELS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return self._client._call_raw(_LABELS_DELETE, {"id": id, "force": force}, options)

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[Label]:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return self._client._call_raw(_LABELS_GET_BY_NAME, {"name": name}, options)

    def count(self, *, options: RequestOptions | None = None) -> RawResponse[int]:
        """How many labels there are.

        `GET /labels/count`
        """
        return self._client._call_raw(_LABELS_COUNT, {}, options)

    def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> RawResponse[LabelSearchResult]:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return self._client._call_raw(_LABELS_SEARCH, {"body": body}, options)


class LabelsWithStreamingResponse(Resource[SyncClient]):
    """`labels` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedLabel]:
        """List labels, one page at a time.

        `GET /labels`
        """
        return self._client._call_stream(
            _LABELS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Label, options: RequestOptions | None = None) -> StreamedResponse[Label]:
        """Create a label.

        `POST /labels`
        """
        return self._client._call_stream(_LABELS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Label]:
        """Get one label.

        `GET /labels/{id}`
        """
        return self._client._call_stream(_LABELS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> StreamedResponse[Label]:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return self._client._call_stream(_LABELS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return self._client._call_stream(_LABELS_DELETE, {"id": id, "force": force}, options)

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> StreamedResponse[Label]:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return self._client._call_stream(_LABELS_GET_BY_NAME, {"name": name}, options)

    def count(self, *, options: RequestOptions | None = None) -> StreamedResponse[int]:
        """How many labels there are.

        `GET /labels/count`
        """
        return self._client._call_stream(_LABELS_COUNT, {}, options)

    def search(
        self, *, body: SearchOptions, options: RequestOptions | None = None
    ) -> StreamedResponse[LabelSearchResult]:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return self._client._call_stream(_LABELS_SEARCH, {"body": body}, options)


class Vault(Resource[SyncClient]):
    """`vault` operations."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedVaultSecret:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return cast(
            "PaginatedVaultSecret",
            self._client._call(
                _VAULT_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> VaultSecret:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return cast("VaultSecret", self._client._call(_VAULT_CREATE, {"body": body}, options))

    def create_many(self, *, body: list[VaultSecret], options: RequestOptions | None = None) -> list[VaultSecret]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return cast("list[VaultSecret]", self._client._call(_VAULT_CREATE_MANY, {"body": body}, options))

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> VaultSecret:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return cast("VaultSecret", self._client._call(_VAULT_GET, {"id": id, "populate": populate}, options))

    def update(self, id: str, *, body: VaultSecret, options: RequestOptions | None = None) -> VaultSecret:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return cast("VaultSecret", self._client._call(_VAULT_UPDATE, {"id": id, "body": body}, options))

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return cast("DeleteResult", self._client._call(_VAULT_DELETE, {"id": id, "force": force}, options))

    def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return cast("str", self._client._call(_VAULT_GET_SECRET, {"name": name, "version": version}, options))

    @property
    def with_raw_response(self) -> VaultWithRawResponse:
        return VaultWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> VaultWithStreamingResponse:
        return VaultWithStreamingResponse(self._client)


class VaultWithRawResponse(Resource[SyncClient]):
    """`vault` operations, WithRawResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedVaultSecret]:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return self._client._call_raw(
            _VAULT_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> RawResponse[VaultSecret]:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return self._client._call_raw(_VAULT_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[VaultSecret], options: RequestOptions | None = None
    ) -> RawResponse[list[VaultSecret]]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return self._client._call_raw(_VAULT_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[VaultSecret]:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return self._client._call_raw(_VAULT_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: VaultSecret, options: RequestOptions | None = None) -> RawResponse[VaultSecret]:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return self._client._call_raw(_VAULT_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return self._client._call_raw(_VAULT_DELETE, {"id": id, "force": force}, options)

    def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return self._client._call_raw(_VAULT_GET_SECRET, {"name": name, "version": version}, options)


class VaultWithStreamingResponse(Resource[SyncClient]):
    """`vault` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedVaultSecret]:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return self._client._call_stream(
            _VAULT_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> StreamedResponse[VaultSecret]:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return self._client._call_stream(_VAULT_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[VaultSecret], options: RequestOptions | None = None
    ) -> StreamedResponse[list[VaultSecret]]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return self._client._call_stream(_VAULT_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[VaultSecret]:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: VaultSecret, options: RequestOptions | None = None
    ) -> StreamedResponse[VaultSecret]:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[DeleteResult]:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_DELETE, {"id": id, "force": force}, options)

    def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return self._client._call_stream(_VAULT_GET_SECRET, {"name": name, "version": version}, options)


class Users(Resource[SyncClient]):
    """`users` operations."""

    def get_settings(self, *, options: RequestOptions | None = None) -> UserSettings:
        """The caller's settings.

        `GET /user`
        """
        return cast("UserSettings", self._client._call(_USERS_GET_SETTINGS, {}, options))

    def update_settings(self, *, body: UserSettings, options: RequestOptions | None = None) -> UserSettings:
        """Replace the caller's settings.

        `PUT /user`
        """
        return cast("UserSettings", self._client._call(_USERS_UPDATE_SETTINGS, {"body": body}, options))

    def delete_settings(self, *, options: RequestOptions | None = None) -> UserSettings:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return cast("UserSettings", self._client._call(_USERS_DELETE_SETTINGS, {}, options))

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        return UsersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        return UsersWithStreamingResponse(self._client)


class UsersWithRawResponse(Resource[SyncClient]):
    """`users` operations, WithRawResponse."""

    def get_settings(self, *, options: RequestOptions | None = None) -> RawResponse[UserSettings]:
        """The caller's settings.

        `GET /user`
        """
        return self._client._call_raw(_USERS_GET_SETTINGS, {}, options)

    def update_settings(
        self, *, body: UserSettings, options: RequestOptions | None = None
    ) -> RawResponse[UserSettings]:
        """Replace the caller's settings.

        `PUT /user`
        """
        return self._client._call_raw(_USERS_UPDATE_SETTINGS, {"body": body}, options)

    def delete_settings(self, *, options: RequestOptions | None = None) -> RawResponse[UserSettings]:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return self._client._call_raw(_USERS_DELETE_SETTINGS, {}, options)


class UsersWithStreamingResponse(Resource[SyncClient]):
    """`users` operations, WithStreamingResponse."""

    def get_settings(self, *, options: RequestOptions | None = None) -> StreamedResponse[UserSettings]:
        """The caller's settings.

        `GET /user`
        """
        return self._client._call_stream(_USERS_GET_SETTINGS, {}, options)

    def update_settings(
        self, *, body: UserSettings, options: RequestOptions | None = None
    ) -> StreamedResponse[UserSettings]:
        """Replace the caller's settings.

        `PUT /user`
        """
        return self._client._call_stream(_USERS_UPDATE_SETTINGS, {"body": body}, options)

    def delete_settings(self, *, options: RequestOptions | None = None) -> StreamedResponse[UserSettings]:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return self._client._call_stream(_USERS_DELETE_SETTINGS, {}, options)


class Organizations(Resource[SyncClient]):
    """`organizations` operations."""

    def create(self, *, body: OrganizationCreate, options: RequestOptions | None = None) -> Organization:
        """Create an organization.

        `POST /organizations`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_CREATE, {"body": body}, options))

    def update(self, id: str, *, body: Organization, options: RequestOptions | None = None) -> Organization:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options))

    def get(self, id: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_GET, {"id": id}, options))

    def get_active(self, *, options: RequestOptions | None = None) -> Organization:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_GET_ACTIVE, {}, options))

    def set_active(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return cast("None", self._client._call(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options))

    def list_mine(self, *, options: RequestOptions | None = None) -> list[Organization]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return cast("list[Organization]", self._client._call(_ORGANIZATIONS_LIST_MINE, {}, options))

    def list_of_user(self, user_id: str, *, options: RequestOptions | None = None) -> list[Organization]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return cast(
            "list[Organization]", self._client._call(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)
        )

    def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RolesByOrganization:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return cast(
            "RolesByOrganization",
            self._client._call(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options),
        )

    def get_names(self, *, body: IdsRequest, options: RequestOptions | None = None) -> list[OrganizationName]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return cast("list[OrganizationName]", self._client._call(_ORGANIZATIONS_GET_NAMES, {"body": body}, options))

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> OrganizationName:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return cast("OrganizationName", self._client._call(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options))

    def check_name(self, name: str, *, options: RequestOptions | None = None) -> None:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return cast("None", self._client._call(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options))

    def has_active_subscription(self, subscription_id: str, *, options: RequestOptions | None = None) -> bool:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return cast(
            "bool",
            self._client._call(_ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options),
        )

    def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return cast("FreeForm", self._client._call(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options))

    def get_employee(self, id: str, user_id: str, *, options: RequestOptions | None = None) -> FreeForm:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return cast(
            "FreeForm", self._client._call(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)
        )

    def invite(self, id: str, *, body: Invitation, options: RequestOptions | None = None) -> None:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return cast("None", self._client._call(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options))

    def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> None:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return cast(
            "None",
            self._client._call(
                _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
            ),
        )

    def create_role(self, id: str, *, body: FreeForm, options: RequestOptions | None = None) -> list[FreeForm]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return cast("list[FreeForm]", self._client._call(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options))

    def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> list[FreeForm]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return cast(
            "list[FreeForm]",
            self._client._call(_ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options),
        )

    def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> None:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return cast(
            "None",
            self._client._call(_ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options),
        )

    def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return cast(
            "FreeForm",
            self._client._call(_ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options),
        )

    def request_deletion(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return cast("None", self._client._call(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options))

    def leave(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return cast("None", self._client._call(_ORGANIZATIONS_LEAVE, {"id": id}, options))

    @property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        return OrganizationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OrganizationsWithStreamingResponse:
        return OrganizationsWithStreamingResponse(self._client)


class OrganizationsWithRawResponse(Resource[SyncClient]):
    """`organizations` operations, WithRawResponse."""

    def create(self, *, body: OrganizationCreate, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """Create an organization.

        `POST /organizations`
        """
        return self._client._call_raw(_ORGANIZATIONS_CREATE, {"body": body}, options)

    def update(
        self, id: str, *, body: Organization, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return self._client._call_raw(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options)

    def get(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET, {"id": id}, options)

    def get_active(self, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_ACTIVE, {}, options)

    def set_active(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return self._client._call_raw(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options)

    def list_mine(self, *, options: RequestOptions | None = None) -> RawResponse[list[Organization]]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return self._client._call_raw(_ORGANIZATIONS_LIST_MINE, {}, options)

    def list_of_user(self, user_id: str, *, options: RequestOptions | None = None) -> RawResponse[list[Organization]]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)

    def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RawResponse[RolesByOrganization]:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options)

    def get_names(
        self, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RawResponse[list[OrganizationName]]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_NAMES, {"body": body}, options)

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[OrganizationName]:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options)

    def check_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return self._client._call_raw(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options)

    def has_active_subscription(
        self, subscription_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[bool]:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options
        )

    def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options)

    def get_employee(self, id: str, user_id: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)

    def invite(self, id: str, *, body: Invitation, options: RequestOptions | None = None) -> RawResponse[None]:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return self._client._call_raw(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options)

    def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
        )

    def create_role(
        self, id: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> RawResponse[list[FreeForm]]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return self._client._call_raw(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options)

    def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> RawResponse[list[FreeForm]]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options
        )

    def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options
        )

    def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options
        )

    def request_deletion(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return self._client._call_raw(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options)

    def leave(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return self._client._call_raw(_ORGANIZATIONS_LEAVE, {"id": id}, options)


class OrganizationsWithStreamingResponse(Resource[SyncClient]):
    """`organizations` operations, WithStreamingResponse."""

    def create(
        self, *, body: OrganizationCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[Organization]:
        """Create an organization.

        `POST /organizations`
        """
        return self._client._call_stream(_ORGANIZATIONS_CREATE, {"body": body}, options)

    def update(
        self, id: str, *, body: Organization, options: RequestOptions | None = None
    ) -> StreamedResponse[Organization]:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options)

    def get(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[Organization]:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET, {"id": id}, options)

    def get_active(self, *, options: RequestOptions | None = None) -> StreamedResponse[Organization]:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_ACTIVE, {}, options)

    def set_active(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return self._client._call_stream(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options)

    def list_mine(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[Organization]]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return self._client._call_stream(_ORGANIZATIONS_LIST_MINE, {}, options)

    def list_of_user(
        self, user_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[list[Organization]]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)

    def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[RolesByOrganization]:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options)

    def get_names(
        self, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[list[OrganizationName]]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_NAMES, {"body": body}, options)

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> StreamedResponse[OrganizationName]:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options)

    def check_name(self, name: str, *, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return self._client._call_stream(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options)

    def has_active_subscription(
        self, subscription_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[bool]:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options
        )

    def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options)

    def get_employee(
        self, id: str, user_id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)

    def invite(self, id: str, *, body: Invitation, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return self._client._call_stream(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options)

    def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
        )

    def create_role(
        self, id: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> StreamedResponse[list[FreeForm]]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return self._client._call_stream(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options)

    def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> StreamedResponse[list[FreeForm]]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options
        )

    def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options
        )

    def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options
        )

    def request_deletion(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return self._client._call_stream(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options)

    def leave(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return self._client._call_stream(_ORGANIZATIONS_LEAVE, {"id": id}, options)


class OrganizationsAdministration(Resource[SyncClient]):
    """`organizations_administration` operations."""

    def get(self, id: str, *, options: RequestOptions | None = None) -> Organization:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return cast("str", self._client._call(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options))

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedOrganization:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return cast(
            "PaginatedOrganization",
            self._client._call(
                _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    def search(self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> list[Organization]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return cast(
            "list[Organization]", self._client._call(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options)
        )

    def create(self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None) -> Organization:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return cast("Organization", self._client._call(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options))

    def add_members(self, id: str, *, body: MembersRequest, options: RequestOptions | None = None) -> None:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return cast(
            "None", self._client._call(_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options)
        )

    def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> Organization:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return cast(
            "Organization",
            self._client._call(_ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options),
        )

    def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return cast(
            "str", self._client._call(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)
        )

    @property
    def with_raw_response(self) -> OrganizationsAdministrationWithRawResponse:
        return OrganizationsAdministrationWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OrganizationsAdministrationWithStreamingResponse:
        return OrganizationsAdministrationWithStreamingResponse(self._client)


class OrganizationsAdministrationWithRawResponse(Resource[SyncClient]):
    """`organizations_administration` operations, WithRawResponse."""

    def get(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedOrganization]:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return self._client._call_raw(
            _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def search(
        self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[Organization]]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options)

    def create(
        self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options)

    def add_members(self, id: str, *, body: MembersRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options)

    def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options)

    def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)


class OrganizationsAdministrationWithStreamingResponse(Resource[SyncClient]):
    """`organizations_administration` operations, WithStreamingResponse."""

    def get(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[Organization]:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedOrganization]:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def search(
        self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[list[Organization]]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options)

    def create(
        self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[Organization]:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options)

    def add_members(
        self, id: str, *, body: MembersRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[None]:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options)

    def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[Organization]:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options
        )

    def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)


class OrganizationsResources(Resource[SyncClient]):
    """`organizations_resources` operations."""

    def list_set_names(self, *, options: RequestOptions | None = None) -> list[str]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return cast("list[str]", self._client._call(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options))

    def create(self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None) -> str:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return cast(
            "str", self._client._call(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)
        )

    def delete(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return cast("str", self._client._call(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options))

    def subscribe_creation_task(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return cast(
            "str", self._client._call(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options)
        )

    def subscribe_deletion_task(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return cast(
            "str", self._client._call(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options)
        )

    @property
    def with_raw_response(self) -> OrganizationsResourcesWithRawResponse:
        return OrganizationsResourcesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OrganizationsResourcesWithStreamingResponse:
        return OrganizationsResourcesWithStreamingResponse(self._client)


class OrganizationsResourcesWithRawResponse(Resource[SyncClient]):
    """`organizations_resources` operations, WithRawResponse."""

    def list_set_names(self, *, options: RequestOptions | None = None) -> RawResponse[list[str]]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return self._client._call_raw(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options)

    def create(
        self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)

    def delete(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options)

    def subscribe_creation_task(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options)

    def subscribe_deletion_task(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return self._client._call_raw(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options)


class OrganizationsResourcesWithStreamingResponse(Resource[SyncClient]):
    """`organizations_resources` operations, WithStreamingResponse."""

    def list_set_names(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[str]]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options)

    def create(
        self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)

    def delete(self, org_id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options)

    def subscribe_creation_task(self, org_id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options)

    def subscribe_deletion_task(self, org_id: str, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options)


class Search(Resource[SyncClient]):
    """`search` operations."""

    def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> SearchResult:
        """Search across resources.

        `POST /search`
        """
        return cast("SearchResult", self._client._call(_SEARCH_SEARCH, {"body": body}, options))

    @property
    def with_raw_response(self) -> SearchWithRawResponse:
        return SearchWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> SearchWithStreamingResponse:
        return SearchWithStreamingResponse(self._client)


class SearchWithRawResponse(Resource[SyncClient]):
    """`search` operations, WithRawResponse."""

    def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> RawResponse[SearchResult]:
        """Search across resources.

        `POST /search`
        """
        return self._client._call_raw(_SEARCH_SEARCH, {"body": body}, options)


class SearchWithStreamingResponse(Resource[SyncClient]):
    """`search` operations, WithStreamingResponse."""

    def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> StreamedResponse[SearchResult]:
        """Search across resources.

        `POST /search`
        """
        return self._client._call_stream(_SEARCH_SEARCH, {"body": body}, options)


class Ai(Resource[SyncClient]):
    """`ai` operations."""

    def send_message(self, *, body: AiMessageRequest, options: RequestOptions | None = None) -> AiMessage:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return cast("AiMessage", self._client._call(_AI_SEND_MESSAGE, {"body": body}, options))

    def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[AiThread]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return cast("list[AiThread]", self._client._call(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options))

    def create_thread(self, *, body: AiThreadRequest, options: RequestOptions | None = None) -> AiThread:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return cast("AiThread", self._client._call(_AI_CREATE_THREAD, {"body": body}, options))

    def list_assistants(self, *, options: RequestOptions | None = None) -> list[AiAssistant]:
        """The assistants.

        `GET /ai/assistants`
        """
        return cast("list[AiAssistant]", self._client._call(_AI_LIST_ASSISTANTS, {}, options))

    def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> AiAssistant:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return cast("AiAssistant", self._client._call(_AI_GET_ASSISTANT, {"id": id}, options))

    def list_assistant_threads(self, id: str, *, options: RequestOptions | None = None) -> list[AiThread]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return cast("list[AiThread]", self._client._call(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options))

    def get_latest_assistant_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return cast("AiThread", self._client._call(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options))

    def get_speech_token(self, *, options: RequestOptions | None = None) -> SpeechToken:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return cast("SpeechToken", self._client._call(_AI_GET_SPEECH_TOKEN, {}, options))

    def get_latest_thread(self, *, options: RequestOptions | None = None) -> AiThread:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return cast("AiThread", self._client._call(_AI_GET_LATEST_THREAD, {}, options))

    def get_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return cast("AiThread", self._client._call(_AI_GET_THREAD, {"id": id}, options))

    def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return cast("AiThread", self._client._call(_AI_DELETE_THREAD, {"id": id}, options))

    def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAiMessage:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return cast(
            "PaginatedAiMessage",
            self._client._call(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options),
        )

    def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> None:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return cast("None", self._client._call(_AI_SEND_FEEDBACK, {"body": body}, options))

    @property
    def with_raw_response(self) -> AiWithRawResponse:
        return AiWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AiWithStreamingResponse:
        return AiWithStreamingResponse(self._client)


class AiWithRawResponse(Resource[SyncClient]):
    """`ai` operations, WithRawResponse."""

    def send_message(self, *, body: AiMessageRequest, options: RequestOptions | None = None) -> RawResponse[AiMessage]:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return self._client._call_raw(_AI_SEND_MESSAGE, {"body": body}, options)

    def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[AiThread]]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return self._client._call_raw(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options)

    def create_thread(self, *, body: AiThreadRequest, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return self._client._call_raw(_AI_CREATE_THREAD, {"body": body}, options)

    def list_assistants(self, *, options: RequestOptions | None = None) -> RawResponse[list[AiAssistant]]:
        """The assistants.

        `GET /ai/assistants`
        """
        return self._client._call_raw(_AI_LIST_ASSISTANTS, {}, options)

    def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiAssistant]:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return self._client._call_raw(_AI_GET_ASSISTANT, {"id": id}, options)

    def list_assistant_threads(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[list[AiThread]]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return self._client._call_raw(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options)

    def get_latest_assistant_thread(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return self._client._call_raw(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options)

    def get_speech_token(self, *, options: RequestOptions | None = None) -> RawResponse[SpeechToken]:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return self._client._call_raw(_AI_GET_SPEECH_TOKEN, {}, options)

    def get_latest_thread(self, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return self._client._call_raw(_AI_GET_LATEST_THREAD, {}, options)

    def get_thread(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return self._client._call_raw(_AI_GET_THREAD, {"id": id}, options)

    def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return self._client._call_raw(_AI_DELETE_THREAD, {"id": id}, options)

    def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAiMessage]:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return self._client._call_raw(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options)

    def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> RawResponse[None]:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return self._client._call_raw(_AI_SEND_FEEDBACK, {"body": body}, options)


class AiWithStreamingResponse(Resource[SyncClient]):
    """`ai` operations, WithStreamingResponse."""

    def send_message(
        self, *, body: AiMessageRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[AiMessage]:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return self._client._call_stream(_AI_SEND_MESSAGE, {"body": body}, options)

    def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[list[AiThread]]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return self._client._call_stream(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options)

    def create_thread(
        self, *, body: AiThreadRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[AiThread]:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return self._client._call_stream(_AI_CREATE_THREAD, {"body": body}, options)

    def list_assistants(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[AiAssistant]]:
        """The assistants.

        `GET /ai/assistants`
        """
        return self._client._call_stream(_AI_LIST_ASSISTANTS, {}, options)

    def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AiAssistant]:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return self._client._call_stream(_AI_GET_ASSISTANT, {"id": id}, options)

    def list_assistant_threads(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[list[AiThread]]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return self._client._call_stream(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options)

    def get_latest_assistant_thread(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[AiThread]:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return self._client._call_stream(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options)

    def get_speech_token(self, *, options: RequestOptions | None = None) -> StreamedResponse[SpeechToken]:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return self._client._call_stream(_AI_GET_SPEECH_TOKEN, {}, options)

    def get_latest_thread(self, *, options: RequestOptions | None = None) -> StreamedResponse[AiThread]:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return self._client._call_stream(_AI_GET_LATEST_THREAD, {}, options)

    def get_thread(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AiThread]:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return self._client._call_stream(_AI_GET_THREAD, {"id": id}, options)

    def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AiThread]:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return self._client._call_stream(_AI_DELETE_THREAD, {"id": id}, options)

    def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PaginatedAiMessage]:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return self._client._call_stream(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options)

    def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return self._client._call_stream(_AI_SEND_FEEDBACK, {"body": body}, options)


class Proxy(Resource[SyncClient]):
    """`proxy` operations."""

    def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> Any:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return cast("Any", self._client._call(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options))

    def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Any:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return cast("Any", self._client._call(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options))

    def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Any:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return cast("Any", self._client._call(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options))

    def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> Any:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return cast("Any", self._client._call(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options))

    @property
    def with_raw_response(self) -> ProxyWithRawResponse:
        return ProxyWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProxyWithStreamingResponse:
        return ProxyWithStreamingResponse(self._client)


class ProxyWithRawResponse(Resource[SyncClient]):
    """`proxy` operations, WithRawResponse."""

    def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> RawResponse[Any]:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return self._client._call_raw(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options)

    def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return self._client._call_raw(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return self._client._call_raw(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> RawResponse[Any]:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return self._client._call_raw(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options)


class ProxyWithStreamingResponse(Resource[SyncClient]):
    """`proxy` operations, WithStreamingResponse."""

    def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> StreamedResponse[Any]:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options)

    def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Any]:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Any]:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> StreamedResponse[Any]:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options)


class AsyncAssets(Resource[AsyncClient]):
    """`assets` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAsset:
        """List assets, one page at a time.

        `GET /assets`
        """
        return cast(
            "PaginatedAsset",
            await self._client._call(
                _ASSETS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Create an asset.

        `POST /assets`
        """
        return cast("Asset", await self._client._call(_ASSETS_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[Asset], options: RequestOptions | None = None) -> list[Asset]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return cast("list[Asset]", await self._client._call(_ASSETS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Asset:
        """Get one asset.

        `GET /assets/{id}`
        """
        return cast("Asset", await self._client._call(_ASSETS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return cast("Asset", await self._client._call(_ASSETS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DeleteResult:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(
                _ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options
            ),
        )

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return cast("None", await self._client._call(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return cast("None", await self._client._call(_ASSETS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAsset:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return cast(
            "PaginatedAsset",
            await self._client._call(
                _ASSETS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Asset]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return cast("list[Asset]", await self._client._call(_ASSETS_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Asset:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return cast("Asset", await self._client._call(_ASSETS_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_ASSETS_EMPTY_TRASH, {"offset": offset}, options))

    async def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedAssetRevision:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return cast("PaginatedAssetRevision", await self._client._call(_ASSETS_LIST_REVISIONS, {"id": id}, options))

    async def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> Asset:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return cast("Asset", await self._client._call(_ASSETS_ROLLBACK, {"id": id, "body": body}, options))

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options),
        )

    async def count(self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> int:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return cast("int", await self._client._call(_ASSETS_COUNT, {"filter_": filter_}, options))

    async def add_attachment(self, id: str, *, body: ContentUpload, options: RequestOptions | None = None) -> Asset:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return cast("Asset", await self._client._call(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options))

    async def list_attachments(self, id: str, *, options: RequestOptions | None = None) -> PaginatedContent:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return cast("PaginatedContent", await self._client._call(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options))

    async def link(self, id: str, *, body: LinkRequest, options: RequestOptions | None = None) -> Asset:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return cast("Asset", await self._client._call(_ASSETS_LINK, {"id": id, "body": body}, options))

    async def unlink(self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None) -> Asset:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return cast("Asset", await self._client._call(_ASSETS_UNLINK, {"id": id, "body": body}, options))

    async def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> EventLevelOverrides:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return cast("EventLevelOverrides", await self._client._call(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options))

    async def update_event_cause(self, id: str, *, body: EventCause, options: RequestOptions | None = None) -> Asset:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return cast("Asset", await self._client._call(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options))

    async def get_external(self, key: str, *, options: RequestOptions | None = None) -> Asset:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return cast("Asset", await self._client._call(_ASSETS_GET_EXTERNAL, {"key": key}, options))

    async def update_external(self, key: str, *, body: Asset, options: RequestOptions | None = None) -> Asset:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return cast("Asset", await self._client._call(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options))

    async def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StringMap:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return cast(
            "StringMap",
            await self._client._call(
                _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        return AsyncAssetsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAssetsWithStreamingResponse:
        return AsyncAssetsWithStreamingResponse(self._client)


class AsyncAssetsWithRawResponse(Resource[AsyncClient]):
    """`assets` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAsset]:
        """List assets, one page at a time.

        `GET /assets`
        """
        return await self._client._call_raw(
            _ASSETS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Asset, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Create an asset.

        `POST /assets`
        """
        return await self._client._call_raw(_ASSETS_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[Asset], options: RequestOptions | None = None
    ) -> RawResponse[list[Asset]]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return await self._client._call_raw(_ASSETS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Get one asset.

        `GET /assets/{id}`
        """
        return await self._client._call_raw(_ASSETS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return await self._client._call_raw(_ASSETS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DeleteResult]:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return await self._client._call_raw(
            _ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options
        )

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return await self._client._call_raw(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return await self._client._call_raw(_ASSETS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAsset]:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return await self._client._call_raw(
            _ASSETS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Asset]]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return await self._client._call_raw(_ASSETS_RESTORE_ALL, {"body": body}, options)

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return await self._client._call_raw(_ASSETS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return await self._client._call_raw(_ASSETS_EMPTY_TRASH, {"offset": offset}, options)

    async def list_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedAssetRevision]:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return await self._client._call_raw(_ASSETS_LIST_REVISIONS, {"id": id}, options)

    async def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return await self._client._call_raw(_ASSETS_ROLLBACK, {"id": id, "body": body}, options)

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return await self._client._call_raw(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    async def count(
        self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[int]:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return await self._client._call_raw(_ASSETS_COUNT, {"filter_": filter_}, options)

    async def add_attachment(
        self, id: str, *, body: ContentUpload, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return await self._client._call_raw(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options)

    async def list_attachments(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedContent]:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return await self._client._call_raw(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options)

    async def link(self, id: str, *, body: LinkRequest, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return await self._client._call_raw(_ASSETS_LINK, {"id": id, "body": body}, options)

    async def unlink(
        self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return await self._client._call_raw(_ASSETS_UNLINK, {"id": id, "body": body}, options)

    async def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventLevelOverrides]:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return await self._client._call_raw(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options)

    async def update_event_cause(
        self, id: str, *, body: EventCause, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return await self._client._call_raw(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options)

    async def get_external(self, key: str, *, options: RequestOptions | None = None) -> RawResponse[Asset]:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return await self._client._call_raw(_ASSETS_GET_EXTERNAL, {"key": key}, options)

    async def update_external(
        self, key: str, *, body: Asset, options: RequestOptions | None = None
    ) -> RawResponse[Asset]:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return await self._client._call_raw(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options)

    async def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[StringMap]:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return await self._client._call_raw(
            _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
        )


class AsyncAssetsWithStreamingResponse(Resource[AsyncClient]):
    """`assets` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAsset]:
        """List assets, one page at a time.

        `GET /assets`
        """
        return self._client._call_stream(
            _ASSETS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Asset, options: RequestOptions | None = None) -> AsyncStreamedResponse[Asset]:
        """Create an asset.

        `POST /assets`
        """
        return self._client._call_stream(_ASSETS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Asset], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Asset]]:
        """Create several assets in one call.

        `POST /assets/many`
        """
        return self._client._call_stream(_ASSETS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Get one asset.

        `GET /assets/{id}`
        """
        return self._client._call_stream(_ASSETS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Asset, options: RequestOptions | None = None) -> AsyncStreamedResponse[Asset]:
        """Replace an asset.

        `PUT /assets/{id}`
        """
        return self._client._call_stream(_ASSETS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_children: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete an asset (to the trash unless `force`).

        `DELETE /assets/{id}`
        """
        return self._client._call_stream(
            _ASSETS_DELETE, {"id": id, "force": force, "remove_children": remove_children}, options
        )

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to an asset.

        `PUT /assets/{id}/access`
        """
        return self._client._call_stream(_ASSETS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share assets with other organizations.

        `POST /assets/share`
        """
        return self._client._call_stream(_ASSETS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAsset]:
        """List the assets in the trash.

        `GET /assets/trash`
        """
        return self._client._call_stream(
            _ASSETS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Asset]]:
        """Restore every asset from the trash.

        `PUT /assets/trash/restore`
        """
        return self._client._call_stream(_ASSETS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Restore one asset from the trash.

        `PUT /assets/trash/restore/{id}`
        """
        return self._client._call_stream(_ASSETS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the assets that went to the trash more than `offset` seconds ago.

        `DELETE /assets/trash/clean`
        """
        return self._client._call_stream(_ASSETS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedAssetRevision]:
        """List the saved revisions of an asset.

        `GET /assets/{id}/revisions`
        """
        return self._client._call_stream(_ASSETS_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Make an earlier revision the current asset.

        `PUT /assets/{id}/rollback`
        """
        return self._client._call_stream(_ASSETS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete one saved revision of an asset.

        `DELETE /assets/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_ASSETS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def count(
        self, *, filter_: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[int]:
        """Count the assets matching a filter.

        `GET /assets/count`
        """
        return self._client._call_stream(_ASSETS_COUNT, {"filter_": filter_}, options)

    def add_attachment(
        self, id: str, *, body: ContentUpload, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Upload a file and attach it to the asset.

        `POST /assets/{id}/attachment`
        """
        return self._client._call_stream(_ASSETS_ADD_ATTACHMENT, {"id": id, "body": body}, options)

    def list_attachments(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedContent]:
        """List the contents attached to the asset.

        `GET /assets/{id}/attachments`
        """
        return self._client._call_stream(_ASSETS_LIST_ATTACHMENTS, {"id": id}, options)

    def link(
        self, id: str, *, body: LinkRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Add an element to a reference property of the asset.

        `POST /assets/{id}/link`
        """
        return self._client._call_stream(_ASSETS_LINK, {"id": id, "body": body}, options)

    def unlink(
        self, id: str, *, body: UnlinkRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Remove elements from a reference property of the asset.

        `POST /assets/{id}/unlink`
        """
        return self._client._call_stream(_ASSETS_UNLINK, {"id": id, "body": body}, options)

    def get_event_levels(
        self, *, body: EventCausesRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventLevelOverrides]:
        """The event-level overrides of several assets.

        `POST /assets/event-causes`
        """
        return self._client._call_stream(_ASSETS_GET_EVENT_LEVELS, {"body": body}, options)

    def update_event_cause(
        self, id: str, *, body: EventCause, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Override the level of an event cause.

        `PUT /assets/{id}/event-causes`
        """
        return self._client._call_stream(_ASSETS_UPDATE_EVENT_CAUSE, {"id": id, "body": body}, options)

    def get_external(self, key: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Asset]:
        """Get the asset with an external key.

        `GET /assets/external/{key}`
        """
        return self._client._call_stream(_ASSETS_GET_EXTERNAL, {"key": key}, options)

    def update_external(
        self, key: str, *, body: Asset, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Asset]:
        """Replace the asset with an external key.

        `PUT /assets/external/{key}`
        """
        return self._client._call_stream(_ASSETS_UPDATE_EXTERNAL, {"key": key, "body": body}, options)

    def get_translated_names(
        self, lang: str, *, translation_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[StringMap]:
        """Asset names translated into a language.

        `GET /assets/translations/names/{lang}`
        """
        return self._client._call_stream(
            _ASSETS_GET_TRANSLATED_NAMES, {"lang": lang, "translation_ids": translation_ids}, options
        )


class AsyncAssetTypes(Resource[AsyncClient]):
    """`asset_types` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAssetType:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return cast(
            "PaginatedAssetType",
            await self._client._call(
                _ASSET_TYPES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: AssetType, options: RequestOptions | None = None) -> AssetType:
        """Create an asset type.

        `POST /assettypes`
        """
        return cast("AssetType", await self._client._call(_ASSET_TYPES_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[AssetType], options: RequestOptions | None = None) -> list[AssetType]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return cast("list[AssetType]", await self._client._call(_ASSET_TYPES_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AssetType:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return cast("AssetType", await self._client._call(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: AssetType, options: RequestOptions | None = None) -> AssetType:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return cast("AssetType", await self._client._call(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DeleteResult:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(
                _ASSET_TYPES_DELETE,
                {
                    "id": id,
                    "force": force,
                    "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                    "remove_from_allowed_parents": remove_from_allowed_parents,
                },
                options,
            ),
        )

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return cast("None", await self._client._call(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return cast("None", await self._client._call(_ASSET_TYPES_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAssetType:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return cast(
            "PaginatedAssetType",
            await self._client._call(
                _ASSET_TYPES_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[AssetType]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return cast("list[AssetType]", await self._client._call(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> AssetType:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return cast("AssetType", await self._client._call(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options))

    async def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedAssetType:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return cast("PaginatedAssetType", await self._client._call(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options))

    async def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> AssetType:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return cast("AssetType", await self._client._call(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options))

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(_ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options),
        )

    async def get_template(self, id: str, template_name: str, *, options: RequestOptions | None = None) -> Template:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return cast(
            "Template",
            await self._client._call(_ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options),
        )

    @property
    def with_raw_response(self) -> AsyncAssetTypesWithRawResponse:
        return AsyncAssetTypesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAssetTypesWithStreamingResponse:
        return AsyncAssetTypesWithStreamingResponse(self._client)


class AsyncAssetTypesWithRawResponse(Resource[AsyncClient]):
    """`asset_types` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAssetType]:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return await self._client._call_raw(
            _ASSET_TYPES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: AssetType, options: RequestOptions | None = None) -> RawResponse[AssetType]:
        """Create an asset type.

        `POST /assettypes`
        """
        return await self._client._call_raw(_ASSET_TYPES_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[AssetType], options: RequestOptions | None = None
    ) -> RawResponse[list[AssetType]]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return await self._client._call_raw(_ASSET_TYPES_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return await self._client._call_raw(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: AssetType, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return await self._client._call_raw(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DeleteResult]:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return await self._client._call_raw(
            _ASSET_TYPES_DELETE,
            {
                "id": id,
                "force": force,
                "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                "remove_from_allowed_parents": remove_from_allowed_parents,
            },
            options,
        )

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return await self._client._call_raw(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return await self._client._call_raw(_ASSET_TYPES_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAssetType]:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return await self._client._call_raw(
            _ASSET_TYPES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[AssetType]]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return await self._client._call_raw(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options)

    async def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return await self._client._call_raw(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return await self._client._call_raw(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options)

    async def list_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedAssetType]:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return await self._client._call_raw(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options)

    async def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[AssetType]:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return await self._client._call_raw(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options)

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return await self._client._call_raw(
            _ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options
        )

    async def get_template(
        self, id: str, template_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[Template]:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return await self._client._call_raw(
            _ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options
        )


class AsyncAssetTypesWithStreamingResponse(Resource[AsyncClient]):
    """`asset_types` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAssetType]:
        """List asset types, one page at a time.

        `GET /assettypes`
        """
        return self._client._call_stream(
            _ASSET_TYPES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: AssetType, options: RequestOptions | None = None) -> AsyncStreamedResponse[AssetType]:
        """Create an asset type.

        `POST /assettypes`
        """
        return self._client._call_stream(_ASSET_TYPES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[AssetType], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[AssetType]]:
        """Create several asset types in one call.

        `POST /assettypes/many`
        """
        return self._client._call_stream(_ASSET_TYPES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AssetType]:
        """Get one asset type.

        `GET /assettypes/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: AssetType, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AssetType]:
        """Replace an asset type.

        `PUT /assettypes/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        remove_subtypes_of_supertype: bool | NotGiven = NOT_GIVEN,
        remove_from_allowed_parents: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete an asset type (to the trash unless `force`).

        `DELETE /assettypes/{id}`
        """
        return self._client._call_stream(
            _ASSET_TYPES_DELETE,
            {
                "id": id,
                "force": force,
                "remove_subtypes_of_supertype": remove_subtypes_of_supertype,
                "remove_from_allowed_parents": remove_from_allowed_parents,
            },
            options,
        )

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to an asset type.

        `PUT /assettypes/{id}/access`
        """
        return self._client._call_stream(_ASSET_TYPES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share asset types with other organizations.

        `POST /assettypes/share`
        """
        return self._client._call_stream(_ASSET_TYPES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAssetType]:
        """List the asset types in the trash.

        `GET /assettypes/trash`
        """
        return self._client._call_stream(
            _ASSET_TYPES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[AssetType]]:
        """Restore every asset type from the trash.

        `PUT /assettypes/trash/restore`
        """
        return self._client._call_stream(_ASSET_TYPES_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AssetType]:
        """Restore one asset type from the trash.

        `PUT /assettypes/trash/restore/{id}`
        """
        return self._client._call_stream(_ASSET_TYPES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the asset types that went to the trash more than `offset` seconds ago.

        `DELETE /assettypes/trash/clean`
        """
        return self._client._call_stream(_ASSET_TYPES_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedAssetType]:
        """List the saved revisions of an asset type.

        `GET /assettypes/{id}/revisions`
        """
        return self._client._call_stream(_ASSET_TYPES_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AssetType]:
        """Make an earlier revision the current asset type.

        `PUT /assettypes/{id}/rollback`
        """
        return self._client._call_stream(_ASSET_TYPES_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete one saved revision of an asset type.

        `DELETE /assettypes/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_ASSET_TYPES_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_template(
        self, id: str, template_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Template]:
        """A named template of the type.

        `GET /assettypes/{id}/templates/{templateName}`
        """
        return self._client._call_stream(_ASSET_TYPES_GET_TEMPLATE, {"id": id, "template_name": template_name}, options)


class AsyncContents(Resource[AsyncClient]):
    """`contents` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedContent:
        """List contents, one page at a time.

        `GET /contents`
        """
        return cast(
            "PaginatedContent",
            await self._client._call(
                _CONTENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def upload(self, *, body: Content, options: RequestOptions | None = None) -> Content:
        """Upload a file as new content.

        `POST /contents`
        """
        return cast("Content", await self._client._call(_CONTENTS_UPLOAD, {"body": body}, options))

    async def create_many(self, *, body: list[Content], options: RequestOptions | None = None) -> list[Content]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return cast("list[Content]", await self._client._call(_CONTENTS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Content:
        """Get one content.

        `GET /contents/{id}`
        """
        return cast("Content", await self._client._call(_CONTENTS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Content, options: RequestOptions | None = None) -> Content:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return cast("Content", await self._client._call(_CONTENTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return cast("DeleteResult", await self._client._call(_CONTENTS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return cast("None", await self._client._call(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return cast("None", await self._client._call(_CONTENTS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedContent:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return cast(
            "PaginatedContent",
            await self._client._call(
                _CONTENTS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Content]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return cast("list[Content]", await self._client._call(_CONTENTS_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Content:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return cast("Content", await self._client._call(_CONTENTS_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options))

    async def download(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return cast("bytes", await self._client._call(_CONTENTS_DOWNLOAD, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncContentsWithRawResponse:
        return AsyncContentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncContentsWithStreamingResponse:
        return AsyncContentsWithStreamingResponse(self._client)


class AsyncContentsWithRawResponse(Resource[AsyncClient]):
    """`contents` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedContent]:
        """List contents, one page at a time.

        `GET /contents`
        """
        return await self._client._call_raw(
            _CONTENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def upload(self, *, body: Content, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Upload a file as new content.

        `POST /contents`
        """
        return await self._client._call_raw(_CONTENTS_UPLOAD, {"body": body}, options)

    async def create_many(
        self, *, body: list[Content], options: RequestOptions | None = None
    ) -> RawResponse[list[Content]]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return await self._client._call_raw(_CONTENTS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Content]:
        """Get one content.

        `GET /contents/{id}`
        """
        return await self._client._call_raw(_CONTENTS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Content, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return await self._client._call_raw(_CONTENTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return await self._client._call_raw(_CONTENTS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return await self._client._call_raw(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return await self._client._call_raw(_CONTENTS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedContent]:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return await self._client._call_raw(
            _CONTENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[Content]]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return await self._client._call_raw(_CONTENTS_RESTORE_ALL, {"body": body}, options)

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Content]:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return await self._client._call_raw(_CONTENTS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return await self._client._call_raw(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options)

    async def download(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return await self._client._call_raw(_CONTENTS_DOWNLOAD, {"id": id}, options)


class AsyncContentsWithStreamingResponse(Resource[AsyncClient]):
    """`contents` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedContent]:
        """List contents, one page at a time.

        `GET /contents`
        """
        return self._client._call_stream(
            _CONTENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def upload(self, *, body: Content, options: RequestOptions | None = None) -> AsyncStreamedResponse[Content]:
        """Upload a file as new content.

        `POST /contents`
        """
        return self._client._call_stream(_CONTENTS_UPLOAD, {"body": body}, options)

    def create_many(
        self, *, body: list[Content], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Content]]:
        """Create several contents in one call.

        `POST /contents/many`
        """
        return self._client._call_stream(_CONTENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Content]:
        """Get one content.

        `GET /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: Content, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Content]:
        """Replace a content.

        `PUT /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a content (to the trash unless `force`).

        `DELETE /contents/{id}`
        """
        return self._client._call_stream(_CONTENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a content.

        `PUT /contents/{id}/access`
        """
        return self._client._call_stream(_CONTENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share contents with other organizations.

        `POST /contents/share`
        """
        return self._client._call_stream(_CONTENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedContent]:
        """List the contents in the trash.

        `GET /contents/trash`
        """
        return self._client._call_stream(
            _CONTENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Content]]:
        """Restore every content from the trash.

        `PUT /contents/trash/restore`
        """
        return self._client._call_stream(_CONTENTS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Content]:
        """Restore one content from the trash.

        `PUT /contents/trash/restore/{id}`
        """
        return self._client._call_stream(_CONTENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the contents that went to the trash more than `offset` seconds ago.

        `DELETE /contents/trash/clean`
        """
        return self._client._call_stream(_CONTENTS_EMPTY_TRASH, {"offset": offset}, options)

    def download(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[bytes]:
        """Download the content's file.

        `GET /contents/{id}/download`
        """
        return self._client._call_stream(_CONTENTS_DOWNLOAD, {"id": id}, options)


class AsyncTimeseries(Resource[AsyncClient]):
    """`timeseries` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTimeSeries:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return cast(
            "PaginatedTimeSeries",
            await self._client._call(
                _TIMESERIES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> TimeSeries:
        """Create a timeseries.

        `POST /tsm`
        """
        return cast("TimeSeries", await self._client._call(_TIMESERIES_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[TimeSeries], options: RequestOptions | None = None) -> list[TimeSeries]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return cast("list[TimeSeries]", await self._client._call(_TIMESERIES_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> TimeSeries:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return cast("TimeSeries", await self._client._call(_TIMESERIES_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: TimeSeries, options: RequestOptions | None = None) -> TimeSeries:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return cast("TimeSeries", await self._client._call(_TIMESERIES_UPDATE, {"id": id, "body": body}, options))

    async def add_values(self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None) -> None:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return cast("None", await self._client._call(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return cast("DeleteResult", await self._client._call(_TIMESERIES_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return cast("None", await self._client._call(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return cast("None", await self._client._call(_TIMESERIES_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTimeSeries:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return cast(
            "PaginatedTimeSeries",
            await self._client._call(
                _TIMESERIES_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[TimeSeries]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return cast("list[TimeSeries]", await self._client._call(_TIMESERIES_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> TimeSeries:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return cast("TimeSeries", await self._client._call(_TIMESERIES_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options))

    async def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return cast(
            "list[TimeSeriesValue]",
            await self._client._call(
                _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
            ),
        )

    async def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return cast(
            "list[TimeSeriesValue]",
            await self._client._call(
                _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
            ),
        )

    async def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> TimeSeriesValue:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return cast(
            "TimeSeriesValue",
            await self._client._call(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options),
        )

    async def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> TimeSeries:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return cast(
            "TimeSeries",
            await self._client._call(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options),
        )

    async def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> list[SettledTimeSeries]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return cast(
            "list[SettledTimeSeries]",
            await self._client._call(_TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options),
        )

    async def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> PaginatedTimeSeries:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return cast(
            "PaginatedTimeSeries",
            await self._client._call(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options),
        )

    async def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncTimeseriesWithRawResponse:
        return AsyncTimeseriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncTimeseriesWithStreamingResponse:
        return AsyncTimeseriesWithStreamingResponse(self._client)


class AsyncTimeseriesWithRawResponse(Resource[AsyncClient]):
    """`timeseries` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTimeSeries]:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return await self._client._call_raw(
            _TIMESERIES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> RawResponse[TimeSeries]:
        """Create a timeseries.

        `POST /tsm`
        """
        return await self._client._call_raw(_TIMESERIES_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[TimeSeries], options: RequestOptions | None = None
    ) -> RawResponse[list[TimeSeries]]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return await self._client._call_raw(_TIMESERIES_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return await self._client._call_raw(_TIMESERIES_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: TimeSeries, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return await self._client._call_raw(_TIMESERIES_UPDATE, {"id": id, "body": body}, options)

    async def add_values(
        self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return await self._client._call_raw(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return await self._client._call_raw(_TIMESERIES_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return await self._client._call_raw(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return await self._client._call_raw(_TIMESERIES_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTimeSeries]:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return await self._client._call_raw(
            _TIMESERIES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[TimeSeries]]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return await self._client._call_raw(_TIMESERIES_RESTORE_ALL, {"body": body}, options)

    async def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return await self._client._call_raw(_TIMESERIES_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return await self._client._call_raw(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options)

    async def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[TimeSeriesValue]]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return await self._client._call_raw(
            _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
        )

    async def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[TimeSeriesValue]]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return await self._client._call_raw(
            _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
        )

    async def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeriesValue]:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return await self._client._call_raw(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options)

    async def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> RawResponse[TimeSeries]:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return await self._client._call_raw(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options)

    async def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> RawResponse[list[SettledTimeSeries]]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return await self._client._call_raw(
            _TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options
        )

    async def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedTimeSeries]:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return await self._client._call_raw(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options)

    async def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return await self._client._call_raw(
            _TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options
        )


class AsyncTimeseriesWithStreamingResponse(Resource[AsyncClient]):
    """`timeseries` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedTimeSeries]:
        """List timeseriess, one page at a time.

        `GET /tsm`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: TimeSeries, options: RequestOptions | None = None) -> AsyncStreamedResponse[TimeSeries]:
        """Create a timeseries.

        `POST /tsm`
        """
        return self._client._call_stream(_TIMESERIES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[TimeSeries], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[TimeSeries]]:
        """Create several timeseriess in one call.

        `POST /tsm/many`
        """
        return self._client._call_stream(_TIMESERIES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TimeSeries]:
        """Get one timeseries.

        `GET /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: TimeSeries, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TimeSeries]:
        """Replace a timeseries.

        `PUT /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_UPDATE, {"id": id, "body": body}, options)

    def add_values(
        self, id: str, *, body: TimeSeriesValuesInput, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Add values to a series.

        `POST /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_ADD_VALUES, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a timeseries (to the trash unless `force`).

        `DELETE /tsm/{id}`
        """
        return self._client._call_stream(_TIMESERIES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a timeseries.

        `PUT /tsm/{id}/access`
        """
        return self._client._call_stream(_TIMESERIES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share timeseriess with other organizations.

        `POST /tsm/share`
        """
        return self._client._call_stream(_TIMESERIES_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedTimeSeries]:
        """List the timeseriess in the trash.

        `GET /tsm/trash`
        """
        return self._client._call_stream(
            _TIMESERIES_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[TimeSeries]]:
        """Restore every timeseries from the trash.

        `PUT /tsm/trash/restore`
        """
        return self._client._call_stream(_TIMESERIES_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TimeSeries]:
        """Restore one timeseries from the trash.

        `PUT /tsm/trash/restore/{id}`
        """
        return self._client._call_stream(_TIMESERIES_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the timeseriess that went to the trash more than `offset` seconds ago.

        `DELETE /tsm/trash/clean`
        """
        return self._client._call_stream(_TIMESERIES_EMPTY_TRASH, {"offset": offset}, options)

    def get_values(
        self,
        id: str,
        from_: int,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[list[TimeSeriesValue]]:
        """Values from a start time on.

        `GET /tsm/{id}/{from}`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_VALUES, {"id": id, "from_": from_, "limit": limit, "group": group}, options
        )

    def get_values_of_period(
        self,
        id: str,
        from_: int,
        to: int,
        *,
        group: TimeSeriesGroup | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[list[TimeSeriesValue]]:
        """Values between two times.

        `GET /tsm/{id}/{from}/{to}`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_VALUES_OF_PERIOD, {"id": id, "from_": from_, "to": to, "group": group}, options
        )

    def get_most_recent(
        self, id: str, *, before: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TimeSeriesValue]:
        """The most recent value.

        `GET /tsm/{id}/recent`
        """
        return self._client._call_stream(_TIMESERIES_GET_MOST_RECENT, {"id": id, "before": before}, options)

    def add_asset_values(
        self, asset_id: str, *, body: AssetTimeSeriesValues, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TimeSeries]:
        """Add values to an asset's series by name, creating the series if missing.

        `POST /tsm/assets/{assetId}`
        """
        return self._client._call_stream(_TIMESERIES_ADD_ASSET_VALUES, {"asset_id": asset_id, "body": body}, options)

    def add_asset_values_bulk(
        self, asset_id: str, *, body: list[AssetTimeSeriesValues], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[SettledTimeSeries]]:
        """Add values to several of an asset's series at once.

        `POST /tsm/assets/{assetId}/bulk`
        """
        return self._client._call_stream(
            _TIMESERIES_ADD_ASSET_VALUES_BULK, {"asset_id": asset_id, "body": body}, options
        )

    def list_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedTimeSeries]:
        """The series of an asset.

        `GET /tsm/asset/{assetId}`
        """
        return self._client._call_stream(_TIMESERIES_LIST_BY_ASSET, {"asset_id": asset_id, "names": names}, options)

    def get_most_recent_by_asset(
        self, asset_id: str, *, names: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """The most recent value of an asset's series, by series name.

        `GET /tsm/asset/{assetId}/recent`
        """
        return self._client._call_stream(
            _TIMESERIES_GET_MOST_RECENT_BY_ASSET, {"asset_id": asset_id, "names": names}, options
        )


class AsyncEvents(Resource[AsyncClient]):
    """`events` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedEvent:
        """List events, one page at a time.

        `GET /events`
        """
        return cast(
            "PaginatedEvent",
            await self._client._call(
                _EVENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Event, options: RequestOptions | None = None) -> Event:
        """Create an event.

        `POST /events`
        """
        return cast("Event", await self._client._call(_EVENTS_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[Event], options: RequestOptions | None = None) -> list[Event]:
        """Create several events in one call.

        `POST /events/many`
        """
        return cast("list[Event]", await self._client._call(_EVENTS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Event:
        """Get one event.

        `GET /events/{id}`
        """
        return cast("Event", await self._client._call(_EVENTS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> Event:
        """Replace an event.

        `PUT /events/{id}`
        """
        return cast("Event", await self._client._call(_EVENTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return cast("DeleteResult", await self._client._call(_EVENTS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return cast("None", await self._client._call(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share events with other organizations.

        `POST /events/share`
        """
        return cast("None", await self._client._call(_EVENTS_SHARE, {"body": body}, options))

    async def get_last_by_group(self, asset_id: str, group: str, *, options: RequestOptions | None = None) -> Event:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return cast(
            "Event",
            await self._client._call(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options),
        )

    async def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StringMap:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return cast(
            "StringMap",
            await self._client._call(_EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options),
        )

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        return AsyncEventsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse:
        return AsyncEventsWithStreamingResponse(self._client)


class AsyncEventsWithRawResponse(Resource[AsyncClient]):
    """`events` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedEvent]:
        """List events, one page at a time.

        `GET /events`
        """
        return await self._client._call_raw(
            _EVENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Event, options: RequestOptions | None = None) -> RawResponse[Event]:
        """Create an event.

        `POST /events`
        """
        return await self._client._call_raw(_EVENTS_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[Event], options: RequestOptions | None = None
    ) -> RawResponse[list[Event]]:
        """Create several events in one call.

        `POST /events/many`
        """
        return await self._client._call_raw(_EVENTS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Event]:
        """Get one event.

        `GET /events/{id}`
        """
        return await self._client._call_raw(_EVENTS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> RawResponse[Event]:
        """Replace an event.

        `PUT /events/{id}`
        """
        return await self._client._call_raw(_EVENTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return await self._client._call_raw(_EVENTS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return await self._client._call_raw(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share events with other organizations.

        `POST /events/share`
        """
        return await self._client._call_raw(_EVENTS_SHARE, {"body": body}, options)

    async def get_last_by_group(
        self, asset_id: str, group: str, *, options: RequestOptions | None = None
    ) -> RawResponse[Event]:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return await self._client._call_raw(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options)

    async def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[StringMap]:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return await self._client._call_raw(
            _EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options
        )


class AsyncEventsWithStreamingResponse(Resource[AsyncClient]):
    """`events` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedEvent]:
        """List events, one page at a time.

        `GET /events`
        """
        return self._client._call_stream(
            _EVENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Event, options: RequestOptions | None = None) -> AsyncStreamedResponse[Event]:
        """Create an event.

        `POST /events`
        """
        return self._client._call_stream(_EVENTS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Event], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Event]]:
        """Create several events in one call.

        `POST /events/many`
        """
        return self._client._call_stream(_EVENTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Event]:
        """Get one event.

        `GET /events/{id}`
        """
        return self._client._call_stream(_EVENTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Event, options: RequestOptions | None = None) -> AsyncStreamedResponse[Event]:
        """Replace an event.

        `PUT /events/{id}`
        """
        return self._client._call_stream(_EVENTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete an event.

        `DELETE /events/{id}`
        """
        return self._client._call_stream(_EVENTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to an event.

        `PUT /events/{id}/access`
        """
        return self._client._call_stream(_EVENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share events with other organizations.

        `POST /events/share`
        """
        return self._client._call_stream(_EVENTS_SHARE, {"body": body}, options)

    def get_last_by_group(
        self, asset_id: str, group: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Event]:
        """The last event of an asset in a group.

        `GET /events/last/{assetId}/{group}`
        """
        return self._client._call_stream(_EVENTS_GET_LAST_BY_GROUP, {"asset_id": asset_id, "group": group}, options)

    def get_last_by_groups(
        self, asset_id: str, *, groups: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[StringMap]:
        """The last event of an asset per group.

        `GET /events/asset/{assetId}/last`
        """
        return self._client._call_stream(_EVENTS_GET_LAST_BY_GROUPS, {"asset_id": asset_id, "groups": groups}, options)


class AsyncTasks(Resource[AsyncClient]):
    """`tasks` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTask:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return cast(
            "PaginatedTask",
            await self._client._call(
                _TASKS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                    "name": name,
                    "asset_ref": asset_ref,
                },
                options,
            ),
        )

    async def create(self, *, body: Task, options: RequestOptions | None = None) -> Task:
        """Create a task.

        `POST /tasks`
        """
        return cast("Task", await self._client._call(_TASKS_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[Task], options: RequestOptions | None = None) -> list[Task]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return cast("list[Task]", await self._client._call(_TASKS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Task:
        """Get one task.

        `GET /tasks/{id}`
        """
        return cast("Task", await self._client._call(_TASKS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> Task:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return cast("Task", await self._client._call(_TASKS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return cast("DeleteResult", await self._client._call(_TASKS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return cast("None", await self._client._call(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return cast("None", await self._client._call(_TASKS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedTask:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return cast(
            "PaginatedTask",
            await self._client._call(
                _TASKS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Task]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return cast("list[Task]", await self._client._call(_TASKS_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Task:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return cast("Task", await self._client._call(_TASKS_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_TASKS_EMPTY_TRASH, {"offset": offset}, options))

    async def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> PaginatedLogbookEntry:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return cast(
            "PaginatedLogbookEntry",
            await self._client._call(
                _TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options
            ),
        )

    async def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> LogbookEntry:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return cast(
            "LogbookEntry",
            await self._client._call(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options),
        )

    async def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> LogbookDeleteResult:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return cast(
            "LogbookDeleteResult",
            await self._client._call(_TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options),
        )

    async def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> LogbookEntry:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return cast(
            "LogbookEntry",
            await self._client._call(
                _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
            ),
        )

    async def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> PaginatedLogbookEntry:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return cast(
            "PaginatedLogbookEntry",
            await self._client._call(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options),
        )

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        return AsyncTasksWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncTasksWithStreamingResponse:
        return AsyncTasksWithStreamingResponse(self._client)


class AsyncTasksWithRawResponse(Resource[AsyncClient]):
    """`tasks` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTask]:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return await self._client._call_raw(
            _TASKS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
                "name": name,
                "asset_ref": asset_ref,
            },
            options,
        )

    async def create(self, *, body: Task, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Create a task.

        `POST /tasks`
        """
        return await self._client._call_raw(_TASKS_CREATE, {"body": body}, options)

    async def create_many(self, *, body: list[Task], options: RequestOptions | None = None) -> RawResponse[list[Task]]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return await self._client._call_raw(_TASKS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Task]:
        """Get one task.

        `GET /tasks/{id}`
        """
        return await self._client._call_raw(_TASKS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return await self._client._call_raw(_TASKS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return await self._client._call_raw(_TASKS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return await self._client._call_raw(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return await self._client._call_raw(_TASKS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedTask]:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return await self._client._call_raw(
            _TASKS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Task]]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return await self._client._call_raw(_TASKS_RESTORE_ALL, {"body": body}, options)

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Task]:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return await self._client._call_raw(_TASKS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return await self._client._call_raw(_TASKS_EMPTY_TRASH, {"offset": offset}, options)

    async def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedLogbookEntry]:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return await self._client._call_raw(
            _TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options
        )

    async def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> RawResponse[LogbookEntry]:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return await self._client._call_raw(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options)

    async def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[LogbookDeleteResult]:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return await self._client._call_raw(
            _TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options
        )

    async def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> RawResponse[LogbookEntry]:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return await self._client._call_raw(
            _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
        )

    async def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedLogbookEntry]:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return await self._client._call_raw(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options)


class AsyncTasksWithStreamingResponse(Resource[AsyncClient]):
    """`tasks` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        asset_ref: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedTask]:
        """List tasks, one page at a time.

        `GET /tasks`
        """
        return self._client._call_stream(
            _TASKS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
                "name": name,
                "asset_ref": asset_ref,
            },
            options,
        )

    def create(self, *, body: Task, options: RequestOptions | None = None) -> AsyncStreamedResponse[Task]:
        """Create a task.

        `POST /tasks`
        """
        return self._client._call_stream(_TASKS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Task], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Task]]:
        """Create several tasks in one call.

        `POST /tasks/many`
        """
        return self._client._call_stream(_TASKS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Task]:
        """Get one task.

        `GET /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Task, options: RequestOptions | None = None) -> AsyncStreamedResponse[Task]:
        """Replace a task.

        `PUT /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a task (to the trash unless `force`).

        `DELETE /tasks/{id}`
        """
        return self._client._call_stream(_TASKS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a task.

        `PUT /tasks/{id}/access`
        """
        return self._client._call_stream(_TASKS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share tasks with other organizations.

        `POST /tasks/share`
        """
        return self._client._call_stream(_TASKS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedTask]:
        """List the tasks in the trash.

        `GET /tasks/trash`
        """
        return self._client._call_stream(
            _TASKS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Task]]:
        """Restore every task from the trash.

        `PUT /tasks/trash/restore`
        """
        return self._client._call_stream(_TASKS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Task]:
        """Restore one task from the trash.

        `PUT /tasks/trash/restore/{id}`
        """
        return self._client._call_stream(_TASKS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the tasks that went to the trash more than `offset` seconds ago.

        `DELETE /tasks/trash/clean`
        """
        return self._client._call_stream(_TASKS_EMPTY_TRASH, {"offset": offset}, options)

    def list_logbook(
        self,
        task_id: str,
        *,
        limit: int | NotGiven = 50,
        offset: int | NotGiven = 0,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedLogbookEntry]:
        """A task's logbook, limit/offset paged.

        `GET /tasks/{taskId}/logbook`
        """
        return self._client._call_stream(
            _TASKS_LIST_LOGBOOK, {"task_id": task_id, "limit": limit, "offset": offset}, options
        )

    def add_logbook_entry(
        self, task_id: str, *, body: LogbookEntryInput, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogbookEntry]:
        """Add an entry to a task's logbook.

        `POST /tasks/{taskId}/logbook`
        """
        return self._client._call_stream(_TASKS_ADD_LOGBOOK_ENTRY, {"task_id": task_id, "body": body}, options)

    def delete_logbook_entry(
        self, task_id: str, entry_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogbookDeleteResult]:
        """Delete a logbook entry.

        `DELETE /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_stream(
            _TASKS_DELETE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id}, options
        )

    def update_logbook_entry(
        self, task_id: str, entry_id: str, *, body: LogbookEntryPatch, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogbookEntry]:
        """Change fields of a logbook entry.

        `PATCH /tasks/{taskId}/logbook/{entryId}`
        """
        return self._client._call_stream(
            _TASKS_UPDATE_LOGBOOK_ENTRY, {"task_id": task_id, "entry_id": entry_id, "body": body}, options
        )

    def list_my_logbook(
        self, *, limit: int | NotGiven = 50, offset: int | NotGiven = 0, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedLogbookEntry]:
        """The caller's own logbook entries, limit/offset paged.

        `GET /tasks/logbook/mine`
        """
        return self._client._call_stream(_TASKS_LIST_MY_LOGBOOK, {"limit": limit, "offset": offset}, options)


class AsyncAlerts(Resource[AsyncClient]):
    """`alerts` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAlert:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return cast(
            "PaginatedAlert",
            await self._client._call(
                _ALERTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Alert, options: RequestOptions | None = None) -> Alert:
        """Create an alert.

        `POST /alerts`
        """
        return cast("Alert", await self._client._call(_ALERTS_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[Alert], options: RequestOptions | None = None) -> list[Alert]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return cast("list[Alert]", await self._client._call(_ALERTS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Alert:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return cast("Alert", await self._client._call(_ALERTS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> Alert:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return cast("Alert", await self._client._call(_ALERTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return cast("DeleteResult", await self._client._call(_ALERTS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return cast("None", await self._client._call(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return cast("None", await self._client._call(_ALERTS_SHARE, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncAlertsWithRawResponse:
        return AsyncAlertsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAlertsWithStreamingResponse:
        return AsyncAlertsWithStreamingResponse(self._client)


class AsyncAlertsWithRawResponse(Resource[AsyncClient]):
    """`alerts` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAlert]:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return await self._client._call_raw(
            _ALERTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Alert, options: RequestOptions | None = None) -> RawResponse[Alert]:
        """Create an alert.

        `POST /alerts`
        """
        return await self._client._call_raw(_ALERTS_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[Alert], options: RequestOptions | None = None
    ) -> RawResponse[list[Alert]]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return await self._client._call_raw(_ALERTS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Alert]:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return await self._client._call_raw(_ALERTS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> RawResponse[Alert]:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return await self._client._call_raw(_ALERTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return await self._client._call_raw(_ALERTS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return await self._client._call_raw(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return await self._client._call_raw(_ALERTS_SHARE, {"body": body}, options)


class AsyncAlertsWithStreamingResponse(Resource[AsyncClient]):
    """`alerts` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAlert]:
        """List alerts, one page at a time.

        `GET /alerts`
        """
        return self._client._call_stream(
            _ALERTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Alert, options: RequestOptions | None = None) -> AsyncStreamedResponse[Alert]:
        """Create an alert.

        `POST /alerts`
        """
        return self._client._call_stream(_ALERTS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Alert], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Alert]]:
        """Create several alerts in one call.

        `POST /alerts/many`
        """
        return self._client._call_stream(_ALERTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Alert]:
        """Get one alert.

        `GET /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Alert, options: RequestOptions | None = None) -> AsyncStreamedResponse[Alert]:
        """Replace an alert.

        `PUT /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete an alert.

        `DELETE /alerts/{id}`
        """
        return self._client._call_stream(_ALERTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to an alert.

        `PUT /alerts/{id}/access`
        """
        return self._client._call_stream(_ALERTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share alerts with other organizations.

        `POST /alerts/share`
        """
        return self._client._call_stream(_ALERTS_SHARE, {"body": body}, options)


class AsyncEndpoints(Resource[AsyncClient]):
    """`endpoints` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedEndpoint:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return cast(
            "PaginatedEndpoint",
            await self._client._call(
                _ENDPOINTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> Endpoint:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return cast("Endpoint", await self._client._call(_ENDPOINTS_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[Endpoint], options: RequestOptions | None = None) -> list[Endpoint]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return cast("list[Endpoint]", await self._client._call(_ENDPOINTS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Endpoint:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return cast("Endpoint", await self._client._call(_ENDPOINTS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Endpoint, options: RequestOptions | None = None) -> Endpoint:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return cast("Endpoint", await self._client._call(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options))

    async def send_notification(
        self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None
    ) -> None:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return cast("None", await self._client._call(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return cast("DeleteResult", await self._client._call(_ENDPOINTS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return cast("None", await self._client._call(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return cast("None", await self._client._call(_ENDPOINTS_SHARE, {"body": body}, options))

    async def get_last_log(self, id: str, group: str, *, options: RequestOptions | None = None) -> EndpointLog:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return cast(
            "EndpointLog", await self._client._call(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options)
        )

    @property
    def with_raw_response(self) -> AsyncEndpointsWithRawResponse:
        return AsyncEndpointsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncEndpointsWithStreamingResponse:
        return AsyncEndpointsWithStreamingResponse(self._client)


class AsyncEndpointsWithRawResponse(Resource[AsyncClient]):
    """`endpoints` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedEndpoint]:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return await self._client._call_raw(
            _ENDPOINTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> RawResponse[Endpoint]:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return await self._client._call_raw(_ENDPOINTS_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[Endpoint], options: RequestOptions | None = None
    ) -> RawResponse[list[Endpoint]]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return await self._client._call_raw(_ENDPOINTS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Endpoint]:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return await self._client._call_raw(_ENDPOINTS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Endpoint, options: RequestOptions | None = None) -> RawResponse[Endpoint]:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return await self._client._call_raw(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options)

    async def send_notification(
        self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return await self._client._call_raw(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return await self._client._call_raw(_ENDPOINTS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return await self._client._call_raw(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return await self._client._call_raw(_ENDPOINTS_SHARE, {"body": body}, options)

    async def get_last_log(
        self, id: str, group: str, *, options: RequestOptions | None = None
    ) -> RawResponse[EndpointLog]:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return await self._client._call_raw(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options)


class AsyncEndpointsWithStreamingResponse(Resource[AsyncClient]):
    """`endpoints` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedEndpoint]:
        """List notification endpoints, one page at a time.

        `GET /notification/endpoints`
        """
        return self._client._call_stream(
            _ENDPOINTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Endpoint, options: RequestOptions | None = None) -> AsyncStreamedResponse[Endpoint]:
        """Create a notification endpoint.

        `POST /notification/endpoints`
        """
        return self._client._call_stream(_ENDPOINTS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Endpoint], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Endpoint]]:
        """Create several notification endpoints in one call.

        `POST /notification/endpoints/many`
        """
        return self._client._call_stream(_ENDPOINTS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Endpoint]:
        """Get one notification endpoint.

        `GET /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: Endpoint, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Endpoint]:
        """Replace a notification endpoint.

        `PUT /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_UPDATE, {"id": id, "body": body}, options)

    def send_notification(
        self, id: str, *, body: NotificationPayload, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Send a notification through the endpoint.

        `POST /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_SEND_NOTIFICATION, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a notification endpoint.

        `DELETE /notification/endpoints/{id}`
        """
        return self._client._call_stream(_ENDPOINTS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a notification endpoint.

        `PUT /notification/endpoints/{id}/access`
        """
        return self._client._call_stream(_ENDPOINTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share notification endpoints with other organizations.

        `POST /notification/endpoints/share`
        """
        return self._client._call_stream(_ENDPOINTS_SHARE, {"body": body}, options)

    def get_last_log(
        self, id: str, group: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EndpointLog]:
        """The endpoint's last log entry of a group.

        `GET /notification/endpoints/{id}/logs/{group}/last`
        """
        return self._client._call_stream(_ENDPOINTS_GET_LAST_LOG, {"id": id, "group": group}, options)


class AsyncNotificationRules(Resource[AsyncClient]):
    """`notification_rules` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedNotificationRule:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return cast(
            "PaginatedNotificationRule",
            await self._client._call(
                _NOTIFICATION_RULES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: NotificationRule, options: RequestOptions | None = None) -> NotificationRule:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return cast("NotificationRule", await self._client._call(_NOTIFICATION_RULES_CREATE, {"body": body}, options))

    async def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> list[NotificationRule]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return cast(
            "list[NotificationRule]", await self._client._call(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)
        )

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> NotificationRule:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return cast(
            "NotificationRule",
            await self._client._call(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options),
        )

    async def update(
        self, id: str, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> NotificationRule:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return cast(
            "NotificationRule", await self._client._call(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)
        )

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return cast(
            "DeleteResult", await self._client._call(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options)
        )

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return cast(
            "None", await self._client._call(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options)
        )

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return cast("None", await self._client._call(_NOTIFICATION_RULES_SHARE, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncNotificationRulesWithRawResponse:
        return AsyncNotificationRulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncNotificationRulesWithStreamingResponse:
        return AsyncNotificationRulesWithStreamingResponse(self._client)


class AsyncNotificationRulesWithRawResponse(Resource[AsyncClient]):
    """`notification_rules` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedNotificationRule]:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return await self._client._call_raw(
            _NOTIFICATION_RULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(
        self, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> RawResponse[NotificationRule]:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> RawResponse[list[NotificationRule]]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[NotificationRule]:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> RawResponse[NotificationRule]:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return await self._client._call_raw(_NOTIFICATION_RULES_SHARE, {"body": body}, options)


class AsyncNotificationRulesWithStreamingResponse(Resource[AsyncClient]):
    """`notification_rules` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedNotificationRule]:
        """List notification rules, one page at a time.

        `GET /notification/rules`
        """
        return self._client._call_stream(
            _NOTIFICATION_RULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[NotificationRule]:
        """Create a notification rule.

        `POST /notification/rules`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[NotificationRule], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[NotificationRule]]:
        """Create several notification rules in one call.

        `POST /notification/rules/many`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[NotificationRule]:
        """Get one notification rule.

        `GET /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: NotificationRule, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[NotificationRule]:
        """Replace a notification rule.

        `PUT /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a notification rule.

        `DELETE /notification/rules/{id}`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a notification rule.

        `PUT /notification/rules/{id}/access`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share notification rules with other organizations.

        `POST /notification/rules/share`
        """
        return self._client._call_stream(_NOTIFICATION_RULES_SHARE, {"body": body}, options)


class AsyncNotifications(Resource[AsyncClient]):
    """`notifications` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedNotification:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return cast(
            "PaginatedNotification",
            await self._client._call(
                _NOTIFICATIONS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Notification, options: RequestOptions | None = None) -> Notification:
        """Create a notification.

        `POST /notifications`
        """
        return cast("Notification", await self._client._call(_NOTIFICATIONS_CREATE, {"body": body}, options))

    async def create_many(
        self, *, body: list[Notification], options: RequestOptions | None = None
    ) -> list[Notification]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return cast("list[Notification]", await self._client._call(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Notification:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return cast(
            "Notification", await self._client._call(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options)
        )

    async def update(self, id: str, *, body: Notification, options: RequestOptions | None = None) -> Notification:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return cast("Notification", await self._client._call(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return cast(
            "DeleteResult", await self._client._call(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options)
        )

    @property
    def with_raw_response(self) -> AsyncNotificationsWithRawResponse:
        return AsyncNotificationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncNotificationsWithStreamingResponse:
        return AsyncNotificationsWithStreamingResponse(self._client)


class AsyncNotificationsWithRawResponse(Resource[AsyncClient]):
    """`notifications` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedNotification]:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return await self._client._call_raw(
            _NOTIFICATIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Notification, options: RequestOptions | None = None) -> RawResponse[Notification]:
        """Create a notification.

        `POST /notifications`
        """
        return await self._client._call_raw(_NOTIFICATIONS_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[Notification], options: RequestOptions | None = None
    ) -> RawResponse[list[Notification]]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return await self._client._call_raw(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Notification]:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return await self._client._call_raw(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: Notification, options: RequestOptions | None = None
    ) -> RawResponse[Notification]:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return await self._client._call_raw(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return await self._client._call_raw(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options)


class AsyncNotificationsWithStreamingResponse(Resource[AsyncClient]):
    """`notifications` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedNotification]:
        """List notifications, one page at a time.

        `GET /notifications`
        """
        return self._client._call_stream(
            _NOTIFICATIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: Notification, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Notification]:
        """Create a notification.

        `POST /notifications`
        """
        return self._client._call_stream(_NOTIFICATIONS_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[Notification], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Notification]]:
        """Create several notifications in one call.

        `POST /notifications/many`
        """
        return self._client._call_stream(_NOTIFICATIONS_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Notification]:
        """Get one notification.

        `GET /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: Notification, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Notification]:
        """Replace a notification.

        `PUT /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a notification.

        `DELETE /notifications/{id}`
        """
        return self._client._call_stream(_NOTIFICATIONS_DELETE, {"id": id, "force": force}, options)


class AsyncFlows(Resource[AsyncClient]):
    """`flows` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlow:
        """List flows, one page at a time.

        `GET /flows`
        """
        return cast(
            "PaginatedFlow",
            await self._client._call(
                _FLOWS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Flow, options: RequestOptions | None = None) -> Flow:
        """Create a flow.

        `POST /flows`
        """
        return cast("Flow", await self._client._call(_FLOWS_CREATE, {"body": body}, options))

    async def get(self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None) -> Flow:
        """Get one flow.

        `GET /flows/{id}`
        """
        return cast("Flow", await self._client._call(_FLOWS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> Flow:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return cast("Flow", await self._client._call(_FLOWS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return cast("DeleteResult", await self._client._call(_FLOWS_DELETE, {"id": id, "force": force}, options))

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return cast("None", await self._client._call(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options))

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return cast("None", await self._client._call(_FLOWS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlow:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return cast(
            "PaginatedFlow",
            await self._client._call(
                _FLOWS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[Flow]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return cast("list[Flow]", await self._client._call(_FLOWS_RESTORE_ALL, {"body": body}, options))

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> Flow:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return cast("Flow", await self._client._call(_FLOWS_RESTORE, {"id": id, "body": body}, options))

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return cast("TrashCleanResult", await self._client._call(_FLOWS_EMPTY_TRASH, {"offset": offset}, options))

    async def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> PaginatedFlow:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return cast("PaginatedFlow", await self._client._call(_FLOWS_LIST_REVISIONS, {"id": id}, options))

    async def rollback(self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> Flow:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return cast("Flow", await self._client._call(_FLOWS_ROLLBACK, {"id": id, "body": body}, options))

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options),
        )

    async def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> Flow:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return cast("Flow", await self._client._call(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options))

    async def list_diagram_revisions(self, id: str, *, options: RequestOptions | None = None) -> list[FlowDiagram]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return cast("list[FlowDiagram]", await self._client._call(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncFlowsWithRawResponse:
        return AsyncFlowsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFlowsWithStreamingResponse:
        return AsyncFlowsWithStreamingResponse(self._client)


class AsyncFlowsWithRawResponse(Resource[AsyncClient]):
    """`flows` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlow]:
        """List flows, one page at a time.

        `GET /flows`
        """
        return await self._client._call_raw(
            _FLOWS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Flow, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Create a flow.

        `POST /flows`
        """
        return await self._client._call_raw(_FLOWS_CREATE, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None
    ) -> RawResponse[Flow]:
        """Get one flow.

        `GET /flows/{id}`
        """
        return await self._client._call_raw(_FLOWS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return await self._client._call_raw(_FLOWS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return await self._client._call_raw(_FLOWS_DELETE, {"id": id, "force": force}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return await self._client._call_raw(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return await self._client._call_raw(_FLOWS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlow]:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return await self._client._call_raw(
            _FLOWS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[list[Flow]]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return await self._client._call_raw(_FLOWS_RESTORE_ALL, {"body": body}, options)

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return await self._client._call_raw(_FLOWS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return await self._client._call_raw(_FLOWS_EMPTY_TRASH, {"offset": offset}, options)

    async def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[PaginatedFlow]:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return await self._client._call_raw(_FLOWS_LIST_REVISIONS, {"id": id}, options)

    async def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[Flow]:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return await self._client._call_raw(_FLOWS_ROLLBACK, {"id": id, "body": body}, options)

    async def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return await self._client._call_raw(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    async def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> RawResponse[Flow]:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return await self._client._call_raw(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options)

    async def list_diagram_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[list[FlowDiagram]]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return await self._client._call_raw(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options)


class AsyncFlowsWithStreamingResponse(Resource[AsyncClient]):
    """`flows` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = "none",
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlow]:
        """List flows, one page at a time.

        `GET /flows`
        """
        return self._client._call_stream(
            _FLOWS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Flow, options: RequestOptions | None = None) -> AsyncStreamedResponse[Flow]:
        """Create a flow.

        `POST /flows`
        """
        return self._client._call_stream(_FLOWS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = "none", options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Flow]:
        """Get one flow.

        `GET /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Flow, options: RequestOptions | None = None) -> AsyncStreamedResponse[Flow]:
        """Replace a flow.

        `PUT /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a flow (to the trash unless `force`).

        `DELETE /flows/{id}`
        """
        return self._client._call_stream(_FLOWS_DELETE, {"id": id, "force": force}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a flow.

        `PUT /flows/{id}/access`
        """
        return self._client._call_stream(_FLOWS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share flows with other organizations.

        `POST /flows/share`
        """
        return self._client._call_stream(_FLOWS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlow]:
        """List the flows in the trash.

        `GET /flows/trash`
        """
        return self._client._call_stream(
            _FLOWS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Flow]]:
        """Restore every flow from the trash.

        `PUT /flows/trash/restore`
        """
        return self._client._call_stream(_FLOWS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Flow]:
        """Restore one flow from the trash.

        `PUT /flows/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOWS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the flows that went to the trash more than `offset` seconds ago.

        `DELETE /flows/trash/clean`
        """
        return self._client._call_stream(_FLOWS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[PaginatedFlow]:
        """List the saved revisions of a flow.

        `GET /flows/{id}/revisions`
        """
        return self._client._call_stream(_FLOWS_LIST_REVISIONS, {"id": id}, options)

    def rollback(
        self, id: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Flow]:
        """Make an earlier revision the current flow.

        `PUT /flows/{id}/rollback`
        """
        return self._client._call_stream(_FLOWS_ROLLBACK, {"id": id, "body": body}, options)

    def delete_revision(
        self, id: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete one saved revision of a flow.

        `DELETE /flows/{id}/revisions/{revisionId}`
        """
        return self._client._call_stream(_FLOWS_DELETE_REVISION, {"id": id, "revision_id": revision_id}, options)

    def get_by_diagram(self, diagram_id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Flow]:
        """The flow a diagram belongs to.

        `GET /flows/diagram/{diagramId}`
        """
        return self._client._call_stream(_FLOWS_GET_BY_DIAGRAM, {"diagram_id": diagram_id}, options)

    def list_diagram_revisions(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[FlowDiagram]]:
        """Every diagram revision of a flow.

        `GET /flows/{id}/diagram/revisions`
        """
        return self._client._call_stream(_FLOWS_LIST_DIAGRAM_REVISIONS, {"id": id}, options)


class AsyncFlowDeployments(Resource[AsyncClient]):
    """`flow_deployments` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowDeployment:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return cast(
            "PaginatedFlowDeployment",
            await self._client._call(
                _FLOW_DEPLOYMENTS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: FlowDeployment, options: RequestOptions | None = None) -> FlowDeployment:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return cast("FlowDeployment", await self._client._call(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowDeployment:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return cast(
            "FlowDeployment", await self._client._call(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)
        )

    async def update(self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None) -> FlowDeployment:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return cast(
            "FlowDeployment", await self._client._call(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options)
        )

    async def cancel_access(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return cast(
            "None", await self._client._call(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)
        )

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return cast("None", await self._client._call(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowDeployment:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return cast(
            "PaginatedFlowDeployment",
            await self._client._call(
                _FLOW_DEPLOYMENTS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[FlowDeployment]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return cast(
            "list[FlowDeployment]", await self._client._call(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options)
        )

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> FlowDeployment:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return cast(
            "FlowDeployment", await self._client._call(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options)
        )

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return cast(
            "TrashCleanResult", await self._client._call(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options)
        )

    async def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return cast("str", await self._client._call(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options))

    async def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> FlowDeployment:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return cast(
            "FlowDeployment",
            await self._client._call(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options),
        )

    async def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return cast("FreeForm", await self._client._call(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options))

    async def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
            ),
        )

    async def get_logs(self, id: str, *, options: RequestOptions | None = None) -> list[FreeForm]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return cast("list[FreeForm]", await self._client._call(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options))

    async def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[ResourceReference]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return cast(
            "list[ResourceReference]",
            await self._client._call(
                _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
            ),
        )

    async def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return cast("str", await self._client._call(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncFlowDeploymentsWithRawResponse:
        return AsyncFlowDeploymentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFlowDeploymentsWithStreamingResponse:
        return AsyncFlowDeploymentsWithStreamingResponse(self._client)


class AsyncFlowDeploymentsWithRawResponse(Resource[AsyncClient]):
    """`flow_deployments` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowDeployment]:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return await self._client._call_raw(
            _FLOW_DEPLOYMENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(
        self, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options)

    async def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowDeployment]:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return await self._client._call_raw(
            _FLOW_DEPLOYMENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[FlowDeployment]]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options)

    async def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options)

    async def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options)

    async def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> RawResponse[FlowDeployment]:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options)

    async def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options)

    async def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return await self._client._call_raw(
            _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
        )

    async def get_logs(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[list[FreeForm]]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options)

    async def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[ResourceReference]]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return await self._client._call_raw(
            _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
        )

    async def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return await self._client._call_raw(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options)


class AsyncFlowDeploymentsWithStreamingResponse(Resource[AsyncClient]):
    """`flow_deployments` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlowDeployment]:
        """List flow deployments, one page at a time.

        `GET /flow/deployments`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowDeployment]:
        """Create a flow deployment.

        `POST /flow/deployments`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowDeployment]:
        """Get one flow deployment.

        `GET /flow/deployments/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: FlowDeployment, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowDeployment]:
        """Replace a flow deployment.

        `PUT /flow/deployments/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_UPDATE, {"id": id, "body": body}, options)

    def cancel_access(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a flow deployment.

        `PUT /flow/deployments/{id}/access`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_CANCEL_ACCESS, {"id": id, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share flow deployments with other organizations.

        `POST /flow/deployments/share`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlowDeployment]:
        """List the flow deployments in the trash.

        `GET /flow/deployments/trash`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[FlowDeployment]]:
        """Restore every flow deployment from the trash.

        `PUT /flow/deployments/trash/restore`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowDeployment]:
        """Restore one flow deployment from the trash.

        `PUT /flow/deployments/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the flow deployments that went to the trash more than `offset` seconds ago.

        `DELETE /flow/deployments/trash/clean`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_EMPTY_TRASH, {"offset": offset}, options)

    def subscribe_status(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Stream a deployment's status changes.

        `GET /flow/deployments/{id}/status`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS, {"id": id}, options)

    def update_status(
        self, id: str, *, body: DeploymentStatusRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowDeployment]:
        """Ask for a deployment status.

        `PUT /flow/deployments/{id}/status`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_UPDATE_STATUS, {"id": id, "body": body}, options)

    def get_statistics(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[FreeForm]:
        """Statistics of a deployment.

        `GET /flow/deployments/{id}/statistics`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET_STATISTICS, {"id": id}, options)

    def get_metrics(
        self,
        id: str,
        *,
        range_: str | NotGiven = "12h",
        interval: str | NotGiven = "5m",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FreeForm]:
        """Resource metrics of a deployment.

        `GET /flow/deployments/{id}/metrics`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_GET_METRICS, {"id": id, "range_": range_, "interval": interval}, options
        )

    def get_logs(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[FreeForm]]:
        """The deployment's logs.

        `GET /flow/deployments/{id}/logs`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_GET_LOGS, {"id": id}, options)

    def resolve_references(
        self,
        id: str,
        *,
        recursive: bool | NotGiven = True,
        types: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[list[ResourceReference]]:
        """The resources a deployment refers to.

        `GET /flow/deployments/{id}/references`
        """
        return self._client._call_stream(
            _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES, {"id": id, "recursive": recursive, "types": types}, options
        )

    def subscribe_logs(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Stream a deployment's logs.

        `GET /flow/deployments/{id}/logs/subscribe`
        """
        return self._client._call_stream(_FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS, {"id": id}, options)


class AsyncFlowFunctions(Resource[AsyncClient]):
    """`flow_functions` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowFunction:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return cast(
            "PaginatedFlowFunction",
            await self._client._call(
                _FLOW_FUNCTIONS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: FlowFunction, options: RequestOptions | None = None) -> FlowFunction:
        """Create a flow function.

        `POST /flow/functions`
        """
        return cast("FlowFunction", await self._client._call(_FLOW_FUNCTIONS_CREATE, {"body": body}, options))

    async def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowFunction:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return cast(
            "FlowFunction", await self._client._call(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)
        )

    async def update(self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None) -> FlowFunction:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return cast(
            "FlowFunction", await self._client._call(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options)
        )

    async def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return cast(
            "DeleteResult", await self._client._call(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options)
        )

    async def cancel_access(self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return cast(
            "None", await self._client._call(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options)
        )

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return cast("None", await self._client._call(_FLOW_FUNCTIONS_SHARE, {"body": body}, options))

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowFunction:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return cast(
            "PaginatedFlowFunction",
            await self._client._call(
                _FLOW_FUNCTIONS_LIST_TRASH,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def restore_all(self, *, body: EmptyBody, options: RequestOptions | None = None) -> list[FlowFunction]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return cast(
            "list[FlowFunction]", await self._client._call(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options)
        )

    async def restore(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> FlowFunction:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return cast(
            "FlowFunction", await self._client._call(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options)
        )

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> TrashCleanResult:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return cast(
            "TrashCleanResult", await self._client._call(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options)
        )

    async def list_revisions(self, fqn: str, *, options: RequestOptions | None = None) -> PaginatedFlowFunction:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return cast(
            "PaginatedFlowFunction", await self._client._call(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options)
        )

    async def rollback(self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None) -> FlowFunction:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return cast(
            "FlowFunction", await self._client._call(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options)
        )

    async def delete_revision(
        self, fqn: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return cast(
            "DeleteResult",
            await self._client._call(
                _FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncFlowFunctionsWithRawResponse:
        return AsyncFlowFunctionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFlowFunctionsWithStreamingResponse:
        return AsyncFlowFunctionsWithStreamingResponse(self._client)


class AsyncFlowFunctionsWithRawResponse(Resource[AsyncClient]):
    """`flow_functions` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowFunction]:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return await self._client._call_raw(
            _FLOW_FUNCTIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: FlowFunction, options: RequestOptions | None = None) -> RawResponse[FlowFunction]:
        """Create a flow function.

        `POST /flow/functions`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_CREATE, {"body": body}, options)

    async def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)

    async def update(
        self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options)

    async def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options)

    async def cancel_access(
        self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_SHARE, {"body": body}, options)

    async def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowFunction]:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return await self._client._call_raw(
            _FLOW_FUNCTIONS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[list[FlowFunction]]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options)

    async def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options)

    async def empty_trash(self, *, offset: int, options: RequestOptions | None = None) -> RawResponse[TrashCleanResult]:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options)

    async def list_revisions(
        self, fqn: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PaginatedFlowFunction]:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options)

    async def rollback(
        self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> RawResponse[FlowFunction]:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return await self._client._call_raw(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options)

    async def delete_revision(
        self, fqn: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return await self._client._call_raw(
            _FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options
        )


class AsyncFlowFunctionsWithStreamingResponse(Resource[AsyncClient]):
    """`flow_functions` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlowFunction]:
        """List flow functions, one page at a time.

        `GET /flow/functions`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(
        self, *, body: FlowFunction, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowFunction]:
        """Create a flow function.

        `POST /flow/functions`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_CREATE, {"body": body}, options)

    def get(
        self, fqn: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowFunction]:
        """Get one flow function.

        `GET /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_GET, {"fqn": fqn, "populate": populate}, options)

    def update(
        self, fqn: str, *, body: FlowFunction, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowFunction]:
        """Replace a flow function.

        `PUT /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_UPDATE, {"fqn": fqn, "body": body}, options)

    def delete(
        self, fqn: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a flow function (to the trash unless `force`).

        `DELETE /flow/functions/{fqn}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_DELETE, {"fqn": fqn, "force": force}, options)

    def cancel_access(
        self, fqn: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a flow function.

        `PUT /flow/functions/{fqn}/access`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_CANCEL_ACCESS, {"fqn": fqn, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share flow functions with other organizations.

        `POST /flow/functions/share`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_SHARE, {"body": body}, options)

    def list_trash(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlowFunction]:
        """List the flow functions in the trash.

        `GET /flow/functions/trash`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_LIST_TRASH,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def restore_all(
        self, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[FlowFunction]]:
        """Restore every flow function from the trash.

        `PUT /flow/functions/trash/restore`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_RESTORE_ALL, {"body": body}, options)

    def restore(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowFunction]:
        """Restore one flow function from the trash.

        `PUT /flow/functions/trash/restore/{id}`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_RESTORE, {"id": id, "body": body}, options)

    def empty_trash(
        self, *, offset: int, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TrashCleanResult]:
        """Delete for good the flow functions that went to the trash more than `offset` seconds ago.

        `DELETE /flow/functions/trash/clean`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_EMPTY_TRASH, {"offset": offset}, options)

    def list_revisions(
        self, fqn: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PaginatedFlowFunction]:
        """List the saved revisions of a flow function.

        `GET /flow/functions/{fqn}/revisions`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_LIST_REVISIONS, {"fqn": fqn}, options)

    def rollback(
        self, fqn: str, *, body: RollbackRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowFunction]:
        """Make an earlier revision the current flow function.

        `PUT /flow/functions/{fqn}/rollback`
        """
        return self._client._call_stream(_FLOW_FUNCTIONS_ROLLBACK, {"fqn": fqn, "body": body}, options)

    def delete_revision(
        self, fqn: str, revision_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete one saved revision of a flow function.

        `DELETE /flow/functions/{fqn}/revisions/{revisionId}`
        """
        return self._client._call_stream(
            _FLOW_FUNCTIONS_DELETE_REVISION, {"fqn": fqn, "revision_id": revision_id}, options
        )


class AsyncFlowModules(Resource[AsyncClient]):
    """`flow_modules` operations."""

    async def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FlowModule:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return cast(
            "FlowModule", await self._client._call(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options)
        )

    async def update(self, name: str, *, body: FlowModule, options: RequestOptions | None = None) -> FlowModule:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return cast("FlowModule", await self._client._call(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options))

    async def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return cast(
            "DeleteResult", await self._client._call(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options)
        )

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedFlowModule:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return cast(
            "PaginatedFlowModule",
            await self._client._call(
                _FLOW_MODULES_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def publish(self, *, body: ModulePublish, options: RequestOptions | None = None) -> FlowModule:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return cast("FlowModule", await self._client._call(_FLOW_MODULES_PUBLISH, {"body": body}, options))

    async def cancel_access(self, name: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return cast(
            "None", await self._client._call(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options)
        )

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> None:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return cast("None", await self._client._call(_FLOW_MODULES_SHARE, {"body": body}, options))

    async def delete_artifact(self, name: str, version: str, *, options: RequestOptions | None = None) -> FlowModule:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return cast(
            "FlowModule",
            await self._client._call(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options),
        )

    @property
    def with_raw_response(self) -> AsyncFlowModulesWithRawResponse:
        return AsyncFlowModulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFlowModulesWithStreamingResponse:
        return AsyncFlowModulesWithStreamingResponse(self._client)


class AsyncFlowModulesWithRawResponse(Resource[AsyncClient]):
    """`flow_modules` operations, WithRawResponse."""

    async def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FlowModule]:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return await self._client._call_raw(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options)

    async def update(
        self, name: str, *, body: FlowModule, options: RequestOptions | None = None
    ) -> RawResponse[FlowModule]:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return await self._client._call_raw(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options)

    async def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return await self._client._call_raw(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options)

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedFlowModule]:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return await self._client._call_raw(
            _FLOW_MODULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def publish(self, *, body: ModulePublish, options: RequestOptions | None = None) -> RawResponse[FlowModule]:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return await self._client._call_raw(_FLOW_MODULES_PUBLISH, {"body": body}, options)

    async def cancel_access(
        self, name: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return await self._client._call_raw(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options)

    async def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> RawResponse[None]:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return await self._client._call_raw(_FLOW_MODULES_SHARE, {"body": body}, options)

    async def delete_artifact(
        self, name: str, version: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FlowModule]:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return await self._client._call_raw(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options)


class AsyncFlowModulesWithStreamingResponse(Resource[AsyncClient]):
    """`flow_modules` operations, WithStreamingResponse."""

    def get(
        self, name: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowModule]:
        """Get one flow module.

        `GET /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_GET, {"name": name, "populate": populate}, options)

    def update(
        self, name: str, *, body: FlowModule, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowModule]:
        """Replace a flow module.

        `PUT /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_UPDATE, {"name": name, "body": body}, options)

    def delete(
        self, name: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a flow module.

        `DELETE /flow/modules/{name}`
        """
        return self._client._call_stream(_FLOW_MODULES_DELETE, {"name": name, "force": force}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedFlowModule]:
        """List flow modules, one page at a time.

        `GET /flow/modules`
        """
        return self._client._call_stream(
            _FLOW_MODULES_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def publish(
        self, *, body: ModulePublish, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowModule]:
        """Publish a module version (a zip) as multipart.

        `POST /flow/modules`
        """
        return self._client._call_stream(_FLOW_MODULES_PUBLISH, {"body": body}, options)

    def cancel_access(
        self, name: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Give up the shared access to a flow module.

        `PUT /flow/modules/{name}/access`
        """
        return self._client._call_stream(_FLOW_MODULES_CANCEL_ACCESS, {"name": name, "body": body}, options)

    def share(self, *, body: ShareRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Share flow modules with other organizations.

        `POST /flow/modules/share`
        """
        return self._client._call_stream(_FLOW_MODULES_SHARE, {"body": body}, options)

    def delete_artifact(
        self, name: str, version: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FlowModule]:
        """Delete one version of a module.

        `DELETE /flow/modules/{name}/{version}`
        """
        return self._client._call_stream(_FLOW_MODULES_DELETE_ARTIFACT, {"name": name, "version": version}, options)


class AsyncLabels(Resource[AsyncClient]):
    """`labels` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedLabel:
        """List labels, one page at a time.

        `GET /labels`
        """
        return cast(
            "PaginatedLabel",
            await self._client._call(
                _LABELS_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: Label, options: RequestOptions | None = None) -> Label:
        """Create a label.

        `POST /labels`
        """
        return cast("Label", await self._client._call(_LABELS_CREATE, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Label:
        """Get one label.

        `GET /labels/{id}`
        """
        return cast("Label", await self._client._call(_LABELS_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> Label:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return cast("Label", await self._client._call(_LABELS_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return cast("DeleteResult", await self._client._call(_LABELS_DELETE, {"id": id, "force": force}, options))

    async def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> Label:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return cast("Label", await self._client._call(_LABELS_GET_BY_NAME, {"name": name}, options))

    async def count(self, *, options: RequestOptions | None = None) -> int:
        """How many labels there are.

        `GET /labels/count`
        """
        return cast("int", await self._client._call(_LABELS_COUNT, {}, options))

    async def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> LabelSearchResult:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return cast("LabelSearchResult", await self._client._call(_LABELS_SEARCH, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncLabelsWithRawResponse:
        return AsyncLabelsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncLabelsWithStreamingResponse:
        return AsyncLabelsWithStreamingResponse(self._client)


class AsyncLabelsWithRawResponse(Resource[AsyncClient]):
    """`labels` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedLabel]:
        """List labels, one page at a time.

        `GET /labels`
        """
        return await self._client._call_raw(
            _LABELS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: Label, options: RequestOptions | None = None) -> RawResponse[Label]:
        """Create a label.

        `POST /labels`
        """
        return await self._client._call_raw(_LABELS_CREATE, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Label]:
        """Get one label.

        `GET /labels/{id}`
        """
        return await self._client._call_raw(_LABELS_GET, {"id": id, "populate": populate}, options)

    async def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> RawResponse[Label]:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return await self._client._call_raw(_LABELS_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return await self._client._call_raw(_LABELS_DELETE, {"id": id, "force": force}, options)

    async def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[Label]:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return await self._client._call_raw(_LABELS_GET_BY_NAME, {"name": name}, options)

    async def count(self, *, options: RequestOptions | None = None) -> RawResponse[int]:
        """How many labels there are.

        `GET /labels/count`
        """
        return await self._client._call_raw(_LABELS_COUNT, {}, options)

    async def search(
        self, *, body: SearchOptions, options: RequestOptions | None = None
    ) -> RawResponse[LabelSearchResult]:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return await self._client._call_raw(_LABELS_SEARCH, {"body": body}, options)


class AsyncLabelsWithStreamingResponse(Resource[AsyncClient]):
    """`labels` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedLabel]:
        """List labels, one page at a time.

        `GET /labels`
        """
        return self._client._call_stream(
            _LABELS_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: Label, options: RequestOptions | None = None) -> AsyncStreamedResponse[Label]:
        """Create a label.

        `POST /labels`
        """
        return self._client._call_stream(_LABELS_CREATE, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Label]:
        """Get one label.

        `GET /labels/{id}`
        """
        return self._client._call_stream(_LABELS_GET, {"id": id, "populate": populate}, options)

    def update(self, id: str, *, body: Label, options: RequestOptions | None = None) -> AsyncStreamedResponse[Label]:
        """Replace a label.

        `PUT /labels/{id}`
        """
        return self._client._call_stream(_LABELS_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a label.

        `DELETE /labels/{id}`
        """
        return self._client._call_stream(_LABELS_DELETE, {"id": id, "force": force}, options)

    def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Label]:
        """The label with a name.

        `GET /labels/name/{name}`
        """
        return self._client._call_stream(_LABELS_GET_BY_NAME, {"name": name}, options)

    def count(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[int]:
        """How many labels there are.

        `GET /labels/count`
        """
        return self._client._call_stream(_LABELS_COUNT, {}, options)

    def search(
        self, *, body: SearchOptions, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LabelSearchResult]:
        """Full-text search over labels.

        `POST /labels/search`
        """
        return self._client._call_stream(_LABELS_SEARCH, {"body": body}, options)


class AsyncVault(Resource[AsyncClient]):
    """`vault` operations."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedVaultSecret:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return cast(
            "PaginatedVaultSecret",
            await self._client._call(
                _VAULT_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> VaultSecret:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return cast("VaultSecret", await self._client._call(_VAULT_CREATE, {"body": body}, options))

    async def create_many(self, *, body: list[VaultSecret], options: RequestOptions | None = None) -> list[VaultSecret]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return cast("list[VaultSecret]", await self._client._call(_VAULT_CREATE_MANY, {"body": body}, options))

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> VaultSecret:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return cast("VaultSecret", await self._client._call(_VAULT_GET, {"id": id, "populate": populate}, options))

    async def update(self, id: str, *, body: VaultSecret, options: RequestOptions | None = None) -> VaultSecret:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return cast("VaultSecret", await self._client._call(_VAULT_UPDATE, {"id": id, "body": body}, options))

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> DeleteResult:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return cast("DeleteResult", await self._client._call(_VAULT_DELETE, {"id": id, "force": force}, options))

    async def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return cast("str", await self._client._call(_VAULT_GET_SECRET, {"name": name, "version": version}, options))

    @property
    def with_raw_response(self) -> AsyncVaultWithRawResponse:
        return AsyncVaultWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncVaultWithStreamingResponse:
        return AsyncVaultWithStreamingResponse(self._client)


class AsyncVaultWithRawResponse(Resource[AsyncClient]):
    """`vault` operations, WithRawResponse."""

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedVaultSecret]:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return await self._client._call_raw(
            _VAULT_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> RawResponse[VaultSecret]:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return await self._client._call_raw(_VAULT_CREATE, {"body": body}, options)

    async def create_many(
        self, *, body: list[VaultSecret], options: RequestOptions | None = None
    ) -> RawResponse[list[VaultSecret]]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return await self._client._call_raw(_VAULT_CREATE_MANY, {"body": body}, options)

    async def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[VaultSecret]:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return await self._client._call_raw(_VAULT_GET, {"id": id, "populate": populate}, options)

    async def update(
        self, id: str, *, body: VaultSecret, options: RequestOptions | None = None
    ) -> RawResponse[VaultSecret]:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return await self._client._call_raw(_VAULT_UPDATE, {"id": id, "body": body}, options)

    async def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[DeleteResult]:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return await self._client._call_raw(_VAULT_DELETE, {"id": id, "force": force}, options)

    async def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return await self._client._call_raw(_VAULT_GET_SECRET, {"name": name, "version": version}, options)


class AsyncVaultWithStreamingResponse(Resource[AsyncClient]):
    """`vault` operations, WithStreamingResponse."""

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedVaultSecret]:
        """List vault secrets, one page at a time.

        `GET /vault/secrets`
        """
        return self._client._call_stream(
            _VAULT_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def create(self, *, body: VaultSecret, options: RequestOptions | None = None) -> AsyncStreamedResponse[VaultSecret]:
        """Create a vault secret.

        `POST /vault/secrets`
        """
        return self._client._call_stream(_VAULT_CREATE, {"body": body}, options)

    def create_many(
        self, *, body: list[VaultSecret], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[VaultSecret]]:
        """Create several vault secrets in one call.

        `POST /vault/secrets/many`
        """
        return self._client._call_stream(_VAULT_CREATE_MANY, {"body": body}, options)

    def get(
        self, id: str, *, populate: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[VaultSecret]:
        """Get one vault secret.

        `GET /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_GET, {"id": id, "populate": populate}, options)

    def update(
        self, id: str, *, body: VaultSecret, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[VaultSecret]:
        """Replace a vault secret.

        `PUT /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, force: bool | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DeleteResult]:
        """Delete a vault secret.

        `DELETE /vault/secrets/{id}`
        """
        return self._client._call_stream(_VAULT_DELETE, {"id": id, "force": force}, options)

    def get_secret(
        self, name: str, *, version: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """The value of a secret.

        `GET /vault/secrets/{name}/secret`
        """
        return self._client._call_stream(_VAULT_GET_SECRET, {"name": name, "version": version}, options)


class AsyncUsers(Resource[AsyncClient]):
    """`users` operations."""

    async def get_settings(self, *, options: RequestOptions | None = None) -> UserSettings:
        """The caller's settings.

        `GET /user`
        """
        return cast("UserSettings", await self._client._call(_USERS_GET_SETTINGS, {}, options))

    async def update_settings(self, *, body: UserSettings, options: RequestOptions | None = None) -> UserSettings:
        """Replace the caller's settings.

        `PUT /user`
        """
        return cast("UserSettings", await self._client._call(_USERS_UPDATE_SETTINGS, {"body": body}, options))

    async def delete_settings(self, *, options: RequestOptions | None = None) -> UserSettings:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return cast("UserSettings", await self._client._call(_USERS_DELETE_SETTINGS, {}, options))

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        return AsyncUsersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        return AsyncUsersWithStreamingResponse(self._client)


class AsyncUsersWithRawResponse(Resource[AsyncClient]):
    """`users` operations, WithRawResponse."""

    async def get_settings(self, *, options: RequestOptions | None = None) -> RawResponse[UserSettings]:
        """The caller's settings.

        `GET /user`
        """
        return await self._client._call_raw(_USERS_GET_SETTINGS, {}, options)

    async def update_settings(
        self, *, body: UserSettings, options: RequestOptions | None = None
    ) -> RawResponse[UserSettings]:
        """Replace the caller's settings.

        `PUT /user`
        """
        return await self._client._call_raw(_USERS_UPDATE_SETTINGS, {"body": body}, options)

    async def delete_settings(self, *, options: RequestOptions | None = None) -> RawResponse[UserSettings]:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return await self._client._call_raw(_USERS_DELETE_SETTINGS, {}, options)


class AsyncUsersWithStreamingResponse(Resource[AsyncClient]):
    """`users` operations, WithStreamingResponse."""

    def get_settings(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserSettings]:
        """The caller's settings.

        `GET /user`
        """
        return self._client._call_stream(_USERS_GET_SETTINGS, {}, options)

    def update_settings(
        self, *, body: UserSettings, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[UserSettings]:
        """Replace the caller's settings.

        `PUT /user`
        """
        return self._client._call_stream(_USERS_UPDATE_SETTINGS, {"body": body}, options)

    def delete_settings(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[UserSettings]:
        """Delete the caller's settings.

        `DELETE /user`
        """
        return self._client._call_stream(_USERS_DELETE_SETTINGS, {}, options)


class AsyncOrganizations(Resource[AsyncClient]):
    """`organizations` operations."""

    async def create(self, *, body: OrganizationCreate, options: RequestOptions | None = None) -> Organization:
        """Create an organization.

        `POST /organizations`
        """
        return cast("Organization", await self._client._call(_ORGANIZATIONS_CREATE, {"body": body}, options))

    async def update(self, id: str, *, body: Organization, options: RequestOptions | None = None) -> Organization:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return cast("Organization", await self._client._call(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options))

    async def get(self, id: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return cast("Organization", await self._client._call(_ORGANIZATIONS_GET, {"id": id}, options))

    async def get_active(self, *, options: RequestOptions | None = None) -> Organization:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return cast("Organization", await self._client._call(_ORGANIZATIONS_GET_ACTIVE, {}, options))

    async def set_active(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return cast("None", await self._client._call(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options))

    async def list_mine(self, *, options: RequestOptions | None = None) -> list[Organization]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return cast("list[Organization]", await self._client._call(_ORGANIZATIONS_LIST_MINE, {}, options))

    async def list_of_user(self, user_id: str, *, options: RequestOptions | None = None) -> list[Organization]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return cast(
            "list[Organization]", await self._client._call(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)
        )

    async def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RolesByOrganization:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return cast(
            "RolesByOrganization",
            await self._client._call(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options),
        )

    async def get_names(self, *, body: IdsRequest, options: RequestOptions | None = None) -> list[OrganizationName]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return cast(
            "list[OrganizationName]", await self._client._call(_ORGANIZATIONS_GET_NAMES, {"body": body}, options)
        )

    async def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> OrganizationName:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return cast("OrganizationName", await self._client._call(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options))

    async def check_name(self, name: str, *, options: RequestOptions | None = None) -> None:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return cast("None", await self._client._call(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options))

    async def has_active_subscription(self, subscription_id: str, *, options: RequestOptions | None = None) -> bool:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return cast(
            "bool",
            await self._client._call(
                _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options
            ),
        )

    async def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return cast("FreeForm", await self._client._call(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options))

    async def get_employee(self, id: str, user_id: str, *, options: RequestOptions | None = None) -> FreeForm:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return cast(
            "FreeForm", await self._client._call(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)
        )

    async def invite(self, id: str, *, body: Invitation, options: RequestOptions | None = None) -> None:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return cast("None", await self._client._call(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options))

    async def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> None:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return cast(
            "None",
            await self._client._call(
                _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
            ),
        )

    async def create_role(self, id: str, *, body: FreeForm, options: RequestOptions | None = None) -> list[FreeForm]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return cast(
            "list[FreeForm]", await self._client._call(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options)
        )

    async def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> list[FreeForm]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return cast(
            "list[FreeForm]",
            await self._client._call(
                _ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options
            ),
        )

    async def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> None:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return cast(
            "None",
            await self._client._call(
                _ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options
            ),
        )

    async def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> FreeForm:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options
            ),
        )

    async def request_deletion(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> None:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return cast(
            "None", await self._client._call(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options)
        )

    async def leave(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return cast("None", await self._client._call(_ORGANIZATIONS_LEAVE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        return AsyncOrganizationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOrganizationsWithStreamingResponse:
        return AsyncOrganizationsWithStreamingResponse(self._client)


class AsyncOrganizationsWithRawResponse(Resource[AsyncClient]):
    """`organizations` operations, WithRawResponse."""

    async def create(
        self, *, body: OrganizationCreate, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Create an organization.

        `POST /organizations`
        """
        return await self._client._call_raw(_ORGANIZATIONS_CREATE, {"body": body}, options)

    async def update(
        self, id: str, *, body: Organization, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options)

    async def get(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET, {"id": id}, options)

    async def get_active(self, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_ACTIVE, {}, options)

    async def set_active(self, id: str, *, body: EmptyBody, options: RequestOptions | None = None) -> RawResponse[None]:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return await self._client._call_raw(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options)

    async def list_mine(self, *, options: RequestOptions | None = None) -> RawResponse[list[Organization]]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return await self._client._call_raw(_ORGANIZATIONS_LIST_MINE, {}, options)

    async def list_of_user(
        self, user_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[list[Organization]]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)

    async def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RawResponse[RolesByOrganization]:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options)

    async def get_names(
        self, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> RawResponse[list[OrganizationName]]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_NAMES, {"body": body}, options)

    async def get_by_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[OrganizationName]:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options)

    async def check_name(self, name: str, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options)

    async def has_active_subscription(
        self, subscription_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[bool]:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options
        )

    async def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options)

    async def get_employee(
        self, id: str, user_id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)

    async def invite(self, id: str, *, body: Invitation, options: RequestOptions | None = None) -> RawResponse[None]:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return await self._client._call_raw(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options)

    async def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
        )

    async def create_role(
        self, id: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> RawResponse[list[FreeForm]]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return await self._client._call_raw(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options)

    async def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> RawResponse[list[FreeForm]]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options
        )

    async def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options
        )

    async def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options
        )

    async def request_deletion(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return await self._client._call_raw(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options)

    async def leave(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return await self._client._call_raw(_ORGANIZATIONS_LEAVE, {"id": id}, options)


class AsyncOrganizationsWithStreamingResponse(Resource[AsyncClient]):
    """`organizations` operations, WithStreamingResponse."""

    def create(
        self, *, body: OrganizationCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Organization]:
        """Create an organization.

        `POST /organizations`
        """
        return self._client._call_stream(_ORGANIZATIONS_CREATE, {"body": body}, options)

    def update(
        self, id: str, *, body: Organization, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Organization]:
        """Replace an organization.

        `PUT /organizations/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_UPDATE, {"id": id, "body": body}, options)

    def get(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Organization]:
        """Get an organization.

        `GET /organizations/{id}/`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET, {"id": id}, options)

    def get_active(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Organization]:
        """The caller's active organization.

        `GET /organizations/active`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_ACTIVE, {}, options)

    def set_active(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Make an organization the active one.

        `PUT /organizations/{id}/active`
        """
        return self._client._call_stream(_ORGANIZATIONS_SET_ACTIVE, {"id": id, "body": body}, options)

    def list_mine(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[Organization]]:
        """The caller's organizations.

        `GET /organizations/mine`
        """
        return self._client._call_stream(_ORGANIZATIONS_LIST_MINE, {}, options)

    def list_of_user(
        self, user_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Organization]]:
        """A user's organizations.

        `GET /organizations/users/{userId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_LIST_OF_USER, {"user_id": user_id}, options)

    def get_user_roles(
        self, user_id: str, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RolesByOrganization]:
        """A user's roles in some organizations.

        `POST /organizations/users/{userId}/roles`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_USER_ROLES, {"user_id": user_id, "body": body}, options)

    def get_names(
        self, *, body: IdsRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[OrganizationName]]:
        """The names of some organizations.

        `POST /organizations/names`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_NAMES, {"body": body}, options)

    def get_by_name(
        self, name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[OrganizationName]:
        """An organization by name.

        `GET /organizations/names/{name}`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_BY_NAME, {"name": name}, options)

    def check_name(self, name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Whether a name is still free.

        `GET /organizations/unique/{name}`
        """
        return self._client._call_stream(_ORGANIZATIONS_CHECK_NAME, {"name": name}, options)

    def has_active_subscription(
        self, subscription_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[bool]:
        """Whether a subscription is active.

        `GET /organizations/activeSubscription/{subscriptionId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION, {"subscription_id": subscription_id}, options
        )

    def get_data(
        self, id: str, *, kinds: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """Members, invitations, roles and domains of an organization.

        `GET /organizations/{id}/data`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_DATA, {"id": id, "kinds": kinds}, options)

    def get_employee(
        self, id: str, user_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """A member's Keycloak profile.

        `GET /organizations/{id}/data/employees/{userId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_GET_EMPLOYEE, {"id": id, "user_id": user_id}, options)

    def invite(
        self, id: str, *, body: Invitation, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Invite someone by e-mail.

        `POST /organizations/{id}/data/invitations`
        """
        return self._client._call_stream(_ORGANIZATIONS_INVITE, {"id": id, "body": body}, options)

    def resend_invitation(
        self, id: str, invitation_id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Send an invitation again.

        `PUT /organizations/{id}/data/invitations/{invitationId}/resend`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_RESEND_INVITATION, {"id": id, "invitation_id": invitation_id, "body": body}, options
        )

    def create_role(
        self, id: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[FreeForm]]:
        """Add an organization role.

        `POST /organizations/{id}/data/roles`
        """
        return self._client._call_stream(_ORGANIZATIONS_CREATE_ROLE, {"id": id, "body": body}, options)

    def update_role(
        self, id: str, role_name: str, *, body: FreeForm, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[FreeForm]]:
        """Change an organization role.

        `PUT /organizations/{id}/data/roles/{roleName}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_UPDATE_ROLE, {"id": id, "role_name": role_name, "body": body}, options
        )

    def update_user_roles(
        self, id: str, user_id: str, *, body: UserRolesChange, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Grant and revoke a member's roles.

        `PUT /organizations/{id}/data/roles/users/{userId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_UPDATE_USER_ROLES, {"id": id, "user_id": user_id, "body": body}, options
        )

    def delete_data(
        self, id: str, element_id: str, *, kind: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """Remove a member, invitation, role or domain.

        `DELETE /organizations/{id}/data/{elementId}`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_DELETE_DATA, {"id": id, "element_id": element_id, "kind": kind}, options
        )

    def request_deletion(
        self, id: str, *, body: EmptyBody, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Ask for the organization to be deleted.

        `PUT /organizations/{id}/request-deletion`
        """
        return self._client._call_stream(_ORGANIZATIONS_REQUEST_DELETION, {"id": id, "body": body}, options)

    def leave(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Leave an organization.

        `DELETE /organizations/{id}/leave`
        """
        return self._client._call_stream(_ORGANIZATIONS_LEAVE, {"id": id}, options)


class AsyncOrganizationsAdministration(Resource[AsyncClient]):
    """`organizations_administration` operations."""

    async def get(self, id: str, *, options: RequestOptions | None = None) -> Organization:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return cast("Organization", await self._client._call(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return cast("str", await self._client._call(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options))

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedOrganization:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return cast(
            "PaginatedOrganization",
            await self._client._call(
                _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
                {
                    "limit": limit,
                    "page": page,
                    "filter_": filter_,
                    "populate": populate,
                    "select": select,
                    "sort": sort,
                    "lang": lang,
                },
                options,
            ),
        )

    async def search(
        self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[Organization]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return cast(
            "list[Organization]",
            await self._client._call(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options),
        )

    async def create(self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None) -> Organization:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return cast(
            "Organization", await self._client._call(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options)
        )

    async def add_members(self, id: str, *, body: MembersRequest, options: RequestOptions | None = None) -> None:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return cast(
            "None",
            await self._client._call(_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options),
        )

    async def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> Organization:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return cast(
            "Organization",
            await self._client._call(_ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options),
        )

    async def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return cast(
            "str", await self._client._call(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)
        )

    @property
    def with_raw_response(self) -> AsyncOrganizationsAdministrationWithRawResponse:
        return AsyncOrganizationsAdministrationWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOrganizationsAdministrationWithStreamingResponse:
        return AsyncOrganizationsAdministrationWithStreamingResponse(self._client)


class AsyncOrganizationsAdministrationWithRawResponse(Resource[AsyncClient]):
    """`organizations_administration` operations, WithRawResponse."""

    async def get(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[Organization]:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options)

    async def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedOrganization]:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    async def search(
        self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[Organization]]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return await self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options)

    async def create(
        self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return await self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options)

    async def add_members(
        self, id: str, *, body: MembersRequest, options: RequestOptions | None = None
    ) -> RawResponse[None]:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options
        )

    async def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> RawResponse[Organization]:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options
        )

    async def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)


class AsyncOrganizationsAdministrationWithStreamingResponse(Resource[AsyncClient]):
    """`organizations_administration` operations, WithStreamingResponse."""

    def get(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Organization]:
        """Get any organization (superuser).

        `GET /organizations-administration/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_GET, {"id": id}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Start deleting an organization (superuser).

        `DELETE /organizations-administration/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_DELETE, {"id": id}, options)

    def get_many(
        self,
        *,
        limit: int | NotGiven = 0,
        page: int | NotGiven = 1,
        filter_: str | NotGiven = NOT_GIVEN,
        populate: str | NotGiven = NOT_GIVEN,
        select: str | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedOrganization]:
        """List organizations (superuser), one page at a time.

        `GET /organizations-administration`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
            {
                "limit": limit,
                "page": page,
                "filter_": filter_,
                "populate": populate,
                "select": select,
                "sort": sort,
                "lang": lang,
            },
            options,
        )

    def search(
        self, *, name: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Organization]]:
        """Organizations by name (superuser).

        `GET /organizations-administration/search`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_SEARCH, {"name": name}, options)

    def create(
        self, *, body: OrganizationAdminCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Organization]:
        """Create an organization and invite people (superuser).

        `POST /organizations-administration/create-org`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_CREATE, {"body": body}, options)

    def add_members(
        self, id: str, *, body: MembersRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Add members with organization roles (superuser).

        `POST /organizations-administration/{id}/members`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS, {"id": id, "body": body}, options)

    def set_subscription(
        self, id: str, *, body: SubscriptionRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Organization]:
        """Set the subscription type (superuser).

        `POST /organizations-administration/{id}/subscription`
        """
        return self._client._call_stream(
            _ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION, {"id": id, "body": body}, options
        )

    def subscribe_deletion_task(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-administration/deletionTask/{id}`
        """
        return self._client._call_stream(_ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK, {"id": id}, options)


class AsyncOrganizationsResources(Resource[AsyncClient]):
    """`organizations_resources` operations."""

    async def list_set_names(self, *, options: RequestOptions | None = None) -> list[str]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return cast("list[str]", await self._client._call(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options))

    async def create(self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None) -> str:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return cast(
            "str", await self._client._call(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)
        )

    async def delete(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return cast("str", await self._client._call(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options))

    async def subscribe_creation_task(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return cast(
            "str",
            await self._client._call(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options),
        )

    async def subscribe_deletion_task(self, org_id: str, *, options: RequestOptions | None = None) -> str:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return cast(
            "str",
            await self._client._call(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options),
        )

    @property
    def with_raw_response(self) -> AsyncOrganizationsResourcesWithRawResponse:
        return AsyncOrganizationsResourcesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOrganizationsResourcesWithStreamingResponse:
        return AsyncOrganizationsResourcesWithStreamingResponse(self._client)


class AsyncOrganizationsResourcesWithRawResponse(Resource[AsyncClient]):
    """`organizations_resources` operations, WithRawResponse."""

    async def list_set_names(self, *, options: RequestOptions | None = None) -> RawResponse[list[str]]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return await self._client._call_raw(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options)

    async def create(
        self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)

    async def delete(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return await self._client._call_raw(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options)

    async def subscribe_creation_task(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options
        )

    async def subscribe_deletion_task(self, org_id: str, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return await self._client._call_raw(
            _ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options
        )


class AsyncOrganizationsResourcesWithStreamingResponse(Resource[AsyncClient]):
    """`organizations_resources` operations, WithStreamingResponse."""

    def list_set_names(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[str]]:
        """The names of the resource sets.

        `GET /organizations-resources/set-names`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_LIST_SET_NAMES, {}, options)

    def create(
        self, org_id: str, *, body: ResourceSetRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Create an organization's resources from a set.

        `POST /organizations-resources/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_CREATE, {"org_id": org_id, "body": body}, options)

    def delete(self, org_id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Delete an organization's resources.

        `DELETE /organizations-resources/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_DELETE, {"org_id": org_id}, options)

    def subscribe_creation_task(
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Stream the progress of a creation.

        `GET /organizations-resources/creationTask/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK, {"org_id": org_id}, options)

    def subscribe_deletion_task(
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Stream the progress of a deletion.

        `GET /organizations-resources/deletionTask/{orgId}`
        """
        return self._client._call_stream(_ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK, {"org_id": org_id}, options)


class AsyncSearch(Resource[AsyncClient]):
    """`search` operations."""

    async def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> SearchResult:
        """Search across resources.

        `POST /search`
        """
        return cast("SearchResult", await self._client._call(_SEARCH_SEARCH, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        return AsyncSearchWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncSearchWithStreamingResponse:
        return AsyncSearchWithStreamingResponse(self._client)


class AsyncSearchWithRawResponse(Resource[AsyncClient]):
    """`search` operations, WithRawResponse."""

    async def search(self, *, body: SearchOptions, options: RequestOptions | None = None) -> RawResponse[SearchResult]:
        """Search across resources.

        `POST /search`
        """
        return await self._client._call_raw(_SEARCH_SEARCH, {"body": body}, options)


class AsyncSearchWithStreamingResponse(Resource[AsyncClient]):
    """`search` operations, WithStreamingResponse."""

    def search(
        self, *, body: SearchOptions, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[SearchResult]:
        """Search across resources.

        `POST /search`
        """
        return self._client._call_stream(_SEARCH_SEARCH, {"body": body}, options)


class AsyncAi(Resource[AsyncClient]):
    """`ai` operations."""

    async def send_message(self, *, body: AiMessageRequest, options: RequestOptions | None = None) -> AiMessage:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return cast("AiMessage", await self._client._call(_AI_SEND_MESSAGE, {"body": body}, options))

    async def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[AiThread]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return cast(
            "list[AiThread]", await self._client._call(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options)
        )

    async def create_thread(self, *, body: AiThreadRequest, options: RequestOptions | None = None) -> AiThread:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return cast("AiThread", await self._client._call(_AI_CREATE_THREAD, {"body": body}, options))

    async def list_assistants(self, *, options: RequestOptions | None = None) -> list[AiAssistant]:
        """The assistants.

        `GET /ai/assistants`
        """
        return cast("list[AiAssistant]", await self._client._call(_AI_LIST_ASSISTANTS, {}, options))

    async def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> AiAssistant:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return cast("AiAssistant", await self._client._call(_AI_GET_ASSISTANT, {"id": id}, options))

    async def list_assistant_threads(self, id: str, *, options: RequestOptions | None = None) -> list[AiThread]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return cast("list[AiThread]", await self._client._call(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options))

    async def get_latest_assistant_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return cast("AiThread", await self._client._call(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options))

    async def get_speech_token(self, *, options: RequestOptions | None = None) -> SpeechToken:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return cast("SpeechToken", await self._client._call(_AI_GET_SPEECH_TOKEN, {}, options))

    async def get_latest_thread(self, *, options: RequestOptions | None = None) -> AiThread:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return cast("AiThread", await self._client._call(_AI_GET_LATEST_THREAD, {}, options))

    async def get_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return cast("AiThread", await self._client._call(_AI_GET_THREAD, {"id": id}, options))

    async def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> AiThread:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return cast("AiThread", await self._client._call(_AI_DELETE_THREAD, {"id": id}, options))

    async def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PaginatedAiMessage:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return cast(
            "PaginatedAiMessage",
            await self._client._call(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options),
        )

    async def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> None:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return cast("None", await self._client._call(_AI_SEND_FEEDBACK, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncAiWithRawResponse:
        return AsyncAiWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAiWithStreamingResponse:
        return AsyncAiWithStreamingResponse(self._client)


class AsyncAiWithRawResponse(Resource[AsyncClient]):
    """`ai` operations, WithRawResponse."""

    async def send_message(
        self, *, body: AiMessageRequest, options: RequestOptions | None = None
    ) -> RawResponse[AiMessage]:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return await self._client._call_raw(_AI_SEND_MESSAGE, {"body": body}, options)

    async def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[AiThread]]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return await self._client._call_raw(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options)

    async def create_thread(
        self, *, body: AiThreadRequest, options: RequestOptions | None = None
    ) -> RawResponse[AiThread]:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return await self._client._call_raw(_AI_CREATE_THREAD, {"body": body}, options)

    async def list_assistants(self, *, options: RequestOptions | None = None) -> RawResponse[list[AiAssistant]]:
        """The assistants.

        `GET /ai/assistants`
        """
        return await self._client._call_raw(_AI_LIST_ASSISTANTS, {}, options)

    async def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiAssistant]:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return await self._client._call_raw(_AI_GET_ASSISTANT, {"id": id}, options)

    async def list_assistant_threads(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[list[AiThread]]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return await self._client._call_raw(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options)

    async def get_latest_assistant_thread(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[AiThread]:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return await self._client._call_raw(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options)

    async def get_speech_token(self, *, options: RequestOptions | None = None) -> RawResponse[SpeechToken]:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return await self._client._call_raw(_AI_GET_SPEECH_TOKEN, {}, options)

    async def get_latest_thread(self, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return await self._client._call_raw(_AI_GET_LATEST_THREAD, {}, options)

    async def get_thread(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return await self._client._call_raw(_AI_GET_THREAD, {"id": id}, options)

    async def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AiThread]:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return await self._client._call_raw(_AI_DELETE_THREAD, {"id": id}, options)

    async def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PaginatedAiMessage]:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return await self._client._call_raw(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options)

    async def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> RawResponse[None]:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return await self._client._call_raw(_AI_SEND_FEEDBACK, {"body": body}, options)


class AsyncAiWithStreamingResponse(Resource[AsyncClient]):
    """`ai` operations, WithStreamingResponse."""

    def send_message(
        self, *, body: AiMessageRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AiMessage]:
        """Send a message to an assistant.

        `POST /ai/message`
        """
        return self._client._call_stream(_AI_SEND_MESSAGE, {"body": body}, options)

    def list_threads(
        self, *, assistant_ids: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[AiThread]]:
        """The caller's threads.

        `GET /ai/threads`
        """
        return self._client._call_stream(_AI_LIST_THREADS, {"assistant_ids": assistant_ids}, options)

    def create_thread(
        self, *, body: AiThreadRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AiThread]:
        """Start a thread with an assistant.

        `POST /ai/threads`
        """
        return self._client._call_stream(_AI_CREATE_THREAD, {"body": body}, options)

    def list_assistants(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[AiAssistant]]:
        """The assistants.

        `GET /ai/assistants`
        """
        return self._client._call_stream(_AI_LIST_ASSISTANTS, {}, options)

    def get_assistant(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AiAssistant]:
        """One assistant.

        `GET /ai/assistants/{id}`
        """
        return self._client._call_stream(_AI_GET_ASSISTANT, {"id": id}, options)

    def list_assistant_threads(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[AiThread]]:
        """An assistant's threads.

        `GET /ai/assistants/{id}/threads`
        """
        return self._client._call_stream(_AI_LIST_ASSISTANT_THREADS, {"id": id}, options)

    def get_latest_assistant_thread(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AiThread]:
        """An assistant's latest thread.

        `GET /ai/assistants/{id}/threads/latest`
        """
        return self._client._call_stream(_AI_GET_LATEST_ASSISTANT_THREAD, {"id": id}, options)

    def get_speech_token(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[SpeechToken]:
        """A token for the speech service.

        `GET /ai/speech/token`
        """
        return self._client._call_stream(_AI_GET_SPEECH_TOKEN, {}, options)

    def get_latest_thread(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AiThread]:
        """The caller's latest thread.

        `GET /ai/threads/latest`
        """
        return self._client._call_stream(_AI_GET_LATEST_THREAD, {}, options)

    def get_thread(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AiThread]:
        """One thread.

        `GET /ai/threads/{id}`
        """
        return self._client._call_stream(_AI_GET_THREAD, {"id": id}, options)

    def delete_thread(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AiThread]:
        """Delete a thread.

        `DELETE /ai/threads/{id}`
        """
        return self._client._call_stream(_AI_DELETE_THREAD, {"id": id}, options)

    def list_messages(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PaginatedAiMessage]:
        """A thread's messages.

        `GET /ai/threads/{id}/messages`
        """
        return self._client._call_stream(_AI_LIST_MESSAGES, {"id": id, "limit": limit, "offset": offset}, options)

    def send_feedback(self, *, body: AiFeedback, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Rate an answer.

        `POST /ai/feedback`
        """
        return self._client._call_stream(_AI_SEND_FEEDBACK, {"body": body}, options)


class AsyncProxy(Resource[AsyncClient]):
    """`proxy` operations."""

    async def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> Any:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return cast("Any", await self._client._call(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options))

    async def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Any:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return cast(
            "Any", await self._client._call(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options)
        )

    async def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Any:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return cast(
            "Any", await self._client._call(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options)
        )

    async def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> Any:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return cast("Any", await self._client._call(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options))

    @property
    def with_raw_response(self) -> AsyncProxyWithRawResponse:
        return AsyncProxyWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProxyWithStreamingResponse:
        return AsyncProxyWithStreamingResponse(self._client)


class AsyncProxyWithRawResponse(Resource[AsyncClient]):
    """`proxy` operations, WithRawResponse."""

    async def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> RawResponse[Any]:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return await self._client._call_raw(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options)

    async def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return await self._client._call_raw(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    async def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return await self._client._call_raw(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    async def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> RawResponse[Any]:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return await self._client._call_raw(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options)


class AsyncProxyWithStreamingResponse(Resource[AsyncClient]):
    """`proxy` operations, WithStreamingResponse."""

    def get(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Any]:
        """GET through a proxy.

        `GET /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_GET, {"proxy_id": proxy_id, "path": path}, options)

    def put(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Any]:
        """PUT through a proxy.

        `PUT /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_PUT, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def post(
        self, proxy_id: str, path: str, *, body: FreeForm | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Any]:
        """POST through a proxy.

        `POST /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_POST, {"proxy_id": proxy_id, "path": path, "body": body}, options)

    def delete(self, proxy_id: str, path: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Any]:
        """DELETE through a proxy.

        `DELETE /proxy/{proxyId}/{path}`
        """
        return self._client._call_stream(_PROXY_DELETE, {"proxy_id": proxy_id, "path": path}, options)


class HahnProClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error_body", "ErrorBody")

    @property
    def assets(self) -> Assets:
        return Assets(self)

    @property
    def asset_types(self) -> AssetTypes:
        return AssetTypes(self)

    @property
    def contents(self) -> Contents:
        return Contents(self)

    @property
    def timeseries(self) -> Timeseries:
        return Timeseries(self)

    @property
    def events(self) -> Events:
        return Events(self)

    @property
    def tasks(self) -> Tasks:
        return Tasks(self)

    @property
    def alerts(self) -> Alerts:
        return Alerts(self)

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(self)

    @property
    def notification_rules(self) -> NotificationRules:
        return NotificationRules(self)

    @property
    def notifications(self) -> Notifications:
        return Notifications(self)

    @property
    def flows(self) -> Flows:
        return Flows(self)

    @property
    def flow_deployments(self) -> FlowDeployments:
        return FlowDeployments(self)

    @property
    def flow_functions(self) -> FlowFunctions:
        return FlowFunctions(self)

    @property
    def flow_modules(self) -> FlowModules:
        return FlowModules(self)

    @property
    def labels(self) -> Labels:
        return Labels(self)

    @property
    def vault(self) -> Vault:
        return Vault(self)

    @property
    def users(self) -> Users:
        return Users(self)

    @property
    def organizations(self) -> Organizations:
        return Organizations(self)

    @property
    def organizations_administration(self) -> OrganizationsAdministration:
        return OrganizationsAdministration(self)

    @property
    def organizations_resources(self) -> OrganizationsResources:
        return OrganizationsResources(self)

    @property
    def search(self) -> Search:
        return Search(self)

    @property
    def ai(self) -> Ai:
        return Ai(self)

    @property
    def proxy(self) -> Proxy:
        return Proxy(self)


class AsyncHahnProClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error_body", "ErrorBody")

    @property
    def assets(self) -> AsyncAssets:
        return AsyncAssets(self)

    @property
    def asset_types(self) -> AsyncAssetTypes:
        return AsyncAssetTypes(self)

    @property
    def contents(self) -> AsyncContents:
        return AsyncContents(self)

    @property
    def timeseries(self) -> AsyncTimeseries:
        return AsyncTimeseries(self)

    @property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self)

    @property
    def tasks(self) -> AsyncTasks:
        return AsyncTasks(self)

    @property
    def alerts(self) -> AsyncAlerts:
        return AsyncAlerts(self)

    @property
    def endpoints(self) -> AsyncEndpoints:
        return AsyncEndpoints(self)

    @property
    def notification_rules(self) -> AsyncNotificationRules:
        return AsyncNotificationRules(self)

    @property
    def notifications(self) -> AsyncNotifications:
        return AsyncNotifications(self)

    @property
    def flows(self) -> AsyncFlows:
        return AsyncFlows(self)

    @property
    def flow_deployments(self) -> AsyncFlowDeployments:
        return AsyncFlowDeployments(self)

    @property
    def flow_functions(self) -> AsyncFlowFunctions:
        return AsyncFlowFunctions(self)

    @property
    def flow_modules(self) -> AsyncFlowModules:
        return AsyncFlowModules(self)

    @property
    def labels(self) -> AsyncLabels:
        return AsyncLabels(self)

    @property
    def vault(self) -> AsyncVault:
        return AsyncVault(self)

    @property
    def users(self) -> AsyncUsers:
        return AsyncUsers(self)

    @property
    def organizations(self) -> AsyncOrganizations:
        return AsyncOrganizations(self)

    @property
    def organizations_administration(self) -> AsyncOrganizationsAdministration:
        return AsyncOrganizationsAdministration(self)

    @property
    def organizations_resources(self) -> AsyncOrganizationsResources:
        return AsyncOrganizationsResources(self)

    @property
    def search(self) -> AsyncSearch:
        return AsyncSearch(self)

    @property
    def ai(self) -> AsyncAi:
        return AsyncAi(self)

    @property
    def proxy(self) -> AsyncProxy:
        return AsyncProxy(self)


OPERATIONS = (
    _ASSETS_GET_MANY,
    _ASSETS_CREATE,
    _ASSETS_CREATE_MANY,
    _ASSETS_GET,
    _ASSETS_UPDATE,
    _ASSETS_DELETE,
    _ASSETS_CANCEL_ACCESS,
    _ASSETS_SHARE,
    _ASSETS_LIST_TRASH,
    _ASSETS_RESTORE_ALL,
    _ASSETS_RESTORE,
    _ASSETS_EMPTY_TRASH,
    _ASSETS_LIST_REVISIONS,
    _ASSETS_ROLLBACK,
    _ASSETS_DELETE_REVISION,
    _ASSETS_COUNT,
    _ASSETS_ADD_ATTACHMENT,
    _ASSETS_LIST_ATTACHMENTS,
    _ASSETS_LINK,
    _ASSETS_UNLINK,
    _ASSETS_GET_EVENT_LEVELS,
    _ASSETS_UPDATE_EVENT_CAUSE,
    _ASSETS_GET_EXTERNAL,
    _ASSETS_UPDATE_EXTERNAL,
    _ASSETS_GET_TRANSLATED_NAMES,
    _ASSET_TYPES_GET_MANY,
    _ASSET_TYPES_CREATE,
    _ASSET_TYPES_CREATE_MANY,
    _ASSET_TYPES_GET,
    _ASSET_TYPES_UPDATE,
    _ASSET_TYPES_DELETE,
    _ASSET_TYPES_CANCEL_ACCESS,
    _ASSET_TYPES_SHARE,
    _ASSET_TYPES_LIST_TRASH,
    _ASSET_TYPES_RESTORE_ALL,
    _ASSET_TYPES_RESTORE,
    _ASSET_TYPES_EMPTY_TRASH,
    _ASSET_TYPES_LIST_REVISIONS,
    _ASSET_TYPES_ROLLBACK,
    _ASSET_TYPES_DELETE_REVISION,
    _ASSET_TYPES_GET_TEMPLATE,
    _CONTENTS_GET_MANY,
    _CONTENTS_UPLOAD,
    _CONTENTS_CREATE_MANY,
    _CONTENTS_GET,
    _CONTENTS_UPDATE,
    _CONTENTS_DELETE,
    _CONTENTS_CANCEL_ACCESS,
    _CONTENTS_SHARE,
    _CONTENTS_LIST_TRASH,
    _CONTENTS_RESTORE_ALL,
    _CONTENTS_RESTORE,
    _CONTENTS_EMPTY_TRASH,
    _CONTENTS_DOWNLOAD,
    _TIMESERIES_GET_MANY,
    _TIMESERIES_CREATE,
    _TIMESERIES_CREATE_MANY,
    _TIMESERIES_GET,
    _TIMESERIES_UPDATE,
    _TIMESERIES_ADD_VALUES,
    _TIMESERIES_DELETE,
    _TIMESERIES_CANCEL_ACCESS,
    _TIMESERIES_SHARE,
    _TIMESERIES_LIST_TRASH,
    _TIMESERIES_RESTORE_ALL,
    _TIMESERIES_RESTORE,
    _TIMESERIES_EMPTY_TRASH,
    _TIMESERIES_GET_VALUES,
    _TIMESERIES_GET_VALUES_OF_PERIOD,
    _TIMESERIES_GET_MOST_RECENT,
    _TIMESERIES_ADD_ASSET_VALUES,
    _TIMESERIES_ADD_ASSET_VALUES_BULK,
    _TIMESERIES_LIST_BY_ASSET,
    _TIMESERIES_GET_MOST_RECENT_BY_ASSET,
    _EVENTS_GET_MANY,
    _EVENTS_CREATE,
    _EVENTS_CREATE_MANY,
    _EVENTS_GET,
    _EVENTS_UPDATE,
    _EVENTS_DELETE,
    _EVENTS_CANCEL_ACCESS,
    _EVENTS_SHARE,
    _EVENTS_GET_LAST_BY_GROUP,
    _EVENTS_GET_LAST_BY_GROUPS,
    _TASKS_GET_MANY,
    _TASKS_CREATE,
    _TASKS_CREATE_MANY,
    _TASKS_GET,
    _TASKS_UPDATE,
    _TASKS_DELETE,
    _TASKS_CANCEL_ACCESS,
    _TASKS_SHARE,
    _TASKS_LIST_TRASH,
    _TASKS_RESTORE_ALL,
    _TASKS_RESTORE,
    _TASKS_EMPTY_TRASH,
    _TASKS_LIST_LOGBOOK,
    _TASKS_ADD_LOGBOOK_ENTRY,
    _TASKS_DELETE_LOGBOOK_ENTRY,
    _TASKS_UPDATE_LOGBOOK_ENTRY,
    _TASKS_LIST_MY_LOGBOOK,
    _ALERTS_GET_MANY,
    _ALERTS_CREATE,
    _ALERTS_CREATE_MANY,
    _ALERTS_GET,
    _ALERTS_UPDATE,
    _ALERTS_DELETE,
    _ALERTS_CANCEL_ACCESS,
    _ALERTS_SHARE,
    _ENDPOINTS_GET_MANY,
    _ENDPOINTS_CREATE,
    _ENDPOINTS_CREATE_MANY,
    _ENDPOINTS_GET,
    _ENDPOINTS_UPDATE,
    _ENDPOINTS_SEND_NOTIFICATION,
    _ENDPOINTS_DELETE,
    _ENDPOINTS_CANCEL_ACCESS,
    _ENDPOINTS_SHARE,
    _ENDPOINTS_GET_LAST_LOG,
    _NOTIFICATION_RULES_GET_MANY,
    _NOTIFICATION_RULES_CREATE,
    _NOTIFICATION_RULES_CREATE_MANY,
    _NOTIFICATION_RULES_GET,
    _NOTIFICATION_RULES_UPDATE,
    _NOTIFICATION_RULES_DELETE,
    _NOTIFICATION_RULES_CANCEL_ACCESS,
    _NOTIFICATION_RULES_SHARE,
    _NOTIFICATIONS_GET_MANY,
    _NOTIFICATIONS_CREATE,
    _NOTIFICATIONS_CREATE_MANY,
    _NOTIFICATIONS_GET,
    _NOTIFICATIONS_UPDATE,
    _NOTIFICATIONS_DELETE,
    _FLOWS_GET_MANY,
    _FLOWS_CREATE,
    _FLOWS_GET,
    _FLOWS_UPDATE,
    _FLOWS_DELETE,
    _FLOWS_CANCEL_ACCESS,
    _FLOWS_SHARE,
    _FLOWS_LIST_TRASH,
    _FLOWS_RESTORE_ALL,
    _FLOWS_RESTORE,
    _FLOWS_EMPTY_TRASH,
    _FLOWS_LIST_REVISIONS,
    _FLOWS_ROLLBACK,
    _FLOWS_DELETE_REVISION,
    _FLOWS_GET_BY_DIAGRAM,
    _FLOWS_LIST_DIAGRAM_REVISIONS,
    _FLOW_DEPLOYMENTS_GET_MANY,
    _FLOW_DEPLOYMENTS_CREATE,
    _FLOW_DEPLOYMENTS_GET,
    _FLOW_DEPLOYMENTS_UPDATE,
    _FLOW_DEPLOYMENTS_CANCEL_ACCESS,
    _FLOW_DEPLOYMENTS_SHARE,
    _FLOW_DEPLOYMENTS_LIST_TRASH,
    _FLOW_DEPLOYMENTS_RESTORE_ALL,
    _FLOW_DEPLOYMENTS_RESTORE,
    _FLOW_DEPLOYMENTS_EMPTY_TRASH,
    _FLOW_DEPLOYMENTS_SUBSCRIBE_STATUS,
    _FLOW_DEPLOYMENTS_UPDATE_STATUS,
    _FLOW_DEPLOYMENTS_GET_STATISTICS,
    _FLOW_DEPLOYMENTS_GET_METRICS,
    _FLOW_DEPLOYMENTS_GET_LOGS,
    _FLOW_DEPLOYMENTS_RESOLVE_REFERENCES,
    _FLOW_DEPLOYMENTS_SUBSCRIBE_LOGS,
    _FLOW_FUNCTIONS_GET_MANY,
    _FLOW_FUNCTIONS_CREATE,
    _FLOW_FUNCTIONS_GET,
    _FLOW_FUNCTIONS_UPDATE,
    _FLOW_FUNCTIONS_DELETE,
    _FLOW_FUNCTIONS_CANCEL_ACCESS,
    _FLOW_FUNCTIONS_SHARE,
    _FLOW_FUNCTIONS_LIST_TRASH,
    _FLOW_FUNCTIONS_RESTORE_ALL,
    _FLOW_FUNCTIONS_RESTORE,
    _FLOW_FUNCTIONS_EMPTY_TRASH,
    _FLOW_FUNCTIONS_LIST_REVISIONS,
    _FLOW_FUNCTIONS_ROLLBACK,
    _FLOW_FUNCTIONS_DELETE_REVISION,
    _FLOW_MODULES_GET,
    _FLOW_MODULES_UPDATE,
    _FLOW_MODULES_DELETE,
    _FLOW_MODULES_GET_MANY,
    _FLOW_MODULES_PUBLISH,
    _FLOW_MODULES_CANCEL_ACCESS,
    _FLOW_MODULES_SHARE,
    _FLOW_MODULES_DELETE_ARTIFACT,
    _LABELS_GET_MANY,
    _LABELS_CREATE,
    _LABELS_GET,
    _LABELS_UPDATE,
    _LABELS_DELETE,
    _LABELS_GET_BY_NAME,
    _LABELS_COUNT,
    _LABELS_SEARCH,
    _VAULT_GET_MANY,
    _VAULT_CREATE,
    _VAULT_CREATE_MANY,
    _VAULT_GET,
    _VAULT_UPDATE,
    _VAULT_DELETE,
    _VAULT_GET_SECRET,
    _USERS_GET_SETTINGS,
    _USERS_UPDATE_SETTINGS,
    _USERS_DELETE_SETTINGS,
    _ORGANIZATIONS_CREATE,
    _ORGANIZATIONS_UPDATE,
    _ORGANIZATIONS_GET,
    _ORGANIZATIONS_GET_ACTIVE,
    _ORGANIZATIONS_SET_ACTIVE,
    _ORGANIZATIONS_LIST_MINE,
    _ORGANIZATIONS_LIST_OF_USER,
    _ORGANIZATIONS_GET_USER_ROLES,
    _ORGANIZATIONS_GET_NAMES,
    _ORGANIZATIONS_GET_BY_NAME,
    _ORGANIZATIONS_CHECK_NAME,
    _ORGANIZATIONS_HAS_ACTIVE_SUBSCRIPTION,
    _ORGANIZATIONS_GET_DATA,
    _ORGANIZATIONS_GET_EMPLOYEE,
    _ORGANIZATIONS_INVITE,
    _ORGANIZATIONS_RESEND_INVITATION,
    _ORGANIZATIONS_CREATE_ROLE,
    _ORGANIZATIONS_UPDATE_ROLE,
    _ORGANIZATIONS_UPDATE_USER_ROLES,
    _ORGANIZATIONS_DELETE_DATA,
    _ORGANIZATIONS_REQUEST_DELETION,
    _ORGANIZATIONS_LEAVE,
    _ORGANIZATIONS_ADMINISTRATION_GET,
    _ORGANIZATIONS_ADMINISTRATION_DELETE,
    _ORGANIZATIONS_ADMINISTRATION_GET_MANY,
    _ORGANIZATIONS_ADMINISTRATION_SEARCH,
    _ORGANIZATIONS_ADMINISTRATION_CREATE,
    _ORGANIZATIONS_ADMINISTRATION_ADD_MEMBERS,
    _ORGANIZATIONS_ADMINISTRATION_SET_SUBSCRIPTION,
    _ORGANIZATIONS_ADMINISTRATION_SUBSCRIBE_DELETION_TASK,
    _ORGANIZATIONS_RESOURCES_LIST_SET_NAMES,
    _ORGANIZATIONS_RESOURCES_CREATE,
    _ORGANIZATIONS_RESOURCES_DELETE,
    _ORGANIZATIONS_RESOURCES_SUBSCRIBE_CREATION_TASK,
    _ORGANIZATIONS_RESOURCES_SUBSCRIBE_DELETION_TASK,
    _SEARCH_SEARCH,
    _AI_SEND_MESSAGE,
    _AI_LIST_THREADS,
    _AI_CREATE_THREAD,
    _AI_LIST_ASSISTANTS,
    _AI_GET_ASSISTANT,
    _AI_LIST_ASSISTANT_THREADS,
    _AI_GET_LATEST_ASSISTANT_THREAD,
    _AI_GET_SPEECH_TOKEN,
    _AI_GET_LATEST_THREAD,
    _AI_GET_THREAD,
    _AI_DELETE_THREAD,
    _AI_LIST_MESSAGES,
    _AI_SEND_FEEDBACK,
    _PROXY_GET,
    _PROXY_PUT,
    _PROXY_POST,
    _PROXY_DELETE,
)
