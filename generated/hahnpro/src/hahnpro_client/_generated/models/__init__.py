"""Contains all the data models used in inputs/outputs"""

from .ai_assistant import AiAssistant
from .ai_feedback import AiFeedback
from .ai_message import AiMessage
from .ai_message_request import AiMessageRequest
from .ai_thread import AiThread
from .ai_thread_request import AiThreadRequest
from .alert import Alert
from .alert_condition import AlertCondition
from .alert_ts_refs_item import AlertTsRefsItem
from .asset import Asset
from .asset_revision import AssetRevision
from .asset_time_series_values import AssetTimeSeriesValues
from .asset_time_series_values_metadata import AssetTimeSeriesValuesMetadata
from .asset_type import AssetType
from .author import Author
from .content import Content
from .content_analysis import ContentAnalysis
from .content_analysis_pages_item import ContentAnalysisPagesItem
from .content_upload import ContentUpload
from .delete_result import DeleteResult
from .deployment_status_request import DeploymentStatusRequest
from .deployment_status_request_desired_status import (
    DeploymentStatusRequestDesiredStatus,
)
from .empty_body import EmptyBody
from .endpoint import Endpoint
from .endpoint_config import EndpointConfig
from .endpoint_log import EndpointLog
from .error_body import ErrorBody
from .event import Event
from .event_cause import EventCause
from .event_causes_request import EventCausesRequest
from .event_data import EventData
from .event_level_overrides import EventLevelOverrides
from .event_level_overrides_additional_property import (
    EventLevelOverridesAdditionalProperty,
)
from .flow import Flow
from .flow_dashboard_item import FlowDashboardItem
from .flow_deployment import FlowDeployment
from .flow_deployment_flow_model import FlowDeploymentFlowModel
from .flow_deployment_flow_type_1 import FlowDeploymentFlowType1
from .flow_deployment_properties import FlowDeploymentProperties
from .flow_diagram import FlowDiagram
from .flow_function import FlowFunction
from .flow_function_input_streams_item import FlowFunctionInputStreamsItem
from .flow_function_output_streams_item import FlowFunctionOutputStreamsItem
from .flow_module import FlowModule
from .flow_properties_schema import FlowPropertiesSchema
from .free_form import FreeForm
from .ids_request import IdsRequest
from .invitation import Invitation
from .label import Label
from .label_search_result import LabelSearchResult
from .link_request import LinkRequest
from .logbook_delete_result import LogbookDeleteResult
from .logbook_entry import LogbookEntry
from .logbook_entry_input import LogbookEntryInput
from .logbook_entry_patch import LogbookEntryPatch
from .material import Material
from .members_request import MembersRequest
from .members_request_users_with_org_roles_item import (
    MembersRequestUsersWithOrgRolesItem,
)
from .module_publish import ModulePublish
from .notification import Notification
from .notification_payload import NotificationPayload
from .notification_rule import NotificationRule
from .notification_rule_status_rule import NotificationRuleStatusRule
from .notification_rule_tag_rules_item import NotificationRuleTagRulesItem
from .org_resource_permission import OrgResourcePermission
from .org_resource_permission_permission_type import OrgResourcePermissionPermissionType
from .organization import Organization
from .organization_admin_create import OrganizationAdminCreate
from .organization_create import OrganizationCreate
from .organization_name import OrganizationName
from .owner import Owner
from .paginated_ai_message import PaginatedAiMessage
from .paginated_alert import PaginatedAlert
from .paginated_asset import PaginatedAsset
from .paginated_asset_revision import PaginatedAssetRevision
from .paginated_asset_type import PaginatedAssetType
from .paginated_content import PaginatedContent
from .paginated_endpoint import PaginatedEndpoint
from .paginated_event import PaginatedEvent
from .paginated_flow import PaginatedFlow
from .paginated_flow_deployment import PaginatedFlowDeployment
from .paginated_flow_function import PaginatedFlowFunction
from .paginated_flow_module import PaginatedFlowModule
from .paginated_label import PaginatedLabel
from .paginated_logbook_entry import PaginatedLogbookEntry
from .paginated_notification import PaginatedNotification
from .paginated_notification_rule import PaginatedNotificationRule
from .paginated_organization import PaginatedOrganization
from .paginated_task import PaginatedTask
from .paginated_time_series import PaginatedTimeSeries
from .paginated_vault_secret import PaginatedVaultSecret
from .resource_reference import ResourceReference
from .resource_set_request import ResourceSetRequest
from .roles_by_organization import RolesByOrganization
from .rollback_request import RollbackRequest
from .search_options import SearchOptions
from .search_options_sort_item import SearchOptionsSortItem
from .search_options_sort_item_order import SearchOptionsSortItemOrder
from .search_result import SearchResult
from .search_result_docs_item import SearchResultDocsItem
from .settled_time_series import SettledTimeSeries
from .share_request import ShareRequest
from .share_request_connected_resources_to_share import (
    ShareRequestConnectedResourcesToShare,
)
from .speech_token import SpeechToken
from .storage import Storage
from .string_map import StringMap
from .subscription_request import SubscriptionRequest
from .subscription_request_type import SubscriptionRequestType
from .task import Task
from .template import Template
from .template_template import TemplateTemplate
from .time_series import TimeSeries
from .time_series_group import TimeSeriesGroup
from .time_series_metadata import TimeSeriesMetadata
from .time_series_value import TimeSeriesValue
from .time_series_values_input import TimeSeriesValuesInput
from .time_series_values_input_additional_property_type_2 import (
    TimeSeriesValuesInputAdditionalPropertyType2,
)
from .trash_clean_result import TrashCleanResult
from .unlink_request import UnlinkRequest
from .user_roles_change import UserRolesChange
from .user_settings import UserSettings
from .user_settings_creation_read_roles_item import UserSettingsCreationReadRolesItem
from .user_settings_creation_write_roles_item import UserSettingsCreationWriteRolesItem
from .vault_secret import VaultSecret

__all__ = (
    "AiAssistant",
    "AiFeedback",
    "AiMessage",
    "AiMessageRequest",
    "AiThread",
    "AiThreadRequest",
    "Alert",
    "AlertCondition",
    "AlertTsRefsItem",
    "Asset",
    "AssetRevision",
    "AssetTimeSeriesValues",
    "AssetTimeSeriesValuesMetadata",
    "AssetType",
    "Author",
    "Content",
    "ContentAnalysis",
    "ContentAnalysisPagesItem",
    "ContentUpload",
    "DeleteResult",
    "DeploymentStatusRequest",
    "DeploymentStatusRequestDesiredStatus",
    "EmptyBody",
    "Endpoint",
    "EndpointConfig",
    "EndpointLog",
    "ErrorBody",
    "Event",
    "EventCause",
    "EventCausesRequest",
    "EventData",
    "EventLevelOverrides",
    "EventLevelOverridesAdditionalProperty",
    "Flow",
    "FlowDashboardItem",
    "FlowDeployment",
    "FlowDeploymentFlowModel",
    "FlowDeploymentFlowType1",
    "FlowDeploymentProperties",
    "FlowDiagram",
    "FlowFunction",
    "FlowFunctionInputStreamsItem",
    "FlowFunctionOutputStreamsItem",
    "FlowModule",
    "FlowPropertiesSchema",
    "FreeForm",
    "IdsRequest",
    "Invitation",
    "Label",
    "LabelSearchResult",
    "LinkRequest",
    "LogbookDeleteResult",
    "LogbookEntry",
    "LogbookEntryInput",
    "LogbookEntryPatch",
    "Material",
    "MembersRequest",
    "MembersRequestUsersWithOrgRolesItem",
    "ModulePublish",
    "Notification",
    "NotificationPayload",
    "NotificationRule",
    "NotificationRuleStatusRule",
    "NotificationRuleTagRulesItem",
    "OrgResourcePermission",
    "OrgResourcePermissionPermissionType",
    "Organization",
    "OrganizationAdminCreate",
    "OrganizationCreate",
    "OrganizationName",
    "Owner",
    "PaginatedAiMessage",
    "PaginatedAlert",
    "PaginatedAsset",
    "PaginatedAssetRevision",
    "PaginatedAssetType",
    "PaginatedContent",
    "PaginatedEndpoint",
    "PaginatedEvent",
    "PaginatedFlow",
    "PaginatedFlowDeployment",
    "PaginatedFlowFunction",
    "PaginatedFlowModule",
    "PaginatedLabel",
    "PaginatedLogbookEntry",
    "PaginatedNotification",
    "PaginatedNotificationRule",
    "PaginatedOrganization",
    "PaginatedTask",
    "PaginatedTimeSeries",
    "PaginatedVaultSecret",
    "ResourceReference",
    "ResourceSetRequest",
    "RolesByOrganization",
    "RollbackRequest",
    "SearchOptions",
    "SearchOptionsSortItem",
    "SearchOptionsSortItemOrder",
    "SearchResult",
    "SearchResultDocsItem",
    "SettledTimeSeries",
    "ShareRequest",
    "ShareRequestConnectedResourcesToShare",
    "SpeechToken",
    "Storage",
    "StringMap",
    "SubscriptionRequest",
    "SubscriptionRequestType",
    "Task",
    "Template",
    "TemplateTemplate",
    "TimeSeries",
    "TimeSeriesGroup",
    "TimeSeriesMetadata",
    "TimeSeriesValue",
    "TimeSeriesValuesInput",
    "TimeSeriesValuesInputAdditionalPropertyType2",
    "TrashCleanResult",
    "UnlinkRequest",
    "UserRolesChange",
    "UserSettings",
    "UserSettingsCreationReadRolesItem",
    "UserSettingsCreationWriteRolesItem",
    "VaultSecret",
)
