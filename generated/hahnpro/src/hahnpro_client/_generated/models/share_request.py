from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_resource_permission import OrgResourcePermission
    from ..models.share_request_connected_resources_to_share import (
        ShareRequestConnectedResourcesToShare,
    )


T = TypeVar("T", bound="ShareRequest")


@_attrs_define
class ShareRequest:
    """
    Attributes:
        ids (list[str]):
        org_resource_permissions (list[OrgResourcePermission]):
        connected_resources_to_share (ShareRequestConnectedResourcesToShare | Unset): Resource ids to share along, keyed
            by resource type.
        source_ids (list[str] | Unset):
        source_type (str | Unset):
    """

    ids: list[str]
    org_resource_permissions: list[OrgResourcePermission]
    connected_resources_to_share: ShareRequestConnectedResourcesToShare | Unset = UNSET
    source_ids: list[str] | Unset = UNSET
    source_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        org_resource_permissions = []
        for org_resource_permissions_item_data in self.org_resource_permissions:
            org_resource_permissions_item = org_resource_permissions_item_data.to_dict()
            org_resource_permissions.append(org_resource_permissions_item)

        connected_resources_to_share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connected_resources_to_share, Unset):
            connected_resources_to_share = self.connected_resources_to_share.to_dict()

        source_ids: list[str] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids

        source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "orgResourcePermissions": org_resource_permissions,
            }
        )
        if connected_resources_to_share is not UNSET:
            field_dict["connectedResourcesToShare"] = connected_resources_to_share
        if source_ids is not UNSET:
            field_dict["sourceIds"] = source_ids
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.org_resource_permission import OrgResourcePermission
        from ..models.share_request_connected_resources_to_share import (
            ShareRequestConnectedResourcesToShare,
        )

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        org_resource_permissions = []
        _org_resource_permissions = d.pop("orgResourcePermissions")
        for org_resource_permissions_item_data in _org_resource_permissions:
            org_resource_permissions_item = OrgResourcePermission.from_dict(org_resource_permissions_item_data)

            org_resource_permissions.append(org_resource_permissions_item)

        _connected_resources_to_share = d.pop("connectedResourcesToShare", UNSET)
        connected_resources_to_share: ShareRequestConnectedResourcesToShare | Unset
        if isinstance(_connected_resources_to_share, Unset):
            connected_resources_to_share = UNSET
        else:
            connected_resources_to_share = ShareRequestConnectedResourcesToShare.from_dict(
                _connected_resources_to_share
            )

        source_ids = cast(list[str], d.pop("sourceIds", UNSET))

        source_type = d.pop("sourceType", UNSET)

        share_request = cls(
            ids=ids,
            org_resource_permissions=org_resource_permissions,
            connected_resources_to_share=connected_resources_to_share,
            source_ids=source_ids,
            source_type=source_type,
        )

        share_request.additional_properties = d
        return share_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
