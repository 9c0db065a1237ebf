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
    from ..models.robot import Robot


T = TypeVar("T", bound="RobotPermission")


@_attrs_define
class RobotPermission:
    """A permission granted to a robot. Relations (`robot`, `permission`) are present only when asked for with `include`.
    Only on the older server generation (authup before 1.0.0-beta.54): current authup has no robots and answers 404.

        Attributes:
            id (str):
            robot_id (str):
            robot_realm_id (None | str):
            permission_id (str):
            permission_realm_id (None | str):
            policy_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            robot (None | Robot | Unset): `null` from authup 1.0.0-beta.26 (observed on a running server) although the robot
                exists.
            permission (Permission | Unset): A permission, e.g. `node_create`.
    """

    id: str
    robot_id: str
    robot_realm_id: None | str
    permission_id: str
    permission_realm_id: None | str
    policy_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    robot: None | Robot | Unset = UNSET
    permission: Permission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.robot import Robot

        id = self.id

        robot_id = self.robot_id

        robot_realm_id: None | str
        robot_realm_id = self.robot_realm_id

        permission_id = self.permission_id

        permission_realm_id: None | str
        permission_realm_id = self.permission_realm_id

        policy_id: None | str
        policy_id = self.policy_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        robot: dict[str, Any] | None | Unset
        if isinstance(self.robot, Unset):
            robot = UNSET
        elif isinstance(self.robot, Robot):
            robot = self.robot.to_dict()
        else:
            robot = self.robot

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "robotId": robot_id,
                "robotRealmId": robot_realm_id,
                "permissionId": permission_id,
                "permissionRealmId": permission_realm_id,
                "policyId": policy_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if robot is not UNSET:
            field_dict["robot"] = robot
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.permission import Permission
        from ..models.robot import Robot

        d = dict(src_dict)
        id = d.pop("id")

        robot_id = d.pop("robotId")

        def _parse_robot_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        robot_realm_id = _parse_robot_realm_id(d.pop("robotRealmId"))

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

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission.from_dict(_permission)

        robot_permission = cls(
            id=id,
            robot_id=robot_id,
            robot_realm_id=robot_realm_id,
            permission_id=permission_id,
            permission_realm_id=permission_realm_id,
            policy_id=policy_id,
            created_at=created_at,
            updated_at=updated_at,
            robot=robot,
            permission=permission,
        )

        robot_permission.additional_properties = d
        return robot_permission

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
