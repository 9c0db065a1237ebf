from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        name (str):
        id (str | Unset):
        description (str | Unset):
        user_id (str | Unset):
        global_role (str | Unset):
        organization (str | Unset):
        organization_role (str | Unset):
        read (bool | Unset):
        link (str | Unset):
        notification_type (str | Unset): INFO, WARNING or CRITICAL.
    """

    name: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    user_id: str | Unset = UNSET
    global_role: str | Unset = UNSET
    organization: str | Unset = UNSET
    organization_role: str | Unset = UNSET
    read: bool | Unset = UNSET
    link: str | Unset = UNSET
    notification_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description = self.description

        user_id = self.user_id

        global_role = self.global_role

        organization = self.organization

        organization_role = self.organization_role

        read = self.read

        link = self.link

        notification_type = self.notification_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if global_role is not UNSET:
            field_dict["globalRole"] = global_role
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_role is not UNSET:
            field_dict["organizationRole"] = organization_role
        if read is not UNSET:
            field_dict["read"] = read
        if link is not UNSET:
            field_dict["link"] = link
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        user_id = d.pop("userId", UNSET)

        global_role = d.pop("globalRole", UNSET)

        organization = d.pop("organization", UNSET)

        organization_role = d.pop("organizationRole", UNSET)

        read = d.pop("read", UNSET)

        link = d.pop("link", UNSET)

        notification_type = d.pop("notificationType", UNSET)

        notification = cls(
            name=name,
            id=id,
            description=description,
            user_id=user_id,
            global_role=global_role,
            organization=organization,
            organization_role=organization_role,
            read=read,
            link=link,
            notification_type=notification_type,
        )

        notification.additional_properties = d
        return notification

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
