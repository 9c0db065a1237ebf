from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RobotRoleCreate")


@_attrs_define
class RobotRoleCreate:
    """The body that creates a RobotRole.

    Attributes:
        robot_id (str):
        role_id (str):
    """

    robot_id: str
    role_id: str

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        role_id = self.role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "robotId": robot_id,
                "roleId": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        robot_id = d.pop("robotId")

        role_id = d.pop("roleId")

        robot_role_create = cls(
            robot_id=robot_id,
            role_id=role_id,
        )

        return robot_role_create
