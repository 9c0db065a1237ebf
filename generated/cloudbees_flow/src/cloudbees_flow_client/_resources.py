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
    from ._generated.models.application_create_request import ApplicationCreateRequest
    from ._generated.models.application_envelope import ApplicationEnvelope
    from ._generated.models.application_list import ApplicationList
    from ._generated.models.artifact_create_request import ArtifactCreateRequest
    from ._generated.models.artifact_envelope import ArtifactEnvelope
    from ._generated.models.artifact_version_create_request import ArtifactVersionCreateRequest
    from ._generated.models.artifact_version_envelope import ArtifactVersionEnvelope
    from ._generated.models.artifact_version_list import ArtifactVersionList
    from ._generated.models.credential_create_request import CredentialCreateRequest
    from ._generated.models.credential_envelope import CredentialEnvelope
    from ._generated.models.dsl_format import DslFormat
    from ._generated.models.dsl_request import DslRequest
    from ._generated.models.dsl_result import DslResult
    from ._generated.models.environment_list import EnvironmentList
    from ._generated.models.expand_string_request import ExpandStringRequest
    from ._generated.models.find_objects_request import FindObjectsRequest
    from ._generated.models.flag_argument import FlagArgument
    from ._generated.models.flow_runtime_envelope import FlowRuntimeEnvelope
    from ._generated.models.flow_runtime_list import FlowRuntimeList
    from ._generated.models.formal_parameter_list import FormalParameterList
    from ._generated.models.free_form import FreeForm
    from ._generated.models.job_envelope import JobEnvelope
    from ._generated.models.job_id import JobId
    from ._generated.models.job_list import JobList
    from ._generated.models.job_status import JobStatus
    from ._generated.models.job_step_list import JobStepList
    from ._generated.models.job_step_status import JobStepStatus
    from ._generated.models.job_steps_find_request import JobStepsFindRequest
    from ._generated.models.job_steps_get_status_request import JobStepsGetStatusRequest
    from ._generated.models.jobs_abort_request import JobsAbortRequest
    from ._generated.models.jobs_get_request import JobsGetRequest
    from ._generated.models.jobs_list_sort_order import JobsListSortOrder
    from ._generated.models.jobs_run_procedure_request import JobsRunProcedureRequest
    from ._generated.models.login_request import LoginRequest
    from ._generated.models.object_list import ObjectList
    from ._generated.models.objects_find_request import ObjectsFindRequest
    from ._generated.models.pipeline_envelope import PipelineEnvelope
    from ._generated.models.pipeline_list import PipelineList
    from ._generated.models.pipelines_get_runtime_details_request import PipelinesGetRuntimeDetailsRequest
    from ._generated.models.pipelines_list_runtimes_request import PipelinesListRuntimesRequest
    from ._generated.models.procedure_envelope import ProcedureEnvelope
    from ._generated.models.procedure_list import ProcedureList
    from ._generated.models.process_list import ProcessList
    from ._generated.models.project_create_request import ProjectCreateRequest
    from ._generated.models.project_envelope import ProjectEnvelope
    from ._generated.models.project_list import ProjectList
    from ._generated.models.project_update_request import ProjectUpdateRequest
    from ._generated.models.property_create_request import PropertyCreateRequest
    from ._generated.models.property_envelope import PropertyEnvelope
    from ._generated.models.property_set_request import PropertySetRequest
    from ._generated.models.property_sheet_envelope import PropertySheetEnvelope
    from ._generated.models.publish_form import PublishForm
    from ._generated.models.release_envelope import ReleaseEnvelope
    from ._generated.models.release_list import ReleaseList
    from ._generated.models.repository_envelope import RepositoryEnvelope
    from ._generated.models.repository_list import RepositoryList
    from ._generated.models.run_pipeline_request import RunPipelineRequest
    from ._generated.models.run_procedure_request import RunProcedureRequest
    from ._generated.models.runtime_details_request import RuntimeDetailsRequest
    from ._generated.models.server_expand_string_request import ServerExpandStringRequest
    from ._generated.models.server_get_status_server_stat_only import ServerGetStatusServerStatOnly
    from ._generated.models.server_status_envelope import ServerStatusEnvelope
    from ._generated.models.session import Session
    from ._generated.models.stage_list import StageList
    from ._generated.models.start_release_request import StartReleaseRequest
    from ._generated.models.tier_map_list import TierMapList
    from ._generated.models.value_result import ValueResult

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "ActualParameter": {
        "properties": {"actualParameterName": {"minLength": 1, "type": "string"}, "value": {"type": "string"}},
        "required": ["actualParameterName", "value"],
        "type": "object",
    },
    "ApplicationCreateRequest": {
        "properties": {
            "applicationName": {"$ref": "#/components/schemas/ObjectName"},
            "description": {"type": "string"},
        },
        "required": ["applicationName"],
        "type": "object",
    },
    "ArtifactCreateRequest": {
        "properties": {
            "artifactKey": {"$ref": "#/components/schemas/ArtifactPart"},
            "description": {"type": "string"},
            "groupId": {"$ref": "#/components/schemas/ArtifactPart"},
        },
        "type": "object",
    },
    "ArtifactName": {"pattern": "^[^:]+:[^:]+$", "type": "string"},
    "ArtifactPart": {"minLength": 1, "pattern": "^[^:]+$", "type": "string"},
    "ArtifactVersionCreateRequest": {
        "properties": {
            "artifactKey": {"$ref": "#/components/schemas/ArtifactPart"},
            "artifactName": {"$ref": "#/components/schemas/ArtifactName"},
            "description": {"type": "string"},
            "groupId": {"$ref": "#/components/schemas/ArtifactPart"},
            "jobStepId": {"$ref": "#/components/schemas/Id"},
            "repositoryName": {"type": "string"},
            "version": {"minLength": 1, "type": "string"},
        },
        "required": ["version"],
        "type": "object",
    },
    "CredentialCreateRequest": {
        "properties": {
            "credentialName": {"$ref": "#/components/schemas/ObjectName"},
            "description": {"type": "string"},
            "password": {"format": "password", "type": "string"},
            "userName": {"type": "string"},
        },
        "required": ["credentialName"],
        "type": "object",
    },
    "DslFormat": {"enum": ["groovy", "yaml"], "type": "string"},
    "DslRequest": {
        "properties": {
            "dsl": {"minLength": 1, "type": "string"},
            "format": {"$ref": "#/components/schemas/DslFormat"},
            "jobStepId": {"$ref": "#/components/schemas/Id"},
            "overwrite": {"type": "string"},
            "parameters": {"type": "string"},
        },
        "type": "object",
    },
    "ExpandStringRequest": {
        "properties": {
            "jobStepId": {"$ref": "#/components/schemas/Id"},
            "projectName": {"$ref": "#/components/schemas/ObjectName"},
            "value": {"type": "string"},
        },
        "required": ["value"],
        "type": "object",
    },
    "Filter": {
        "properties": {
            "filter": {"items": {"$ref": "#/components/schemas/Filter"}, "type": "array"},
            "operand1": {"type": "string"},
            "operand2": {"type": "string"},
            "operator": {"type": "string"},
            "propertyName": {"type": "string"},
        },
        "required": ["operator"],
        "type": "object",
    },
    "FindObjectsRequest": {
        "properties": {
            "filter": {"items": {"$ref": "#/components/schemas/Filter"}, "type": "array"},
            "maxIds": {"minimum": 1, "type": "integer"},
            "numObjects": {"minimum": 0, "type": "integer"},
            "objectType": {"minLength": 1, "type": "string"},
            "sort": {"items": {"$ref": "#/components/schemas/Sort"}, "type": "array"},
        },
        "required": ["objectType"],
        "type": "object",
    },
    "FlagArgument": {"enum": ["0", "1"], "type": "string"},
    "FreeForm": {"type": "object"},
    "Id": {"minLength": 1, "type": "string"},
    "LoginRequest": {
        "properties": {
            "password": {"format": "password", "type": "string"},
            "token": {"format": "password", "minLength": 1, "type": "string"},
            "userName": {"minLength": 1, "type": "string"},
        },
        "type": "object",
    },
    "ObjectName": {"maxLength": 255, "minLength": 1, "type": "string"},
    "PipelineParameter": {
        "properties": {"pipelineParameterName": {"minLength": 1, "type": "string"}, "value": {"type": "string"}},
        "required": ["pipelineParameterName", "value"],
        "type": "object",
    },
    "ProjectCreateRequest": {
        "properties": {
            "credentialName": {"type": "string"},
            "description": {"type": "string"},
            "projectName": {"$ref": "#/components/schemas/ObjectName"},
            "resourceName": {"type": "string"},
            "tracked": {"type": "boolean"},
            "workspaceName": {"type": "string"},
        },
        "type": "object",
    },
    "ProjectUpdateRequest": {
        "properties": {
            "credentialName": {"type": "string"},
            "description": {"type": "string"},
            "newName": {"$ref": "#/components/schemas/ObjectName"},
            "resourceName": {"type": "string"},
            "tracked": {"type": "boolean"},
            "workspaceName": {"type": "string"},
        },
        "type": "object",
    },
    "PropertyCreateRequest": {
        "properties": {
            "counter": {"type": "boolean"},
            "description": {"type": "string"},
            "expandable": {"type": "boolean"},
            "jobId": {"$ref": "#/components/schemas/Id"},
            "jobStepId": {"$ref": "#/components/schemas/Id"},
            "procedureName": {"$ref": "#/components/schemas/ObjectName"},
            "projectName": {"$ref": "#/components/schemas/ObjectName"},
            "propertyName": {"$ref": "#/components/schemas/PropertyPath"},
            "propertySheetId": {"$ref": "#/components/schemas/Id"},
            "propertyType": {"enum": ["string", "sheet"], "type": "string"},
            "value": {"type": "string"},
        },
        "required": ["propertyName"],
        "type": "object",
    },
    "PropertyPath": {"pattern": "^/?[^/]+(/[^/]+)*$", "type": "string"},
    "PropertySetRequest": {
        "properties": {
            "description": {"type": "string"},
            "expandable": {"type": "boolean"},
            "jobStepId": {"$ref": "#/components/schemas/Id"},
            "value": {"type": "string"},
        },
        "type": "object",
    },
    "RunCredential": {
        "properties": {
            "credentialName": {"minLength": 1, "type": "string"},
            "password": {"format": "password", "type": "string"},
            "userName": {"type": "string"},
        },
        "required": ["credentialName"],
        "type": "object",
    },
    "RunPipelineRequest": {
        "properties": {
            "actualParameter": {"items": {"$ref": "#/components/schemas/ActualParameter"}, "type": "array"},
            "pipelineName": {"$ref": "#/components/schemas/ObjectName"},
            "projectName": {"$ref": "#/components/schemas/ObjectName"},
            "releaseName": {"$ref": "#/components/schemas/ObjectName"},
            "stagesToRun": {"items": {"type": "string"}, "type": "array"},
            "startingStage": {"$ref": "#/components/schemas/ObjectName"},
        },
        "type": "object",
    },
    "RunProcedureRequest": {
        "properties": {
            "actualParameter": {"items": {"$ref": "#/components/schemas/ActualParameter"}, "type": "array"},
            "credential": {"items": {"$ref": "#/components/schemas/RunCredential"}, "type": "array"},
            "credentialName": {"type": "string"},
            "destinationProject": {"type": "string"},
            "pollInterval": {"type": "string"},
            "priority": {"enum": ["low", "normal", "high", "highest"], "type": "string"},
            "procedureName": {"$ref": "#/components/schemas/ObjectName"},
            "projectName": {"$ref": "#/components/schemas/ObjectName"},
            "scheduleName": {"type": "string"},
            "timeout": {"type": "string"},
        },
        "type": "object",
    },
    "RuntimeDetailsRequest": {
        "properties": {"flowRuntimeId": {"items": {"$ref": "#/components/schemas/Id"}, "minItems": 1, "type": "array"}},
        "required": ["flowRuntimeId"],
        "type": "object",
    },
    "Sort": {
        "properties": {
            "order": {"enum": ["ascending", "descending"], "type": "string"},
            "propertyName": {"type": "string"},
        },
        "required": ["propertyName"],
        "type": "object",
    },
    "StartReleaseRequest": {
        "properties": {
            "pipelineParameter": {"items": {"$ref": "#/components/schemas/PipelineParameter"}, "type": "array"},
            "stagesToRun": {"items": {"type": "string"}, "type": "array"},
        },
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"ActualParameter":{"properties": {"actualParameterName": {"type": "string"}, "value": {"type": "string"}}, "required": ["actualParameterName", "value"], "type": "object"}'
    ',"ActualParameterList":{"oneOf": [{"$ref": "#/components/schemas/ActualParameter"}, {"items": {"$ref": "#/components/schemas/ActualParameter"}, "type": "array"}]}'
    ',"Application":{"properties": {"applicationId": {"type": "string"}, "applicationName": {"type": "string"}, "description": {"type": "string"}, "projectName": {"type": "string"}}, "type": "object"}'
    ',"ApplicationEnvelope":{"properties": {"application": {"$ref": "#/components/schemas/Application"}}, "required": ["application"], "type": "object"}'
    ',"ApplicationList":{"properties": {"application": {"oneOf": [{"$ref": "#/components/schemas/Application"}, {"items": {"$ref": "#/components/schemas/Application"}, "type": "array"}]}}, "type": "object"}'
    ',"Artifact":{"properties": {"artifactId": {"type": "string"}, "artifactKey": {"type": "string"}, "artifactName": {"type": "string"}, "createTime": {"type": "string"}, "description": {"type": "string"}, "groupId": {"type": "string"}, "lastModifiedBy": {"type": "string"}, "modifyTime": {"type": "string"}, "owner": {"type": "string"}, "propertySheetId": {"type": "string"}}, "type": "object"}'
    ',"ArtifactEnvelope":{"properties": {"artifact": {"$ref": "#/components/schemas/Artifact"}}, "required": ["artifact"], "type": "object"}'
    ',"ArtifactVersion":{"properties": {"artifactKey": {"type": "string"}, "artifactName": {"type": "string"}, "artifactVersionId": {"type": "string"}, "artifactVersionName": {"type": "string"}, "artifactVersionState": {"type": "string"}, "createTime": {"type": "string"}, "description": {"type": "string"}, "groupId": {"type": "string"}, "modifyTime": {"type": "string"}, "repositoryName": {"type": "string"}, "version": {"type": "string"}}, "type": "object"}'
    ',"ArtifactVersionEnvelope":{"properties": {"artifactVersion": {"$ref": "#/components/schemas/ArtifactVersion"}}, "required": ["artifactVersion"], "type": "object"}'
    ',"ArtifactVersionList":{"properties": {"artifactVersion": {"oneOf": [{"$ref": "#/components/schemas/ArtifactVersion"}, {"items": {"$ref": "#/components/schemas/ArtifactVersion"}, "type": "array"}]}}, "type": "object"}'
    ',"Credential":{"properties": {"credentialId": {"type": "string"}, "credentialName": {"type": "string"}, "description": {"type": "string"}, "projectName": {"type": "string"}, "userName": {"type": "string"}}, "type": "object"}'
    ',"CredentialEnvelope":{"properties": {"credential": {"$ref": "#/components/schemas/Credential"}}, "required": ["credential"], "type": "object"}'
    ',"DslResult":{"properties": {"value": {}}, "type": "object"}'
    ',"Environment":{"properties": {"description": {"type": "string"}, "environmentEnabled": {"$ref": "#/components/schemas/Flag"}, "environmentId": {"type": "string"}, "environmentName": {"type": "string"}, "projectName": {"type": "string"}}, "type": "object"}'
    ',"EnvironmentList":{"properties": {"environment": {"oneOf": [{"$ref": "#/components/schemas/Environment"}, {"items": {"$ref": "#/components/schemas/Environment"}, "type": "array"}]}}, "type": "object"}'
    ',"Flag":{"type": "string"}'
    ',"FlowRuntime":{"properties": {"completed": {"$ref": "#/components/schemas/Flag"}, "elapsedTime": {"type": "string"}, "finish": {"type": "string"}, "flowRuntimeId": {"type": "string"}, "flowRuntimeName": {"type": "string"}, "pipelineId": {"type": "string"}, "pipelineName": {"type": "string"}, "projectName": {"type": "string"}, "releaseId": {"type": "string"}, "releaseName": {"type": "string"}, "start": {"type": "string"}, "status": {"type": "string"}}, "type": "object"}'
    ',"FlowRuntimeEnvelope":{"properties": {"flowRuntime": {"$ref": "#/components/schemas/FlowRuntime"}}, "required": ["flowRuntime"], "type": "object"}'
    ',"FlowRuntimeList":{"properties": {"flowRuntime": {"oneOf": [{"$ref": "#/components/schemas/FlowRuntime"}, {"items": {"$ref": "#/components/schemas/FlowRuntime"}, "type": "array"}]}}, "type": "object"}'
    ',"FormalParameter":{"properties": {"defaultValue": {"type": "string"}, "description": {"type": "string"}, "expansionDeferred": {"$ref": "#/components/schemas/Flag"}, "formalParameterId": {"type": "string"}, "formalParameterName": {"type": "string"}, "label": {"type": "string"}, "required": {"$ref": "#/components/schemas/Flag"}, "type": {"type": "string"}}, "type": "object"}'
    ',"FormalParameterList":{"properties": {"formalParameter": {"oneOf": [{"$ref": "#/components/schemas/FormalParameter"}, {"items": {"$ref": "#/components/schemas/FormalParameter"}, "type": "array"}]}}, "type": "object"}'
    ',"FoundObject":{"properties": {"objectId": {"type": "string"}}, "type": "object"}'
    ',"FreeForm":{"type": "object"}'
    ',"Job":{"properties": {"abortStatus": {"type": "string"}, "actualParameter": {"$ref": "#/components/schemas/ActualParameterList"}, "elapsedTime": {"type": "string"}, "finish": {"type": "string"}, "jobId": {"type": "string"}, "jobName": {"type": "string"}, "jobStep": {"oneOf": [{"$ref": "#/components/schemas/JobStep"}, {"items": {"$ref": "#/components/schemas/JobStep"}, "type": "array"}]}, "launchedByUser": {"type": "string"}, "outcome": {"type": "string"}, "owner": {"type": "string"}, "procedureName": {"type": "string"}, "projectName": {"type": "string"}, "propertySheet": {"$ref": "#/components/schemas/PropertySheet"}, "start": {"type": "string"}, "status": {"type": "string"}}, "type": "object"}'
    ',"JobEnvelope":{"properties": {"job": {"$ref": "#/components/schemas/Job"}}, "required": ["job"], "type": "object"}'
    ',"JobId":{"properties": {"jobId": {"type": "string"}}, "required": ["jobId"], "type": "object"}'
    ',"JobList":{"properties": {"job": {"oneOf": [{"$ref": "#/components/schemas/Job"}, {"items": {"$ref": "#/components/schemas/Job"}, "type": "array"}]}}, "type": "object"}'
    ',"JobStatus":{"properties": {"jobId": {"type": "string"}, "outcome": {"type": "string"}, "status": {"type": "string"}}, "required": ["jobId", "status"], "type": "object"}'
    ',"JobStep":{"properties": {"finish": {"type": "string"}, "jobId": {"type": "string"}, "jobStepId": {"type": "string"}, "liveProcedureStep": {"type": "string"}, "outcome": {"type": "string"}, "start": {"type": "string"}, "status": {"type": "string"}, "stepName": {"type": "string"}}, "type": "object"}'
    ',"JobStepList":{"properties": {"jobStep": {"oneOf": [{"$ref": "#/components/schemas/JobStep"}, {"items": {"$ref": "#/components/schemas/JobStep"}, "type": "array"}]}}, "type": "object"}'
    ',"JobStepStatus":{"properties": {"jobStepId": {"type": "string"}, "outcome": {"type": "string"}, "status": {"type": "string"}}, "required": ["jobStepId", "status"], "type": "object"}'
    ',"ObjectList":{"properties": {"object": {"oneOf": [{"$ref": "#/components/schemas/FoundObject"}, {"items": {"$ref": "#/components/schemas/FoundObject"}, "type": "array"}]}}, "type": "object"}'
    ',"Pipeline":{"properties": {"createTime": {"type": "string"}, "description": {"type": "string"}, "modifyTime": {"type": "string"}, "owner": {"type": "string"}, "pipelineId": {"type": "string"}, "pipelineName": {"type": "string"}, "projectName": {"type": "string"}}, "type": "object"}'
    ',"PipelineEnvelope":{"properties": {"pipeline": {"$ref": "#/components/schemas/Pipeline"}}, "required": ["pipeline"], "type": "object"}'
    ',"PipelineList":{"properties": {"pipeline": {"oneOf": [{"$ref": "#/components/schemas/Pipeline"}, {"items": {"$ref": "#/components/schemas/Pipeline"}, "type": "array"}]}}, "type": "object"}'
    ',"Procedure":{"properties": {"createTime": {"type": "string"}, "description": {"type": "string"}, "modifyTime": {"type": "string"}, "owner": {"type": "string"}, "procedureId": {"type": "string"}, "procedureName": {"type": "string"}, "projectName": {"type": "string"}, "resourceName": {"type": "string"}, "timeLimit": {"type": "string"}, "workspaceName": {"type": "string"}}, "type": "object"}'
    ',"ProcedureEnvelope":{"properties": {"procedure": {"$ref": "#/components/schemas/Procedure"}}, "required": ["procedure"], "type": "object"}'
    ',"ProcedureList":{"properties": {"procedure": {"oneOf": [{"$ref": "#/components/schemas/Procedure"}, {"items": {"$ref": "#/components/schemas/Procedure"}, "type": "array"}]}}, "type": "object"}'
    ',"Process":{"properties": {"applicationName": {"type": "string"}, "processId": {"type": "string"}, "processName": {"type": "string"}, "processType": {"type": "string"}, "projectName": {"type": "string"}}, "type": "object"}'
    ',"ProcessList":{"properties": {"process": {"oneOf": [{"$ref": "#/components/schemas/Process"}, {"items": {"$ref": "#/components/schemas/Process"}, "type": "array"}]}}, "type": "object"}'
    ',"Project":{"properties": {"createTime": {"type": "string"}, "credentialName": {"type": "string"}, "description": {"type": "string"}, "lastModifiedBy": {"type": "string"}, "modifyTime": {"type": "string"}, "owner": {"type": "string"}, "projectId": {"type": "string"}, "projectName": {"type": "string"}, "propertySheetId": {"type": "string"}, "resourceName": {"type": "string"}, "tracked": {"$ref": "#/components/schemas/Flag"}, "workspaceName": {"type": "string"}}, "type": "object"}'
    ',"ProjectEnvelope":{"properties": {"project": {"$ref": "#/components/schemas/Project"}}, "required": ["project"], "type": "object"}'
    ',"ProjectList":{"properties": {"project": {"oneOf": [{"$ref": "#/components/schemas/Project"}, {"items": {"$ref": "#/components/schemas/Project"}, "type": "array"}]}}, "type": "object"}'
    ',"Property":{"properties": {"counter": {"$ref": "#/components/schemas/Flag"}, "createTime": {"type": "string"}, "description": {"type": "string"}, "expandable": {"$ref": "#/components/schemas/Flag"}, "lastModifiedBy": {"type": "string"}, "modifyTime": {"type": "string"}, "owner": {"type": "string"}, "propertyId": {"type": "string"}, "propertyName": {"type": "string"}, "propertySheetId": {"type": "string"}, "tracked": {"$ref": "#/components/schemas/Flag"}, "value": {"type": "string"}}, "required": ["propertyName"], "type": "object"}'
    ',"PropertyEnvelope":{"properties": {"property": {"$ref": "#/components/schemas/Property"}}, "required": ["property"], "type": "object"}'
    ',"PropertySheet":{"properties": {"property": {"oneOf": [{"$ref": "#/components/schemas/Property"}, {"items": {"$ref": "#/components/schemas/Property"}, "type": "array"}]}, "propertySheetId": {"type": "string"}}, "type": "object"}'
    ',"PropertySheetEnvelope":{"properties": {"propertySheet": {"$ref": "#/components/schemas/PropertySheet"}}, "required": ["propertySheet"], "type": "object"}'
    ',"Release":{"properties": {"description": {"type": "string"}, "flowRuntimeId": {"type": "string"}, "pipelineId": {"type": "string"}, "pipelineName": {"type": "string"}, "projectName": {"type": "string"}, "releaseId": {"type": "string"}, "releaseName": {"type": "string"}}, "type": "object"}'
    ',"ReleaseEnvelope":{"properties": {"release": {"$ref": "#/components/schemas/Release"}}, "required": ["release"], "type": "object"}'
    ',"ReleaseList":{"properties": {"release": {"oneOf": [{"$ref": "#/components/schemas/Release"}, {"items": {"$ref": "#/components/schemas/Release"}, "type": "array"}]}}, "type": "object"}'
    ',"Repository":{"properties": {"description": {"type": "string"}, "repositoryDisabled": {"$ref": "#/components/schemas/Flag"}, "repositoryId": {"type": "string"}, "repositoryName": {"type": "string"}, "url": {"type": "string"}}, "type": "object"}'
    ',"RepositoryEnvelope":{"properties": {"repository": {"$ref": "#/components/schemas/Repository"}}, "required": ["repository"], "type": "object"}'
    ',"RepositoryList":{"properties": {"repository": {"oneOf": [{"$ref": "#/components/schemas/Repository"}, {"items": {"$ref": "#/components/schemas/Repository"}, "type": "array"}]}}, "type": "object"}'
    ',"ServerStatus":{"properties": {"lastMessage": {"type": "string"}, "message": {"type": "string"}, "serverState": {"type": "string"}}, "type": "object"}'
    ',"ServerStatusEnvelope":{"properties": {"serverStatus": {"$ref": "#/components/schemas/ServerStatus"}}, "required": ["serverStatus"], "type": "object"}'
    ',"Session":{"properties": {"sessionId": {"type": "string"}, "userName": {"type": "string"}}, "required": ["sessionId"], "type": "object"}'
    ',"Stage":{"properties": {"index": {"type": "string"}, "name": {"type": "string"}, "pipelineName": {"type": "string"}, "stageId": {"type": "string"}, "stageName": {"type": "string"}}, "type": "object"}'
    ',"StageList":{"properties": {"stage": {"oneOf": [{"$ref": "#/components/schemas/Stage"}, {"items": {"$ref": "#/components/schemas/Stage"}, "type": "array"}]}}, "type": "object"}'
    ',"TierMap":{"properties": {"applicationName": {"type": "string"}, "environmentName": {"type": "string"}, "environmentProjectName": {"type": "string"}, "tierMapId": {"type": "string"}, "tierMapName": {"type": "string"}}, "type": "object"}'
    ',"TierMapList":{"properties": {"tierMap": {"oneOf": [{"$ref": "#/components/schemas/TierMap"}, {"items": {"$ref": "#/components/schemas/TierMap"}, "type": "array"}]}}, "type": "object"}'
    ',"ValueResult":{"properties": {"value": {"type": "string"}}, "required": ["value"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.applications.applications_create":{"$ref": "#/components/schemas/ApplicationEnvelope"}'
    ',"api.applications.applications_delete":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.applications.applications_get":{"$ref": "#/components/schemas/ApplicationEnvelope"}'
    ',"api.applications.applications_list":{"$ref": "#/components/schemas/ApplicationList"}'
    ',"api.applications.applications_list_processes":{"$ref": "#/components/schemas/ProcessList"}'
    ',"api.applications.applications_list_tier_maps":{"$ref": "#/components/schemas/TierMapList"}'
    ',"api.artifacts.artifacts_create":{"$ref": "#/components/schemas/ArtifactEnvelope"}'
    ',"api.artifacts.artifacts_create_version":{"$ref": "#/components/schemas/ArtifactVersionEnvelope"}'
    ',"api.artifacts.artifacts_delete":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.artifacts.artifacts_get":{"$ref": "#/components/schemas/ArtifactEnvelope"}'
    ',"api.artifacts.artifacts_get_version":{"$ref": "#/components/schemas/ArtifactVersionEnvelope"}'
    ',"api.artifacts.artifacts_list_versions":{"$ref": "#/components/schemas/ArtifactVersionList"}'
    ',"api.credentials.credentials_create":{"$ref": "#/components/schemas/CredentialEnvelope"}'
    ',"api.credentials.credentials_delete":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.environments.environments_list":{"$ref": "#/components/schemas/EnvironmentList"}'
    ',"api.job_steps.job_steps_find":{"$ref": "#/components/schemas/JobStepList"}'
    ',"api.job_steps.job_steps_get_status":{"$ref": "#/components/schemas/JobStepStatus"}'
    ',"api.jobs.jobs_abort":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.jobs.jobs_get":{"oneOf": [{"$ref": "#/components/schemas/JobStatus"}, {"$ref": "#/components/schemas/JobEnvelope"}]}'
    ',"api.jobs.jobs_list":{"$ref": "#/components/schemas/JobList"}'
    ',"api.jobs.jobs_run_procedure":{"$ref": "#/components/schemas/JobId"}'
    ',"api.objects.objects_find":{"$ref": "#/components/schemas/ObjectList"}'
    ',"api.pipelines.pipelines_get":{"$ref": "#/components/schemas/PipelineEnvelope"}'
    ',"api.pipelines.pipelines_get_runtime_details":{"$ref": "#/components/schemas/FlowRuntimeList"}'
    ',"api.pipelines.pipelines_list":{"$ref": "#/components/schemas/PipelineList"}'
    ',"api.pipelines.pipelines_list_runtimes":{"$ref": "#/components/schemas/FlowRuntimeList"}'
    ',"api.pipelines.pipelines_list_stages":{"$ref": "#/components/schemas/StageList"}'
    ',"api.pipelines.pipelines_run":{"$ref": "#/components/schemas/FlowRuntimeEnvelope"}'
    ',"api.procedures.procedures_get":{"$ref": "#/components/schemas/ProcedureEnvelope"}'
    ',"api.procedures.procedures_list":{"$ref": "#/components/schemas/ProcedureList"}'
    ',"api.procedures.procedures_list_formal_parameters":{"$ref": "#/components/schemas/FormalParameterList"}'
    ',"api.projects.projects_create":{"$ref": "#/components/schemas/ProjectEnvelope"}'
    ',"api.projects.projects_delete":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.projects.projects_get":{"$ref": "#/components/schemas/ProjectEnvelope"}'
    ',"api.projects.projects_get_property":{"$ref": "#/components/schemas/PropertyEnvelope"}'
    ',"api.projects.projects_list":{"$ref": "#/components/schemas/ProjectList"}'
    ',"api.projects.projects_update":{"$ref": "#/components/schemas/ProjectEnvelope"}'
    ',"api.properties.properties_create":{"$ref": "#/components/schemas/PropertyEnvelope"}'
    ',"api.properties.properties_delete":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.properties.properties_get":{"$ref": "#/components/schemas/PropertyEnvelope"}'
    ',"api.properties.properties_get_sheet":{"$ref": "#/components/schemas/PropertySheetEnvelope"}'
    ',"api.properties.properties_list":{"$ref": "#/components/schemas/PropertySheetEnvelope"}'
    ',"api.properties.properties_set":{"$ref": "#/components/schemas/PropertyEnvelope"}'
    ',"api.releases.releases_get":{"$ref": "#/components/schemas/ReleaseEnvelope"}'
    ',"api.releases.releases_list":{"$ref": "#/components/schemas/ReleaseList"}'
    ',"api.releases.releases_start":{"$ref": "#/components/schemas/FlowRuntimeEnvelope"}'
    ',"api.repositories.repositories_get":{"$ref": "#/components/schemas/RepositoryEnvelope"}'
    ',"api.repositories.repositories_list":{"$ref": "#/components/schemas/RepositoryList"}'
    ',"api.server.server_eval_dsl":{"$ref": "#/components/schemas/DslResult"}'
    ',"api.server.server_expand_string":{"$ref": "#/components/schemas/ValueResult"}'
    ',"api.server.server_get_status":{"$ref": "#/components/schemas/ServerStatusEnvelope"}'
    ',"api.sessions.sessions_login":{"$ref": "#/components/schemas/Session"}'
    ',"api.sessions.sessions_login_sso":{"$ref": "#/components/schemas/Session"}'
    ',"api.sessions.sessions_logout":{"$ref": "#/components/schemas/FreeForm"}'
    "}}"
)

_SESSIONS_LOGIN = Operation(
    _PACKAGE,
    "api.sessions.sessions_login",
    "POST",
    "/rest/v1.0/sessions",
    result="parse",
    retry_safe=False,
    params={"password": {"type": "string"}, "user_name": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/LoginRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SESSIONS_LOGOUT = Operation(
    _PACKAGE,
    "api.sessions.sessions_logout",
    "DELETE",
    "/rest/v1.0/sessions",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SESSIONS_LOGIN_SSO = Operation(
    _PACKAGE,
    "api.sessions.sessions_login_sso",
    "POST",
    "/rest/v1.0/loginSso",
    result="parse",
    retry_safe=False,
    params={"token": {"minLength": 1, "type": "string"}},
    body={"$ref": "#/components/schemas/FreeForm"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SERVER_GET_STATUS = Operation(
    _PACKAGE,
    "api.server.server_get_status",
    "GET",
    "/rest/v1.0/server/status",
    result="parse",
    retry_safe=False,
    params={"server_stat_only": {"enum": ["true", "false"], "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SERVER_EVAL_DSL = Operation(
    _PACKAGE,
    "api.server.server_eval_dsl",
    "POST",
    "/rest/v1.0/server/dsl",
    result="parse",
    retry_safe=False,
    params={"dsl": {"minLength": 1, "type": "string"}, "format_": {"$ref": "#/components/schemas/DslFormat"}},
    body={"$ref": "#/components/schemas/DslRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SERVER_EXPAND_STRING = Operation(
    _PACKAGE,
    "api.server.server_expand_string",
    "POST",
    "/rest/v1.0/expandString",
    result="parse",
    retry_safe=True,
    params={"request": {"default": "expandString", "enum": ["expandString"], "type": "string"}},
    body={"$ref": "#/components/schemas/ExpandStringRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_LIST = Operation(
    _PACKAGE,
    "api.projects.projects_list",
    "GET",
    "/rest/v1.0/projects",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_CREATE = Operation(
    _PACKAGE,
    "api.projects.projects_create",
    "POST",
    "/rest/v1.0/projects",
    result="parse",
    retry_safe=False,
    params={"description": {"type": "string"}, "project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body={"$ref": "#/components/schemas/ProjectCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_GET = Operation(
    _PACKAGE,
    "api.projects.projects_get",
    "GET",
    "/rest/v1.0/projects/{projectName}",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_UPDATE = Operation(
    _PACKAGE,
    "api.projects.projects_update",
    "PUT",
    "/rest/v1.0/projects/{projectName}",
    result="parse",
    retry_safe=False,
    params={
        "description": {"type": "string"},
        "new_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body={"$ref": "#/components/schemas/ProjectUpdateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_DELETE = Operation(
    _PACKAGE,
    "api.projects.projects_delete",
    "DELETE",
    "/rest/v1.0/projects/{projectName}",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROJECTS_GET_PROPERTY = Operation(
    _PACKAGE,
    "api.projects.projects_get_property",
    "GET",
    "/rest/v1.0/projects/{projectName}/{propertyName}",
    result="parse",
    retry_safe=False,
    params={
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "property_name": {"$ref": "#/components/schemas/PropertyPath"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROCEDURES_LIST = Operation(
    _PACKAGE,
    "api.procedures.procedures_list",
    "GET",
    "/rest/v1.0/projects/{projectName}/procedures",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROCEDURES_GET = Operation(
    _PACKAGE,
    "api.procedures.procedures_get",
    "GET",
    "/rest/v1.0/projects/{projectName}/procedures/{procedureName}",
    result="parse",
    retry_safe=False,
    params={
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROCEDURES_LIST_FORMAL_PARAMETERS = Operation(
    _PACKAGE,
    "api.procedures.procedures_list_formal_parameters",
    "GET",
    "/rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters",
    result="parse",
    retry_safe=False,
    params={
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOBS_LIST = Operation(
    _PACKAGE,
    "api.jobs.jobs_list",
    "GET",
    "/rest/v1.0/jobs",
    result="parse",
    retry_safe=False,
    params={
        "max_results": {"minimum": 1, "type": "integer"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "sort_key": {"type": "string"},
        "sort_order": {"enum": ["ascending", "descending"], "type": "string"},
        "status": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOBS_RUN_PROCEDURE = Operation(
    _PACKAGE,
    "api.jobs.jobs_run_procedure",
    "POST",
    "/rest/v1.0/jobs",
    result="parse",
    retry_safe=False,
    params={
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "request": {"default": "runProcedure", "enum": ["runProcedure"], "type": "string"},
    },
    body={"$ref": "#/components/schemas/RunProcedureRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOBS_GET = Operation(
    _PACKAGE,
    "api.jobs.jobs_get",
    "GET",
    "/rest/v1.0/jobs/{jobId}",
    result="parse",
    retry_safe=False,
    params={
        "job_id": {"$ref": "#/components/schemas/Id"},
        "request": {
            "default": "getJobDetails",
            "enum": ["getJobDetails", "getJobSummary", "getJobStatus"],
            "type": "string",
        },
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOBS_ABORT = Operation(
    _PACKAGE,
    "api.jobs.jobs_abort",
    "PUT",
    "/rest/v1.0/jobs/{jobId}",
    result="parse",
    retry_safe=False,
    params={
        "force": {"$ref": "#/components/schemas/FlagArgument"},
        "job_id": {"$ref": "#/components/schemas/Id"},
        "reason": {"type": "string"},
        "request": {"default": "abortJob", "enum": ["abortJob"], "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOB_STEPS_FIND = Operation(
    _PACKAGE,
    "api.job_steps.job_steps_find",
    "GET",
    "/rest/v1.0/jobSteps",
    result="parse",
    retry_safe=False,
    params={
        "job_id": {"$ref": "#/components/schemas/Id"},
        "request": {"default": "findJobSteps", "enum": ["findJobSteps"], "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_JOB_STEPS_GET_STATUS = Operation(
    _PACKAGE,
    "api.job_steps.job_steps_get_status",
    "GET",
    "/rest/v1.0/jobSteps/{jobStepId}",
    result="parse",
    retry_safe=False,
    params={
        "job_step_id": {"$ref": "#/components/schemas/Id"},
        "request": {"default": "getJobStepStatus", "enum": ["getJobStepStatus"], "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_LIST = Operation(
    _PACKAGE,
    "api.properties.properties_list",
    "GET",
    "/rest/v1.0/properties",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "artifact_name": {"$ref": "#/components/schemas/ArtifactName"},
        "artifact_version_name": {"minLength": 1, "type": "string"},
        "environment_name": {"$ref": "#/components/schemas/ObjectName"},
        "expand": {"$ref": "#/components/schemas/FlagArgument"},
        "flow_runtime_id": {"$ref": "#/components/schemas/Id"},
        "job_id": {"$ref": "#/components/schemas/Id"},
        "job_step_id": {"$ref": "#/components/schemas/Id"},
        "path": {"$ref": "#/components/schemas/PropertyPath"},
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "property_sheet_id": {"$ref": "#/components/schemas/Id"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_CREATE = Operation(
    _PACKAGE,
    "api.properties.properties_create",
    "POST",
    "/rest/v1.0/properties",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/PropertyCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_GET = Operation(
    _PACKAGE,
    "api.properties.properties_get",
    "GET",
    "/rest/v1.0/properties/{propertyName}",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "artifact_name": {"$ref": "#/components/schemas/ArtifactName"},
        "artifact_version_name": {"minLength": 1, "type": "string"},
        "environment_name": {"$ref": "#/components/schemas/ObjectName"},
        "expand": {"$ref": "#/components/schemas/FlagArgument"},
        "flow_runtime_id": {"$ref": "#/components/schemas/Id"},
        "job_id": {"$ref": "#/components/schemas/Id"},
        "job_step_id": {"$ref": "#/components/schemas/Id"},
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "property_name": {"$ref": "#/components/schemas/PropertyPath"},
        "property_sheet_id": {"$ref": "#/components/schemas/Id"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_SET = Operation(
    _PACKAGE,
    "api.properties.properties_set",
    "PUT",
    "/rest/v1.0/properties/{propertyName}",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "artifact_name": {"$ref": "#/components/schemas/ArtifactName"},
        "artifact_version_name": {"minLength": 1, "type": "string"},
        "environment_name": {"$ref": "#/components/schemas/ObjectName"},
        "flow_runtime_id": {"$ref": "#/components/schemas/Id"},
        "job_id": {"$ref": "#/components/schemas/Id"},
        "job_step_id": {"$ref": "#/components/schemas/Id"},
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "property_name": {"$ref": "#/components/schemas/PropertyPath"},
        "property_sheet_id": {"$ref": "#/components/schemas/Id"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
        "value": {"type": "string"},
    },
    body={"$ref": "#/components/schemas/PropertySetRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_DELETE = Operation(
    _PACKAGE,
    "api.properties.properties_delete",
    "DELETE",
    "/rest/v1.0/properties/{propertyName}",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "artifact_name": {"$ref": "#/components/schemas/ArtifactName"},
        "artifact_version_name": {"minLength": 1, "type": "string"},
        "environment_name": {"$ref": "#/components/schemas/ObjectName"},
        "flow_runtime_id": {"$ref": "#/components/schemas/Id"},
        "job_id": {"$ref": "#/components/schemas/Id"},
        "job_step_id": {"$ref": "#/components/schemas/Id"},
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "procedure_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "property_name": {"$ref": "#/components/schemas/PropertyPath"},
        "property_sheet_id": {"$ref": "#/components/schemas/Id"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROPERTIES_GET_SHEET = Operation(
    _PACKAGE,
    "api.properties.properties_get_sheet",
    "GET",
    "/rest/v1.0/propertySheets/{propertySheetId}",
    result="parse",
    retry_safe=False,
    params={
        "expand": {"$ref": "#/components/schemas/FlagArgument"},
        "property_sheet_id": {"$ref": "#/components/schemas/Id"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_LIST = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_list",
    "GET",
    "/rest/v1.0/projects/{projectName}/pipelines",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_LIST_RUNTIMES = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_list_runtimes",
    "PUT",
    "/rest/v1.0/projects/{projectName}/pipelines/{pipelineName}",
    result="parse",
    retry_safe=True,
    params={
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "release_id": {"$ref": "#/components/schemas/Id"},
        "request": {"default": "getPipelineRuntimes", "enum": ["getPipelineRuntimes"], "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_RUN = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_run",
    "POST",
    "/rest/v1.0/pipelines",
    result="parse",
    retry_safe=False,
    params={
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body={"$ref": "#/components/schemas/RunPipelineRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_GET = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_get",
    "GET",
    "/rest/v1.0/pipelines/{pipelineName}",
    result="parse",
    retry_safe=False,
    params={
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_LIST_STAGES = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_list_stages",
    "GET",
    "/rest/v1.0/projects/{projectName}/stages",
    result="parse",
    retry_safe=False,
    params={
        "pipeline_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PIPELINES_GET_RUNTIME_DETAILS = Operation(
    _PACKAGE,
    "api.pipelines.pipelines_get_runtime_details",
    "PUT",
    "/rest/v1.0/pipelineRuntimeDetails",
    result="parse",
    retry_safe=True,
    params={
        "request": {"default": "getPipelineRuntimeDetails", "enum": ["getPipelineRuntimeDetails"], "type": "string"}
    },
    body={"$ref": "#/components/schemas/RuntimeDetailsRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_RELEASES_LIST = Operation(
    _PACKAGE,
    "api.releases.releases_list",
    "GET",
    "/rest/v1.0/projects/{projectName}/releases",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_RELEASES_START = Operation(
    _PACKAGE,
    "api.releases.releases_start",
    "POST",
    "/rest/v1.0/releases",
    result="parse",
    retry_safe=False,
    params={
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
        "starting_stage": {"$ref": "#/components/schemas/ObjectName"},
    },
    body={"$ref": "#/components/schemas/StartReleaseRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_RELEASES_GET = Operation(
    _PACKAGE,
    "api.releases.releases_get",
    "GET",
    "/rest/v1.0/releases/{releaseName}",
    result="parse",
    retry_safe=False,
    params={
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
        "release_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_OBJECTS_FIND = Operation(
    _PACKAGE,
    "api.objects.objects_find",
    "PUT",
    "/rest/v1.0/objects",
    result="parse",
    retry_safe=True,
    params={"request": {"default": "findObjects", "enum": ["findObjects"], "type": "string"}},
    body={"$ref": "#/components/schemas/FindObjectsRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_CREATE = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_create",
    "POST",
    "/rest/v1.0/artifacts",
    result="parse",
    retry_safe=False,
    params={
        "artifact_key": {"$ref": "#/components/schemas/ArtifactPart"},
        "description": {"type": "string"},
        "group_id": {"$ref": "#/components/schemas/ArtifactPart"},
    },
    body={"$ref": "#/components/schemas/ArtifactCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_GET = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_get",
    "GET",
    "/rest/v1.0/artifacts/{artifactName}",
    result="parse",
    retry_safe=False,
    params={"artifact_name": {"$ref": "#/components/schemas/ArtifactName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_DELETE = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_delete",
    "DELETE",
    "/rest/v1.0/artifacts/{artifactName}",
    result="parse",
    retry_safe=False,
    params={"artifact_name": {"$ref": "#/components/schemas/ArtifactName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_LIST_VERSIONS = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_list_versions",
    "GET",
    "/rest/v1.0/artifactVersions",
    result="parse",
    retry_safe=False,
    params={
        "artifact_name": {"$ref": "#/components/schemas/ArtifactName"},
        "artifact_version_state": {"type": "string"},
        "max_results": {"minimum": 1, "type": "integer"},
        "repository_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_CREATE_VERSION = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_create_version",
    "POST",
    "/rest/v1.0/artifactVersions",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/ArtifactVersionCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_GET_VERSION = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_get_version",
    "GET",
    "/rest/v1.0/artifactVersions/{artifactVersionName}",
    result="parse",
    retry_safe=False,
    params={"artifact_version_name": {"pattern": "^[^:]+:[^:]+:.+$", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARTIFACTS_PUBLISH = Operation(
    _PACKAGE,
    "api.artifacts.artifacts_publish",
    "POST",
    "/commander/cgi-bin/publishArtifactAPI.cgi",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_REPOSITORIES_LIST = Operation(
    _PACKAGE,
    "api.repositories.repositories_list",
    "GET",
    "/rest/v1.0/repositories",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_REPOSITORIES_GET = Operation(
    _PACKAGE,
    "api.repositories.repositories_get",
    "GET",
    "/rest/v1.0/repositories/{repositoryName}",
    result="parse",
    retry_safe=False,
    params={"repository_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_LIST = Operation(
    _PACKAGE,
    "api.applications.applications_list",
    "GET",
    "/rest/v1.0/projects/{projectName}/applications",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_CREATE = Operation(
    _PACKAGE,
    "api.applications.applications_create",
    "POST",
    "/rest/v1.0/projects/{projectName}/applications",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body={"$ref": "#/components/schemas/ApplicationCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_GET = Operation(
    _PACKAGE,
    "api.applications.applications_get",
    "GET",
    "/rest/v1.0/projects/{projectName}/applications/{applicationName}",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_DELETE = Operation(
    _PACKAGE,
    "api.applications.applications_delete",
    "DELETE",
    "/rest/v1.0/projects/{projectName}/applications/{applicationName}",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_LIST_PROCESSES = Operation(
    _PACKAGE,
    "api.applications.applications_list_processes",
    "GET",
    "/rest/v1.0/projects/{projectName}/applications/{applicationName}/processes",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPLICATIONS_LIST_TIER_MAPS = Operation(
    _PACKAGE,
    "api.applications.applications_list_tier_maps",
    "GET",
    "/rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps",
    result="parse",
    retry_safe=False,
    params={
        "application_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ENVIRONMENTS_LIST = Operation(
    _PACKAGE,
    "api.environments.environments_list",
    "GET",
    "/rest/v1.0/projects/{projectName}/environments",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CREDENTIALS_CREATE = Operation(
    _PACKAGE,
    "api.credentials.credentials_create",
    "POST",
    "/rest/v1.0/projects/{projectName}/credentials",
    result="parse",
    retry_safe=False,
    params={"project_name": {"$ref": "#/components/schemas/ObjectName"}},
    body={"$ref": "#/components/schemas/CredentialCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CREDENTIALS_DELETE = Operation(
    _PACKAGE,
    "api.credentials.credentials_delete",
    "DELETE",
    "/rest/v1.0/projects/{projectName}/credentials/{credentialName}",
    result="parse",
    retry_safe=False,
    params={
        "credential_name": {"$ref": "#/components/schemas/ObjectName"},
        "project_name": {"$ref": "#/components/schemas/ObjectName"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)


class Sessions(Resource[SyncClient]):
    """`sessions` operations."""

    def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Session:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return cast(
            "Session",
            self._client._call(_SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options),
        )

    def logout(self, *, options: RequestOptions | None = None) -> FreeForm:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return cast("FreeForm", self._client._call(_SESSIONS_LOGOUT, {}, options))

    def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> Session:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return cast("Session", self._client._call(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options))

    @property
    def with_raw_response(self) -> SessionsWithRawResponse:
        return SessionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> SessionsWithStreamingResponse:
        return SessionsWithStreamingResponse(self._client)


class SessionsWithRawResponse(Resource[SyncClient]):
    """`sessions` operations, WithRawResponse."""

    def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[Session]:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return self._client._call_raw(
            _SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options
        )

    def logout(self, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return self._client._call_raw(_SESSIONS_LOGOUT, {}, options)

    def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> RawResponse[Session]:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return self._client._call_raw(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options)


class SessionsWithStreamingResponse(Resource[SyncClient]):
    """`sessions` operations, WithStreamingResponse."""

    def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[Session]:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return self._client._call_stream(
            _SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options
        )

    def logout(self, *, options: RequestOptions | None = None) -> StreamedResponse[FreeForm]:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return self._client._call_stream(_SESSIONS_LOGOUT, {}, options)

    def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> StreamedResponse[Session]:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return self._client._call_stream(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options)


class Server(Resource[SyncClient]):
    """`server` operations."""

    def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ServerStatusEnvelope:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return cast(
            "ServerStatusEnvelope",
            self._client._call(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options),
        )

    def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DslResult:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return cast(
            "DslResult", self._client._call(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options)
        )

    def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> ValueResult:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return cast(
            "ValueResult", self._client._call(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)
        )

    @property
    def with_raw_response(self) -> ServerWithRawResponse:
        return ServerWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ServerWithStreamingResponse:
        return ServerWithStreamingResponse(self._client)


class ServerWithRawResponse(Resource[SyncClient]):
    """`server` operations, WithRawResponse."""

    def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ServerStatusEnvelope]:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return self._client._call_raw(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options)

    def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DslResult]:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return self._client._call_raw(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options)

    def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> RawResponse[ValueResult]:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return self._client._call_raw(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)


class ServerWithStreamingResponse(Resource[SyncClient]):
    """`server` operations, WithStreamingResponse."""

    def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ServerStatusEnvelope]:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return self._client._call_stream(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options)

    def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[DslResult]:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return self._client._call_stream(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options)

    def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ValueResult]:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return self._client._call_stream(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)


class Projects(Resource[SyncClient]):
    """`projects` operations."""

    def list(self, *, options: RequestOptions | None = None) -> ProjectList:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return cast("ProjectList", self._client._call(_PROJECTS_LIST, {}, options))

    def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectEnvelope:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return cast(
            "ProjectEnvelope",
            self._client._call(
                _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
            ),
        )

    def get(self, project_name: str, *, options: RequestOptions | None = None) -> ProjectEnvelope:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return cast("ProjectEnvelope", self._client._call(_PROJECTS_GET, {"project_name": project_name}, options))

    def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectEnvelope:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return cast(
            "ProjectEnvelope",
            self._client._call(
                _PROJECTS_UPDATE,
                {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
                options,
            ),
        )

    def delete(self, project_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return cast("FreeForm", self._client._call(_PROJECTS_DELETE, {"project_name": project_name}, options))

    def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> PropertyEnvelope:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            self._client._call(
                _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
            ),
        )

    @property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        return ProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        return ProjectsWithStreamingResponse(self._client)


class ProjectsWithRawResponse(Resource[SyncClient]):
    """`projects` operations, WithRawResponse."""

    def list(self, *, options: RequestOptions | None = None) -> RawResponse[ProjectList]:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return self._client._call_raw(_PROJECTS_LIST, {}, options)

    def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectEnvelope]:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return self._client._call_raw(
            _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
        )

    def get(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectEnvelope]:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_raw(_PROJECTS_GET, {"project_name": project_name}, options)

    def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectEnvelope]:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_raw(
            _PROJECTS_UPDATE,
            {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
            options,
        )

    def delete(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_raw(_PROJECTS_DELETE, {"project_name": project_name}, options)

    def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PropertyEnvelope]:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return self._client._call_raw(
            _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
        )


class ProjectsWithStreamingResponse(Resource[SyncClient]):
    """`projects` operations, WithStreamingResponse."""

    def list(self, *, options: RequestOptions | None = None) -> StreamedResponse[ProjectList]:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return self._client._call_stream(_PROJECTS_LIST, {}, options)

    def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectEnvelope]:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return self._client._call_stream(
            _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
        )

    def get(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[ProjectEnvelope]:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(_PROJECTS_GET, {"project_name": project_name}, options)

    def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ProjectEnvelope]:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(
            _PROJECTS_UPDATE,
            {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
            options,
        )

    def delete(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[FreeForm]:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(_PROJECTS_DELETE, {"project_name": project_name}, options)

    def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[PropertyEnvelope]:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return self._client._call_stream(
            _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
        )


class Procedures(Resource[SyncClient]):
    """`procedures` operations."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> ProcedureList:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return cast("ProcedureList", self._client._call(_PROCEDURES_LIST, {"project_name": project_name}, options))

    def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> ProcedureEnvelope:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return cast(
            "ProcedureEnvelope",
            self._client._call(
                _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
            ),
        )

    def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> FormalParameterList:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return cast(
            "FormalParameterList",
            self._client._call(
                _PROCEDURES_LIST_FORMAL_PARAMETERS,
                {"project_name": project_name, "procedure_name": procedure_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> ProceduresWithRawResponse:
        return ProceduresWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProceduresWithStreamingResponse:
        return ProceduresWithStreamingResponse(self._client)


class ProceduresWithRawResponse(Resource[SyncClient]):
    """`procedures` operations, WithRawResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ProcedureList]:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return self._client._call_raw(_PROCEDURES_LIST, {"project_name": project_name}, options)

    def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ProcedureEnvelope]:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return self._client._call_raw(
            _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
        )

    def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FormalParameterList]:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return self._client._call_raw(
            _PROCEDURES_LIST_FORMAL_PARAMETERS,
            {"project_name": project_name, "procedure_name": procedure_name},
            options,
        )


class ProceduresWithStreamingResponse(Resource[SyncClient]):
    """`procedures` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[ProcedureList]:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return self._client._call_stream(_PROCEDURES_LIST, {"project_name": project_name}, options)

    def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ProcedureEnvelope]:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return self._client._call_stream(
            _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
        )

    def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FormalParameterList]:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return self._client._call_stream(
            _PROCEDURES_LIST_FORMAL_PARAMETERS,
            {"project_name": project_name, "procedure_name": procedure_name},
            options,
        )


class Jobs(Resource[SyncClient]):
    """`jobs` operations."""

    def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JobList:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return cast(
            "JobList",
            self._client._call(
                _JOBS_LIST,
                {
                    "project_name": project_name,
                    "status": status,
                    "sort_key": sort_key,
                    "sort_order": sort_order,
                    "max_results": max_results,
                },
                options,
            ),
        )

    def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JobId:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return cast(
            "JobId",
            self._client._call(
                _JOBS_RUN_PROCEDURE,
                {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
                options,
            ),
        )

    def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> JobEnvelope | JobStatus:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return cast(
            "JobEnvelope | JobStatus", self._client._call(_JOBS_GET, {"job_id": job_id, "request": request}, options)
        )

    def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return cast(
            "FreeForm",
            self._client._call(
                _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
            ),
        )

    @property
    def with_raw_response(self) -> JobsWithRawResponse:
        return JobsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        return JobsWithStreamingResponse(self._client)


class JobsWithRawResponse(Resource[SyncClient]):
    """`jobs` operations, WithRawResponse."""

    def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[JobList]:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return self._client._call_raw(
            _JOBS_LIST,
            {
                "project_name": project_name,
                "status": status,
                "sort_key": sort_key,
                "sort_order": sort_order,
                "max_results": max_results,
            },
            options,
        )

    def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[JobId]:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return self._client._call_raw(
            _JOBS_RUN_PROCEDURE,
            {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
            options,
        )

    def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> RawResponse[JobEnvelope | JobStatus]:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_raw(_JOBS_GET, {"job_id": job_id, "request": request}, options)

    def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_raw(
            _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
        )


class JobsWithStreamingResponse(Resource[SyncClient]):
    """`jobs` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[JobList]:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return self._client._call_stream(
            _JOBS_LIST,
            {
                "project_name": project_name,
                "status": status,
                "sort_key": sort_key,
                "sort_order": sort_order,
                "max_results": max_results,
            },
            options,
        )

    def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[JobId]:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return self._client._call_stream(
            _JOBS_RUN_PROCEDURE,
            {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
            options,
        )

    def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[JobEnvelope | JobStatus]:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_stream(_JOBS_GET, {"job_id": job_id, "request": request}, options)

    def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FreeForm]:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_stream(
            _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
        )


class JobSteps(Resource[SyncClient]):
    """`job_steps` operations."""

    def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> JobStepList:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return cast("JobStepList", self._client._call(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options))

    def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> JobStepStatus:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return cast(
            "JobStepStatus",
            self._client._call(_JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options),
        )

    @property
    def with_raw_response(self) -> JobStepsWithRawResponse:
        return JobStepsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> JobStepsWithStreamingResponse:
        return JobStepsWithStreamingResponse(self._client)


class JobStepsWithRawResponse(Resource[SyncClient]):
    """`job_steps` operations, WithRawResponse."""

    def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> RawResponse[JobStepList]:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return self._client._call_raw(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options)

    def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> RawResponse[JobStepStatus]:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return self._client._call_raw(_JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options)


class JobStepsWithStreamingResponse(Resource[SyncClient]):
    """`job_steps` operations, WithStreamingResponse."""

    def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> StreamedResponse[JobStepList]:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return self._client._call_stream(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options)

    def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[JobStepStatus]:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return self._client._call_stream(
            _JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options
        )


class Properties(Resource[SyncClient]):
    """`properties` operations."""

    def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertySheetEnvelope:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return cast(
            "PropertySheetEnvelope",
            self._client._call(
                _PROPERTIES_LIST,
                {
                    "path": path,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                    "expand": expand,
                },
                options,
            ),
        )

    def create(self, *, body: PropertyCreateRequest, options: RequestOptions | None = None) -> PropertyEnvelope:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return cast("PropertyEnvelope", self._client._call(_PROPERTIES_CREATE, {"body": body}, options))

    def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertyEnvelope:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            self._client._call(
                _PROPERTIES_GET,
                {
                    "property_name": property_name,
                    "expand": expand,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertyEnvelope:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            self._client._call(
                _PROPERTIES_SET,
                {
                    "property_name": property_name,
                    "body": body,
                    "value": value,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "FreeForm",
            self._client._call(
                _PROPERTIES_DELETE,
                {
                    "property_name": property_name,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertySheetEnvelope:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return cast(
            "PropertySheetEnvelope",
            self._client._call(
                _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
            ),
        )

    @property
    def with_raw_response(self) -> PropertiesWithRawResponse:
        return PropertiesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> PropertiesWithStreamingResponse:
        return PropertiesWithStreamingResponse(self._client)


class PropertiesWithRawResponse(Resource[SyncClient]):
    """`properties` operations, WithRawResponse."""

    def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertySheetEnvelope]:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return self._client._call_raw(
            _PROPERTIES_LIST,
            {
                "path": path,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
                "expand": expand,
            },
            options,
        )

    def create(
        self, *, body: PropertyCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[PropertyEnvelope]:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return self._client._call_raw(_PROPERTIES_CREATE, {"body": body}, options)

    def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertyEnvelope]:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_raw(
            _PROPERTIES_GET,
            {
                "property_name": property_name,
                "expand": expand,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertyEnvelope]:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_raw(
            _PROPERTIES_SET,
            {
                "property_name": property_name,
                "body": body,
                "value": value,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_raw(
            _PROPERTIES_DELETE,
            {
                "property_name": property_name,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertySheetEnvelope]:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return self._client._call_raw(
            _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
        )


class PropertiesWithStreamingResponse(Resource[SyncClient]):
    """`properties` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PropertySheetEnvelope]:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return self._client._call_stream(
            _PROPERTIES_LIST,
            {
                "path": path,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
                "expand": expand,
            },
            options,
        )

    def create(
        self, *, body: PropertyCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[PropertyEnvelope]:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return self._client._call_stream(_PROPERTIES_CREATE, {"body": body}, options)

    def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PropertyEnvelope]:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_GET,
            {
                "property_name": property_name,
                "expand": expand,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PropertyEnvelope]:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_SET,
            {
                "property_name": property_name,
                "body": body,
                "value": value,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FreeForm]:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_DELETE,
            {
                "property_name": property_name,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[PropertySheetEnvelope]:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return self._client._call_stream(
            _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
        )


class Pipelines(Resource[SyncClient]):
    """`pipelines` operations."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> PipelineList:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return cast("PipelineList", self._client._call(_PIPELINES_LIST, {"project_name": project_name}, options))

    def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeList:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return cast(
            "FlowRuntimeList",
            self._client._call(
                _PIPELINES_LIST_RUNTIMES,
                {
                    "project_name": project_name,
                    "pipeline_name": pipeline_name,
                    "request": request,
                    "release_id": release_id,
                },
                options,
            ),
        )

    def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeEnvelope:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return cast(
            "FlowRuntimeEnvelope",
            self._client._call(
                _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
            ),
        )

    def get(self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None) -> PipelineEnvelope:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return cast(
            "PipelineEnvelope",
            self._client._call(_PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options),
        )

    def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StageList:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return cast(
            "StageList",
            self._client._call(
                _PIPELINES_LIST_STAGES,
                {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
                options,
            ),
        )

    def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> FlowRuntimeList:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return cast(
            "FlowRuntimeList",
            self._client._call(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options),
        )

    @property
    def with_raw_response(self) -> PipelinesWithRawResponse:
        return PipelinesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> PipelinesWithStreamingResponse:
        return PipelinesWithStreamingResponse(self._client)


class PipelinesWithRawResponse(Resource[SyncClient]):
    """`pipelines` operations, WithRawResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[PipelineList]:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return self._client._call_raw(_PIPELINES_LIST, {"project_name": project_name}, options)

    def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeList]:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return self._client._call_raw(
            _PIPELINES_LIST_RUNTIMES,
            {
                "project_name": project_name,
                "pipeline_name": pipeline_name,
                "request": request,
                "release_id": release_id,
            },
            options,
        )

    def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeEnvelope]:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return self._client._call_raw(
            _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
        )

    def get(
        self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> RawResponse[PipelineEnvelope]:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return self._client._call_raw(
            _PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options
        )

    def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[StageList]:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return self._client._call_raw(
            _PIPELINES_LIST_STAGES,
            {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
            options,
        )

    def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeList]:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return self._client._call_raw(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options)


class PipelinesWithStreamingResponse(Resource[SyncClient]):
    """`pipelines` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[PipelineList]:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return self._client._call_stream(_PIPELINES_LIST, {"project_name": project_name}, options)

    def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FlowRuntimeList]:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return self._client._call_stream(
            _PIPELINES_LIST_RUNTIMES,
            {
                "project_name": project_name,
                "pipeline_name": pipeline_name,
                "request": request,
                "release_id": release_id,
            },
            options,
        )

    def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FlowRuntimeEnvelope]:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return self._client._call_stream(
            _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
        )

    def get(
        self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> StreamedResponse[PipelineEnvelope]:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return self._client._call_stream(
            _PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options
        )

    def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[StageList]:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return self._client._call_stream(
            _PIPELINES_LIST_STAGES,
            {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
            options,
        )

    def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FlowRuntimeList]:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return self._client._call_stream(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options)


class Releases(Resource[SyncClient]):
    """`releases` operations."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> ReleaseList:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return cast("ReleaseList", self._client._call(_RELEASES_LIST, {"project_name": project_name}, options))

    def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeEnvelope:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return cast(
            "FlowRuntimeEnvelope",
            self._client._call(
                _RELEASES_START,
                {
                    "body": body,
                    "project_name": project_name,
                    "release_name": release_name,
                    "starting_stage": starting_stage,
                },
                options,
            ),
        )

    def get(self, release_name: str, *, project_name: str, options: RequestOptions | None = None) -> ReleaseEnvelope:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return cast(
            "ReleaseEnvelope",
            self._client._call(_RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options),
        )

    @property
    def with_raw_response(self) -> ReleasesWithRawResponse:
        return ReleasesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ReleasesWithStreamingResponse:
        return ReleasesWithStreamingResponse(self._client)


class ReleasesWithRawResponse(Resource[SyncClient]):
    """`releases` operations, WithRawResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ReleaseList]:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return self._client._call_raw(_RELEASES_LIST, {"project_name": project_name}, options)

    def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeEnvelope]:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return self._client._call_raw(
            _RELEASES_START,
            {
                "body": body,
                "project_name": project_name,
                "release_name": release_name,
                "starting_stage": starting_stage,
            },
            options,
        )

    def get(
        self, release_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> RawResponse[ReleaseEnvelope]:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return self._client._call_raw(
            _RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options
        )


class ReleasesWithStreamingResponse(Resource[SyncClient]):
    """`releases` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[ReleaseList]:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return self._client._call_stream(_RELEASES_LIST, {"project_name": project_name}, options)

    def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FlowRuntimeEnvelope]:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return self._client._call_stream(
            _RELEASES_START,
            {
                "body": body,
                "project_name": project_name,
                "release_name": release_name,
                "starting_stage": starting_stage,
            },
            options,
        )

    def get(
        self, release_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> StreamedResponse[ReleaseEnvelope]:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return self._client._call_stream(
            _RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options
        )


class Objects(Resource[SyncClient]):
    """`objects` operations."""

    def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> ObjectList:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return cast("ObjectList", self._client._call(_OBJECTS_FIND, {"body": body, "request": request}, options))

    @property
    def with_raw_response(self) -> ObjectsWithRawResponse:
        return ObjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ObjectsWithStreamingResponse:
        return ObjectsWithStreamingResponse(self._client)


class ObjectsWithRawResponse(Resource[SyncClient]):
    """`objects` operations, WithRawResponse."""

    def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> RawResponse[ObjectList]:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return self._client._call_raw(_OBJECTS_FIND, {"body": body, "request": request}, options)


class ObjectsWithStreamingResponse(Resource[SyncClient]):
    """`objects` operations, WithStreamingResponse."""

    def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ObjectList]:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return self._client._call_stream(_OBJECTS_FIND, {"body": body, "request": request}, options)


class Artifacts(Resource[SyncClient]):
    """`artifacts` operations."""

    def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ArtifactEnvelope:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return cast(
            "ArtifactEnvelope",
            self._client._call(
                _ARTIFACTS_CREATE,
                {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
                options,
            ),
        )

    def get(self, artifact_name: str, *, options: RequestOptions | None = None) -> ArtifactEnvelope:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return cast("ArtifactEnvelope", self._client._call(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options))

    def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return cast("FreeForm", self._client._call(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options))

    def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ArtifactVersionList:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return cast(
            "ArtifactVersionList",
            self._client._call(
                _ARTIFACTS_LIST_VERSIONS,
                {
                    "artifact_name": artifact_name,
                    "artifact_version_state": artifact_version_state,
                    "repository_name": repository_name,
                    "max_results": max_results,
                },
                options,
            ),
        )

    def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> ArtifactVersionEnvelope:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return cast("ArtifactVersionEnvelope", self._client._call(_ARTIFACTS_CREATE_VERSION, {"body": body}, options))

    def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> ArtifactVersionEnvelope:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return cast(
            "ArtifactVersionEnvelope",
            self._client._call(_ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options),
        )

    def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> str:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return cast("str", self._client._call(_ARTIFACTS_PUBLISH, {"body": body}, options))

    @property
    def with_raw_response(self) -> ArtifactsWithRawResponse:
        return ArtifactsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ArtifactsWithStreamingResponse:
        return ArtifactsWithStreamingResponse(self._client)


class ArtifactsWithRawResponse(Resource[SyncClient]):
    """`artifacts` operations, WithRawResponse."""

    def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ArtifactEnvelope]:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return self._client._call_raw(
            _ARTIFACTS_CREATE,
            {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
            options,
        )

    def get(self, artifact_name: str, *, options: RequestOptions | None = None) -> RawResponse[ArtifactEnvelope]:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_raw(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options)

    def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_raw(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options)

    def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ArtifactVersionList]:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return self._client._call_raw(
            _ARTIFACTS_LIST_VERSIONS,
            {
                "artifact_name": artifact_name,
                "artifact_version_state": artifact_version_state,
                "repository_name": repository_name,
                "max_results": max_results,
            },
            options,
        )

    def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[ArtifactVersionEnvelope]:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return self._client._call_raw(_ARTIFACTS_CREATE_VERSION, {"body": body}, options)

    def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ArtifactVersionEnvelope]:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return self._client._call_raw(_ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options)

    def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> RawResponse[str]:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return self._client._call_raw(_ARTIFACTS_PUBLISH, {"body": body}, options)


class ArtifactsWithStreamingResponse(Resource[SyncClient]):
    """`artifacts` operations, WithStreamingResponse."""

    def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ArtifactEnvelope]:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return self._client._call_stream(
            _ARTIFACTS_CREATE,
            {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
            options,
        )

    def get(self, artifact_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[ArtifactEnvelope]:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_stream(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options)

    def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[FreeForm]:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_stream(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options)

    def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[ArtifactVersionList]:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return self._client._call_stream(
            _ARTIFACTS_LIST_VERSIONS,
            {
                "artifact_name": artifact_name,
                "artifact_version_state": artifact_version_state,
                "repository_name": repository_name,
                "max_results": max_results,
            },
            options,
        )

    def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[ArtifactVersionEnvelope]:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return self._client._call_stream(_ARTIFACTS_CREATE_VERSION, {"body": body}, options)

    def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ArtifactVersionEnvelope]:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return self._client._call_stream(
            _ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options
        )

    def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return self._client._call_stream(_ARTIFACTS_PUBLISH, {"body": body}, options)


class Repositories(Resource[SyncClient]):
    """`repositories` operations."""

    def list(self, *, options: RequestOptions | None = None) -> RepositoryList:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return cast("RepositoryList", self._client._call(_REPOSITORIES_LIST, {}, options))

    def get(self, repository_name: str, *, options: RequestOptions | None = None) -> RepositoryEnvelope:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return cast(
            "RepositoryEnvelope", self._client._call(_REPOSITORIES_GET, {"repository_name": repository_name}, options)
        )

    @property
    def with_raw_response(self) -> RepositoriesWithRawResponse:
        return RepositoriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> RepositoriesWithStreamingResponse:
        return RepositoriesWithStreamingResponse(self._client)


class RepositoriesWithRawResponse(Resource[SyncClient]):
    """`repositories` operations, WithRawResponse."""

    def list(self, *, options: RequestOptions | None = None) -> RawResponse[RepositoryList]:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return self._client._call_raw(_REPOSITORIES_LIST, {}, options)

    def get(self, repository_name: str, *, options: RequestOptions | None = None) -> RawResponse[RepositoryEnvelope]:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return self._client._call_raw(_REPOSITORIES_GET, {"repository_name": repository_name}, options)


class RepositoriesWithStreamingResponse(Resource[SyncClient]):
    """`repositories` operations, WithStreamingResponse."""

    def list(self, *, options: RequestOptions | None = None) -> StreamedResponse[RepositoryList]:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return self._client._call_stream(_REPOSITORIES_LIST, {}, options)

    def get(
        self, repository_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[RepositoryEnvelope]:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return self._client._call_stream(_REPOSITORIES_GET, {"repository_name": repository_name}, options)


class Applications(Resource[SyncClient]):
    """`applications` operations."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> ApplicationList:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return cast("ApplicationList", self._client._call(_APPLICATIONS_LIST, {"project_name": project_name}, options))

    def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> ApplicationEnvelope:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return cast(
            "ApplicationEnvelope",
            self._client._call(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options),
        )

    def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> ApplicationEnvelope:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return cast(
            "ApplicationEnvelope",
            self._client._call(
                _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
            ),
        )

    def delete(self, project_name: str, application_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return cast(
            "FreeForm",
            self._client._call(
                _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
            ),
        )

    def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> ProcessList:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return cast(
            "ProcessList",
            self._client._call(
                _APPLICATIONS_LIST_PROCESSES,
                {"project_name": project_name, "application_name": application_name},
                options,
            ),
        )

    def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> TierMapList:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return cast(
            "TierMapList",
            self._client._call(
                _APPLICATIONS_LIST_TIER_MAPS,
                {"project_name": project_name, "application_name": application_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> ApplicationsWithRawResponse:
        return ApplicationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ApplicationsWithStreamingResponse:
        return ApplicationsWithStreamingResponse(self._client)


class ApplicationsWithRawResponse(Resource[SyncClient]):
    """`applications` operations, WithRawResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ApplicationList]:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_raw(_APPLICATIONS_LIST, {"project_name": project_name}, options)

    def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[ApplicationEnvelope]:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_raw(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options)

    def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ApplicationEnvelope]:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_raw(
            _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
        )

    def delete(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_raw(
            _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ProcessList]:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return self._client._call_raw(
            _APPLICATIONS_LIST_PROCESSES, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[TierMapList]:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return self._client._call_raw(
            _APPLICATIONS_LIST_TIER_MAPS, {"project_name": project_name, "application_name": application_name}, options
        )


class ApplicationsWithStreamingResponse(Resource[SyncClient]):
    """`applications` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[ApplicationList]:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_stream(_APPLICATIONS_LIST, {"project_name": project_name}, options)

    def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[ApplicationEnvelope]:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_stream(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options)

    def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ApplicationEnvelope]:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_stream(
            _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
        )

    def delete(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_stream(
            _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ProcessList]:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return self._client._call_stream(
            _APPLICATIONS_LIST_PROCESSES, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[TierMapList]:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return self._client._call_stream(
            _APPLICATIONS_LIST_TIER_MAPS, {"project_name": project_name, "application_name": application_name}, options
        )


class Environments(Resource[SyncClient]):
    """`environments` operations."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> EnvironmentList:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return cast("EnvironmentList", self._client._call(_ENVIRONMENTS_LIST, {"project_name": project_name}, options))

    @property
    def with_raw_response(self) -> EnvironmentsWithRawResponse:
        return EnvironmentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> EnvironmentsWithStreamingResponse:
        return EnvironmentsWithStreamingResponse(self._client)


class EnvironmentsWithRawResponse(Resource[SyncClient]):
    """`environments` operations, WithRawResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[EnvironmentList]:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return self._client._call_raw(_ENVIRONMENTS_LIST, {"project_name": project_name}, options)


class EnvironmentsWithStreamingResponse(Resource[SyncClient]):
    """`environments` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> StreamedResponse[EnvironmentList]:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return self._client._call_stream(_ENVIRONMENTS_LIST, {"project_name": project_name}, options)


class Credentials(Resource[SyncClient]):
    """`credentials` operations."""

    def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> CredentialEnvelope:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return cast(
            "CredentialEnvelope",
            self._client._call(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options),
        )

    def delete(self, project_name: str, credential_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return cast(
            "FreeForm",
            self._client._call(
                _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
            ),
        )

    @property
    def with_raw_response(self) -> CredentialsWithRawResponse:
        return CredentialsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> CredentialsWithStreamingResponse:
        return CredentialsWithStreamingResponse(self._client)


class CredentialsWithRawResponse(Resource[SyncClient]):
    """`credentials` operations, WithRawResponse."""

    def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[CredentialEnvelope]:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return self._client._call_raw(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options)

    def delete(
        self, project_name: str, credential_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return self._client._call_raw(
            _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
        )


class CredentialsWithStreamingResponse(Resource[SyncClient]):
    """`credentials` operations, WithStreamingResponse."""

    def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[CredentialEnvelope]:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return self._client._call_stream(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options)

    def delete(
        self, project_name: str, credential_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return self._client._call_stream(
            _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
        )


class AsyncSessions(Resource[AsyncClient]):
    """`sessions` operations."""

    async def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Session:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return cast(
            "Session",
            await self._client._call(
                _SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options
            ),
        )

    async def logout(self, *, options: RequestOptions | None = None) -> FreeForm:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return cast("FreeForm", await self._client._call(_SESSIONS_LOGOUT, {}, options))

    async def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> Session:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return cast("Session", await self._client._call(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options))

    @property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        return AsyncSessionsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse:
        return AsyncSessionsWithStreamingResponse(self._client)


class AsyncSessionsWithRawResponse(Resource[AsyncClient]):
    """`sessions` operations, WithRawResponse."""

    async def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[Session]:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return await self._client._call_raw(
            _SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options
        )

    async def logout(self, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return await self._client._call_raw(_SESSIONS_LOGOUT, {}, options)

    async def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> RawResponse[Session]:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return await self._client._call_raw(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options)


class AsyncSessionsWithStreamingResponse(Resource[AsyncClient]):
    """`sessions` operations, WithStreamingResponse."""

    def login(
        self,
        *,
        body: LoginRequest | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[Session]:
        """Log in with a user name and password, or with a user access token, and get a session id.

        `POST /rest/v1.0/sessions`
        """
        return self._client._call_stream(
            _SESSIONS_LOGIN, {"body": body, "user_name": user_name, "password": password}, options
        )

    def logout(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[FreeForm]:
        """End the current session (the `logout` API).

        `DELETE /rest/v1.0/sessions`
        """
        return self._client._call_stream(_SESSIONS_LOGOUT, {}, options)

    def login_sso(
        self, *, body: FreeForm | NotGiven = NOT_GIVEN, token: str, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Session]:
        """Trade an SSO secret for a session id (the `loginSso` API).

        `POST /rest/v1.0/loginSso`
        """
        return self._client._call_stream(_SESSIONS_LOGIN_SSO, {"body": body, "token": token}, options)


class AsyncServer(Resource[AsyncClient]):
    """`server` operations."""

    async def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ServerStatusEnvelope:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return cast(
            "ServerStatusEnvelope",
            await self._client._call(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options),
        )

    async def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DslResult:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return cast(
            "DslResult",
            await self._client._call(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options),
        )

    async def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> ValueResult:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return cast(
            "ValueResult", await self._client._call(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)
        )

    @property
    def with_raw_response(self) -> AsyncServerWithRawResponse:
        return AsyncServerWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncServerWithStreamingResponse:
        return AsyncServerWithStreamingResponse(self._client)


class AsyncServerWithRawResponse(Resource[AsyncClient]):
    """`server` operations, WithRawResponse."""

    async def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ServerStatusEnvelope]:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return await self._client._call_raw(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options)

    async def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DslResult]:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return await self._client._call_raw(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options)

    async def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> RawResponse[ValueResult]:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return await self._client._call_raw(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)


class AsyncServerWithStreamingResponse(Resource[AsyncClient]):
    """`server` operations, WithStreamingResponse."""

    def get_status(
        self,
        *,
        server_stat_only: ServerGetStatusServerStatOnly | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ServerStatusEnvelope]:
        """The server's state (`getServerStatus`).

        `GET /rest/v1.0/server/status`
        """
        return self._client._call_stream(_SERVER_GET_STATUS, {"server_stat_only": server_stat_only}, options)

    def eval_dsl(
        self,
        *,
        body: DslRequest | NotGiven = NOT_GIVEN,
        dsl: str | NotGiven = NOT_GIVEN,
        format_: DslFormat | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[DslResult]:
        """Evaluate a Groovy or YAML DSL script (`evalDsl`).

        `POST /rest/v1.0/server/dsl`
        """
        return self._client._call_stream(_SERVER_EVAL_DSL, {"body": body, "dsl": dsl, "format_": format_}, options)

    def expand_string(
        self,
        *,
        body: ExpandStringRequest,
        request: ServerExpandStringRequest = "expandString",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ValueResult]:
        """Expand the `$[...]` property references in a string (`expandString`).

        `POST /rest/v1.0/expandString`
        """
        return self._client._call_stream(_SERVER_EXPAND_STRING, {"body": body, "request": request}, options)


class AsyncProjects(Resource[AsyncClient]):
    """`projects` operations."""

    async def list(self, *, options: RequestOptions | None = None) -> ProjectList:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return cast("ProjectList", await self._client._call(_PROJECTS_LIST, {}, options))

    async def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectEnvelope:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return cast(
            "ProjectEnvelope",
            await self._client._call(
                _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
            ),
        )

    async def get(self, project_name: str, *, options: RequestOptions | None = None) -> ProjectEnvelope:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return cast("ProjectEnvelope", await self._client._call(_PROJECTS_GET, {"project_name": project_name}, options))

    async def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ProjectEnvelope:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return cast(
            "ProjectEnvelope",
            await self._client._call(
                _PROJECTS_UPDATE,
                {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
                options,
            ),
        )

    async def delete(self, project_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return cast("FreeForm", await self._client._call(_PROJECTS_DELETE, {"project_name": project_name}, options))

    async def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> PropertyEnvelope:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            await self._client._call(
                _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        return AsyncProjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        return AsyncProjectsWithStreamingResponse(self._client)


class AsyncProjectsWithRawResponse(Resource[AsyncClient]):
    """`projects` operations, WithRawResponse."""

    async def list(self, *, options: RequestOptions | None = None) -> RawResponse[ProjectList]:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return await self._client._call_raw(_PROJECTS_LIST, {}, options)

    async def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectEnvelope]:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return await self._client._call_raw(
            _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
        )

    async def get(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ProjectEnvelope]:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return await self._client._call_raw(_PROJECTS_GET, {"project_name": project_name}, options)

    async def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ProjectEnvelope]:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return await self._client._call_raw(
            _PROJECTS_UPDATE,
            {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
            options,
        )

    async def delete(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return await self._client._call_raw(_PROJECTS_DELETE, {"project_name": project_name}, options)

    async def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[PropertyEnvelope]:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return await self._client._call_raw(
            _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
        )


class AsyncProjectsWithStreamingResponse(Resource[AsyncClient]):
    """`projects` operations, WithStreamingResponse."""

    def list(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ProjectList]:
        """Every project the user can see (`getProjects`).

        `GET /rest/v1.0/projects`
        """
        return self._client._call_stream(_PROJECTS_LIST, {}, options)

    def create(
        self,
        *,
        body: ProjectCreateRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectEnvelope]:
        """Create a project (`createProject`).

        `POST /rest/v1.0/projects`
        """
        return self._client._call_stream(
            _PROJECTS_CREATE, {"body": body, "project_name": project_name, "description": description}, options
        )

    def get(
        self, project_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProjectEnvelope]:
        """One project (`getProject`).

        `GET /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(_PROJECTS_GET, {"project_name": project_name}, options)

    def update(
        self,
        project_name: str,
        *,
        body: ProjectUpdateRequest | NotGiven = NOT_GIVEN,
        new_name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ProjectEnvelope]:
        """Change a project (`modifyProject`); the answer holds only the changed values.

        `PUT /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(
            _PROJECTS_UPDATE,
            {"project_name": project_name, "body": body, "new_name": new_name, "description": description},
            options,
        )

    def delete(self, project_name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[FreeForm]:
        """Delete a project (`deleteProject`).

        `DELETE /rest/v1.0/projects/{projectName}`
        """
        return self._client._call_stream(_PROJECTS_DELETE, {"project_name": project_name}, options)

    def get_property(
        self, project_name: str, property_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PropertyEnvelope]:
        """A property of a project, by its name relative to the project.

        `GET /rest/v1.0/projects/{projectName}/{propertyName}`
        """
        return self._client._call_stream(
            _PROJECTS_GET_PROPERTY, {"project_name": project_name, "property_name": property_name}, options
        )


class AsyncProcedures(Resource[AsyncClient]):
    """`procedures` operations."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> ProcedureList:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return cast(
            "ProcedureList", await self._client._call(_PROCEDURES_LIST, {"project_name": project_name}, options)
        )

    async def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> ProcedureEnvelope:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return cast(
            "ProcedureEnvelope",
            await self._client._call(
                _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
            ),
        )

    async def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> FormalParameterList:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return cast(
            "FormalParameterList",
            await self._client._call(
                _PROCEDURES_LIST_FORMAL_PARAMETERS,
                {"project_name": project_name, "procedure_name": procedure_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> AsyncProceduresWithRawResponse:
        return AsyncProceduresWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProceduresWithStreamingResponse:
        return AsyncProceduresWithStreamingResponse(self._client)


class AsyncProceduresWithRawResponse(Resource[AsyncClient]):
    """`procedures` operations, WithRawResponse."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ProcedureList]:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return await self._client._call_raw(_PROCEDURES_LIST, {"project_name": project_name}, options)

    async def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ProcedureEnvelope]:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return await self._client._call_raw(
            _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
        )

    async def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FormalParameterList]:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return await self._client._call_raw(
            _PROCEDURES_LIST_FORMAL_PARAMETERS,
            {"project_name": project_name, "procedure_name": procedure_name},
            options,
        )


class AsyncProceduresWithStreamingResponse(Resource[AsyncClient]):
    """`procedures` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ProcedureList]:
        """The procedures of a project (`getProcedures`).

        `GET /rest/v1.0/projects/{projectName}/procedures`
        """
        return self._client._call_stream(_PROCEDURES_LIST, {"project_name": project_name}, options)

    def get(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProcedureEnvelope]:
        """One procedure (`getProcedure`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}`
        """
        return self._client._call_stream(
            _PROCEDURES_GET, {"project_name": project_name, "procedure_name": procedure_name}, options
        )

    def list_formal_parameters(
        self, project_name: str, procedure_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FormalParameterList]:
        """The parameters a procedure declares (`getFormalParameters`).

        `GET /rest/v1.0/projects/{projectName}/procedures/{procedureName}/formalParameters`
        """
        return self._client._call_stream(
            _PROCEDURES_LIST_FORMAL_PARAMETERS,
            {"project_name": project_name, "procedure_name": procedure_name},
            options,
        )


class AsyncJobs(Resource[AsyncClient]):
    """`jobs` operations."""

    async def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JobList:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return cast(
            "JobList",
            await self._client._call(
                _JOBS_LIST,
                {
                    "project_name": project_name,
                    "status": status,
                    "sort_key": sort_key,
                    "sort_order": sort_order,
                    "max_results": max_results,
                },
                options,
            ),
        )

    async def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JobId:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return cast(
            "JobId",
            await self._client._call(
                _JOBS_RUN_PROCEDURE,
                {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
                options,
            ),
        )

    async def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> JobEnvelope | JobStatus:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return cast(
            "JobEnvelope | JobStatus",
            await self._client._call(_JOBS_GET, {"job_id": job_id, "request": request}, options),
        )

    async def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        return AsyncJobsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        return AsyncJobsWithStreamingResponse(self._client)


class AsyncJobsWithRawResponse(Resource[AsyncClient]):
    """`jobs` operations, WithRawResponse."""

    async def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[JobList]:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return await self._client._call_raw(
            _JOBS_LIST,
            {
                "project_name": project_name,
                "status": status,
                "sort_key": sort_key,
                "sort_order": sort_order,
                "max_results": max_results,
            },
            options,
        )

    async def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[JobId]:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return await self._client._call_raw(
            _JOBS_RUN_PROCEDURE,
            {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
            options,
        )

    async def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> RawResponse[JobEnvelope | JobStatus]:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return await self._client._call_raw(_JOBS_GET, {"job_id": job_id, "request": request}, options)

    async def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return await self._client._call_raw(
            _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
        )


class AsyncJobsWithStreamingResponse(Resource[AsyncClient]):
    """`jobs` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        sort_key: str | NotGiven = NOT_GIVEN,
        sort_order: JobsListSortOrder | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[JobList]:
        """Jobs, newest first when asked (`getJobs`).

        `GET /rest/v1.0/jobs`
        """
        return self._client._call_stream(
            _JOBS_LIST,
            {
                "project_name": project_name,
                "status": status,
                "sort_key": sort_key,
                "sort_order": sort_order,
                "max_results": max_results,
            },
            options,
        )

    def run_procedure(
        self,
        *,
        body: RunProcedureRequest | NotGiven = NOT_GIVEN,
        request: JobsRunProcedureRequest = "runProcedure",
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[JobId]:
        """Run a procedure; the answer is the new job's id (`runProcedure`).

        `POST /rest/v1.0/jobs`
        """
        return self._client._call_stream(
            _JOBS_RUN_PROCEDURE,
            {"body": body, "request": request, "project_name": project_name, "procedure_name": procedure_name},
            options,
        )

    def get(
        self,
        job_id: str,
        *,
        request: JobsGetRequest | NotGiven = "getJobDetails",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[JobEnvelope | JobStatus]:
        """A job's details, summary or status, as `request` asks (`getJobDetails`, `getJobSummary`, `getJobStatus`).

        `GET /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_stream(_JOBS_GET, {"job_id": job_id, "request": request}, options)

    def abort(
        self,
        job_id: str,
        *,
        request: JobsAbortRequest = "abortJob",
        force: FlagArgument | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FreeForm]:
        """Abort a running job (`abortJob`).

        `PUT /rest/v1.0/jobs/{jobId}`
        """
        return self._client._call_stream(
            _JOBS_ABORT, {"job_id": job_id, "request": request, "force": force, "reason": reason}, options
        )


class AsyncJobSteps(Resource[AsyncClient]):
    """`job_steps` operations."""

    async def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> JobStepList:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return cast(
            "JobStepList", await self._client._call(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options)
        )

    async def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> JobStepStatus:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return cast(
            "JobStepStatus",
            await self._client._call(_JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options),
        )

    @property
    def with_raw_response(self) -> AsyncJobStepsWithRawResponse:
        return AsyncJobStepsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncJobStepsWithStreamingResponse:
        return AsyncJobStepsWithStreamingResponse(self._client)


class AsyncJobStepsWithRawResponse(Resource[AsyncClient]):
    """`job_steps` operations, WithRawResponse."""

    async def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> RawResponse[JobStepList]:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return await self._client._call_raw(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options)

    async def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> RawResponse[JobStepStatus]:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return await self._client._call_raw(
            _JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options
        )


class AsyncJobStepsWithStreamingResponse(Resource[AsyncClient]):
    """`job_steps` operations, WithStreamingResponse."""

    def find(
        self, *, request: JobStepsFindRequest = "findJobSteps", job_id: str, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[JobStepList]:
        """The steps of a job (`findJobSteps`).

        `GET /rest/v1.0/jobSteps`
        """
        return self._client._call_stream(_JOB_STEPS_FIND, {"request": request, "job_id": job_id}, options)

    def get_status(
        self,
        job_step_id: str,
        *,
        request: JobStepsGetStatusRequest = "getJobStepStatus",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[JobStepStatus]:
        """A job step's status and outcome (`getJobStepStatus`).

        `GET /rest/v1.0/jobSteps/{jobStepId}`
        """
        return self._client._call_stream(
            _JOB_STEPS_GET_STATUS, {"job_step_id": job_step_id, "request": request}, options
        )


class AsyncProperties(Resource[AsyncClient]):
    """`properties` operations."""

    async def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertySheetEnvelope:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return cast(
            "PropertySheetEnvelope",
            await self._client._call(
                _PROPERTIES_LIST,
                {
                    "path": path,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                    "expand": expand,
                },
                options,
            ),
        )

    async def create(self, *, body: PropertyCreateRequest, options: RequestOptions | None = None) -> PropertyEnvelope:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return cast("PropertyEnvelope", await self._client._call(_PROPERTIES_CREATE, {"body": body}, options))

    async def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertyEnvelope:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            await self._client._call(
                _PROPERTIES_GET,
                {
                    "property_name": property_name,
                    "expand": expand,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    async def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertyEnvelope:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "PropertyEnvelope",
            await self._client._call(
                _PROPERTIES_SET,
                {
                    "property_name": property_name,
                    "body": body,
                    "value": value,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    async def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FreeForm:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _PROPERTIES_DELETE,
                {
                    "property_name": property_name,
                    "project_name": project_name,
                    "procedure_name": procedure_name,
                    "job_id": job_id,
                    "job_step_id": job_step_id,
                    "property_sheet_id": property_sheet_id,
                    "pipeline_name": pipeline_name,
                    "release_name": release_name,
                    "application_name": application_name,
                    "environment_name": environment_name,
                    "artifact_name": artifact_name,
                    "artifact_version_name": artifact_version_name,
                    "flow_runtime_id": flow_runtime_id,
                },
                options,
            ),
        )

    async def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> PropertySheetEnvelope:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return cast(
            "PropertySheetEnvelope",
            await self._client._call(
                _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncPropertiesWithRawResponse:
        return AsyncPropertiesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncPropertiesWithStreamingResponse:
        return AsyncPropertiesWithStreamingResponse(self._client)


class AsyncPropertiesWithRawResponse(Resource[AsyncClient]):
    """`properties` operations, WithRawResponse."""

    async def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertySheetEnvelope]:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return await self._client._call_raw(
            _PROPERTIES_LIST,
            {
                "path": path,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
                "expand": expand,
            },
            options,
        )

    async def create(
        self, *, body: PropertyCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[PropertyEnvelope]:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return await self._client._call_raw(_PROPERTIES_CREATE, {"body": body}, options)

    async def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertyEnvelope]:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return await self._client._call_raw(
            _PROPERTIES_GET,
            {
                "property_name": property_name,
                "expand": expand,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    async def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertyEnvelope]:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return await self._client._call_raw(
            _PROPERTIES_SET,
            {
                "property_name": property_name,
                "body": body,
                "value": value,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    async def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FreeForm]:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return await self._client._call_raw(
            _PROPERTIES_DELETE,
            {
                "property_name": property_name,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    async def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[PropertySheetEnvelope]:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return await self._client._call_raw(
            _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
        )


class AsyncPropertiesWithStreamingResponse(Resource[AsyncClient]):
    """`properties` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        path: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PropertySheetEnvelope]:
        """The properties of a sheet given by `path` or by locators (`getProperties`).

        `GET /rest/v1.0/properties`
        """
        return self._client._call_stream(
            _PROPERTIES_LIST,
            {
                "path": path,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
                "expand": expand,
            },
            options,
        )

    def create(
        self, *, body: PropertyCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PropertyEnvelope]:
        """Create a property or a property sheet (`createProperty`).

        `POST /rest/v1.0/properties`
        """
        return self._client._call_stream(_PROPERTIES_CREATE, {"body": body}, options)

    def get(
        self,
        property_name: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PropertyEnvelope]:
        """A property, by relative name plus locators or by full path (`getProperty`).

        `GET /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_GET,
            {
                "property_name": property_name,
                "expand": expand,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def set(
        self,
        property_name: str,
        *,
        body: PropertySetRequest | NotGiven = NOT_GIVEN,
        value: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PropertyEnvelope]:
        """Set a property's value, creating it if needed (`setProperty`).

        `PUT /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_SET,
            {
                "property_name": property_name,
                "body": body,
                "value": value,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def delete(
        self,
        property_name: str,
        *,
        project_name: str | NotGiven = NOT_GIVEN,
        procedure_name: str | NotGiven = NOT_GIVEN,
        job_id: str | NotGiven = NOT_GIVEN,
        job_step_id: str | NotGiven = NOT_GIVEN,
        property_sheet_id: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        application_name: str | NotGiven = NOT_GIVEN,
        environment_name: str | NotGiven = NOT_GIVEN,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_name: str | NotGiven = NOT_GIVEN,
        flow_runtime_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FreeForm]:
        """Delete a property or a sheet (`deleteProperty`).

        `DELETE /rest/v1.0/properties/{propertyName}`
        """
        return self._client._call_stream(
            _PROPERTIES_DELETE,
            {
                "property_name": property_name,
                "project_name": project_name,
                "procedure_name": procedure_name,
                "job_id": job_id,
                "job_step_id": job_step_id,
                "property_sheet_id": property_sheet_id,
                "pipeline_name": pipeline_name,
                "release_name": release_name,
                "application_name": application_name,
                "environment_name": environment_name,
                "artifact_name": artifact_name,
                "artifact_version_name": artifact_version_name,
                "flow_runtime_id": flow_runtime_id,
            },
            options,
        )

    def get_sheet(
        self,
        property_sheet_id: str,
        *,
        expand: FlagArgument | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[PropertySheetEnvelope]:
        """A property sheet and the properties in it (`getProperties` by sheet id).

        `GET /rest/v1.0/propertySheets/{propertySheetId}`
        """
        return self._client._call_stream(
            _PROPERTIES_GET_SHEET, {"property_sheet_id": property_sheet_id, "expand": expand}, options
        )


class AsyncPipelines(Resource[AsyncClient]):
    """`pipelines` operations."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> PipelineList:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return cast("PipelineList", await self._client._call(_PIPELINES_LIST, {"project_name": project_name}, options))

    async def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeList:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return cast(
            "FlowRuntimeList",
            await self._client._call(
                _PIPELINES_LIST_RUNTIMES,
                {
                    "project_name": project_name,
                    "pipeline_name": pipeline_name,
                    "request": request,
                    "release_id": release_id,
                },
                options,
            ),
        )

    async def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeEnvelope:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return cast(
            "FlowRuntimeEnvelope",
            await self._client._call(
                _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
            ),
        )

    async def get(
        self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> PipelineEnvelope:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return cast(
            "PipelineEnvelope",
            await self._client._call(
                _PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options
            ),
        )

    async def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StageList:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return cast(
            "StageList",
            await self._client._call(
                _PIPELINES_LIST_STAGES,
                {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
                options,
            ),
        )

    async def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> FlowRuntimeList:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return cast(
            "FlowRuntimeList",
            await self._client._call(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options),
        )

    @property
    def with_raw_response(self) -> AsyncPipelinesWithRawResponse:
        return AsyncPipelinesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncPipelinesWithStreamingResponse:
        return AsyncPipelinesWithStreamingResponse(self._client)


class AsyncPipelinesWithRawResponse(Resource[AsyncClient]):
    """`pipelines` operations, WithRawResponse."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[PipelineList]:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return await self._client._call_raw(_PIPELINES_LIST, {"project_name": project_name}, options)

    async def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeList]:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return await self._client._call_raw(
            _PIPELINES_LIST_RUNTIMES,
            {
                "project_name": project_name,
                "pipeline_name": pipeline_name,
                "request": request,
                "release_id": release_id,
            },
            options,
        )

    async def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeEnvelope]:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return await self._client._call_raw(
            _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
        )

    async def get(
        self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> RawResponse[PipelineEnvelope]:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return await self._client._call_raw(
            _PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options
        )

    async def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[StageList]:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return await self._client._call_raw(
            _PIPELINES_LIST_STAGES,
            {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
            options,
        )

    async def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeList]:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return await self._client._call_raw(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options)


class AsyncPipelinesWithStreamingResponse(Resource[AsyncClient]):
    """`pipelines` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[PipelineList]:
        """The pipelines of a project (`getPipelines`).

        `GET /rest/v1.0/projects/{projectName}/pipelines`
        """
        return self._client._call_stream(_PIPELINES_LIST, {"project_name": project_name}, options)

    def list_runtimes(
        self,
        project_name: str,
        pipeline_name: str,
        *,
        request: PipelinesListRuntimesRequest = "getPipelineRuntimes",
        release_id: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FlowRuntimeList]:
        """The runs of a pipeline, optionally within a release (`getPipelineRuntimes`).

        `PUT /rest/v1.0/projects/{projectName}/pipelines/{pipelineName}`
        """
        return self._client._call_stream(
            _PIPELINES_LIST_RUNTIMES,
            {
                "project_name": project_name,
                "pipeline_name": pipeline_name,
                "request": request,
                "release_id": release_id,
            },
            options,
        )

    def run(
        self,
        *,
        body: RunPipelineRequest | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FlowRuntimeEnvelope]:
        """Run a pipeline; the answer is the new run (`runPipeline`).

        `POST /rest/v1.0/pipelines`
        """
        return self._client._call_stream(
            _PIPELINES_RUN, {"body": body, "project_name": project_name, "pipeline_name": pipeline_name}, options
        )

    def get(
        self, pipeline_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[PipelineEnvelope]:
        """One pipeline (`getPipeline`).

        `GET /rest/v1.0/pipelines/{pipelineName}`
        """
        return self._client._call_stream(
            _PIPELINES_GET, {"pipeline_name": pipeline_name, "project_name": project_name}, options
        )

    def list_stages(
        self,
        project_name: str,
        *,
        pipeline_name: str | NotGiven = NOT_GIVEN,
        release_name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[StageList]:
        """The stages of a pipeline, or of a release's pipeline (`getStages`).

        `GET /rest/v1.0/projects/{projectName}/stages`
        """
        return self._client._call_stream(
            _PIPELINES_LIST_STAGES,
            {"project_name": project_name, "pipeline_name": pipeline_name, "release_name": release_name},
            options,
        )

    def get_runtime_details(
        self,
        *,
        body: RuntimeDetailsRequest,
        request: PipelinesGetRuntimeDetailsRequest = "getPipelineRuntimeDetails",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FlowRuntimeList]:
        """The state of pipeline runs, by flow runtime id (`getPipelineRuntimeDetails`).

        `PUT /rest/v1.0/pipelineRuntimeDetails`
        """
        return self._client._call_stream(_PIPELINES_GET_RUNTIME_DETAILS, {"body": body, "request": request}, options)


class AsyncReleases(Resource[AsyncClient]):
    """`releases` operations."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> ReleaseList:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return cast("ReleaseList", await self._client._call(_RELEASES_LIST, {"project_name": project_name}, options))

    async def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FlowRuntimeEnvelope:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return cast(
            "FlowRuntimeEnvelope",
            await self._client._call(
                _RELEASES_START,
                {
                    "body": body,
                    "project_name": project_name,
                    "release_name": release_name,
                    "starting_stage": starting_stage,
                },
                options,
            ),
        )

    async def get(
        self, release_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> ReleaseEnvelope:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return cast(
            "ReleaseEnvelope",
            await self._client._call(
                _RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncReleasesWithRawResponse:
        return AsyncReleasesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncReleasesWithStreamingResponse:
        return AsyncReleasesWithStreamingResponse(self._client)


class AsyncReleasesWithRawResponse(Resource[AsyncClient]):
    """`releases` operations, WithRawResponse."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ReleaseList]:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return await self._client._call_raw(_RELEASES_LIST, {"project_name": project_name}, options)

    async def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FlowRuntimeEnvelope]:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return await self._client._call_raw(
            _RELEASES_START,
            {
                "body": body,
                "project_name": project_name,
                "release_name": release_name,
                "starting_stage": starting_stage,
            },
            options,
        )

    async def get(
        self, release_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> RawResponse[ReleaseEnvelope]:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return await self._client._call_raw(
            _RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options
        )


class AsyncReleasesWithStreamingResponse(Resource[AsyncClient]):
    """`releases` operations, WithStreamingResponse."""

    def list(self, project_name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ReleaseList]:
        """The releases of a project (`getReleases`).

        `GET /rest/v1.0/projects/{projectName}/releases`
        """
        return self._client._call_stream(_RELEASES_LIST, {"project_name": project_name}, options)

    def start(
        self,
        *,
        body: StartReleaseRequest | NotGiven = NOT_GIVEN,
        project_name: str,
        release_name: str,
        starting_stage: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FlowRuntimeEnvelope]:
        """Start a release's pipeline; the answer is the new run (`startRelease`).

        `POST /rest/v1.0/releases`
        """
        return self._client._call_stream(
            _RELEASES_START,
            {
                "body": body,
                "project_name": project_name,
                "release_name": release_name,
                "starting_stage": starting_stage,
            },
            options,
        )

    def get(
        self, release_name: str, *, project_name: str, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ReleaseEnvelope]:
        """One release (`getRelease`).

        `GET /rest/v1.0/releases/{releaseName}`
        """
        return self._client._call_stream(
            _RELEASES_GET, {"release_name": release_name, "project_name": project_name}, options
        )


class AsyncObjects(Resource[AsyncClient]):
    """`objects` operations."""

    async def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> ObjectList:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return cast("ObjectList", await self._client._call(_OBJECTS_FIND, {"body": body, "request": request}, options))

    @property
    def with_raw_response(self) -> AsyncObjectsWithRawResponse:
        return AsyncObjectsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncObjectsWithStreamingResponse:
        return AsyncObjectsWithStreamingResponse(self._client)


class AsyncObjectsWithRawResponse(Resource[AsyncClient]):
    """`objects` operations, WithRawResponse."""

    async def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> RawResponse[ObjectList]:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return await self._client._call_raw(_OBJECTS_FIND, {"body": body, "request": request}, options)


class AsyncObjectsWithStreamingResponse(Resource[AsyncClient]):
    """`objects` operations, WithStreamingResponse."""

    def find(
        self,
        *,
        body: FindObjectsRequest,
        request: ObjectsFindRequest = "findObjects",
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ObjectList]:
        """Search objects of one type with filters and a sort (`findObjects`).

        `PUT /rest/v1.0/objects`
        """
        return self._client._call_stream(_OBJECTS_FIND, {"body": body, "request": request}, options)


class AsyncArtifacts(Resource[AsyncClient]):
    """`artifacts` operations."""

    async def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ArtifactEnvelope:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return cast(
            "ArtifactEnvelope",
            await self._client._call(
                _ARTIFACTS_CREATE,
                {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
                options,
            ),
        )

    async def get(self, artifact_name: str, *, options: RequestOptions | None = None) -> ArtifactEnvelope:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return cast(
            "ArtifactEnvelope", await self._client._call(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options)
        )

    async def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return cast("FreeForm", await self._client._call(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options))

    async def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ArtifactVersionList:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return cast(
            "ArtifactVersionList",
            await self._client._call(
                _ARTIFACTS_LIST_VERSIONS,
                {
                    "artifact_name": artifact_name,
                    "artifact_version_state": artifact_version_state,
                    "repository_name": repository_name,
                    "max_results": max_results,
                },
                options,
            ),
        )

    async def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> ArtifactVersionEnvelope:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return cast(
            "ArtifactVersionEnvelope", await self._client._call(_ARTIFACTS_CREATE_VERSION, {"body": body}, options)
        )

    async def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> ArtifactVersionEnvelope:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return cast(
            "ArtifactVersionEnvelope",
            await self._client._call(_ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options),
        )

    async def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> str:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return cast("str", await self._client._call(_ARTIFACTS_PUBLISH, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncArtifactsWithRawResponse:
        return AsyncArtifactsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncArtifactsWithStreamingResponse:
        return AsyncArtifactsWithStreamingResponse(self._client)


class AsyncArtifactsWithRawResponse(Resource[AsyncClient]):
    """`artifacts` operations, WithRawResponse."""

    async def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ArtifactEnvelope]:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return await self._client._call_raw(
            _ARTIFACTS_CREATE,
            {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
            options,
        )

    async def get(self, artifact_name: str, *, options: RequestOptions | None = None) -> RawResponse[ArtifactEnvelope]:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return await self._client._call_raw(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options)

    async def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> RawResponse[FreeForm]:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return await self._client._call_raw(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options)

    async def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[ArtifactVersionList]:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return await self._client._call_raw(
            _ARTIFACTS_LIST_VERSIONS,
            {
                "artifact_name": artifact_name,
                "artifact_version_state": artifact_version_state,
                "repository_name": repository_name,
                "max_results": max_results,
            },
            options,
        )

    async def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[ArtifactVersionEnvelope]:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return await self._client._call_raw(_ARTIFACTS_CREATE_VERSION, {"body": body}, options)

    async def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ArtifactVersionEnvelope]:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return await self._client._call_raw(
            _ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options
        )

    async def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> RawResponse[str]:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return await self._client._call_raw(_ARTIFACTS_PUBLISH, {"body": body}, options)


class AsyncArtifactsWithStreamingResponse(Resource[AsyncClient]):
    """`artifacts` operations, WithStreamingResponse."""

    def create(
        self,
        *,
        body: ArtifactCreateRequest | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        artifact_key: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ArtifactEnvelope]:
        """Create an artifact `groupId:artifactKey` (`createArtifact`).

        `POST /rest/v1.0/artifacts`
        """
        return self._client._call_stream(
            _ARTIFACTS_CREATE,
            {"body": body, "group_id": group_id, "artifact_key": artifact_key, "description": description},
            options,
        )

    def get(
        self, artifact_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ArtifactEnvelope]:
        """One artifact (`getArtifact`).

        `GET /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_stream(_ARTIFACTS_GET, {"artifact_name": artifact_name}, options)

    def delete(self, artifact_name: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[FreeForm]:
        """Delete an artifact and its versions (`deleteArtifact`).

        `DELETE /rest/v1.0/artifacts/{artifactName}`
        """
        return self._client._call_stream(_ARTIFACTS_DELETE, {"artifact_name": artifact_name}, options)

    def list_versions(
        self,
        *,
        artifact_name: str | NotGiven = NOT_GIVEN,
        artifact_version_state: str | NotGiven = NOT_GIVEN,
        repository_name: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[ArtifactVersionList]:
        """The versions of an artifact (`getArtifactVersions`).

        `GET /rest/v1.0/artifactVersions`
        """
        return self._client._call_stream(
            _ARTIFACTS_LIST_VERSIONS,
            {
                "artifact_name": artifact_name,
                "artifact_version_state": artifact_version_state,
                "repository_name": repository_name,
                "max_results": max_results,
            },
            options,
        )

    def create_version(
        self, *, body: ArtifactVersionCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ArtifactVersionEnvelope]:
        """Record an artifact version without files (`createArtifactVersion`).

        `POST /rest/v1.0/artifactVersions`
        """
        return self._client._call_stream(_ARTIFACTS_CREATE_VERSION, {"body": body}, options)

    def get_version(
        self, artifact_version_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ArtifactVersionEnvelope]:
        """One artifact version, named `groupId:artifactKey:version` (`getArtifactVersion`).

        `GET /rest/v1.0/artifactVersions/{artifactVersionName}`
        """
        return self._client._call_stream(
            _ARTIFACTS_GET_VERSION, {"artifact_version_name": artifact_version_name}, options
        )

    def publish(self, *, body: PublishForm, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

        `POST /commander/cgi-bin/publishArtifactAPI.cgi`
        """
        return self._client._call_stream(_ARTIFACTS_PUBLISH, {"body": body}, options)


class AsyncRepositories(Resource[AsyncClient]):
    """`repositories` operations."""

    async def list(self, *, options: RequestOptions | None = None) -> RepositoryList:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return cast("RepositoryList", await self._client._call(_REPOSITORIES_LIST, {}, options))

    async def get(self, repository_name: str, *, options: RequestOptions | None = None) -> RepositoryEnvelope:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return cast(
            "RepositoryEnvelope",
            await self._client._call(_REPOSITORIES_GET, {"repository_name": repository_name}, options),
        )

    @property
    def with_raw_response(self) -> AsyncRepositoriesWithRawResponse:
        return AsyncRepositoriesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncRepositoriesWithStreamingResponse:
        return AsyncRepositoriesWithStreamingResponse(self._client)


class AsyncRepositoriesWithRawResponse(Resource[AsyncClient]):
    """`repositories` operations, WithRawResponse."""

    async def list(self, *, options: RequestOptions | None = None) -> RawResponse[RepositoryList]:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return await self._client._call_raw(_REPOSITORIES_LIST, {}, options)

    async def get(
        self, repository_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[RepositoryEnvelope]:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return await self._client._call_raw(_REPOSITORIES_GET, {"repository_name": repository_name}, options)


class AsyncRepositoriesWithStreamingResponse(Resource[AsyncClient]):
    """`repositories` operations, WithStreamingResponse."""

    def list(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[RepositoryList]:
        """The artifact repositories (`getRepositories`).

        `GET /rest/v1.0/repositories`
        """
        return self._client._call_stream(_REPOSITORIES_LIST, {}, options)

    def get(
        self, repository_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[RepositoryEnvelope]:
        """One artifact repository (`getRepository`).

        `GET /rest/v1.0/repositories/{repositoryName}`
        """
        return self._client._call_stream(_REPOSITORIES_GET, {"repository_name": repository_name}, options)


class AsyncApplications(Resource[AsyncClient]):
    """`applications` operations."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> ApplicationList:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return cast(
            "ApplicationList", await self._client._call(_APPLICATIONS_LIST, {"project_name": project_name}, options)
        )

    async def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> ApplicationEnvelope:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return cast(
            "ApplicationEnvelope",
            await self._client._call(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options),
        )

    async def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> ApplicationEnvelope:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return cast(
            "ApplicationEnvelope",
            await self._client._call(
                _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
            ),
        )

    async def delete(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> FreeForm:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
            ),
        )

    async def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> ProcessList:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return cast(
            "ProcessList",
            await self._client._call(
                _APPLICATIONS_LIST_PROCESSES,
                {"project_name": project_name, "application_name": application_name},
                options,
            ),
        )

    async def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> TierMapList:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return cast(
            "TierMapList",
            await self._client._call(
                _APPLICATIONS_LIST_TIER_MAPS,
                {"project_name": project_name, "application_name": application_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> AsyncApplicationsWithRawResponse:
        return AsyncApplicationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncApplicationsWithStreamingResponse:
        return AsyncApplicationsWithStreamingResponse(self._client)


class AsyncApplicationsWithRawResponse(Resource[AsyncClient]):
    """`applications` operations, WithRawResponse."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[ApplicationList]:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return await self._client._call_raw(_APPLICATIONS_LIST, {"project_name": project_name}, options)

    async def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[ApplicationEnvelope]:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return await self._client._call_raw(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options)

    async def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ApplicationEnvelope]:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return await self._client._call_raw(
            _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
        )

    async def delete(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return await self._client._call_raw(
            _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
        )

    async def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[ProcessList]:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return await self._client._call_raw(
            _APPLICATIONS_LIST_PROCESSES, {"project_name": project_name, "application_name": application_name}, options
        )

    async def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[TierMapList]:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return await self._client._call_raw(
            _APPLICATIONS_LIST_TIER_MAPS, {"project_name": project_name, "application_name": application_name}, options
        )


class AsyncApplicationsWithStreamingResponse(Resource[AsyncClient]):
    """`applications` operations, WithStreamingResponse."""

    def list(
        self, project_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ApplicationList]:
        """The applications of a project (`getApplications`).

        `GET /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_stream(_APPLICATIONS_LIST, {"project_name": project_name}, options)

    def create(
        self, project_name: str, *, body: ApplicationCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ApplicationEnvelope]:
        """Create an application (`createApplication`).

        `POST /rest/v1.0/projects/{projectName}/applications`
        """
        return self._client._call_stream(_APPLICATIONS_CREATE, {"project_name": project_name, "body": body}, options)

    def get(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ApplicationEnvelope]:
        """One application (`getApplication`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_stream(
            _APPLICATIONS_GET, {"project_name": project_name, "application_name": application_name}, options
        )

    def delete(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """Delete an application (`deleteApplication`).

        `DELETE /rest/v1.0/projects/{projectName}/applications/{applicationName}`
        """
        return self._client._call_stream(
            _APPLICATIONS_DELETE, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_processes(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ProcessList]:
        """The processes of an application (`getProcesses`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/processes`
        """
        return self._client._call_stream(
            _APPLICATIONS_LIST_PROCESSES, {"project_name": project_name, "application_name": application_name}, options
        )

    def list_tier_maps(
        self, project_name: str, application_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[TierMapList]:
        """Which environments an application's tiers map to (`getTierMaps`).

        `GET /rest/v1.0/projects/{projectName}/applications/{applicationName}/tierMaps`
        """
        return self._client._call_stream(
            _APPLICATIONS_LIST_TIER_MAPS, {"project_name": project_name, "application_name": application_name}, options
        )


class AsyncEnvironments(Resource[AsyncClient]):
    """`environments` operations."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> EnvironmentList:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return cast(
            "EnvironmentList", await self._client._call(_ENVIRONMENTS_LIST, {"project_name": project_name}, options)
        )

    @property
    def with_raw_response(self) -> AsyncEnvironmentsWithRawResponse:
        return AsyncEnvironmentsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncEnvironmentsWithStreamingResponse:
        return AsyncEnvironmentsWithStreamingResponse(self._client)


class AsyncEnvironmentsWithRawResponse(Resource[AsyncClient]):
    """`environments` operations, WithRawResponse."""

    async def list(self, project_name: str, *, options: RequestOptions | None = None) -> RawResponse[EnvironmentList]:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return await self._client._call_raw(_ENVIRONMENTS_LIST, {"project_name": project_name}, options)


class AsyncEnvironmentsWithStreamingResponse(Resource[AsyncClient]):
    """`environments` operations, WithStreamingResponse."""

    def list(
        self, project_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EnvironmentList]:
        """The environments of a project (`getEnvironments`).

        `GET /rest/v1.0/projects/{projectName}/environments`
        """
        return self._client._call_stream(_ENVIRONMENTS_LIST, {"project_name": project_name}, options)


class AsyncCredentials(Resource[AsyncClient]):
    """`credentials` operations."""

    async def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> CredentialEnvelope:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return cast(
            "CredentialEnvelope",
            await self._client._call(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options),
        )

    async def delete(
        self, project_name: str, credential_name: str, *, options: RequestOptions | None = None
    ) -> FreeForm:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return cast(
            "FreeForm",
            await self._client._call(
                _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncCredentialsWithRawResponse:
        return AsyncCredentialsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncCredentialsWithStreamingResponse:
        return AsyncCredentialsWithStreamingResponse(self._client)


class AsyncCredentialsWithRawResponse(Resource[AsyncClient]):
    """`credentials` operations, WithRawResponse."""

    async def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[CredentialEnvelope]:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return await self._client._call_raw(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options)

    async def delete(
        self, project_name: str, credential_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return await self._client._call_raw(
            _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
        )


class AsyncCredentialsWithStreamingResponse(Resource[AsyncClient]):
    """`credentials` operations, WithStreamingResponse."""

    def create(
        self, project_name: str, *, body: CredentialCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[CredentialEnvelope]:
        """Create a credential in a project (`createCredential`).

        `POST /rest/v1.0/projects/{projectName}/credentials`
        """
        return self._client._call_stream(_CREDENTIALS_CREATE, {"project_name": project_name, "body": body}, options)

    def delete(
        self, project_name: str, credential_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """Delete a credential (`deleteCredential`).

        `DELETE /rest/v1.0/projects/{projectName}/credentials/{credentialName}`
        """
        return self._client._call_stream(
            _CREDENTIALS_DELETE, {"project_name": project_name, "credential_name": credential_name}, options
        )


class FlowClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def sessions(self) -> Sessions:
        return Sessions(self)

    @property
    def server(self) -> Server:
        return Server(self)

    @property
    def projects(self) -> Projects:
        return Projects(self)

    @property
    def procedures(self) -> Procedures:
        return Procedures(self)

    @property
    def jobs(self) -> Jobs:
        return Jobs(self)

    @property
    def job_steps(self) -> JobSteps:
        return JobSteps(self)

    @property
    def properties(self) -> Properties:
        return Properties(self)

    @property
    def pipelines(self) -> Pipelines:
        return Pipelines(self)

    @property
    def releases(self) -> Releases:
        return Releases(self)

    @property
    def objects(self) -> Objects:
        return Objects(self)

    @property
    def artifacts(self) -> Artifacts:
        return Artifacts(self)

    @property
    def repositories(self) -> Repositories:
        return Repositories(self)

    @property
    def applications(self) -> Applications:
        return Applications(self)

    @property
    def environments(self) -> Environments:
        return Environments(self)

    @property
    def credentials(self) -> Credentials:
        return Credentials(self)


class AsyncFlowClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def sessions(self) -> AsyncSessions:
        return AsyncSessions(self)

    @property
    def server(self) -> AsyncServer:
        return AsyncServer(self)

    @property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)

    @property
    def procedures(self) -> AsyncProcedures:
        return AsyncProcedures(self)

    @property
    def jobs(self) -> AsyncJobs:
        return AsyncJobs(self)

    @property
    def job_steps(self) -> AsyncJobSteps:
        return AsyncJobSteps(self)

    @property
    def properties(self) -> AsyncProperties:
        return AsyncProperties(self)

    @property
    def pipelines(self) -> AsyncPipelines:
        return AsyncPipelines(self)

    @property
    def releases(self) -> AsyncReleases:
        return AsyncReleases(self)

    @property
    def objects(self) -> AsyncObjects:
        return AsyncObjects(self)

    @property
    def artifacts(self) -> AsyncArtifacts:
        return AsyncArtifacts(self)

    @property
    def repositories(self) -> AsyncRepositories:
        return AsyncRepositories(self)

    @property
    def applications(self) -> AsyncApplications:
        return AsyncApplications(self)

    @property
    def environments(self) -> AsyncEnvironments:
        return AsyncEnvironments(self)

    @property
    def credentials(self) -> AsyncCredentials:
        return AsyncCredentials(self)


OPERATIONS = (
    _SESSIONS_LOGIN,
    _SESSIONS_LOGOUT,
    _SESSIONS_LOGIN_SSO,
    _SERVER_GET_STATUS,
    _SERVER_EVAL_DSL,
    _SERVER_EXPAND_STRING,
    _PROJECTS_LIST,
    _PROJECTS_CREATE,
    _PROJECTS_GET,
    _PROJECTS_UPDATE,
    _PROJECTS_DELETE,
    _PROJECTS_GET_PROPERTY,
    _PROCEDURES_LIST,
    _PROCEDURES_GET,
    _PROCEDURES_LIST_FORMAL_PARAMETERS,
    _JOBS_LIST,
    _JOBS_RUN_PROCEDURE,
    _JOBS_GET,
    _JOBS_ABORT,
    _JOB_STEPS_FIND,
    _JOB_STEPS_GET_STATUS,
    _PROPERTIES_LIST,
    _PROPERTIES_CREATE,
    _PROPERTIES_GET,
    _PROPERTIES_SET,
    _PROPERTIES_DELETE,
    _PROPERTIES_GET_SHEET,
    _PIPELINES_LIST,
    _PIPELINES_LIST_RUNTIMES,
    _PIPELINES_RUN,
    _PIPELINES_GET,
    _PIPELINES_LIST_STAGES,
    _PIPELINES_GET_RUNTIME_DETAILS,
    _RELEASES_LIST,
    _RELEASES_START,
    _RELEASES_GET,
    _OBJECTS_FIND,
    _ARTIFACTS_CREATE,
    _ARTIFACTS_GET,
    _ARTIFACTS_DELETE,
    _ARTIFACTS_LIST_VERSIONS,
    _ARTIFACTS_CREATE_VERSION,
    _ARTIFACTS_GET_VERSION,
    _ARTIFACTS_PUBLISH,
    _REPOSITORIES_LIST,
    _REPOSITORIES_GET,
    _APPLICATIONS_LIST,
    _APPLICATIONS_CREATE,
    _APPLICATIONS_GET,
    _APPLICATIONS_DELETE,
    _APPLICATIONS_LIST_PROCESSES,
    _APPLICATIONS_LIST_TIER_MAPS,
    _ENVIRONMENTS_LIST,
    _CREDENTIALS_CREATE,
    _CREDENTIALS_DELETE,
)
