"""Contains all the data models used in inputs/outputs"""

from .analysis import Analysis
from .analysis_bucket import AnalysisBucket
from .analysis_bucket_collection import AnalysisBucketCollection
from .analysis_bucket_create import AnalysisBucketCreate
from .analysis_bucket_create_type import AnalysisBucketCreateType
from .analysis_bucket_file import AnalysisBucketFile
from .analysis_bucket_file_collection import AnalysisBucketFileCollection
from .analysis_bucket_file_create import AnalysisBucketFileCreate
from .analysis_bucket_file_record import AnalysisBucketFileRecord
from .analysis_bucket_file_update import AnalysisBucketFileUpdate
from .analysis_bucket_record import AnalysisBucketRecord
from .analysis_bucket_update import AnalysisBucketUpdate
from .analysis_collection import AnalysisCollection
from .analysis_command import AnalysisCommand
from .analysis_command_command import AnalysisCommandCommand
from .analysis_create import AnalysisCreate
from .analysis_node import AnalysisNode
from .analysis_node_collection import AnalysisNodeCollection
from .analysis_node_create import AnalysisNodeCreate
from .analysis_node_log_create import AnalysisNodeLogCreate
from .analysis_node_log_create_labels import AnalysisNodeLogCreateLabels
from .analysis_node_log_create_level import AnalysisNodeLogCreateLevel
from .analysis_node_record import AnalysisNodeRecord
from .analysis_node_update import AnalysisNodeUpdate
from .analysis_node_update_approval_status_type_0 import (
    AnalysisNodeUpdateApprovalStatusType0,
)
from .analysis_node_update_execution_status_type_0 import (
    AnalysisNodeUpdateExecutionStatusType0,
)
from .analysis_record import AnalysisRecord
from .analysis_update import AnalysisUpdate
from .client_credentials import ClientCredentials
from .client_credentials_update import ClientCredentialsUpdate
from .collection_meta import CollectionMeta
from .command_argument import CommandArgument
from .command_argument_position_type_0 import CommandArgumentPositionType0
from .error import Error
from .issue import Issue
from .issue_meta import IssueMeta
from .log import Log
from .log_collection import LogCollection
from .log_labels import LogLabels
from .log_record import LogRecord
from .master_image import MasterImage
from .master_image_collection import MasterImageCollection
from .master_image_command import MasterImageCommand
from .master_image_command_command import MasterImageCommandCommand
from .master_image_command_result import MasterImageCommandResult
from .master_image_group import MasterImageGroup
from .master_image_group_collection import MasterImageGroupCollection
from .master_image_group_record import MasterImageGroupRecord
from .master_image_record import MasterImageRecord
from .node import Node
from .node_collection import NodeCollection
from .node_create import NodeCreate
from .node_create_type_type_0 import NodeCreateTypeType0
from .node_record import NodeRecord
from .node_registry_credentials import NodeRegistryCredentials
from .node_update import NodeUpdate
from .node_update_type_type_0 import NodeUpdateTypeType0
from .project import Project
from .project_collection import ProjectCollection
from .project_create import ProjectCreate
from .project_node import ProjectNode
from .project_node_collection import ProjectNodeCollection
from .project_node_create import ProjectNodeCreate
from .project_node_record import ProjectNodeRecord
from .project_node_update import ProjectNodeUpdate
from .project_node_update_approval_status_type_0 import (
    ProjectNodeUpdateApprovalStatusType0,
)
from .project_record import ProjectRecord
from .project_update import ProjectUpdate
from .query_schema import QuerySchema
from .record_meta import RecordMeta
from .registry import Registry
from .registry_collection import RegistryCollection
from .registry_command import RegistryCommand
from .registry_command_command import RegistryCommandCommand
from .registry_create import RegistryCreate
from .registry_project import RegistryProject
from .registry_project_collection import RegistryProjectCollection
from .registry_project_create import RegistryProjectCreate
from .registry_project_create_type import RegistryProjectCreateType
from .registry_project_record import RegistryProjectRecord
from .registry_project_update import RegistryProjectUpdate
from .registry_record import RegistryRecord
from .registry_update import RegistryUpdate
from .service_status import ServiceStatus

__all__ = (
    "Analysis",
    "AnalysisBucket",
    "AnalysisBucketCollection",
    "AnalysisBucketCreate",
    "AnalysisBucketCreateType",
    "AnalysisBucketFile",
    "AnalysisBucketFileCollection",
    "AnalysisBucketFileCreate",
    "AnalysisBucketFileRecord",
    "AnalysisBucketFileUpdate",
    "AnalysisBucketRecord",
    "AnalysisBucketUpdate",
    "AnalysisCollection",
    "AnalysisCommand",
    "AnalysisCommandCommand",
    "AnalysisCreate",
    "AnalysisNode",
    "AnalysisNodeCollection",
    "AnalysisNodeCreate",
    "AnalysisNodeLogCreate",
    "AnalysisNodeLogCreateLabels",
    "AnalysisNodeLogCreateLevel",
    "AnalysisNodeRecord",
    "AnalysisNodeUpdate",
    "AnalysisNodeUpdateApprovalStatusType0",
    "AnalysisNodeUpdateExecutionStatusType0",
    "AnalysisRecord",
    "AnalysisUpdate",
    "ClientCredentials",
    "ClientCredentialsUpdate",
    "CollectionMeta",
    "CommandArgument",
    "CommandArgumentPositionType0",
    "Error",
    "Issue",
    "IssueMeta",
    "Log",
    "LogCollection",
    "LogLabels",
    "LogRecord",
    "MasterImage",
    "MasterImageCollection",
    "MasterImageCommand",
    "MasterImageCommandCommand",
    "MasterImageCommandResult",
    "MasterImageGroup",
    "MasterImageGroupCollection",
    "MasterImageGroupRecord",
    "MasterImageRecord",
    "Node",
    "NodeCollection",
    "NodeCreate",
    "NodeCreateTypeType0",
    "NodeRecord",
    "NodeRegistryCredentials",
    "NodeUpdate",
    "NodeUpdateTypeType0",
    "Project",
    "ProjectCollection",
    "ProjectCreate",
    "ProjectNode",
    "ProjectNodeCollection",
    "ProjectNodeCreate",
    "ProjectNodeRecord",
    "ProjectNodeUpdate",
    "ProjectNodeUpdateApprovalStatusType0",
    "ProjectRecord",
    "ProjectUpdate",
    "QuerySchema",
    "RecordMeta",
    "Registry",
    "RegistryCollection",
    "RegistryCommand",
    "RegistryCommandCommand",
    "RegistryCreate",
    "RegistryProject",
    "RegistryProjectCollection",
    "RegistryProjectCreate",
    "RegistryProjectCreateType",
    "RegistryProjectRecord",
    "RegistryProjectUpdate",
    "RegistryRecord",
    "RegistryUpdate",
    "ServiceStatus",
)
