from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RobotPermissionCreate")


@_attrs_define
class RobotPermissionCreate:
    """The body that creates a RobotPermission.

    Attributes:
        robot_id (str):
        permission_id (str):
        policy_id (None | str | Unset):
    """

    robot_id: str
    permission_id: str
    policy_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        permission_id = self.permission_id

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "robotId": robot_id,
                "permissionId": permission_id,
            }
        )
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        robot_id = d.pop("robotId")

        permission_id = d.pop("permissionId")

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        policy_id = _parse_policy_id(d.pop("policyId", UNSET))

        robot_permission_create = cls(
            robot_id=robot_id,
            permission_id=permission_id,
            policy_id=policy_id,
        )

        return robot_permission_create
