from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRolesChange")


@_attrs_define
class UserRolesChange:
    """
    Attributes:
        grant_roles (list[str] | Unset):
        revoke_roles (list[str] | Unset):
    """

    grant_roles: list[str] | Unset = UNSET
    revoke_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        grant_roles: list[str] | Unset = UNSET
        if not isinstance(self.grant_roles, Unset):
            grant_roles = self.grant_roles

        revoke_roles: list[str] | Unset = UNSET
        if not isinstance(self.revoke_roles, Unset):
            revoke_roles = self.revoke_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_roles is not UNSET:
            field_dict["grantRoles"] = grant_roles
        if revoke_roles is not UNSET:
            field_dict["revokeRoles"] = revoke_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_roles = cast(list[str], d.pop("grantRoles", UNSET))

        revoke_roles = cast(list[str], d.pop("revokeRoles", UNSET))

        user_roles_change = cls(
            grant_roles=grant_roles,
            revoke_roles=revoke_roles,
        )

        user_roles_change.additional_properties = d
        return user_roles_change

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
