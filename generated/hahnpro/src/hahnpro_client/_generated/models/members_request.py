from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.members_request_users_with_org_roles_item import (
        MembersRequestUsersWithOrgRolesItem,
    )


T = TypeVar("T", bound="MembersRequest")


@_attrs_define
class MembersRequest:
    """
    Attributes:
        users_with_org_roles (list[MembersRequestUsersWithOrgRolesItem]):
    """

    users_with_org_roles: list[MembersRequestUsersWithOrgRolesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        users_with_org_roles = []
        for users_with_org_roles_item_data in self.users_with_org_roles:
            users_with_org_roles_item = users_with_org_roles_item_data.to_dict()
            users_with_org_roles.append(users_with_org_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usersWithOrgRoles": users_with_org_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.members_request_users_with_org_roles_item import (
            MembersRequestUsersWithOrgRolesItem,
        )

        d = dict(src_dict)
        users_with_org_roles = []
        _users_with_org_roles = d.pop("usersWithOrgRoles")
        for users_with_org_roles_item_data in _users_with_org_roles:
            users_with_org_roles_item = MembersRequestUsersWithOrgRolesItem.from_dict(users_with_org_roles_item_data)

            users_with_org_roles.append(users_with_org_roles_item)

        members_request = cls(
            users_with_org_roles=users_with_org_roles,
        )

        members_request.additional_properties = d
        return members_request

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
