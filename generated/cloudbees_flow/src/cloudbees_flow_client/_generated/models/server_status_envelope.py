from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.server_status import ServerStatus


T = TypeVar("T", bound="ServerStatusEnvelope")


@_attrs_define
class ServerStatusEnvelope:
    """
    Attributes:
        server_status (ServerStatus):
    """

    server_status: ServerStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        server_status = self.server_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverStatus": server_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_status import ServerStatus

        d = dict(src_dict)
        server_status = ServerStatus.from_dict(d.pop("serverStatus"))

        server_status_envelope = cls(
            server_status=server_status,
        )

        server_status_envelope.additional_properties = d
        return server_status_envelope

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
