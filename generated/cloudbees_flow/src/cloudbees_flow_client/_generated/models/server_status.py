from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerStatus")


@_attrs_define
class ServerStatus:
    """
    Attributes:
        server_state (str | Unset): running, bootstrap, databaseConfiguration, importingData, stopping, failed, ...
        message (str | Unset):
        last_message (str | Unset):
    """

    server_state: str | Unset = UNSET
    message: str | Unset = UNSET
    last_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        server_state = self.server_state

        message = self.message

        last_message = self.last_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_state is not UNSET:
            field_dict["serverState"] = server_state
        if message is not UNSET:
            field_dict["message"] = message
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server_state = d.pop("serverState", UNSET)

        message = d.pop("message", UNSET)

        last_message = d.pop("lastMessage", UNSET)

        server_status = cls(
            server_state=server_state,
            message=message,
            last_message=last_message,
        )

        server_status.additional_properties = d
        return server_status

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
