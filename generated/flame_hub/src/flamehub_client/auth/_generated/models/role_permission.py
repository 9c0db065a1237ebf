from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission import Permission
    from ..models.role import Role


T = TypeVar("T", bound="RolePermission")


@_attrs_define
class RolePermission:
    """A permission granted to a role. Relations (`role`, `permission`) are present only when asked for with `include`.

    Attributes:
        id (str):
        role_id (str):
        role_realm_id (None | str):
        permission_id (str):
        permission_realm_id (None | str):
        policy_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        role (Role | Unset): A role: a named set of permissions. Relations (`realm`) are present only when asked for
            with `include`.
        permission (Permission | Unset): A permission, e.g. `node_create`.
    """

    id: str
    role_id: str
    role_realm_id: None | str
    permission_id: str
    permission_realm_id: None | str
    policy_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    role: Role | Unset = UNSET
    permission: Permission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role_id = self.role_id

        role_realm_id: None | str
        role_realm_id = self.role_realm_id

        permission_id = self.permission_id

        permission_realm_id: None | str
        permission_realm_id = self.permission_realm_id

        policy_id: None | str
        policy_id = self.policy_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "roleId": role_id,
                "roleRealmId": role_realm_id,
                "permissionId": permission_id,
                "permissionRealmId": permission_realm_id,
                "policyId": policy_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.permission import Permission
        from ..models.role import Role

        d = dict(src_dict)
        id = d.pop("id")

        role_id = d.pop("roleId")

        def _parse_role_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_realm_id = _parse_role_realm_id(d.pop("roleRealmId"))

        permission_id = d.pop("permissionId")

        def _parse_permission_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        permission_realm_id = _parse_permission_realm_id(d.pop("permissionRealmId"))

        def _parse_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_id = _parse_policy_id(d.pop("policyId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role.from_dict(_role)

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission.from_dict(_permission)

        role_permission = cls(
            id=id,
            role_id=role_id,
            role_realm_id=role_realm_id,
            permission_id=permission_id,
            permission_realm_id=permission_realm_id,
            policy_id=policy_id,
            created_at=created_at,
            updated_at=updated_at,
            role=role,
            permission=permission,
        )

        role_permission.additional_properties = d
        return role_permission

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
