from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPermissionUpdate")


@_attrs_define
class UserPermissionUpdate:
    """The body that updates a UserPermission: a field left out stays as it is, `null` clears it.

    Attributes:
        policy_id (None | str | Unset):
    """

    policy_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        policy_id = _parse_policy_id(d.pop("policyId", UNSET))

        user_permission_update = cls(
            policy_id=policy_id,
        )

        return user_permission_update
