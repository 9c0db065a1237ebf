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
    from ..models.robot import Robot
    from ..models.role import Role


T = TypeVar("T", bound="RobotRole")


@_attrs_define
class RobotRole:
    """A role assigned to a robot. Relations (`robot`, `role`) are present only when asked for with `include`. Only on the
    older server generation (authup before 1.0.0-beta.54): current authup has no robots and answers 404.

        Attributes:
            id (str):
            robot_id (str):
            robot_realm_id (None | str):
            role_id (str):
            role_realm_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            robot (None | Robot | Unset): `null` from authup 1.0.0-beta.26 (observed on a running server) although the robot
                exists.
            role (Role | Unset): A role: a named set of permissions. Relations (`realm`) are present only when asked for
                with `include`.
    """

    id: str
    robot_id: str
    robot_realm_id: None | str
    role_id: str
    role_realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    robot: None | Robot | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.robot import Robot

        id = self.id

        robot_id = self.robot_id

        robot_realm_id: None | str
        robot_realm_id = self.robot_realm_id

        role_id = self.role_id

        role_realm_id: None | str
        role_realm_id = self.role_realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        robot: dict[str, Any] | None | Unset
        if isinstance(self.robot, Unset):
            robot = UNSET
        elif isinstance(self.robot, Robot):
            robot = self.robot.to_dict()
        else:
            robot = self.robot

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "robotId": robot_id,
                "robotRealmId": robot_realm_id,
                "roleId": role_id,
                "roleRealmId": role_realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if robot is not UNSET:
            field_dict["robot"] = robot
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.robot import Robot
        from ..models.role import Role

        d = dict(src_dict)
        id = d.pop("id")

        robot_id = d.pop("robotId")

        def _parse_robot_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        robot_realm_id = _parse_robot_realm_id(d.pop("robotRealmId"))

        role_id = d.pop("roleId")

        def _parse_role_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_realm_id = _parse_role_realm_id(d.pop("roleRealmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_robot(data: object) -> None | Robot | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                robot_type_0 = Robot.from_dict(data)

                return robot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Robot | Unset, data)

        robot = _parse_robot(d.pop("robot", UNSET))

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role.from_dict(_role)

        robot_role = cls(
            id=id,
            robot_id=robot_id,
            robot_realm_id=robot_realm_id,
            role_id=role_id,
            role_realm_id=role_realm_id,
            created_at=created_at,
            updated_at=updated_at,
            robot=robot,
            role=role,
        )

        robot_role.additional_properties = d
        return robot_role

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
