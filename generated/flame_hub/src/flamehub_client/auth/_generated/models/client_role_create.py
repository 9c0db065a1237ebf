from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClientRoleCreate")


@_attrs_define
class ClientRoleCreate:
    """The body that creates a ClientRole.

    Attributes:
        client_id (str):
        role_id (str):
    """

    client_id: str
    role_id: str

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        role_id = self.role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "roleId": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        role_id = d.pop("roleId")

        client_role_create = cls(
            client_id=client_id,
            role_id=role_id,
        )

        return client_role_create
