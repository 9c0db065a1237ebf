"""The data resources whose generated operations only need the shared additions of `_data`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from client_runtime import RequestOptions

from . import _resources
from ._data import (
    AsyncCreating,
    AsyncCreatingMany,
    AsyncCreatingOneByOne,
    AsyncListing,
    AsyncSharing,
    AsyncTrash,
    AsyncUpdating,
    Creating,
    CreatingMany,
    CreatingOneByOne,
    FilterArg,
    Listing,
    Sharing,
    Trash,
    Updating,
    as_model,
    list_arguments,
)
from .files import AsyncAttaching, AsyncPublishing, Attaching, Publishing

if TYPE_CHECKING:
    from ._generated.models.alert import Alert  # noqa: F401  # named in base classes
    from ._generated.models.asset import Asset  # noqa: F401  # named in base classes
    from ._generated.models.asset_type import AssetType  # noqa: F401  # named in base classes
    from ._generated.models.endpoint import Endpoint  # noqa: F401  # named in base classes
    from ._generated.models.event import Event  # noqa: F401  # named in base classes
    from ._generated.models.flow import Flow  # noqa: F401  # named in base classes
    from ._generated.models.flow_function import FlowFunction  # noqa: F401  # named in base classes
    from ._generated.models.flow_module import FlowModule  # noqa: F401  # named in base classes
    from ._generated.models.label import Label  # noqa: F401  # named in base classes
    from ._generated.models.notification import Notification  # noqa: F401  # named in base classes
    from ._generated.models.notification_rule import NotificationRule  # noqa: F401  # named in base classes
    from ._generated.models.paginated_alert import PaginatedAlert  # noqa: F401  # named in base classes
    from ._generated.models.paginated_asset import PaginatedAsset  # noqa: F401  # named in base classes
    from ._generated.models.paginated_asset_type import PaginatedAssetType  # noqa: F401  # named in base classes
    from ._generated.models.paginated_endpoint import PaginatedEndpoint  # noqa: F401  # named in base classes
    from ._generated.models.paginated_event import PaginatedEvent  # noqa: F401  # named in base classes
    from ._generated.models.paginated_flow import PaginatedFlow  # noqa: F401  # named in base classes
    from ._generated.models.paginated_flow_function import PaginatedFlowFunction  # noqa: F401  # named in base classes
    from ._generated.models.paginated_flow_module import PaginatedFlowModule  # noqa: F401  # named in base classes
    from ._generated.models.paginated_label import PaginatedLabel  # noqa: F401  # named in base classes
    from ._generated.models.paginated_notification import PaginatedNotification  # noqa: F401  # named in base classes
    from ._generated.models.paginated_notification_rule import PaginatedNotificationRule  # noqa: F401  # named in base classes
    from ._generated.models.paginated_task import PaginatedTask  # noqa: F401  # named in base classes
    from ._generated.models.paginated_vault_secret import PaginatedVaultSecret  # noqa: F401  # named in base classes
    from ._generated.models.task import Task  # noqa: F401  # named in base classes
    from ._generated.models.vault_secret import VaultSecret  # noqa: F401  # named in base classes


class Assets(  # type: ignore[misc]  # the overlay widens the generated signatures
    Attaching,
    Listing["Asset", "PaginatedAsset"],
    Creating["Asset"],
    CreatingMany["Asset"],
    Sharing,
    Trash["Asset"],
    _resources.Assets,
):
    """`assets` with filters, paging, plain-mapping bodies, trash and attachments."""

    _model = "Asset"

    def count(  # type: ignore[override]  # the filter mapping `list` takes, instead of the raw string
        self, filter: FilterArg = None, *, options: RequestOptions | None = None
    ) -> int:
        """How many assets match `filter`, given as to `list` (a mapping, or a raw filter string).

        Example: ``client.assets.count({"tags": ["test"]})``
        """
        return super().count(**list_arguments(filter, None, None, None, None), options=options)


class AssetTypes(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["AssetType", "PaginatedAssetType"],
    Creating["AssetType"],
    CreatingMany["AssetType"],
    Sharing,
    Trash["AssetType"],
    _resources.AssetTypes,
):
    """`asset_types` with filters, paging, plain-mapping bodies, trash."""

    _model = "AssetType"


class Events(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Event", "PaginatedEvent"],
    Creating["Event"],
    CreatingMany["Event"],
    Sharing,
    _resources.Events,
):
    """`events` with filters, paging, plain-mapping bodies."""

    _model = "Event"


class Tasks(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Task", "PaginatedTask"],
    Creating["Task"],
    CreatingMany["Task"],
    Sharing,
    Trash["Task"],
    _resources.Tasks,
):
    """`tasks` with filters, paging, plain-mapping bodies, trash."""

    _model = "Task"


class Alerts(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Alert", "PaginatedAlert"],
    Creating["Alert"],
    CreatingMany["Alert"],
    Sharing,
    _resources.Alerts,
):
    """`alerts` with filters, paging, plain-mapping bodies."""

    _model = "Alert"


class Endpoints(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Endpoint", "PaginatedEndpoint"],
    Creating["Endpoint"],
    CreatingMany["Endpoint"],
    Sharing,
    _resources.Endpoints,
):
    """`endpoints` with filters, paging, plain-mapping bodies."""

    _model = "Endpoint"


class NotificationRules(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["NotificationRule", "PaginatedNotificationRule"],
    Creating["NotificationRule"],
    CreatingMany["NotificationRule"],
    Sharing,
    _resources.NotificationRules,
):
    """`notification_rules` with filters, paging, plain-mapping bodies."""

    _model = "NotificationRule"


class Notifications(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Notification", "PaginatedNotification"],
    Creating["Notification"],
    CreatingMany["Notification"],
    _resources.Notifications,
):
    """`notifications` with filters, paging, plain-mapping bodies."""

    _model = "Notification"


class Flows(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Flow", "PaginatedFlow"],
    CreatingOneByOne["Flow"],
    Sharing,
    Trash["Flow"],
    _resources.Flows,
):
    """`flows` with filters, paging, plain-mapping bodies, trash."""

    _model = "Flow"


class FlowFunctions(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["FlowFunction", "PaginatedFlowFunction"],
    CreatingOneByOne["FlowFunction"],
    Sharing,
    Trash["FlowFunction"],
    _resources.FlowFunctions,
):
    """`flow_functions` with filters, paging, plain-mapping bodies, trash."""

    _model = "FlowFunction"


class FlowModules(  # type: ignore[misc]  # the overlay widens the generated signatures
    Publishing,
    Listing["FlowModule", "PaginatedFlowModule"],
    Updating["FlowModule"],
    Sharing,
    _resources.FlowModules,
):
    """`flow_modules` with filters, paging and publishing."""

    _model = "FlowModule"


class Labels(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["Label", "PaginatedLabel"],
    CreatingOneByOne["Label"],
    _resources.Labels,
):
    """`labels` with filters, paging, plain-mapping bodies."""

    _model = "Label"


class Vault(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["VaultSecret", "PaginatedVaultSecret"],
    Creating["VaultSecret"],
    CreatingMany["VaultSecret"],
    _resources.Vault,
):
    """`vault` with filters, paging, plain-mapping bodies."""

    _model = "VaultSecret"


class AsyncAssets(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncAttaching,
    AsyncListing["Asset", "PaginatedAsset"],
    AsyncCreating["Asset"],
    AsyncCreatingMany["Asset"],
    AsyncSharing,
    AsyncTrash["Asset"],
    _resources.AsyncAssets,
):
    """Async twin of Assets."""

    _model = "Asset"

    async def count(  # type: ignore[override]  # the filter mapping `list` takes, instead of the raw string
        self, filter: FilterArg = None, *, options: RequestOptions | None = None
    ) -> int:
        """How many assets match `filter`, given as to `list` (a mapping, or a raw filter string)."""
        return await super().count(**list_arguments(filter, None, None, None, None), options=options)


class AsyncAssetTypes(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["AssetType", "PaginatedAssetType"],
    AsyncCreating["AssetType"],
    AsyncCreatingMany["AssetType"],
    AsyncSharing,
    AsyncTrash["AssetType"],
    _resources.AsyncAssetTypes,
):
    """Async twin of AssetTypes."""

    _model = "AssetType"


class AsyncEvents(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Event", "PaginatedEvent"],
    AsyncCreating["Event"],
    AsyncCreatingMany["Event"],
    AsyncSharing,
    _resources.AsyncEvents,
):
    """Async twin of Events."""

    _model = "Event"


class AsyncTasks(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Task", "PaginatedTask"],
    AsyncCreating["Task"],
    AsyncCreatingMany["Task"],
    AsyncSharing,
    AsyncTrash["Task"],
    _resources.AsyncTasks,
):
    """Async twin of Tasks."""

    _model = "Task"


class AsyncAlerts(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Alert", "PaginatedAlert"],
    AsyncCreating["Alert"],
    AsyncCreatingMany["Alert"],
    AsyncSharing,
    _resources.AsyncAlerts,
):
    """Async twin of Alerts."""

    _model = "Alert"


class AsyncEndpoints(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Endpoint", "PaginatedEndpoint"],
    AsyncCreating["Endpoint"],
    AsyncCreatingMany["Endpoint"],
    AsyncSharing,
    _resources.AsyncEndpoints,
):
    """Async twin of Endpoints."""

    _model = "Endpoint"


class AsyncNotificationRules(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["NotificationRule", "PaginatedNotificationRule"],
    AsyncCreating["NotificationRule"],
    AsyncCreatingMany["NotificationRule"],
    AsyncSharing,
    _resources.AsyncNotificationRules,
):
    """Async twin of NotificationRules."""

    _model = "NotificationRule"


class AsyncNotifications(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Notification", "PaginatedNotification"],
    AsyncCreating["Notification"],
    AsyncCreatingMany["Notification"],
    _resources.AsyncNotifications,
):
    """Async twin of Notifications."""

    _model = "Notification"


class AsyncFlows(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Flow", "PaginatedFlow"],
    AsyncCreatingOneByOne["Flow"],
    AsyncSharing,
    AsyncTrash["Flow"],
    _resources.AsyncFlows,
):
    """Async twin of Flows."""

    _model = "Flow"


class AsyncFlowFunctions(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["FlowFunction", "PaginatedFlowFunction"],
    AsyncCreatingOneByOne["FlowFunction"],
    AsyncSharing,
    AsyncTrash["FlowFunction"],
    _resources.AsyncFlowFunctions,
):
    """Async twin of FlowFunctions."""

    _model = "FlowFunction"


class AsyncFlowModules(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncPublishing,
    AsyncListing["FlowModule", "PaginatedFlowModule"],
    AsyncUpdating["FlowModule"],
    AsyncSharing,
    _resources.AsyncFlowModules,
):
    """Async twin of FlowModules."""

    _model = "FlowModule"


class AsyncLabels(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["Label", "PaginatedLabel"],
    AsyncCreatingOneByOne["Label"],
    _resources.AsyncLabels,
):
    """Async twin of Labels."""

    _model = "Label"


class AsyncVault(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["VaultSecret", "PaginatedVaultSecret"],
    AsyncCreating["VaultSecret"],
    AsyncCreatingMany["VaultSecret"],
    _resources.AsyncVault,
):
    """Async twin of Vault."""

    _model = "VaultSecret"


class Organizations(_resources.Organizations):
    """`organizations`, with the `{}` body the SDK sends on its body-less PUTs."""

    def set_active(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Make an organization the active one. Example: ``client.organizations.set_active(org_id)``"""
        super().set_active(id, body=as_model("EmptyBody", body or {}), options=options)

    def request_deletion(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Ask for the organization to be deleted."""
        super().request_deletion(id, body=as_model("EmptyBody", body or {}), options=options)

    def resend_invitation(
        self, id: str, invitation_id: str, *, body: Any = None, options: RequestOptions | None = None
    ) -> None:
        """Send an invitation again."""
        super().resend_invitation(id, invitation_id, body=as_model("EmptyBody", body or {}), options=options)


class AsyncOrganizations(_resources.AsyncOrganizations):
    """Async twin of Organizations."""

    async def set_active(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Make an organization the active one."""
        await super().set_active(id, body=as_model("EmptyBody", body or {}), options=options)

    async def request_deletion(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Ask for the organization to be deleted."""
        await super().request_deletion(id, body=as_model("EmptyBody", body or {}), options=options)

    async def resend_invitation(
        self, id: str, invitation_id: str, *, body: Any = None, options: RequestOptions | None = None
    ) -> None:
        """Send an invitation again."""
        await super().resend_invitation(id, invitation_id, body=as_model("EmptyBody", body or {}), options=options)
