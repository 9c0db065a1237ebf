from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RolePermissionCreate")


@_attrs_define
class RolePermissionCreate:
    """The body that creates a RolePermission.

    Attributes:
        role_id (str):
        permission_id (str):
        policy_id (None | str | Unset):
    """

    role_id: str
    permission_id: str
    policy_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        permission_id = self.permission_id

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roleId": role_id,
                "permissionId": permission_id,
            }
        )
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("roleId")

        permission_id = d.pop("permissionId")

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        policy_id = _parse_policy_id(d.pop("policyId", UNSET))

        role_permission_create = cls(
            role_id=role_id,
            permission_id=permission_id,
            policy_id=policy_id,
        )

        return role_permission_create
