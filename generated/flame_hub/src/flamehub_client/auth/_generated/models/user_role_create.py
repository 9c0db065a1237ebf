from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserRoleCreate")


@_attrs_define
class UserRoleCreate:
    """The body that creates a UserRole.

    Attributes:
        user_id (str):
        role_id (str):
    """

    user_id: str
    role_id: str

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role_id = self.role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
                "roleId": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        role_id = d.pop("roleId")

        user_role_create = cls(
            user_id=user_id,
            role_id=role_id,
        )

        return user_role_create
