from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_config import EndpointConfig


T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        status (str | Unset):
        config (EndpointConfig | Unset):
        notification_check_interval (float | Unset):
        notification_pause_interval (float | Unset):
        nb_of_notifications_between_pause_interval (float | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    config: EndpointConfig | Unset = UNSET
    notification_check_interval: float | Unset = UNSET
    notification_pause_interval: float | Unset = UNSET
    nb_of_notifications_between_pause_interval: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        status = self.status

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        notification_check_interval = self.notification_check_interval

        notification_pause_interval = self.notification_pause_interval

        nb_of_notifications_between_pause_interval = self.nb_of_notifications_between_pause_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if notification_check_interval is not UNSET:
            field_dict["notificationCheckInterval"] = notification_check_interval
        if notification_pause_interval is not UNSET:
            field_dict["notificationPauseInterval"] = notification_pause_interval
        if nb_of_notifications_between_pause_interval is not UNSET:
            field_dict["nbOfNotificationsBetweenPauseInterval"] = nb_of_notifications_between_pause_interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.endpoint_config import EndpointConfig

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        _config = d.pop("config", UNSET)
        config: EndpointConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = EndpointConfig.from_dict(_config)

        notification_check_interval = d.pop("notificationCheckInterval", UNSET)

        notification_pause_interval = d.pop("notificationPauseInterval", UNSET)

        nb_of_notifications_between_pause_interval = d.pop("nbOfNotificationsBetweenPauseInterval", UNSET)

        endpoint = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            status=status,
            config=config,
            notification_check_interval=notification_check_interval,
            notification_pause_interval=notification_pause_interval,
            nb_of_notifications_between_pause_interval=nb_of_notifications_between_pause_interval,
        )

        endpoint.additional_properties = d
        return endpoint

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
