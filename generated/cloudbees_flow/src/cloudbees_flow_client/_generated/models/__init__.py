"""Contains all the data models used in inputs/outputs"""

from .actual_parameter import ActualParameter
from .application import Application
from .application_create_request import ApplicationCreateRequest
from .application_envelope import ApplicationEnvelope
from .application_list import ApplicationList
from .artifact import Artifact
from .artifact_create_request import ArtifactCreateRequest
from .artifact_envelope import ArtifactEnvelope
from .artifact_version import ArtifactVersion
from .artifact_version_create_request import ArtifactVersionCreateRequest
from .artifact_version_envelope import ArtifactVersionEnvelope
from .artifact_version_list import ArtifactVersionList
from .credential import Credential
from .credential_create_request import CredentialCreateRequest
from .credential_envelope import CredentialEnvelope
from .dsl_format import DslFormat
from .dsl_request import DslRequest
from .dsl_result import DslResult
from .environment import Environment
from .environment_list import EnvironmentList
from .error import Error
from .error_detail import ErrorDetail
from .expand_string_request import ExpandStringRequest
from .filter_ import Filter
from .find_objects_request import FindObjectsRequest
from .flag_argument import FlagArgument
from .flow_runtime import FlowRuntime
from .flow_runtime_envelope import FlowRuntimeEnvelope
from .flow_runtime_list import FlowRuntimeList
from .formal_parameter import FormalParameter
from .formal_parameter_list import FormalParameterList
from .found_object import FoundObject
from .free_form import FreeForm
from .job import Job
from .job_envelope import JobEnvelope
from .job_id import JobId
from .job_list import JobList
from .job_status import JobStatus
from .job_step import JobStep
from .job_step_list import JobStepList
from .job_step_status import JobStepStatus
from .job_steps_find_request import JobStepsFindRequest
from .job_steps_get_status_request import JobStepsGetStatusRequest
from .jobs_abort_request import JobsAbortRequest
from .jobs_get_request import JobsGetRequest
from .jobs_list_sort_order import JobsListSortOrder
from .jobs_run_procedure_request import JobsRunProcedureRequest
from .login_request import LoginRequest
from .object_list import ObjectList
from .objects_find_request import ObjectsFindRequest
from .pipeline import Pipeline
from .pipeline_envelope import PipelineEnvelope
from .pipeline_list import PipelineList
from .pipeline_parameter import PipelineParameter
from .pipelines_get_runtime_details_request import PipelinesGetRuntimeDetailsRequest
from .pipelines_list_runtimes_request import PipelinesListRuntimesRequest
from .procedure import Procedure
from .procedure_envelope import ProcedureEnvelope
from .procedure_list import ProcedureList
from .process import Process
from .process_list import ProcessList
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_envelope import ProjectEnvelope
from .project_list import ProjectList
from .project_update_request import ProjectUpdateRequest
from .property_ import Property
from .property_create_request import PropertyCreateRequest
from .property_create_request_property_type import PropertyCreateRequestPropertyType
from .property_envelope import PropertyEnvelope
from .property_set_request import PropertySetRequest
from .property_sheet import PropertySheet
from .property_sheet_envelope import PropertySheetEnvelope
from .publish_form import PublishForm
from .publish_form_action import PublishFormAction
from .publish_form_compress import PublishFormCompress
from .release import Release
from .release_envelope import ReleaseEnvelope
from .release_list import ReleaseList
from .repository import Repository
from .repository_envelope import RepositoryEnvelope
from .repository_list import RepositoryList
from .run_credential import RunCredential
from .run_pipeline_request import RunPipelineRequest
from .run_procedure_request import RunProcedureRequest
from .run_procedure_request_priority import RunProcedureRequestPriority
from .runtime_details_request import RuntimeDetailsRequest
from .server_expand_string_request import ServerExpandStringRequest
from .server_get_status_server_stat_only import ServerGetStatusServerStatOnly
from .server_status import ServerStatus
from .server_status_envelope import ServerStatusEnvelope
from .session import Session
from .sort import Sort
from .sort_order import SortOrder
from .stage import Stage
from .stage_list import StageList
from .start_release_request import StartReleaseRequest
from .tier_map import TierMap
from .tier_map_list import TierMapList
from .value_result import ValueResult

__all__ = (
    "ActualParameter",
    "Application",
    "ApplicationCreateRequest",
    "ApplicationEnvelope",
    "ApplicationList",
    "Artifact",
    "ArtifactCreateRequest",
    "ArtifactEnvelope",
    "ArtifactVersion",
    "ArtifactVersionCreateRequest",
    "ArtifactVersionEnvelope",
    "ArtifactVersionList",
    "Credential",
    "CredentialCreateRequest",
    "CredentialEnvelope",
    "DslFormat",
    "DslRequest",
    "DslResult",
    "Environment",
    "EnvironmentList",
    "Error",
    "ErrorDetail",
    "ExpandStringRequest",
    "Filter",
    "FindObjectsRequest",
    "FlagArgument",
    "FlowRuntime",
    "FlowRuntimeEnvelope",
    "FlowRuntimeList",
    "FormalParameter",
    "FormalParameterList",
    "FoundObject",
    "FreeForm",
    "Job",
    "JobEnvelope",
    "JobId",
    "JobList",
    "JobStatus",
    "JobStep",
    "JobStepList",
    "JobStepStatus",
    "JobStepsFindRequest",
    "JobStepsGetStatusRequest",
    "JobsAbortRequest",
    "JobsGetRequest",
    "JobsListSortOrder",
    "JobsRunProcedureRequest",
    "LoginRequest",
    "ObjectList",
    "ObjectsFindRequest",
    "Pipeline",
    "PipelineEnvelope",
    "PipelineList",
    "PipelineParameter",
    "PipelinesGetRuntimeDetailsRequest",
    "PipelinesListRuntimesRequest",
    "Procedure",
    "ProcedureEnvelope",
    "ProcedureList",
    "Process",
    "ProcessList",
    "Project",
    "ProjectCreateRequest",
    "ProjectEnvelope",
    "ProjectList",
    "ProjectUpdateRequest",
    "Property",
    "PropertyCreateRequest",
    "PropertyCreateRequestPropertyType",
    "PropertyEnvelope",
    "PropertySetRequest",
    "PropertySheet",
    "PropertySheetEnvelope",
    "PublishForm",
    "PublishFormAction",
    "PublishFormCompress",
    "Release",
    "ReleaseEnvelope",
    "ReleaseList",
    "Repository",
    "RepositoryEnvelope",
    "RepositoryList",
    "RunCredential",
    "RunPipelineRequest",
    "RunProcedureRequest",
    "RunProcedureRequestPriority",
    "RuntimeDetailsRequest",
    "ServerExpandStringRequest",
    "ServerGetStatusServerStatOnly",
    "ServerStatus",
    "ServerStatusEnvelope",
    "Session",
    "Sort",
    "SortOrder",
    "Stage",
    "StageList",
    "StartReleaseRequest",
    "TierMap",
    "TierMapList",
    "ValueResult",
)
