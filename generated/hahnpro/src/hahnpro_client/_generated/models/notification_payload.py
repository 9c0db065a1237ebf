from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPayload")


@_attrs_define
class NotificationPayload:
    """
    Attributes:
        subject (str):
        message (str):
        group (str | Unset):
        level (str | Unset):
        event_link (str | Unset):
        asset_id (str | Unset):
        asset_name (str | Unset):
        asset_link (str | Unset):
    """

    subject: str
    message: str
    group: str | Unset = UNSET
    level: str | Unset = UNSET
    event_link: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        message = self.message

        group = self.group

        level = self.level

        event_link = self.event_link

        asset_id = self.asset_id

        asset_name = self.asset_name

        asset_link = self.asset_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "message": message,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if level is not UNSET:
            field_dict["level"] = level
        if event_link is not UNSET:
            field_dict["eventLink"] = event_link
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if asset_link is not UNSET:
            field_dict["assetLink"] = asset_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject = d.pop("subject")

        message = d.pop("message")

        group = d.pop("group", UNSET)

        level = d.pop("level", UNSET)

        event_link = d.pop("eventLink", UNSET)

        asset_id = d.pop("assetId", UNSET)

        asset_name = d.pop("assetName", UNSET)

        asset_link = d.pop("assetLink", UNSET)

        notification_payload = cls(
            subject=subject,
            message=message,
            group=group,
            level=level,
            event_link=event_link,
            asset_id=asset_id,
            asset_name=asset_name,
            asset_link=asset_link,
        )

        notification_payload.additional_properties = d
        return notification_payload

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
