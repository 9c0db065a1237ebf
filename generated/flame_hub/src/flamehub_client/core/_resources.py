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
    from ._generated.models.analysis_bucket_collection import AnalysisBucketCollection
    from ._generated.models.analysis_bucket_create import AnalysisBucketCreate
    from ._generated.models.analysis_bucket_file_collection import AnalysisBucketFileCollection
    from ._generated.models.analysis_bucket_file_create import AnalysisBucketFileCreate
    from ._generated.models.analysis_bucket_file_record import AnalysisBucketFileRecord
    from ._generated.models.analysis_bucket_file_update import AnalysisBucketFileUpdate
    from ._generated.models.analysis_bucket_record import AnalysisBucketRecord
    from ._generated.models.analysis_bucket_update import AnalysisBucketUpdate
    from ._generated.models.analysis_collection import AnalysisCollection
    from ._generated.models.analysis_command import AnalysisCommand
    from ._generated.models.analysis_create import AnalysisCreate
    from ._generated.models.analysis_node_collection import AnalysisNodeCollection
    from ._generated.models.analysis_node_create import AnalysisNodeCreate
    from ._generated.models.analysis_node_log_create import AnalysisNodeLogCreate
    from ._generated.models.analysis_node_record import AnalysisNodeRecord
    from ._generated.models.analysis_node_update import AnalysisNodeUpdate
    from ._generated.models.analysis_record import AnalysisRecord
    from ._generated.models.analysis_update import AnalysisUpdate
    from ._generated.models.client_credentials import ClientCredentials
    from ._generated.models.client_credentials_update import ClientCredentialsUpdate
    from ._generated.models.log_collection import LogCollection
    from ._generated.models.log_record import LogRecord
    from ._generated.models.master_image_collection import MasterImageCollection
    from ._generated.models.master_image_command import MasterImageCommand
    from ._generated.models.master_image_command_result import MasterImageCommandResult
    from ._generated.models.master_image_group_collection import MasterImageGroupCollection
    from ._generated.models.master_image_group_record import MasterImageGroupRecord
    from ._generated.models.master_image_record import MasterImageRecord
    from ._generated.models.node_collection import NodeCollection
    from ._generated.models.node_create import NodeCreate
    from ._generated.models.node_record import NodeRecord
    from ._generated.models.node_registry_credentials import NodeRegistryCredentials
    from ._generated.models.node_update import NodeUpdate
    from ._generated.models.project_collection import ProjectCollection
    from ._generated.models.project_create import ProjectCreate
    from ._generated.models.project_node_collection import ProjectNodeCollection
    from ._generated.models.project_node_create import ProjectNodeCreate
    from ._generated.models.project_node_record import ProjectNodeRecord
    from ._generated.models.project_node_update import ProjectNodeUpdate
    from ._generated.models.project_record import ProjectRecord
    from ._generated.models.project_update import ProjectUpdate
    from ._generated.models.registry_collection import RegistryCollection
    from ._generated.models.registry_command import RegistryCommand
    from ._generated.models.registry_create import RegistryCreate
    from ._generated.models.registry_project_collection import RegistryProjectCollection
    from ._generated.models.registry_project_create import RegistryProjectCreate
    from ._generated.models.registry_project_record import RegistryProjectRecord
    from ._generated.models.registry_project_update import RegistryProjectUpdate
    from ._generated.models.registry_record import RegistryRecord
    from ._generated.models.registry_update import RegistryUpdate
    from ._generated.models.service_status import ServiceStatus

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "AnalysisBucketCreate": {
        "additionalProperties": False,
        "properties": {
            "analysisId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "bucketId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "type": {"enum": ["CODE", "RESULT", "TEMP"], "type": "string"},
        },
        "required": ["type", "bucketId", "analysisId"],
        "type": "object",
    },
    "AnalysisBucketFileCreate": {
        "additionalProperties": False,
        "properties": {
            "analysisBucketId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "bucketFileId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "bucketId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "path": {"maxLength": 256, "type": "string"},
            "root": {"type": "boolean"},
        },
        "required": ["analysisBucketId", "path", "bucketId", "bucketFileId"],
        "type": "object",
    },
    "AnalysisBucketFileUpdate": {
        "additionalProperties": False,
        "properties": {"root": {"type": "boolean"}},
        "type": "object",
    },
    "AnalysisBucketUpdate": {"additionalProperties": False, "properties": {}, "type": "object"},
    "AnalysisCommand": {
        "additionalProperties": False,
        "properties": {
            "command": {
                "enum": [
                    "buildStart",
                    "buildCheck",
                    "configurationLock",
                    "configurationUnlock",
                    "distributionStart",
                    "distributionCheck",
                    "storageCheck",
                ],
                "type": "string",
            }
        },
        "required": ["command"],
        "type": "object",
    },
    "AnalysisCreate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "imageCommandArguments": {"items": {"$ref": "#/components/schemas/CommandArgument"}, "type": "array"},
            "masterImageId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "projectId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "registryId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
        },
        "required": ["projectId"],
        "type": "object",
    },
    "AnalysisNodeCreate": {
        "additionalProperties": False,
        "properties": {
            "analysisId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "nodeId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["analysisId", "nodeId"],
        "type": "object",
    },
    "AnalysisNodeLogCreate": {
        "additionalProperties": False,
        "properties": {
            "analysisId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "code": {"maxLength": 64, "minLength": 3, "type": ["string", "null"]},
            "labels": {"additionalProperties": {"type": ["string", "null"]}, "type": "object"},
            "level": {"enum": ["emerg", "alert", "crit", "error", "warn", "notice", "info", "debug"], "type": "string"},
            "message": {"maxLength": 2048, "minLength": 3, "type": "string"},
            "nodeId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "status": {"maxLength": 64, "minLength": 3, "type": ["string", "null"]},
        },
        "required": ["analysisId", "nodeId", "level", "message"],
        "type": "object",
    },
    "AnalysisNodeUpdate": {
        "additionalProperties": False,
        "properties": {
            "approvalStatus": {"oneOf": [{"enum": ["approved", "rejected"], "type": "string"}, {"type": "null"}]},
            "comment": {"type": ["string", "null"]},
            "executionProgress": {"maximum": 100, "minimum": 0, "type": ["integer", "null"]},
            "executionStatus": {
                "oneOf": [
                    {
                        "enum": ["starting", "started", "stopping", "stopped", "executing", "executed", "failed"],
                        "type": "string",
                    },
                    {"type": "null"},
                ]
            },
        },
        "type": "object",
    },
    "AnalysisUpdate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "imageCommandArguments": {"items": {"$ref": "#/components/schemas/CommandArgument"}, "type": "array"},
            "masterImageId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "type": "object",
    },
    "ClientCredentialsUpdate": {
        "additionalProperties": False,
        "properties": {
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "name": {"maxLength": 256, "minLength": 3, "type": "string"},
            "secret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
        },
        "type": "object",
    },
    "CommandArgument": {
        "additionalProperties": False,
        "properties": {
            "position": {"oneOf": [{"enum": ["before", "after"], "type": "string"}, {"type": "null"}]},
            "value": {"maxLength": 512, "minLength": 2, "type": "string"},
        },
        "required": ["value"],
        "type": "object",
    },
    "MasterImageCommand": {
        "additionalProperties": False,
        "properties": {
            "command": {"enum": ["sync", "build"], "type": "string"},
            "id": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["command"],
        "type": "object",
    },
    "NodeCreate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "externalName": {"maxLength": 64, "minLength": 1, "pattern": "^[a-z0-9-_]*$", "type": ["string", "null"]},
            "hidden": {"type": ["boolean", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "publicKey": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "registryId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "type": {"oneOf": [{"enum": ["aggregator", "default"], "type": "string"}, {"type": "null"}]},
        },
        "required": ["name"],
        "type": "object",
    },
    "NodeUpdate": {
        "additionalProperties": False,
        "properties": {
            "clientId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "externalName": {"maxLength": 64, "minLength": 1, "pattern": "^[a-z0-9-_]*$", "type": ["string", "null"]},
            "hidden": {"type": ["boolean", "null"]},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
            "publicKey": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "registryId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "type": {"oneOf": [{"enum": ["aggregator", "default"], "type": "string"}, {"type": "null"}]},
        },
        "type": "object",
    },
    "ProjectCreate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "masterImageId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "type": "object",
    },
    "ProjectNodeCreate": {
        "additionalProperties": False,
        "properties": {
            "nodeId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "projectId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
        },
        "required": ["projectId", "nodeId"],
        "type": "object",
    },
    "ProjectNodeUpdate": {
        "additionalProperties": False,
        "properties": {
            "approvalStatus": {"oneOf": [{"enum": ["approved", "rejected"], "type": "string"}, {"type": "null"}]},
            "comment": {"maxLength": 4096, "minLength": 3, "type": ["string", "null"]},
        },
        "type": "object",
    },
    "ProjectUpdate": {
        "additionalProperties": False,
        "properties": {
            "description": {"maxLength": 4096, "minLength": 5, "type": ["string", "null"]},
            "displayName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "masterImageId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "type": "object",
    },
    "RegistryCommand": {
        "additionalProperties": False,
        "properties": {
            "command": {"enum": ["setup", "cleanup", "delete", "projectLink", "projectUnlink"], "type": "string"},
            "id": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "secret": {"format": "password", "type": "string"},
        },
        "required": ["command", "id"],
        "type": "object",
    },
    "RegistryCreate": {
        "additionalProperties": False,
        "properties": {
            "accountName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "accountSecret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "host": {"maxLength": 512, "minLength": 3, "type": "string"},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "required": ["name", "host"],
        "type": "object",
    },
    "RegistryProjectCreate": {
        "additionalProperties": False,
        "properties": {
            "externalName": {"maxLength": 64, "minLength": 3, "pattern": "^[a-z0-9-_]*$", "type": "string"},
            "name": {"maxLength": 128, "minLength": 5, "type": "string"},
            "registryId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": "string",
            },
            "type": {
                "enum": ["default", "aggregator", "incoming", "outgoing", "masterImages", "node"],
                "type": "string",
            },
        },
        "required": ["registryId", "name", "externalName", "type"],
        "type": "object",
    },
    "RegistryProjectUpdate": {
        "additionalProperties": False,
        "properties": {
            "externalName": {"maxLength": 64, "minLength": 3, "pattern": "^[a-z0-9-_]*$", "type": "string"},
            "name": {"maxLength": 128, "minLength": 5, "type": "string"},
        },
        "type": "object",
    },
    "RegistryUpdate": {
        "additionalProperties": False,
        "properties": {
            "accountName": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "accountSecret": {"format": "password", "maxLength": 256, "minLength": 3, "type": ["string", "null"]},
            "host": {"maxLength": 512, "minLength": 3, "type": "string"},
            "name": {"maxLength": 128, "minLength": 3, "type": "string"},
        },
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"Analysis":{"properties": {"buildHash": {"type": ["string", "null"]}, "buildNodesValid": {"type": "boolean"}, "buildOs": {"type": ["string", "null"]}, "buildProgress": {"type": ["integer", "null"]}, "buildSize": {"type": ["integer", "null"]}, "buildStatus": {"type": ["string", "null"]}, "clientId": {"type": ["string", "null"]}, "configurationEntrypointValid": {"type": "boolean"}, "configurationImageValid": {"type": "boolean"}, "configurationLocked": {"type": "boolean"}, "configurationNodeAggregatorValid": {"type": "boolean"}, "configurationNodeDefaultValid": {"type": "boolean"}, "configurationNodesValid": {"type": "boolean"}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "distributionProgress": {"type": ["integer", "null"]}, "distributionStatus": {"type": ["string", "null"]}, "executionProgress": {"type": ["integer", "null"]}, "executionStatus": {"type": ["string", "null"]}, "id": {"type": "string"}, "imageCommandArguments": {"items": {"$ref": "#/components/schemas/CommandArgument"}, "type": ["array", "null"]}, "masterImage": {"oneOf": [{"$ref": "#/components/schemas/MasterImage"}, {"type": "null"}]}, "masterImageId": {"type": ["string", "null"]}, "name": {"type": "string"}, "nodes": {"type": "integer"}, "nodesApproved": {"type": "integer"}, "project": {"$ref": "#/components/schemas/Project"}, "projectId": {"type": "string"}, "realmId": {"type": "string"}, "registryId": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}, "userId": {"type": ["string", "null"]}}, "required": ["id", "name", "description", "projectId", "masterImageId", "registryId", "nodes", "configurationLocked", "buildStatus", "realmId", "userId", "createdAt", "updatedAt"], "type": "object"}'
    ',"AnalysisBucket":{"properties": {"analysis": {"$ref": "#/components/schemas/Analysis"}, "analysisId": {"type": "string"}, "bucketId": {"type": "string"}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "realmId": {"type": "string"}, "type": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "type", "bucketId", "analysisId", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"AnalysisBucketCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/AnalysisBucket"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisBucketFile":{"properties": {"analysis": {"$ref": "#/components/schemas/Analysis"}, "analysisBucket": {"$ref": "#/components/schemas/AnalysisBucket"}, "analysisBucketId": {"type": "string"}, "analysisId": {"type": "string"}, "bucketFileId": {"type": "string"}, "bucketId": {"type": "string"}, "clientId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "path": {"type": "string"}, "realmId": {"type": "string"}, "root": {"type": "boolean"}, "updatedAt": {"type": "string"}, "userId": {"type": ["string", "null"]}}, "required": ["id", "path", "root", "bucketFileId", "bucketId", "analysisBucketId", "analysisId", "realmId", "userId", "clientId", "createdAt", "updatedAt"], "type": "object"}'
    ',"AnalysisBucketFileCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/AnalysisBucketFile"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisBucketFileRecord":{"properties": {"data": {"$ref": "#/components/schemas/AnalysisBucketFile"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisBucketRecord":{"properties": {"data": {"$ref": "#/components/schemas/AnalysisBucket"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Analysis"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisNode":{"properties": {"analysis": {"$ref": "#/components/schemas/Analysis"}, "analysisId": {"type": "string"}, "analysisRealmId": {"type": "string"}, "approvalStatus": {"type": ["string", "null"]}, "artifactDigest": {"type": ["string", "null"]}, "artifactTag": {"type": ["string", "null"]}, "comment": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "executionProgress": {"type": ["integer", "null"]}, "executionStatus": {"type": ["string", "null"]}, "id": {"type": "string"}, "node": {"$ref": "#/components/schemas/Node"}, "nodeId": {"type": "string"}, "nodeRealmId": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "analysisId", "nodeId", "approvalStatus", "comment", "artifactTag", "artifactDigest", "analysisRealmId", "nodeRealmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"AnalysisNodeCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/AnalysisNode"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisNodeRecord":{"properties": {"data": {"$ref": "#/components/schemas/AnalysisNode"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"AnalysisRecord":{"properties": {"data": {"$ref": "#/components/schemas/Analysis"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ClientCredentials":{"properties": {"displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "name": {"type": "string"}, "secret": {"type": ["string", "null"]}}, "required": ["id", "name"], "type": "object"}'
    ',"CollectionMeta":{"properties": {"limit": {"type": "integer"}, "offset": {"type": "integer"}, "schema": {"$ref": "#/components/schemas/QuerySchema"}, "total": {"type": "integer"}}, "required": ["total"], "type": "object"}'
    ',"CommandArgument":{"additionalProperties": false, "properties": {"position": {"oneOf": [{"enum": ["before", "after"], "type": "string"}, {"type": "null"}]}, "value": {"type": "string"}}, "required": ["value"], "type": "object"}'
    ',"Log":{"properties": {"channel": {"type": "string"}, "labels": {"additionalProperties": {"type": ["string", "null"]}, "type": "object"}, "level": {"type": "string"}, "message": {"type": "string"}, "service": {"type": "string"}, "time": {"type": "string"}}, "required": ["time", "message", "level"], "type": "object"}'
    ',"LogCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Log"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"LogRecord":{"properties": {"data": {"$ref": "#/components/schemas/Log"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"MasterImage":{"properties": {"buildProgress": {"type": ["integer", "null"]}, "buildStatus": {"type": ["string", "null"]}, "command": {"type": ["string", "null"]}, "commandArguments": {"items": {"$ref": "#/components/schemas/CommandArgument"}, "type": ["array", "null"]}, "createdAt": {"type": "string"}, "groupVirtualPath": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "path": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}, "virtualPath": {"type": "string"}}, "required": ["id", "name", "path", "virtualPath", "groupVirtualPath", "command", "createdAt", "updatedAt"], "type": "object"}'
    ',"MasterImageCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/MasterImage"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"MasterImageCommandResult":{"properties": {"data": {"oneOf": [{"$ref": "#/components/schemas/MasterImage"}, {"type": "null"}]}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"MasterImageGroup":{"properties": {"createdAt": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "path": {"type": "string"}, "updatedAt": {"type": "string"}, "virtualPath": {"type": "string"}}, "required": ["id", "name", "path", "virtualPath", "createdAt", "updatedAt"], "type": "object"}'
    ',"MasterImageGroupCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/MasterImageGroup"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"MasterImageGroupRecord":{"properties": {"data": {"$ref": "#/components/schemas/MasterImageGroup"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"MasterImageRecord":{"properties": {"data": {"$ref": "#/components/schemas/MasterImage"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"Node":{"properties": {"clientId": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "externalName": {"type": ["string", "null"]}, "hidden": {"type": "boolean"}, "id": {"type": "string"}, "name": {"type": "string"}, "online": {"type": "boolean"}, "publicKey": {"type": ["string", "null"]}, "realmId": {"type": "string"}, "registry": {"oneOf": [{"$ref": "#/components/schemas/Registry"}, {"type": "null"}]}, "registryId": {"type": ["string", "null"]}, "registryProject": {"oneOf": [{"$ref": "#/components/schemas/RegistryProject"}, {"type": "null"}]}, "registryProjectId": {"type": ["string", "null"]}, "robotId": {"type": ["string", "null"]}, "type": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "externalName", "hidden", "type", "realmId", "registryId", "publicKey", "online", "registryProjectId", "clientId", "createdAt", "updatedAt"], "type": "object"}'
    ',"NodeCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Node"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"NodeRecord":{"properties": {"data": {"$ref": "#/components/schemas/Node"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"NodeRegistryCredentials":{"properties": {"accountName": {"type": ["string", "null"]}, "accountSecret": {"type": ["string", "null"]}, "externalName": {"type": "string"}, "host": {"type": "string"}}, "required": ["host", "externalName"], "type": "object"}'
    ',"Project":{"properties": {"analyses": {"type": "integer"}, "createdAt": {"type": "string"}, "description": {"type": ["string", "null"]}, "displayName": {"type": ["string", "null"]}, "id": {"type": "string"}, "masterImage": {"oneOf": [{"$ref": "#/components/schemas/MasterImage"}, {"type": "null"}]}, "masterImageId": {"type": ["string", "null"]}, "name": {"type": "string"}, "nodes": {"type": "integer"}, "realmId": {"type": "string"}, "updatedAt": {"type": "string"}, "userId": {"type": ["string", "null"]}}, "required": ["id", "name", "description", "masterImageId", "analyses", "nodes", "realmId", "userId", "createdAt", "updatedAt"], "type": "object"}'
    ',"ProjectCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Project"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ProjectNode":{"properties": {"approvalStatus": {"type": ["string", "null"]}, "comment": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "node": {"$ref": "#/components/schemas/Node"}, "nodeId": {"type": "string"}, "nodeRealmId": {"type": "string"}, "project": {"$ref": "#/components/schemas/Project"}, "projectId": {"type": "string"}, "projectRealmId": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "projectId", "nodeId", "approvalStatus", "comment", "projectRealmId", "nodeRealmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"ProjectNodeCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/ProjectNode"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ProjectNodeRecord":{"properties": {"data": {"$ref": "#/components/schemas/ProjectNode"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ProjectRecord":{"properties": {"data": {"$ref": "#/components/schemas/Project"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"QuerySchema":{"type": "object"}'
    ',"RecordMeta":{"properties": {"schema": {"$ref": "#/components/schemas/QuerySchema"}}, "type": "object"}'
    ',"Registry":{"properties": {"accountName": {"type": ["string", "null"]}, "accountSecret": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "host": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "host", "accountName", "createdAt", "updatedAt"], "type": "object"}'
    ',"RegistryCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Registry"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RegistryProject":{"properties": {"accountId": {"type": ["string", "null"]}, "accountName": {"type": ["string", "null"]}, "accountSecret": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "externalId": {"type": ["string", "null"]}, "externalName": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "public": {"type": "boolean"}, "realmId": {"type": ["string", "null"]}, "registry": {"$ref": "#/components/schemas/Registry"}, "registryId": {"type": "string"}, "type": {"type": "string"}, "updatedAt": {"type": "string"}, "webhookExists": {"type": ["boolean", "null"]}, "webhookName": {"type": ["string", "null"]}}, "required": ["id", "name", "type", "registryId", "externalName", "public", "externalId", "webhookName", "webhookExists", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"RegistryProjectCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/RegistryProject"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RegistryProjectRecord":{"properties": {"data": {"$ref": "#/components/schemas/RegistryProject"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"RegistryRecord":{"properties": {"data": {"$ref": "#/components/schemas/Registry"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"ServiceStatus":{"properties": {"version": {"type": "string"}}, "required": ["version"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.analyses.analyses_create":{"$ref": "#/components/schemas/AnalysisRecord"}'
    ',"api.analyses.analyses_delete":{"$ref": "#/components/schemas/AnalysisRecord"}'
    ',"api.analyses.analyses_get":{"$ref": "#/components/schemas/AnalysisRecord"}'
    ',"api.analyses.analyses_get_client_credentials":{"$ref": "#/components/schemas/ClientCredentials"}'
    ',"api.analyses.analyses_list":{"$ref": "#/components/schemas/AnalysisCollection"}'
    ',"api.analyses.analyses_send_command":{"$ref": "#/components/schemas/AnalysisRecord"}'
    ',"api.analyses.analyses_update":{"$ref": "#/components/schemas/AnalysisRecord"}'
    ',"api.analyses.analyses_update_client_credentials":{"$ref": "#/components/schemas/ClientCredentials"}'
    ',"api.analysis_bucket_files.analysis_bucket_files_create":{"$ref": "#/components/schemas/AnalysisBucketFileRecord"}'
    ',"api.analysis_bucket_files.analysis_bucket_files_delete":{"$ref": "#/components/schemas/AnalysisBucketFileRecord"}'
    ',"api.analysis_bucket_files.analysis_bucket_files_get":{"$ref": "#/components/schemas/AnalysisBucketFileRecord"}'
    ',"api.analysis_bucket_files.analysis_bucket_files_list":{"$ref": "#/components/schemas/AnalysisBucketFileCollection"}'
    ',"api.analysis_bucket_files.analysis_bucket_files_update":{"$ref": "#/components/schemas/AnalysisBucketFileRecord"}'
    ',"api.analysis_buckets.analysis_buckets_create":{"$ref": "#/components/schemas/AnalysisBucketRecord"}'
    ',"api.analysis_buckets.analysis_buckets_delete":{"$ref": "#/components/schemas/AnalysisBucketRecord"}'
    ',"api.analysis_buckets.analysis_buckets_get":{"$ref": "#/components/schemas/AnalysisBucketRecord"}'
    ',"api.analysis_buckets.analysis_buckets_list":{"$ref": "#/components/schemas/AnalysisBucketCollection"}'
    ',"api.analysis_buckets.analysis_buckets_update":{"$ref": "#/components/schemas/AnalysisBucketRecord"}'
    ',"api.analysis_logs.analysis_logs_list":{"$ref": "#/components/schemas/LogCollection"}'
    ',"api.analysis_node_logs.analysis_node_logs_create":{"$ref": "#/components/schemas/LogRecord"}'
    ',"api.analysis_node_logs.analysis_node_logs_list":{"$ref": "#/components/schemas/LogCollection"}'
    ',"api.analysis_nodes.analysis_nodes_create":{"$ref": "#/components/schemas/AnalysisNodeRecord"}'
    ',"api.analysis_nodes.analysis_nodes_delete":{"$ref": "#/components/schemas/AnalysisNodeRecord"}'
    ',"api.analysis_nodes.analysis_nodes_get":{"$ref": "#/components/schemas/AnalysisNodeRecord"}'
    ',"api.analysis_nodes.analysis_nodes_list":{"$ref": "#/components/schemas/AnalysisNodeCollection"}'
    ',"api.analysis_nodes.analysis_nodes_update":{"$ref": "#/components/schemas/AnalysisNodeRecord"}'
    ',"api.master_image_groups.master_image_groups_delete":{"$ref": "#/components/schemas/MasterImageGroupRecord"}'
    ',"api.master_image_groups.master_image_groups_get":{"$ref": "#/components/schemas/MasterImageGroupRecord"}'
    ',"api.master_image_groups.master_image_groups_list":{"$ref": "#/components/schemas/MasterImageGroupCollection"}'
    ',"api.master_images.master_images_delete":{"$ref": "#/components/schemas/MasterImageRecord"}'
    ',"api.master_images.master_images_get":{"$ref": "#/components/schemas/MasterImageRecord"}'
    ',"api.master_images.master_images_list":{"$ref": "#/components/schemas/MasterImageCollection"}'
    ',"api.master_images.master_images_send_command":{"$ref": "#/components/schemas/MasterImageCommandResult"}'
    ',"api.nodes.nodes_create":{"$ref": "#/components/schemas/NodeRecord"}'
    ',"api.nodes.nodes_delete":{"$ref": "#/components/schemas/NodeRecord"}'
    ',"api.nodes.nodes_get":{"$ref": "#/components/schemas/NodeRecord"}'
    ',"api.nodes.nodes_get_client_credentials":{"$ref": "#/components/schemas/ClientCredentials"}'
    ',"api.nodes.nodes_get_registry_credentials":{"$ref": "#/components/schemas/NodeRegistryCredentials"}'
    ',"api.nodes.nodes_list":{"$ref": "#/components/schemas/NodeCollection"}'
    ',"api.nodes.nodes_update":{"$ref": "#/components/schemas/NodeRecord"}'
    ',"api.nodes.nodes_update_client_credentials":{"$ref": "#/components/schemas/ClientCredentials"}'
    ',"api.project_nodes.project_nodes_create":{"$ref": "#/components/schemas/ProjectNodeRecord"}'
    ',"api.project_nodes.project_nodes_delete":{"$ref": "#/components/schemas/ProjectNodeRecord"}'
    ',"api.project_nodes.project_nodes_get":{"$ref": "#/components/schemas/ProjectNodeRecord"}'
    ',"api.project_nodes.project_nodes_list":{"$ref": "#/components/schemas/ProjectNodeCollection"}'
    ',"api.project_nodes.project_nodes_update":{"$ref": "#/components/schemas/ProjectNodeRecord"}'
    ',"api.projects.projects_create":{"$ref": "#/components/schemas/ProjectRecord"}'
    ',"api.projects.projects_delete":{"$ref": "#/components/schemas/ProjectRecord"}'
    ',"api.projects.projects_get":{"$ref": "#/components/schemas/ProjectRecord"}'
    ',"api.projects.projects_list":{"$ref": "#/components/schemas/ProjectCollection"}'
    ',"api.projects.projects_update":{"$ref": "#/components/schemas/ProjectRecord"}'
    ',"api.registries.registries_create":{"$ref": "#/components/schemas/RegistryRecord"}'
    ',"api.registries.registries_delete":{"$ref": "#/components/schemas/RegistryRecord"}'
    ',"api.registries.registries_get":{"$ref": "#/components/schemas/RegistryRecord"}'
    ',"api.registries.registries_list":{"$ref": "#/components/schemas/RegistryCollection"}'
    ',"api.registries.registries_update":{"$ref": "#/components/schemas/RegistryRecord"}'
    ',"api.registry_projects.registry_projects_create":{"$ref": "#/components/schemas/RegistryProjectRecord"}'
    ',"api.registry_projects.registry_projects_delete":{"$ref": "#/components/schemas/RegistryProjectRecord"}'
    ',"api.registry_projects.registry_projects_get":{"$ref": "#/components/schemas/RegistryProjectRecord"}'
    ',"api.registry_projects.registry_projects_list":{"$ref": "#/components/schemas/RegistryProjectCollection"}'
    ',"api.registry_projects.registry_projects_update":{"$ref": "#/components/schemas/RegistryProjectRecord"}'
    ',"api.status.status_get":{"$ref": "#/components/schemas/ServiceStatus"}'
    "}}"
)

_REGISTRIES_LIST = Operation(
    _PACKAGE,
    "api.registries.registries_list",
    "GET",
    "/registries",
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
_REGISTRIES_CREATE = Operation(
    _PACKAGE,
    "api.registries.registries_create",
    "POST",
    "/registries",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RegistryCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_REGISTRIES_GET = Operation(
    _PACKAGE,
    "api.registries.registries_get",
    "GET",
    "/registries/{id}",
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
_REGISTRIES_UPDATE = Operation(
    _PACKAGE,
    "api.registries.registries_update",
    "POST",
    "/registries/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RegistryUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_REGISTRIES_DELETE = Operation(
    _PACKAGE,
    "api.registries.registries_delete",
    "DELETE",
    "/registries/{id}",
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
_REGISTRY_PROJECTS_LIST = Operation(
    _PACKAGE,
    "api.registry_projects.registry_projects_list",
    "GET",
    "/registry-projects",
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
_REGISTRY_PROJECTS_CREATE = Operation(
    _PACKAGE,
    "api.registry_projects.registry_projects_create",
    "POST",
    "/registry-projects",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RegistryProjectCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_REGISTRY_PROJECTS_GET = Operation(
    _PACKAGE,
    "api.registry_projects.registry_projects_get",
    "GET",
    "/registry-projects/{id}",
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
_REGISTRY_PROJECTS_UPDATE = Operation(
    _PACKAGE,
    "api.registry_projects.registry_projects_update",
    "POST",
    "/registry-projects/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/RegistryProjectUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_REGISTRY_PROJECTS_DELETE = Operation(
    _PACKAGE,
    "api.registry_projects.registry_projects_delete",
    "DELETE",
    "/registry-projects/{id}",
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
_NODES_LIST = Operation(
    _PACKAGE,
    "api.nodes.nodes_list",
    "GET",
    "/nodes",
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
_NODES_CREATE = Operation(
    _PACKAGE,
    "api.nodes.nodes_create",
    "POST",
    "/nodes",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/NodeCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_NODES_GET = Operation(
    _PACKAGE,
    "api.nodes.nodes_get",
    "GET",
    "/nodes/{id}",
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
_NODES_UPDATE = Operation(
    _PACKAGE,
    "api.nodes.nodes_update",
    "POST",
    "/nodes/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/NodeUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_NODES_DELETE = Operation(
    _PACKAGE,
    "api.nodes.nodes_delete",
    "DELETE",
    "/nodes/{id}",
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
_MASTER_IMAGE_GROUPS_LIST = Operation(
    _PACKAGE,
    "api.master_image_groups.master_image_groups_list",
    "GET",
    "/master-image-groups",
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
_MASTER_IMAGE_GROUPS_GET = Operation(
    _PACKAGE,
    "api.master_image_groups.master_image_groups_get",
    "GET",
    "/master-image-groups/{id}",
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
_MASTER_IMAGE_GROUPS_DELETE = Operation(
    _PACKAGE,
    "api.master_image_groups.master_image_groups_delete",
    "DELETE",
    "/master-image-groups/{id}",
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
_MASTER_IMAGES_LIST = Operation(
    _PACKAGE,
    "api.master_images.master_images_list",
    "GET",
    "/master-images",
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
_MASTER_IMAGES_GET = Operation(
    _PACKAGE,
    "api.master_images.master_images_get",
    "GET",
    "/master-images/{id}",
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
_MASTER_IMAGES_DELETE = Operation(
    _PACKAGE,
    "api.master_images.master_images_delete",
    "DELETE",
    "/master-images/{id}",
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
_PROJECTS_LIST = Operation(
    _PACKAGE,
    "api.projects.projects_list",
    "GET",
    "/projects",
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
_PROJECTS_CREATE = Operation(
    _PACKAGE,
    "api.projects.projects_create",
    "POST",
    "/projects",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ProjectCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_PROJECTS_GET = Operation(
    _PACKAGE,
    "api.projects.projects_get",
    "GET",
    "/projects/{id}",
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
_PROJECTS_UPDATE = Operation(
    _PACKAGE,
    "api.projects.projects_update",
    "POST",
    "/projects/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/ProjectUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_PROJECTS_DELETE = Operation(
    _PACKAGE,
    "api.projects.projects_delete",
    "DELETE",
    "/projects/{id}",
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
_PROJECT_NODES_LIST = Operation(
    _PACKAGE,
    "api.project_nodes.project_nodes_list",
    "GET",
    "/project-nodes",
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
_PROJECT_NODES_CREATE = Operation(
    _PACKAGE,
    "api.project_nodes.project_nodes_create",
    "POST",
    "/project-nodes",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ProjectNodeCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_PROJECT_NODES_GET = Operation(
    _PACKAGE,
    "api.project_nodes.project_nodes_get",
    "GET",
    "/project-nodes/{id}",
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
_PROJECT_NODES_UPDATE = Operation(
    _PACKAGE,
    "api.project_nodes.project_nodes_update",
    "POST",
    "/project-nodes/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/ProjectNodeUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_PROJECT_NODES_DELETE = Operation(
    _PACKAGE,
    "api.project_nodes.project_nodes_delete",
    "DELETE",
    "/project-nodes/{id}",
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
_ANALYSES_LIST = Operation(
    _PACKAGE,
    "api.analyses.analyses_list",
    "GET",
    "/analyses",
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
_ANALYSES_CREATE = Operation(
    _PACKAGE,
    "api.analyses.analyses_create",
    "POST",
    "/analyses",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnalysisCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ANALYSES_GET = Operation(
    _PACKAGE,
    "api.analyses.analyses_get",
    "GET",
    "/analyses/{id}",
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
_ANALYSES_UPDATE = Operation(
    _PACKAGE,
    "api.analyses.analyses_update",
    "POST",
    "/analyses/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/AnalysisUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSES_DELETE = Operation(
    _PACKAGE,
    "api.analyses.analyses_delete",
    "DELETE",
    "/analyses/{id}",
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
_ANALYSIS_NODES_LIST = Operation(
    _PACKAGE,
    "api.analysis_nodes.analysis_nodes_list",
    "GET",
    "/analysis-nodes",
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
_ANALYSIS_NODES_CREATE = Operation(
    _PACKAGE,
    "api.analysis_nodes.analysis_nodes_create",
    "POST",
    "/analysis-nodes",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnalysisNodeCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ANALYSIS_NODES_GET = Operation(
    _PACKAGE,
    "api.analysis_nodes.analysis_nodes_get",
    "GET",
    "/analysis-nodes/{id}",
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
_ANALYSIS_NODES_UPDATE = Operation(
    _PACKAGE,
    "api.analysis_nodes.analysis_nodes_update",
    "POST",
    "/analysis-nodes/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/AnalysisNodeUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_NODES_DELETE = Operation(
    _PACKAGE,
    "api.analysis_nodes.analysis_nodes_delete",
    "DELETE",
    "/analysis-nodes/{id}",
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
_ANALYSIS_BUCKETS_LIST = Operation(
    _PACKAGE,
    "api.analysis_buckets.analysis_buckets_list",
    "GET",
    "/analysis-buckets",
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
_ANALYSIS_BUCKETS_CREATE = Operation(
    _PACKAGE,
    "api.analysis_buckets.analysis_buckets_create",
    "POST",
    "/analysis-buckets",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnalysisBucketCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ANALYSIS_BUCKETS_GET = Operation(
    _PACKAGE,
    "api.analysis_buckets.analysis_buckets_get",
    "GET",
    "/analysis-buckets/{id}",
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
_ANALYSIS_BUCKETS_UPDATE = Operation(
    _PACKAGE,
    "api.analysis_buckets.analysis_buckets_update",
    "POST",
    "/analysis-buckets/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/AnalysisBucketUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_BUCKETS_DELETE = Operation(
    _PACKAGE,
    "api.analysis_buckets.analysis_buckets_delete",
    "DELETE",
    "/analysis-buckets/{id}",
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
_ANALYSIS_BUCKET_FILES_LIST = Operation(
    _PACKAGE,
    "api.analysis_bucket_files.analysis_bucket_files_list",
    "GET",
    "/analysis-bucket-files",
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
_ANALYSIS_BUCKET_FILES_CREATE = Operation(
    _PACKAGE,
    "api.analysis_bucket_files.analysis_bucket_files_create",
    "POST",
    "/analysis-bucket-files",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnalysisBucketFileCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_ANALYSIS_BUCKET_FILES_GET = Operation(
    _PACKAGE,
    "api.analysis_bucket_files.analysis_bucket_files_get",
    "GET",
    "/analysis-bucket-files/{id}",
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
_ANALYSIS_BUCKET_FILES_UPDATE = Operation(
    _PACKAGE,
    "api.analysis_bucket_files.analysis_bucket_files_update",
    "POST",
    "/analysis-bucket-files/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/AnalysisBucketFileUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_BUCKET_FILES_DELETE = Operation(
    _PACKAGE,
    "api.analysis_bucket_files.analysis_bucket_files_delete",
    "DELETE",
    "/analysis-bucket-files/{id}",
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
_NODES_GET_CLIENT_CREDENTIALS = Operation(
    _PACKAGE,
    "api.nodes.nodes_get_client_credentials",
    "GET",
    "/nodes/{id}/client/credentials",
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
    success=200,
    responses=RESPONSES,
)
_NODES_UPDATE_CLIENT_CREDENTIALS = Operation(
    _PACKAGE,
    "api.nodes.nodes_update_client_credentials",
    "POST",
    "/nodes/{id}/client/credentials",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/ClientCredentialsUpdate"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANALYSES_GET_CLIENT_CREDENTIALS = Operation(
    _PACKAGE,
    "api.analyses.analyses_get_client_credentials",
    "GET",
    "/analyses/{id}/client/credentials",
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
    success=200,
    responses=RESPONSES,
)
_ANALYSES_UPDATE_CLIENT_CREDENTIALS = Operation(
    _PACKAGE,
    "api.analyses.analyses_update_client_credentials",
    "POST",
    "/analyses/{id}/client/credentials",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/ClientCredentialsUpdate"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NODES_GET_REGISTRY_CREDENTIALS = Operation(
    _PACKAGE,
    "api.nodes.nodes_get_registry_credentials",
    "GET",
    "/nodes/{id}/registry/credentials",
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
    success=200,
    responses=RESPONSES,
)
_ANALYSES_SEND_COMMAND = Operation(
    _PACKAGE,
    "api.analyses.analyses_send_command",
    "POST",
    "/analyses/{id}/command",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/AnalysisCommand"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_MASTER_IMAGES_SEND_COMMAND = Operation(
    _PACKAGE,
    "api.master_images.master_images_send_command",
    "POST",
    "/master-images/command",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/MasterImageCommand"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_REGISTRIES_SEND_COMMAND = Operation(
    _PACKAGE,
    "api.registries.registries_send_command",
    "POST",
    "/services/registry/command",
    result="none",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/RegistryCommand"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_LOGS_LIST = Operation(
    _PACKAGE,
    "api.analysis_logs.analysis_logs_list",
    "GET",
    "/analysis-logs",
    result="parse",
    retry_safe=False,
    params={"sort": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANALYSIS_LOGS_DELETE = Operation(
    _PACKAGE,
    "api.analysis_logs.analysis_logs_delete",
    "DELETE",
    "/analysis-logs",
    result="none",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_NODE_LOGS_LIST = Operation(
    _PACKAGE,
    "api.analysis_node_logs.analysis_node_logs_list",
    "GET",
    "/analysis-node-logs",
    result="parse",
    retry_safe=False,
    params={"sort": {"type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANALYSIS_NODE_LOGS_CREATE = Operation(
    _PACKAGE,
    "api.analysis_node_logs.analysis_node_logs_create",
    "POST",
    "/analysis-node-logs",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnalysisNodeLogCreate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_ANALYSIS_NODE_LOGS_DELETE = Operation(
    _PACKAGE,
    "api.analysis_node_logs.analysis_node_logs_delete",
    "DELETE",
    "/analysis-node-logs",
    result="none",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=202,
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


class Registries(Resource[SyncClient]):
    """`registries` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryCollection:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return cast(
            "RegistryCollection",
            self._client._call(
                _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: RegistryCreate, options: RequestOptions | None = None) -> RegistryRecord:
        """Create a Registry.

        `POST /registries`
        """
        return cast("RegistryRecord", self._client._call(_REGISTRIES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryRecord:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return cast(
            "RegistryRecord",
            self._client._call(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None) -> RegistryRecord:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return cast("RegistryRecord", self._client._call(_REGISTRIES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RegistryRecord:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return cast("RegistryRecord", self._client._call(_REGISTRIES_DELETE, {"id": id}, options))

    def send_command(self, *, body: RegistryCommand, options: RequestOptions | None = None) -> None:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return cast("None", self._client._call(_REGISTRIES_SEND_COMMAND, {"body": body}, options))

    @property
    def with_raw_response(self) -> RegistriesWithRawResponse:
        return RegistriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RegistriesWithStreamingResponse:
        return RegistriesWithStreamingResponse(self._client)


class RegistriesWithRawResponse(Resource[SyncClient]):
    """`registries` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryCollection]:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return self._client._call_raw(
            _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: RegistryCreate, options: RequestOptions | None = None) -> RawResponse[RegistryRecord]:
        """Create a Registry.

        `POST /registries`
        """
        return self._client._call_raw(_REGISTRIES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryRecord]:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return self._client._call_raw(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryRecord]:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return self._client._call_raw(_REGISTRIES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RegistryRecord]:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return self._client._call_raw(_REGISTRIES_DELETE, {"id": id}, options)

    def send_command(self, *, body: RegistryCommand, options: RequestOptions | None = None) -> RawResponse[None]:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return self._client._call_raw(_REGISTRIES_SEND_COMMAND, {"body": body}, options)


class RegistriesWithStreamingResponse(Resource[SyncClient]):
    """`registries` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RegistryCollection]:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return self._client._call_stream(
            _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RegistryCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[RegistryRecord]:
        """Create a Registry.

        `POST /registries`
        """
        return self._client._call_stream(_REGISTRIES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RegistryRecord]:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RegistryRecord]:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RegistryRecord]:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_DELETE, {"id": id}, options)

    def send_command(self, *, body: RegistryCommand, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return self._client._call_stream(_REGISTRIES_SEND_COMMAND, {"body": body}, options)


class RegistryProjects(Resource[SyncClient]):
    """`registry_projects` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryProjectCollection:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return cast(
            "RegistryProjectCollection",
            self._client._call(
                _REGISTRY_PROJECTS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(self, *, body: RegistryProjectCreate, options: RequestOptions | None = None) -> RegistryProjectRecord:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return cast("RegistryProjectRecord", self._client._call(_REGISTRY_PROJECTS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryProjectRecord:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return cast(
            "RegistryProjectRecord",
            self._client._call(_REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> RegistryProjectRecord:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return cast(
            "RegistryProjectRecord", self._client._call(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options)
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RegistryProjectRecord:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return cast("RegistryProjectRecord", self._client._call(_REGISTRY_PROJECTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> RegistryProjectsWithRawResponse:
        return RegistryProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RegistryProjectsWithStreamingResponse:
        return RegistryProjectsWithStreamingResponse(self._client)


class RegistryProjectsWithRawResponse(Resource[SyncClient]):
    """`registry_projects` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryProjectCollection]:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return self._client._call_raw(
            _REGISTRY_PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RegistryProjectCreate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryProjectRecord]:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return self._client._call_raw(_REGISTRY_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryProjectRecord]:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return self._client._call_raw(_REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryProjectRecord]:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return self._client._call_raw(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RegistryProjectRecord]:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return self._client._call_raw(_REGISTRY_PROJECTS_DELETE, {"id": id}, options)


class RegistryProjectsWithStreamingResponse(Resource[SyncClient]):
    """`registry_projects` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RegistryProjectCollection]:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return self._client._call_stream(
            _REGISTRY_PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RegistryProjectCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[RegistryProjectRecord]:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[RegistryProjectRecord]:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return self._client._call_stream(
            _REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[RegistryProjectRecord]:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[RegistryProjectRecord]:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_DELETE, {"id": id}, options)


class Nodes(Resource[SyncClient]):
    """`nodes` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> NodeCollection:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return cast(
            "NodeCollection",
            self._client._call(
                _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> NodeRecord:
        """Create a Node.

        `POST /nodes`
        """
        return cast("NodeRecord", self._client._call(_NODES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> NodeRecord:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return cast(
            "NodeRecord", self._client._call(_NODES_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None) -> NodeRecord:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return cast("NodeRecord", self._client._call(_NODES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> NodeRecord:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return cast("NodeRecord", self._client._call(_NODES_DELETE, {"id": id}, options))

    def get_client_credentials(self, id: str, *, options: RequestOptions | None = None) -> ClientCredentials:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return cast("ClientCredentials", self._client._call(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options))

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return cast(
            "ClientCredentials", self._client._call(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)
        )

    def get_registry_credentials(self, id: str, *, options: RequestOptions | None = None) -> NodeRegistryCredentials:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return cast("NodeRegistryCredentials", self._client._call(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options))

    @property
    def with_raw_response(self) -> NodesWithRawResponse:
        return NodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> NodesWithStreamingResponse:
        return NodesWithStreamingResponse(self._client)


class NodesWithRawResponse(Resource[SyncClient]):
    """`nodes` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[NodeCollection]:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return self._client._call_raw(
            _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> RawResponse[NodeRecord]:
        """Create a Node.

        `POST /nodes`
        """
        return self._client._call_raw(_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[NodeRecord]:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return self._client._call_raw(_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None) -> RawResponse[NodeRecord]:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return self._client._call_raw(_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[NodeRecord]:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return self._client._call_raw(_NODES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return self._client._call_raw(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return self._client._call_raw(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def get_registry_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[NodeRegistryCredentials]:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return self._client._call_raw(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options)


class NodesWithStreamingResponse(Resource[SyncClient]):
    """`nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[NodeCollection]:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return self._client._call_stream(
            _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> StreamedResponse[NodeRecord]:
        """Create a Node.

        `POST /nodes`
        """
        return self._client._call_stream(_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[NodeRecord]:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return self._client._call_stream(_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[NodeRecord]:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return self._client._call_stream(_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[NodeRecord]:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return self._client._call_stream(_NODES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientCredentials]:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return self._client._call_stream(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientCredentials]:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return self._client._call_stream(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def get_registry_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[NodeRegistryCredentials]:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return self._client._call_stream(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options)


class MasterImageGroups(Resource[SyncClient]):
    """`master_image_groups` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageGroupCollection:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return cast(
            "MasterImageGroupCollection",
            self._client._call(
                _MASTER_IMAGE_GROUPS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageGroupRecord:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return cast(
            "MasterImageGroupRecord",
            self._client._call(_MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> MasterImageGroupRecord:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return cast("MasterImageGroupRecord", self._client._call(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> MasterImageGroupsWithRawResponse:
        return MasterImageGroupsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> MasterImageGroupsWithStreamingResponse:
        return MasterImageGroupsWithStreamingResponse(self._client)


class MasterImageGroupsWithRawResponse(Resource[SyncClient]):
    """`master_image_groups` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageGroupCollection]:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return self._client._call_raw(
            _MASTER_IMAGE_GROUPS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageGroupRecord]:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return self._client._call_raw(
            _MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[MasterImageGroupRecord]:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return self._client._call_raw(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options)


class MasterImageGroupsWithStreamingResponse(Resource[SyncClient]):
    """`master_image_groups` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[MasterImageGroupCollection]:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return self._client._call_stream(
            _MASTER_IMAGE_GROUPS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[MasterImageGroupRecord]:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return self._client._call_stream(
            _MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[MasterImageGroupRecord]:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options)


class MasterImages(Resource[SyncClient]):
    """`master_images` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageCollection:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return cast(
            "MasterImageCollection",
            self._client._call(
                _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageRecord:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return cast(
            "MasterImageRecord",
            self._client._call(_MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> MasterImageRecord:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return cast("MasterImageRecord", self._client._call(_MASTER_IMAGES_DELETE, {"id": id}, options))

    def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> MasterImageCommandResult:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return cast(
            "MasterImageCommandResult", self._client._call(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)
        )

    @property
    def with_raw_response(self) -> MasterImagesWithRawResponse:
        return MasterImagesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> MasterImagesWithStreamingResponse:
        return MasterImagesWithStreamingResponse(self._client)


class MasterImagesWithRawResponse(Resource[SyncClient]):
    """`master_images` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageCollection]:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return self._client._call_raw(
            _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageRecord]:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return self._client._call_raw(_MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[MasterImageRecord]:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return self._client._call_raw(_MASTER_IMAGES_DELETE, {"id": id}, options)

    def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> RawResponse[MasterImageCommandResult]:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return self._client._call_raw(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)


class MasterImagesWithStreamingResponse(Resource[SyncClient]):
    """`master_images` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[MasterImageCollection]:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return self._client._call_stream(
            _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[MasterImageRecord]:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[MasterImageRecord]:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGES_DELETE, {"id": id}, options)

    def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> StreamedResponse[MasterImageCommandResult]:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return self._client._call_stream(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)


class Projects(Resource[SyncClient]):
    """`projects` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectCollection:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return cast(
            "ProjectCollection",
            self._client._call(
                _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: ProjectCreate, options: RequestOptions | None = None) -> ProjectRecord:
        """Create a Project.

        `POST /projects`
        """
        return cast("ProjectRecord", self._client._call(_PROJECTS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectRecord:
        """Get one Project.

        `GET /projects/{id}`
        """
        return cast(
            "ProjectRecord",
            self._client._call(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None) -> ProjectRecord:
        """Update a Project.

        `POST /projects/{id}`
        """
        return cast("ProjectRecord", self._client._call(_PROJECTS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> ProjectRecord:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return cast("ProjectRecord", self._client._call(_PROJECTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        return ProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        return ProjectsWithStreamingResponse(self._client)


class ProjectsWithRawResponse(Resource[SyncClient]):
    """`projects` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectCollection]:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return self._client._call_raw(
            _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: ProjectCreate, options: RequestOptions | None = None) -> RawResponse[ProjectRecord]:
        """Create a Project.

        `POST /projects`
        """
        return self._client._call_raw(_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectRecord]:
        """Get one Project.

        `GET /projects/{id}`
        """
        return self._client._call_raw(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectRecord]:
        """Update a Project.

        `POST /projects/{id}`
        """
        return self._client._call_raw(_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectRecord]:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return self._client._call_raw(_PROJECTS_DELETE, {"id": id}, options)


class ProjectsWithStreamingResponse(Resource[SyncClient]):
    """`projects` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectCollection]:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return self._client._call_stream(
            _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: ProjectCreate, options: RequestOptions | None = None) -> StreamedResponse[ProjectRecord]:
        """Create a Project.

        `POST /projects`
        """
        return self._client._call_stream(_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectRecord]:
        """Get one Project.

        `GET /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[ProjectRecord]:
        """Update a Project.

        `POST /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[ProjectRecord]:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_DELETE, {"id": id}, options)


class ProjectNodes(Resource[SyncClient]):
    """`project_nodes` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectNodeCollection:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return cast(
            "ProjectNodeCollection",
            self._client._call(
                _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: ProjectNodeCreate, options: RequestOptions | None = None) -> ProjectNodeRecord:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return cast("ProjectNodeRecord", self._client._call(_PROJECT_NODES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectNodeRecord:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return cast(
            "ProjectNodeRecord",
            self._client._call(_PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None) -> ProjectNodeRecord:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return cast("ProjectNodeRecord", self._client._call(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> ProjectNodeRecord:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return cast("ProjectNodeRecord", self._client._call(_PROJECT_NODES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> ProjectNodesWithRawResponse:
        return ProjectNodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProjectNodesWithStreamingResponse:
        return ProjectNodesWithStreamingResponse(self._client)


class ProjectNodesWithRawResponse(Resource[SyncClient]):
    """`project_nodes` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectNodeCollection]:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return self._client._call_raw(
            _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ProjectNodeCreate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectNodeRecord]:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return self._client._call_raw(_PROJECT_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectNodeRecord]:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return self._client._call_raw(_PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectNodeRecord]:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return self._client._call_raw(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectNodeRecord]:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return self._client._call_raw(_PROJECT_NODES_DELETE, {"id": id}, options)


class ProjectNodesWithStreamingResponse(Resource[SyncClient]):
    """`project_nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectNodeCollection]:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return self._client._call_stream(
            _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ProjectNodeCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[ProjectNodeRecord]:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return self._client._call_stream(_PROJECT_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectNodeRecord]:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[ProjectNodeRecord]:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[ProjectNodeRecord]:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_DELETE, {"id": id}, options)


class Analyses(Resource[SyncClient]):
    """`analyses` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisCollection:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return cast(
            "AnalysisCollection",
            self._client._call(
                _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: AnalysisCreate, options: RequestOptions | None = None) -> AnalysisRecord:
        """Create a Analysis.

        `POST /analyses`
        """
        return cast("AnalysisRecord", self._client._call(_ANALYSES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisRecord:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return cast(
            "AnalysisRecord",
            self._client._call(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None) -> AnalysisRecord:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return cast("AnalysisRecord", self._client._call(_ANALYSES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisRecord:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return cast("AnalysisRecord", self._client._call(_ANALYSES_DELETE, {"id": id}, options))

    def get_client_credentials(self, id: str, *, options: RequestOptions | None = None) -> ClientCredentials:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return cast("ClientCredentials", self._client._call(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options))

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return cast(
            "ClientCredentials",
            self._client._call(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options),
        )

    def send_command(self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None) -> AnalysisRecord:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return cast("AnalysisRecord", self._client._call(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options))

    @property
    def with_raw_response(self) -> AnalysesWithRawResponse:
        return AnalysesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysesWithStreamingResponse:
        return AnalysesWithStreamingResponse(self._client)


class AnalysesWithRawResponse(Resource[SyncClient]):
    """`analyses` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisCollection]:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return self._client._call_raw(
            _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: AnalysisCreate, options: RequestOptions | None = None) -> RawResponse[AnalysisRecord]:
        """Create a Analysis.

        `POST /analyses`
        """
        return self._client._call_raw(_ANALYSES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisRecord]:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return self._client._call_raw(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisRecord]:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return self._client._call_raw(_ANALYSES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisRecord]:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return self._client._call_raw(_ANALYSES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return self._client._call_raw(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return self._client._call_raw(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def send_command(
        self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisRecord]:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return self._client._call_raw(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options)


class AnalysesWithStreamingResponse(Resource[SyncClient]):
    """`analyses` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisCollection]:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return self._client._call_stream(
            _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisRecord]:
        """Create a Analysis.

        `POST /analyses`
        """
        return self._client._call_stream(_ANALYSES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisRecord]:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisRecord]:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AnalysisRecord]:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientCredentials]:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return self._client._call_stream(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[ClientCredentials]:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return self._client._call_stream(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def send_command(
        self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisRecord]:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return self._client._call_stream(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options)


class AnalysisNodes(Resource[SyncClient]):
    """`analysis_nodes` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisNodeCollection:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return cast(
            "AnalysisNodeCollection",
            self._client._call(
                _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None) -> AnalysisNodeRecord:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return cast("AnalysisNodeRecord", self._client._call(_ANALYSIS_NODES_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisNodeRecord:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return cast(
            "AnalysisNodeRecord",
            self._client._call(_ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None) -> AnalysisNodeRecord:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return cast("AnalysisNodeRecord", self._client._call(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisNodeRecord:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return cast("AnalysisNodeRecord", self._client._call(_ANALYSIS_NODES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AnalysisNodesWithRawResponse:
        return AnalysisNodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysisNodesWithStreamingResponse:
        return AnalysisNodesWithStreamingResponse(self._client)


class AnalysisNodesWithRawResponse(Resource[SyncClient]):
    """`analysis_nodes` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisNodeCollection]:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return self._client._call_raw(
            _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisNodeRecord]:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return self._client._call_raw(_ANALYSIS_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisNodeRecord]:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return self._client._call_raw(_ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisNodeRecord]:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return self._client._call_raw(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisNodeRecord]:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return self._client._call_raw(_ANALYSIS_NODES_DELETE, {"id": id}, options)


class AnalysisNodesWithStreamingResponse(Resource[SyncClient]):
    """`analysis_nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisNodeCollection]:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return self._client._call_stream(
            _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisNodeRecord]:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return self._client._call_stream(_ANALYSIS_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisNodeRecord]:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisNodeRecord]:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AnalysisNodeRecord]:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_DELETE, {"id": id}, options)


class AnalysisBuckets(Resource[SyncClient]):
    """`analysis_buckets` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketCollection:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return cast(
            "AnalysisBucketCollection",
            self._client._call(
                _ANALYSIS_BUCKETS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None) -> AnalysisBucketRecord:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return cast("AnalysisBucketRecord", self._client._call(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketRecord:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return cast(
            "AnalysisBucketRecord",
            self._client._call(_ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> AnalysisBucketRecord:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return cast(
            "AnalysisBucketRecord", self._client._call(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options)
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisBucketRecord:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return cast("AnalysisBucketRecord", self._client._call(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AnalysisBucketsWithRawResponse:
        return AnalysisBucketsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysisBucketsWithStreamingResponse:
        return AnalysisBucketsWithStreamingResponse(self._client)


class AnalysisBucketsWithRawResponse(Resource[SyncClient]):
    """`analysis_buckets` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketCollection]:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return self._client._call_raw(
            _ANALYSIS_BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketRecord]:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return self._client._call_raw(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketRecord]:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return self._client._call_raw(_ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketRecord]:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return self._client._call_raw(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisBucketRecord]:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return self._client._call_raw(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options)


class AnalysisBucketsWithStreamingResponse(Resource[SyncClient]):
    """`analysis_buckets` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisBucketCollection]:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisBucketRecord]:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisBucketRecord]:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisBucketRecord]:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AnalysisBucketRecord]:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options)


class AnalysisBucketFiles(Resource[SyncClient]):
    """`analysis_bucket_files` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketFileCollection:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return cast(
            "AnalysisBucketFileCollection",
            self._client._call(
                _ANALYSIS_BUCKET_FILES_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> AnalysisBucketFileRecord:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return cast(
            "AnalysisBucketFileRecord", self._client._call(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketFileRecord:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return cast(
            "AnalysisBucketFileRecord",
            self._client._call(_ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> AnalysisBucketFileRecord:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return cast(
            "AnalysisBucketFileRecord",
            self._client._call(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisBucketFileRecord:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return cast("AnalysisBucketFileRecord", self._client._call(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AnalysisBucketFilesWithRawResponse:
        return AnalysisBucketFilesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysisBucketFilesWithStreamingResponse:
        return AnalysisBucketFilesWithStreamingResponse(self._client)


class AnalysisBucketFilesWithRawResponse(Resource[SyncClient]):
    """`analysis_bucket_files` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketFileCollection]:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return self._client._call_raw(
            _ANALYSIS_BUCKET_FILES_LIST,
            {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
            options,
        )

    def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return self._client._call_raw(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return self._client._call_raw(
            _ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return self._client._call_raw(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisBucketFileRecord]:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return self._client._call_raw(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options)


class AnalysisBucketFilesWithStreamingResponse(Resource[SyncClient]):
    """`analysis_bucket_files` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisBucketFileCollection]:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKET_FILES_LIST,
            {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
            options,
        )

    def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisBucketFileRecord]:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnalysisBucketFileRecord]:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[AnalysisBucketFileRecord]:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[AnalysisBucketFileRecord]:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options)


class AnalysisLogs(Resource[SyncClient]):
    """`analysis_logs` operations."""

    def list(self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> LogCollection:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return cast("LogCollection", self._client._call(_ANALYSIS_LOGS_LIST, {"sort": sort}, options))

    def delete(self, *, options: RequestOptions | None = None) -> None:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return cast("None", self._client._call(_ANALYSIS_LOGS_DELETE, {}, options))

    @property
    def with_raw_response(self) -> AnalysisLogsWithRawResponse:
        return AnalysisLogsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysisLogsWithStreamingResponse:
        return AnalysisLogsWithStreamingResponse(self._client)


class AnalysisLogsWithRawResponse(Resource[SyncClient]):
    """`analysis_logs` operations, WithRawResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[LogCollection]:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return self._client._call_raw(_ANALYSIS_LOGS_LIST, {"sort": sort}, options)

    def delete(self, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return self._client._call_raw(_ANALYSIS_LOGS_DELETE, {}, options)


class AnalysisLogsWithStreamingResponse(Resource[SyncClient]):
    """`analysis_logs` operations, WithStreamingResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[LogCollection]:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return self._client._call_stream(_ANALYSIS_LOGS_LIST, {"sort": sort}, options)

    def delete(self, *, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return self._client._call_stream(_ANALYSIS_LOGS_DELETE, {}, options)


class AnalysisNodeLogs(Resource[SyncClient]):
    """`analysis_node_logs` operations."""

    def list(self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> LogCollection:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return cast("LogCollection", self._client._call(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options))

    def create(self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None) -> LogRecord:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return cast("LogRecord", self._client._call(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options))

    def delete(self, *, options: RequestOptions | None = None) -> None:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return cast("None", self._client._call(_ANALYSIS_NODE_LOGS_DELETE, {}, options))

    @property
    def with_raw_response(self) -> AnalysisNodeLogsWithRawResponse:
        return AnalysisNodeLogsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnalysisNodeLogsWithStreamingResponse:
        return AnalysisNodeLogsWithStreamingResponse(self._client)


class AnalysisNodeLogsWithRawResponse(Resource[SyncClient]):
    """`analysis_node_logs` operations, WithRawResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[LogCollection]:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return self._client._call_raw(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options)

    def create(self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None) -> RawResponse[LogRecord]:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return self._client._call_raw(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options)

    def delete(self, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return self._client._call_raw(_ANALYSIS_NODE_LOGS_DELETE, {}, options)


class AnalysisNodeLogsWithStreamingResponse(Resource[SyncClient]):
    """`analysis_node_logs` operations, WithStreamingResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[LogCollection]:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options)

    def create(
        self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None
    ) -> StreamedResponse[LogRecord]:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options)

    def delete(self, *, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_DELETE, {}, options)


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


class AsyncRegistries(Resource[AsyncClient]):
    """`registries` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryCollection:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return cast(
            "RegistryCollection",
            await self._client._call(
                _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: RegistryCreate, options: RequestOptions | None = None) -> RegistryRecord:
        """Create a Registry.

        `POST /registries`
        """
        return cast("RegistryRecord", await self._client._call(_REGISTRIES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryRecord:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return cast(
            "RegistryRecord",
            await self._client._call(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None) -> RegistryRecord:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return cast("RegistryRecord", await self._client._call(_REGISTRIES_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RegistryRecord:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return cast("RegistryRecord", await self._client._call(_REGISTRIES_DELETE, {"id": id}, options))

    async def send_command(self, *, body: RegistryCommand, options: RequestOptions | None = None) -> None:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return cast("None", await self._client._call(_REGISTRIES_SEND_COMMAND, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncRegistriesWithRawResponse:
        return AsyncRegistriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRegistriesWithStreamingResponse:
        return AsyncRegistriesWithStreamingResponse(self._client)


class AsyncRegistriesWithRawResponse(Resource[AsyncClient]):
    """`registries` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryCollection]:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return await self._client._call_raw(
            _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: RegistryCreate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryRecord]:
        """Create a Registry.

        `POST /registries`
        """
        return await self._client._call_raw(_REGISTRIES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryRecord]:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return await self._client._call_raw(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryRecord]:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return await self._client._call_raw(_REGISTRIES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RegistryRecord]:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return await self._client._call_raw(_REGISTRIES_DELETE, {"id": id}, options)

    async def send_command(self, *, body: RegistryCommand, options: RequestOptions | None = None) -> RawResponse[None]:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return await self._client._call_raw(_REGISTRIES_SEND_COMMAND, {"body": body}, options)


class AsyncRegistriesWithStreamingResponse(Resource[AsyncClient]):
    """`registries` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RegistryCollection]:
        """List registries, filtered, sorted and paged.

        `GET /registries`
        """
        return self._client._call_stream(
            _REGISTRIES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RegistryCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RegistryRecord]:
        """Create a Registry.

        `POST /registries`
        """
        return self._client._call_stream(_REGISTRIES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RegistryRecord]:
        """Get one Registry.

        `GET /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: RegistryUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RegistryRecord]:
        """Update a Registry.

        `POST /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RegistryRecord]:
        """Delete a Registry.

        `DELETE /registries/{id}`
        """
        return self._client._call_stream(_REGISTRIES_DELETE, {"id": id}, options)

    def send_command(
        self, *, body: RegistryCommand, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[None]:
        """Set up, clean up or delete a registry, or link and unlink a registry project.

        `POST /services/registry/command`
        """
        return self._client._call_stream(_REGISTRIES_SEND_COMMAND, {"body": body}, options)


class AsyncRegistryProjects(Resource[AsyncClient]):
    """`registry_projects` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryProjectCollection:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return cast(
            "RegistryProjectCollection",
            await self._client._call(
                _REGISTRY_PROJECTS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: RegistryProjectCreate, options: RequestOptions | None = None
    ) -> RegistryProjectRecord:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return cast(
            "RegistryProjectRecord", await self._client._call(_REGISTRY_PROJECTS_CREATE, {"body": body}, options)
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RegistryProjectRecord:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return cast(
            "RegistryProjectRecord",
            await self._client._call(_REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> RegistryProjectRecord:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return cast(
            "RegistryProjectRecord",
            await self._client._call(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RegistryProjectRecord:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return cast("RegistryProjectRecord", await self._client._call(_REGISTRY_PROJECTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncRegistryProjectsWithRawResponse:
        return AsyncRegistryProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRegistryProjectsWithStreamingResponse:
        return AsyncRegistryProjectsWithStreamingResponse(self._client)


class AsyncRegistryProjectsWithRawResponse(Resource[AsyncClient]):
    """`registry_projects` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryProjectCollection]:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return await self._client._call_raw(
            _REGISTRY_PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: RegistryProjectCreate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryProjectRecord]:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return await self._client._call_raw(_REGISTRY_PROJECTS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[RegistryProjectRecord]:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return await self._client._call_raw(
            _REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> RawResponse[RegistryProjectRecord]:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return await self._client._call_raw(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[RegistryProjectRecord]:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return await self._client._call_raw(_REGISTRY_PROJECTS_DELETE, {"id": id}, options)


class AsyncRegistryProjectsWithStreamingResponse(Resource[AsyncClient]):
    """`registry_projects` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RegistryProjectCollection]:
        """List registry projects, filtered, sorted and paged.

        `GET /registry-projects`
        """
        return self._client._call_stream(
            _REGISTRY_PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: RegistryProjectCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RegistryProjectRecord]:
        """Create a RegistryProject.

        `POST /registry-projects`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[RegistryProjectRecord]:
        """Get one RegistryProject.

        `GET /registry-projects/{id}`
        """
        return self._client._call_stream(
            _REGISTRY_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: RegistryProjectUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RegistryProjectRecord]:
        """Update a RegistryProject.

        `POST /registry-projects/{id}`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RegistryProjectRecord]:
        """Delete a RegistryProject.

        `DELETE /registry-projects/{id}`
        """
        return self._client._call_stream(_REGISTRY_PROJECTS_DELETE, {"id": id}, options)


class AsyncNodes(Resource[AsyncClient]):
    """`nodes` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> NodeCollection:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return cast(
            "NodeCollection",
            await self._client._call(
                _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> NodeRecord:
        """Create a Node.

        `POST /nodes`
        """
        return cast("NodeRecord", await self._client._call(_NODES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> NodeRecord:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return cast(
            "NodeRecord",
            await self._client._call(_NODES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None) -> NodeRecord:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return cast("NodeRecord", await self._client._call(_NODES_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> NodeRecord:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return cast("NodeRecord", await self._client._call(_NODES_DELETE, {"id": id}, options))

    async def get_client_credentials(self, id: str, *, options: RequestOptions | None = None) -> ClientCredentials:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return cast("ClientCredentials", await self._client._call(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options))

    async def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return cast(
            "ClientCredentials",
            await self._client._call(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options),
        )

    async def get_registry_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> NodeRegistryCredentials:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return cast(
            "NodeRegistryCredentials", await self._client._call(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options)
        )

    @property
    def with_raw_response(self) -> AsyncNodesWithRawResponse:
        return AsyncNodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncNodesWithStreamingResponse:
        return AsyncNodesWithStreamingResponse(self._client)


class AsyncNodesWithRawResponse(Resource[AsyncClient]):
    """`nodes` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[NodeCollection]:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return await self._client._call_raw(
            _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> RawResponse[NodeRecord]:
        """Create a Node.

        `POST /nodes`
        """
        return await self._client._call_raw(_NODES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[NodeRecord]:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return await self._client._call_raw(_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None
    ) -> RawResponse[NodeRecord]:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return await self._client._call_raw(_NODES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[NodeRecord]:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return await self._client._call_raw(_NODES_DELETE, {"id": id}, options)

    async def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return await self._client._call_raw(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    async def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return await self._client._call_raw(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    async def get_registry_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[NodeRegistryCredentials]:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return await self._client._call_raw(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options)


class AsyncNodesWithStreamingResponse(Resource[AsyncClient]):
    """`nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[NodeCollection]:
        """List nodes, filtered, sorted and paged.

        `GET /nodes`
        """
        return self._client._call_stream(
            _NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: NodeCreate, options: RequestOptions | None = None) -> AsyncStreamedResponse[NodeRecord]:
        """Create a Node.

        `POST /nodes`
        """
        return self._client._call_stream(_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[NodeRecord]:
        """Get one Node.

        `GET /nodes/{id}`
        """
        return self._client._call_stream(_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: NodeUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[NodeRecord]:
        """Update a Node.

        `POST /nodes/{id}`
        """
        return self._client._call_stream(_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[NodeRecord]:
        """Delete a Node.

        `DELETE /nodes/{id}`
        """
        return self._client._call_stream(_NODES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientCredentials]:
        """The authup client credentials of a node.

        `GET /nodes/{id}/client/credentials`
        """
        return self._client._call_stream(_NODES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientCredentials]:
        """Change a node's client credentials.

        `POST /nodes/{id}/client/credentials`
        """
        return self._client._call_stream(_NODES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def get_registry_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[NodeRegistryCredentials]:
        """The registry credentials of a node.

        `GET /nodes/{id}/registry/credentials`
        """
        return self._client._call_stream(_NODES_GET_REGISTRY_CREDENTIALS, {"id": id}, options)


class AsyncMasterImageGroups(Resource[AsyncClient]):
    """`master_image_groups` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageGroupCollection:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return cast(
            "MasterImageGroupCollection",
            await self._client._call(
                _MASTER_IMAGE_GROUPS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageGroupRecord:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return cast(
            "MasterImageGroupRecord",
            await self._client._call(
                _MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options
            ),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> MasterImageGroupRecord:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return cast(
            "MasterImageGroupRecord", await self._client._call(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options)
        )

    @property
    def with_raw_response(self) -> AsyncMasterImageGroupsWithRawResponse:
        return AsyncMasterImageGroupsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncMasterImageGroupsWithStreamingResponse:
        return AsyncMasterImageGroupsWithStreamingResponse(self._client)


class AsyncMasterImageGroupsWithRawResponse(Resource[AsyncClient]):
    """`master_image_groups` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageGroupCollection]:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return await self._client._call_raw(
            _MASTER_IMAGE_GROUPS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageGroupRecord]:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return await self._client._call_raw(
            _MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[MasterImageGroupRecord]:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return await self._client._call_raw(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options)


class AsyncMasterImageGroupsWithStreamingResponse(Resource[AsyncClient]):
    """`master_image_groups` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[MasterImageGroupCollection]:
        """List master image groups, filtered, sorted and paged.

        `GET /master-image-groups`
        """
        return self._client._call_stream(
            _MASTER_IMAGE_GROUPS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[MasterImageGroupRecord]:
        """Get one MasterImageGroup.

        `GET /master-image-groups/{id}`
        """
        return self._client._call_stream(
            _MASTER_IMAGE_GROUPS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def delete(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[MasterImageGroupRecord]:
        """Delete a MasterImageGroup.

        `DELETE /master-image-groups/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGE_GROUPS_DELETE, {"id": id}, options)


class AsyncMasterImages(Resource[AsyncClient]):
    """`master_images` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageCollection:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return cast(
            "MasterImageCollection",
            await self._client._call(
                _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> MasterImageRecord:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return cast(
            "MasterImageRecord",
            await self._client._call(_MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> MasterImageRecord:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return cast("MasterImageRecord", await self._client._call(_MASTER_IMAGES_DELETE, {"id": id}, options))

    async def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> MasterImageCommandResult:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return cast(
            "MasterImageCommandResult", await self._client._call(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)
        )

    @property
    def with_raw_response(self) -> AsyncMasterImagesWithRawResponse:
        return AsyncMasterImagesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncMasterImagesWithStreamingResponse:
        return AsyncMasterImagesWithStreamingResponse(self._client)


class AsyncMasterImagesWithRawResponse(Resource[AsyncClient]):
    """`master_images` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageCollection]:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return await self._client._call_raw(
            _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[MasterImageRecord]:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return await self._client._call_raw(
            _MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[MasterImageRecord]:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return await self._client._call_raw(_MASTER_IMAGES_DELETE, {"id": id}, options)

    async def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> RawResponse[MasterImageCommandResult]:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return await self._client._call_raw(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)


class AsyncMasterImagesWithStreamingResponse(Resource[AsyncClient]):
    """`master_images` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[MasterImageCollection]:
        """List master images, filtered, sorted and paged.

        `GET /master-images`
        """
        return self._client._call_stream(
            _MASTER_IMAGES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[MasterImageRecord]:
        """Get one MasterImage.

        `GET /master-images/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[MasterImageRecord]:
        """Delete a MasterImage.

        `DELETE /master-images/{id}`
        """
        return self._client._call_stream(_MASTER_IMAGES_DELETE, {"id": id}, options)

    def send_command(
        self, *, body: MasterImageCommand, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[MasterImageCommandResult]:
        """Synchronise the master images, or build one.

        `POST /master-images/command`
        """
        return self._client._call_stream(_MASTER_IMAGES_SEND_COMMAND, {"body": body}, options)


class AsyncProjects(Resource[AsyncClient]):
    """`projects` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectCollection:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return cast(
            "ProjectCollection",
            await self._client._call(
                _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: ProjectCreate, options: RequestOptions | None = None) -> ProjectRecord:
        """Create a Project.

        `POST /projects`
        """
        return cast("ProjectRecord", await self._client._call(_PROJECTS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectRecord:
        """Get one Project.

        `GET /projects/{id}`
        """
        return cast(
            "ProjectRecord",
            await self._client._call(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None) -> ProjectRecord:
        """Update a Project.

        `POST /projects/{id}`
        """
        return cast("ProjectRecord", await self._client._call(_PROJECTS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> ProjectRecord:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return cast("ProjectRecord", await self._client._call(_PROJECTS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        return AsyncProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        return AsyncProjectsWithStreamingResponse(self._client)


class AsyncProjectsWithRawResponse(Resource[AsyncClient]):
    """`projects` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectCollection]:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return await self._client._call_raw(
            _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: ProjectCreate, options: RequestOptions | None = None) -> RawResponse[ProjectRecord]:
        """Create a Project.

        `POST /projects`
        """
        return await self._client._call_raw(_PROJECTS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectRecord]:
        """Get one Project.

        `GET /projects/{id}`
        """
        return await self._client._call_raw(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectRecord]:
        """Update a Project.

        `POST /projects/{id}`
        """
        return await self._client._call_raw(_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectRecord]:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return await self._client._call_raw(_PROJECTS_DELETE, {"id": id}, options)


class AsyncProjectsWithStreamingResponse(Resource[AsyncClient]):
    """`projects` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectCollection]:
        """List projects, filtered, sorted and paged.

        `GET /projects`
        """
        return self._client._call_stream(
            _PROJECTS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ProjectCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProjectRecord]:
        """Create a Project.

        `POST /projects`
        """
        return self._client._call_stream(_PROJECTS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectRecord]:
        """Get one Project.

        `GET /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProjectRecord]:
        """Update a Project.

        `POST /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ProjectRecord]:
        """Delete a Project.

        `DELETE /projects/{id}`
        """
        return self._client._call_stream(_PROJECTS_DELETE, {"id": id}, options)


class AsyncProjectNodes(Resource[AsyncClient]):
    """`project_nodes` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectNodeCollection:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return cast(
            "ProjectNodeCollection",
            await self._client._call(
                _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: ProjectNodeCreate, options: RequestOptions | None = None) -> ProjectNodeRecord:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return cast("ProjectNodeRecord", await self._client._call(_PROJECT_NODES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectNodeRecord:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return cast(
            "ProjectNodeRecord",
            await self._client._call(_PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None
    ) -> ProjectNodeRecord:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return cast(
            "ProjectNodeRecord", await self._client._call(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options)
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> ProjectNodeRecord:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return cast("ProjectNodeRecord", await self._client._call(_PROJECT_NODES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncProjectNodesWithRawResponse:
        return AsyncProjectNodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProjectNodesWithStreamingResponse:
        return AsyncProjectNodesWithStreamingResponse(self._client)


class AsyncProjectNodesWithRawResponse(Resource[AsyncClient]):
    """`project_nodes` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectNodeCollection]:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return await self._client._call_raw(
            _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: ProjectNodeCreate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectNodeRecord]:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return await self._client._call_raw(_PROJECT_NODES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectNodeRecord]:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return await self._client._call_raw(
            _PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ProjectNodeRecord]:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return await self._client._call_raw(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectNodeRecord]:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return await self._client._call_raw(_PROJECT_NODES_DELETE, {"id": id}, options)


class AsyncProjectNodesWithStreamingResponse(Resource[AsyncClient]):
    """`project_nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectNodeCollection]:
        """List project nodes, filtered, sorted and paged.

        `GET /project-nodes`
        """
        return self._client._call_stream(
            _PROJECT_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: ProjectNodeCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProjectNodeRecord]:
        """Create a ProjectNode.

        `POST /project-nodes`
        """
        return self._client._call_stream(_PROJECT_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectNodeRecord]:
        """Get one ProjectNode.

        `GET /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: ProjectNodeUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProjectNodeRecord]:
        """Update a ProjectNode.

        `POST /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ProjectNodeRecord]:
        """Delete a ProjectNode.

        `DELETE /project-nodes/{id}`
        """
        return self._client._call_stream(_PROJECT_NODES_DELETE, {"id": id}, options)


class AsyncAnalyses(Resource[AsyncClient]):
    """`analyses` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisCollection:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return cast(
            "AnalysisCollection",
            await self._client._call(
                _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: AnalysisCreate, options: RequestOptions | None = None) -> AnalysisRecord:
        """Create a Analysis.

        `POST /analyses`
        """
        return cast("AnalysisRecord", await self._client._call(_ANALYSES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisRecord:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return cast(
            "AnalysisRecord",
            await self._client._call(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None) -> AnalysisRecord:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return cast("AnalysisRecord", await self._client._call(_ANALYSES_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisRecord:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return cast("AnalysisRecord", await self._client._call(_ANALYSES_DELETE, {"id": id}, options))

    async def get_client_credentials(self, id: str, *, options: RequestOptions | None = None) -> ClientCredentials:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return cast(
            "ClientCredentials", await self._client._call(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options)
        )

    async def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return cast(
            "ClientCredentials",
            await self._client._call(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options),
        )

    async def send_command(
        self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None
    ) -> AnalysisRecord:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return cast(
            "AnalysisRecord", await self._client._call(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options)
        )

    @property
    def with_raw_response(self) -> AsyncAnalysesWithRawResponse:
        return AsyncAnalysesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysesWithStreamingResponse:
        return AsyncAnalysesWithStreamingResponse(self._client)


class AsyncAnalysesWithRawResponse(Resource[AsyncClient]):
    """`analyses` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisCollection]:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return await self._client._call_raw(
            _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: AnalysisCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisRecord]:
        """Create a Analysis.

        `POST /analyses`
        """
        return await self._client._call_raw(_ANALYSES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisRecord]:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return await self._client._call_raw(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisRecord]:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return await self._client._call_raw(_ANALYSES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisRecord]:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return await self._client._call_raw(_ANALYSES_DELETE, {"id": id}, options)

    async def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return await self._client._call_raw(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    async def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> RawResponse[ClientCredentials]:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return await self._client._call_raw(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    async def send_command(
        self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisRecord]:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return await self._client._call_raw(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options)


class AsyncAnalysesWithStreamingResponse(Resource[AsyncClient]):
    """`analyses` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisCollection]:
        """List analyses, filtered, sorted and paged.

        `GET /analyses`
        """
        return self._client._call_stream(
            _ANALYSES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisRecord]:
        """Create a Analysis.

        `POST /analyses`
        """
        return self._client._call_stream(_ANALYSES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisRecord]:
        """Get one Analysis.

        `GET /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisRecord]:
        """Update a Analysis.

        `POST /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AnalysisRecord]:
        """Delete a Analysis.

        `DELETE /analyses/{id}`
        """
        return self._client._call_stream(_ANALYSES_DELETE, {"id": id}, options)

    def get_client_credentials(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientCredentials]:
        """The authup client credentials of an analysis.

        `GET /analyses/{id}/client/credentials`
        """
        return self._client._call_stream(_ANALYSES_GET_CLIENT_CREDENTIALS, {"id": id}, options)

    def update_client_credentials(
        self, id: str, *, body: ClientCredentialsUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ClientCredentials]:
        """Change an analysis's client credentials.

        `POST /analyses/{id}/client/credentials`
        """
        return self._client._call_stream(_ANALYSES_UPDATE_CLIENT_CREDENTIALS, {"id": id, "body": body}, options)

    def send_command(
        self, id: str, *, body: AnalysisCommand, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisRecord]:
        """Run a command on an analysis.

        `POST /analyses/{id}/command`
        """
        return self._client._call_stream(_ANALYSES_SEND_COMMAND, {"id": id, "body": body}, options)


class AsyncAnalysisNodes(Resource[AsyncClient]):
    """`analysis_nodes` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisNodeCollection:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return cast(
            "AnalysisNodeCollection",
            await self._client._call(
                _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None) -> AnalysisNodeRecord:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return cast("AnalysisNodeRecord", await self._client._call(_ANALYSIS_NODES_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisNodeRecord:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return cast(
            "AnalysisNodeRecord",
            await self._client._call(_ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None
    ) -> AnalysisNodeRecord:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return cast(
            "AnalysisNodeRecord", await self._client._call(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options)
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisNodeRecord:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return cast("AnalysisNodeRecord", await self._client._call(_ANALYSIS_NODES_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncAnalysisNodesWithRawResponse:
        return AsyncAnalysisNodesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysisNodesWithStreamingResponse:
        return AsyncAnalysisNodesWithStreamingResponse(self._client)


class AsyncAnalysisNodesWithRawResponse(Resource[AsyncClient]):
    """`analysis_nodes` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisNodeCollection]:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return await self._client._call_raw(
            _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisNodeRecord]:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return await self._client._call_raw(_ANALYSIS_NODES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisNodeRecord]:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return await self._client._call_raw(
            _ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisNodeRecord]:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisNodeRecord]:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_NODES_DELETE, {"id": id}, options)


class AsyncAnalysisNodesWithStreamingResponse(Resource[AsyncClient]):
    """`analysis_nodes` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisNodeCollection]:
        """List analysis nodes, filtered, sorted and paged.

        `GET /analysis-nodes`
        """
        return self._client._call_stream(
            _ANALYSIS_NODES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisNodeCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisNodeRecord]:
        """Create a AnalysisNode.

        `POST /analysis-nodes`
        """
        return self._client._call_stream(_ANALYSIS_NODES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisNodeRecord]:
        """Get one AnalysisNode.

        `GET /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: AnalysisNodeUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisNodeRecord]:
        """Update a AnalysisNode.

        `POST /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AnalysisNodeRecord]:
        """Delete a AnalysisNode.

        `DELETE /analysis-nodes/{id}`
        """
        return self._client._call_stream(_ANALYSIS_NODES_DELETE, {"id": id}, options)


class AsyncAnalysisBuckets(Resource[AsyncClient]):
    """`analysis_buckets` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketCollection:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return cast(
            "AnalysisBucketCollection",
            await self._client._call(
                _ANALYSIS_BUCKETS_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None
    ) -> AnalysisBucketRecord:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return cast("AnalysisBucketRecord", await self._client._call(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketRecord:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return cast(
            "AnalysisBucketRecord",
            await self._client._call(_ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> AnalysisBucketRecord:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return cast(
            "AnalysisBucketRecord",
            await self._client._call(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisBucketRecord:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return cast("AnalysisBucketRecord", await self._client._call(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncAnalysisBucketsWithRawResponse:
        return AsyncAnalysisBucketsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysisBucketsWithStreamingResponse:
        return AsyncAnalysisBucketsWithStreamingResponse(self._client)


class AsyncAnalysisBucketsWithRawResponse(Resource[AsyncClient]):
    """`analysis_buckets` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketCollection]:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return await self._client._call_raw(
            _ANALYSIS_BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(
        self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketRecord]:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketRecord]:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return await self._client._call_raw(
            _ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketRecord]:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisBucketRecord]:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options)


class AsyncAnalysisBucketsWithStreamingResponse(Resource[AsyncClient]):
    """`analysis_buckets` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisBucketCollection]:
        """List analysis buckets, filtered, sorted and paged.

        `GET /analysis-buckets`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: AnalysisBucketCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisBucketRecord]:
        """Create a AnalysisBucket.

        `POST /analysis-buckets`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisBucketRecord]:
        """Get one AnalysisBucket.

        `GET /analysis-buckets/{id}`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: AnalysisBucketUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisBucketRecord]:
        """Update a AnalysisBucket.

        `POST /analysis-buckets/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[AnalysisBucketRecord]:
        """Delete a AnalysisBucket.

        `DELETE /analysis-buckets/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKETS_DELETE, {"id": id}, options)


class AsyncAnalysisBucketFiles(Resource[AsyncClient]):
    """`analysis_bucket_files` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketFileCollection:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return cast(
            "AnalysisBucketFileCollection",
            await self._client._call(
                _ANALYSIS_BUCKET_FILES_LIST,
                {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
                options,
            ),
        )

    async def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> AnalysisBucketFileRecord:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return cast(
            "AnalysisBucketFileRecord", await self._client._call(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnalysisBucketFileRecord:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return cast(
            "AnalysisBucketFileRecord",
            await self._client._call(
                _ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
            ),
        )

    async def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> AnalysisBucketFileRecord:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return cast(
            "AnalysisBucketFileRecord",
            await self._client._call(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> AnalysisBucketFileRecord:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return cast(
            "AnalysisBucketFileRecord", await self._client._call(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options)
        )

    @property
    def with_raw_response(self) -> AsyncAnalysisBucketFilesWithRawResponse:
        return AsyncAnalysisBucketFilesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysisBucketFilesWithStreamingResponse:
        return AsyncAnalysisBucketFilesWithStreamingResponse(self._client)


class AsyncAnalysisBucketFilesWithRawResponse(Resource[AsyncClient]):
    """`analysis_bucket_files` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketFileCollection]:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return await self._client._call_raw(
            _ANALYSIS_BUCKET_FILES_LIST,
            {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
            options,
        )

    async def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return await self._client._call_raw(
            _ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> RawResponse[AnalysisBucketFileRecord]:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[AnalysisBucketFileRecord]:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return await self._client._call_raw(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options)


class AsyncAnalysisBucketFilesWithStreamingResponse(Resource[AsyncClient]):
    """`analysis_bucket_files` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisBucketFileCollection]:
        """List analysis bucket files, filtered, sorted and paged.

        `GET /analysis-bucket-files`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKET_FILES_LIST,
            {"sort": sort, "fields": fields, "include": include, "filter_": filter_},
            options,
        )

    def create(
        self, *, body: AnalysisBucketFileCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisBucketFileRecord]:
        """Create a AnalysisBucketFile.

        `POST /analysis-bucket-files`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnalysisBucketFileRecord]:
        """Get one AnalysisBucketFile.

        `GET /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(
            _ANALYSIS_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    def update(
        self, id: str, *, body: AnalysisBucketFileUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisBucketFileRecord]:
        """Update a AnalysisBucketFile.

        `POST /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_UPDATE, {"id": id, "body": body}, options)

    def delete(
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[AnalysisBucketFileRecord]:
        """Delete a AnalysisBucketFile.

        `DELETE /analysis-bucket-files/{id}`
        """
        return self._client._call_stream(_ANALYSIS_BUCKET_FILES_DELETE, {"id": id}, options)


class AsyncAnalysisLogs(Resource[AsyncClient]):
    """`analysis_logs` operations."""

    async def list(self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> LogCollection:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return cast("LogCollection", await self._client._call(_ANALYSIS_LOGS_LIST, {"sort": sort}, options))

    async def delete(self, *, options: RequestOptions | None = None) -> None:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return cast("None", await self._client._call(_ANALYSIS_LOGS_DELETE, {}, options))

    @property
    def with_raw_response(self) -> AsyncAnalysisLogsWithRawResponse:
        return AsyncAnalysisLogsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysisLogsWithStreamingResponse:
        return AsyncAnalysisLogsWithStreamingResponse(self._client)


class AsyncAnalysisLogsWithRawResponse(Resource[AsyncClient]):
    """`analysis_logs` operations, WithRawResponse."""

    async def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[LogCollection]:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return await self._client._call_raw(_ANALYSIS_LOGS_LIST, {"sort": sort}, options)

    async def delete(self, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return await self._client._call_raw(_ANALYSIS_LOGS_DELETE, {}, options)


class AsyncAnalysisLogsWithStreamingResponse(Resource[AsyncClient]):
    """`analysis_logs` operations, WithStreamingResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogCollection]:
        """List an analysis's log lines.

        `GET /analysis-logs`
        """
        return self._client._call_stream(_ANALYSIS_LOGS_LIST, {"sort": sort}, options)

    def delete(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Delete an analysis's log lines.

        `DELETE /analysis-logs`
        """
        return self._client._call_stream(_ANALYSIS_LOGS_DELETE, {}, options)


class AsyncAnalysisNodeLogs(Resource[AsyncClient]):
    """`analysis_node_logs` operations."""

    async def list(self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> LogCollection:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return cast("LogCollection", await self._client._call(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options))

    async def create(self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None) -> LogRecord:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return cast("LogRecord", await self._client._call(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options))

    async def delete(self, *, options: RequestOptions | None = None) -> None:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return cast("None", await self._client._call(_ANALYSIS_NODE_LOGS_DELETE, {}, options))

    @property
    def with_raw_response(self) -> AsyncAnalysisNodeLogsWithRawResponse:
        return AsyncAnalysisNodeLogsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnalysisNodeLogsWithStreamingResponse:
        return AsyncAnalysisNodeLogsWithStreamingResponse(self._client)


class AsyncAnalysisNodeLogsWithRawResponse(Resource[AsyncClient]):
    """`analysis_node_logs` operations, WithRawResponse."""

    async def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[LogCollection]:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return await self._client._call_raw(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options)

    async def create(
        self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None
    ) -> RawResponse[LogRecord]:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return await self._client._call_raw(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options)

    async def delete(self, *, options: RequestOptions | None = None) -> RawResponse[None]:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return await self._client._call_raw(_ANALYSIS_NODE_LOGS_DELETE, {}, options)


class AsyncAnalysisNodeLogsWithStreamingResponse(Resource[AsyncClient]):
    """`analysis_node_logs` operations, WithStreamingResponse."""

    def list(
        self, *, sort: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogCollection]:
        """List the log lines of an analysis on a node.

        `GET /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_LIST, {"sort": sort}, options)

    def create(
        self, *, body: AnalysisNodeLogCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LogRecord]:
        """Write a log line of an analysis on a node.

        `POST /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_CREATE, {"body": body}, options)

    def delete(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Delete the log lines of an analysis on a node.

        `DELETE /analysis-node-logs`
        """
        return self._client._call_stream(_ANALYSIS_NODE_LOGS_DELETE, {}, options)


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


class CoreClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def registries(self) -> Registries:
        return Registries(self)

    @property
    def registry_projects(self) -> RegistryProjects:
        return RegistryProjects(self)

    @property
    def nodes(self) -> Nodes:
        return Nodes(self)

    @property
    def master_image_groups(self) -> MasterImageGroups:
        return MasterImageGroups(self)

    @property
    def master_images(self) -> MasterImages:
        return MasterImages(self)

    @property
    def projects(self) -> Projects:
        return Projects(self)

    @property
    def project_nodes(self) -> ProjectNodes:
        return ProjectNodes(self)

    @property
    def analyses(self) -> Analyses:
        return Analyses(self)

    @property
    def analysis_nodes(self) -> AnalysisNodes:
        return AnalysisNodes(self)

    @property
    def analysis_buckets(self) -> AnalysisBuckets:
        return AnalysisBuckets(self)

    @property
    def analysis_bucket_files(self) -> AnalysisBucketFiles:
        return AnalysisBucketFiles(self)

    @property
    def analysis_logs(self) -> AnalysisLogs:
        return AnalysisLogs(self)

    @property
    def analysis_node_logs(self) -> AnalysisNodeLogs:
        return AnalysisNodeLogs(self)

    @property
    def status(self) -> Status:
        return Status(self)


class AsyncCoreClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def registries(self) -> AsyncRegistries:
        return AsyncRegistries(self)

    @property
    def registry_projects(self) -> AsyncRegistryProjects:
        return AsyncRegistryProjects(self)

    @property
    def nodes(self) -> AsyncNodes:
        return AsyncNodes(self)

    @property
    def master_image_groups(self) -> AsyncMasterImageGroups:
        return AsyncMasterImageGroups(self)

    @property
    def master_images(self) -> AsyncMasterImages:
        return AsyncMasterImages(self)

    @property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)

    @property
    def project_nodes(self) -> AsyncProjectNodes:
        return AsyncProjectNodes(self)

    @property
    def analyses(self) -> AsyncAnalyses:
        return AsyncAnalyses(self)

    @property
    def analysis_nodes(self) -> AsyncAnalysisNodes:
        return AsyncAnalysisNodes(self)

    @property
    def analysis_buckets(self) -> AsyncAnalysisBuckets:
        return AsyncAnalysisBuckets(self)

    @property
    def analysis_bucket_files(self) -> AsyncAnalysisBucketFiles:
        return AsyncAnalysisBucketFiles(self)

    @property
    def analysis_logs(self) -> AsyncAnalysisLogs:
        return AsyncAnalysisLogs(self)

    @property
    def analysis_node_logs(self) -> AsyncAnalysisNodeLogs:
        return AsyncAnalysisNodeLogs(self)

    @property
    def status(self) -> AsyncStatus:
        return AsyncStatus(self)


OPERATIONS = (
    _REGISTRIES_LIST,
    _REGISTRIES_CREATE,
    _REGISTRIES_GET,
    _REGISTRIES_UPDATE,
    _REGISTRIES_DELETE,
    _REGISTRY_PROJECTS_LIST,
    _REGISTRY_PROJECTS_CREATE,
    _REGISTRY_PROJECTS_GET,
    _REGISTRY_PROJECTS_UPDATE,
    _REGISTRY_PROJECTS_DELETE,
    _NODES_LIST,
    _NODES_CREATE,
    _NODES_GET,
    _NODES_UPDATE,
    _NODES_DELETE,
    _MASTER_IMAGE_GROUPS_LIST,
    _MASTER_IMAGE_GROUPS_GET,
    _MASTER_IMAGE_GROUPS_DELETE,
    _MASTER_IMAGES_LIST,
    _MASTER_IMAGES_GET,
    _MASTER_IMAGES_DELETE,
    _PROJECTS_LIST,
    _PROJECTS_CREATE,
    _PROJECTS_GET,
    _PROJECTS_UPDATE,
    _PROJECTS_DELETE,
    _PROJECT_NODES_LIST,
    _PROJECT_NODES_CREATE,
    _PROJECT_NODES_GET,
    _PROJECT_NODES_UPDATE,
    _PROJECT_NODES_DELETE,
    _ANALYSES_LIST,
    _ANALYSES_CREATE,
    _ANALYSES_GET,
    _ANALYSES_UPDATE,
    _ANALYSES_DELETE,
    _ANALYSIS_NODES_LIST,
    _ANALYSIS_NODES_CREATE,
    _ANALYSIS_NODES_GET,
    _ANALYSIS_NODES_UPDATE,
    _ANALYSIS_NODES_DELETE,
    _ANALYSIS_BUCKETS_LIST,
    _ANALYSIS_BUCKETS_CREATE,
    _ANALYSIS_BUCKETS_GET,
    _ANALYSIS_BUCKETS_UPDATE,
    _ANALYSIS_BUCKETS_DELETE,
    _ANALYSIS_BUCKET_FILES_LIST,
    _ANALYSIS_BUCKET_FILES_CREATE,
    _ANALYSIS_BUCKET_FILES_GET,
    _ANALYSIS_BUCKET_FILES_UPDATE,
    _ANALYSIS_BUCKET_FILES_DELETE,
    _NODES_GET_CLIENT_CREDENTIALS,
    _NODES_UPDATE_CLIENT_CREDENTIALS,
    _ANALYSES_GET_CLIENT_CREDENTIALS,
    _ANALYSES_UPDATE_CLIENT_CREDENTIALS,
    _NODES_GET_REGISTRY_CREDENTIALS,
    _ANALYSES_SEND_COMMAND,
    _MASTER_IMAGES_SEND_COMMAND,
    _REGISTRIES_SEND_COMMAND,
    _ANALYSIS_LOGS_LIST,
    _ANALYSIS_LOGS_DELETE,
    _ANALYSIS_NODE_LOGS_LIST,
    _ANALYSIS_NODE_LOGS_CREATE,
    _ANALYSIS_NODE_LOGS_DELETE,
    _STATUS_GET,
)
