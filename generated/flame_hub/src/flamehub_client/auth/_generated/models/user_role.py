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
    from ..models.role import Role
    from ..models.user import User


T = TypeVar("T", bound="UserRole")


@_attrs_define
class UserRole:
    """A role assigned to a user. Relations (`user`, `role`) are present only when asked for with `include`.

    Attributes:
        id (str):
        user_id (str):
        user_realm_id (None | str):
        role_id (str):
        role_realm_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        user (User | Unset): A user account. Relations (`realm`) are present only when asked for with `include`.
        role (Role | Unset): A role: a named set of permissions. Relations (`realm`) are present only when asked for
            with `include`.
    """

    id: str
    user_id: str
    user_realm_id: None | str
    role_id: str
    role_realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user: User | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_realm_id: None | str
        user_realm_id = self.user_realm_id

        role_id = self.role_id

        role_realm_id: None | str
        role_realm_id = self.role_realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "userRealmId": user_realm_id,
                "roleId": role_id,
                "roleRealmId": role_realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role import Role
        from ..models.user import User

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("userId")

        def _parse_user_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_realm_id = _parse_user_realm_id(d.pop("userRealmId"))

        role_id = d.pop("roleId")

        def _parse_role_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_realm_id = _parse_role_realm_id(d.pop("roleRealmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role.from_dict(_role)

        user_role = cls(
            id=id,
            user_id=user_id,
            user_realm_id=user_realm_id,
            role_id=role_id,
            role_realm_id=role_realm_id,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            role=role,
        )

        user_role.additional_properties = d
        return user_role

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
