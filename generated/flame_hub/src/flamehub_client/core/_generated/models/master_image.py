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
    from ..models.command_argument import CommandArgument


T = TypeVar("T", bound="MasterImage")


@_attrs_define
class MasterImage:
    """A master image analyses are built on.

    Attributes:
        id (str):
        name (str):
        path (None | str):
        virtual_path (str):
        group_virtual_path (str):
        command (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        build_status (None | str | Unset): One of `starting`, `started`, `stopping`, `stopped`, `executing`, `executed`,
            `failed`. Sent by Hub 0.8.22 and later.
        build_progress (int | None | Unset): Sent by Hub 0.8.22 and later.
        command_arguments (list[CommandArgument] | None | Unset): Left out for images synced without arguments (the
            server stores the serialised `undefined` and leaves the key out).
    """

    id: str
    name: str
    path: None | str
    virtual_path: str
    group_virtual_path: str
    command: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    build_status: None | str | Unset = UNSET
    build_progress: int | None | Unset = UNSET
    command_arguments: list[CommandArgument] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        path: None | str
        path = self.path

        virtual_path = self.virtual_path

        group_virtual_path = self.group_virtual_path

        command: None | str
        command = self.command

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        build_status: None | str | Unset
        if isinstance(self.build_status, Unset):
            build_status = UNSET
        else:
            build_status = self.build_status

        build_progress: int | None | Unset
        if isinstance(self.build_progress, Unset):
            build_progress = UNSET
        else:
            build_progress = self.build_progress

        command_arguments: list[dict[str, Any]] | None | Unset
        if isinstance(self.command_arguments, Unset):
            command_arguments = UNSET
        elif isinstance(self.command_arguments, list):
            command_arguments = []
            for command_arguments_type_0_item_data in self.command_arguments:
                command_arguments_type_0_item = command_arguments_type_0_item_data.to_dict()
                command_arguments.append(command_arguments_type_0_item)

        else:
            command_arguments = self.command_arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "path": path,
                "virtualPath": virtual_path,
                "groupVirtualPath": group_virtual_path,
                "command": command,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if build_status is not UNSET:
            field_dict["buildStatus"] = build_status
        if build_progress is not UNSET:
            field_dict["buildProgress"] = build_progress
        if command_arguments is not UNSET:
            field_dict["commandArguments"] = command_arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.command_argument import CommandArgument

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path"))

        virtual_path = d.pop("virtualPath")

        group_virtual_path = d.pop("groupVirtualPath")

        def _parse_command(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        command = _parse_command(d.pop("command"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_build_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_status = _parse_build_status(d.pop("buildStatus", UNSET))

        def _parse_build_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        build_progress = _parse_build_progress(d.pop("buildProgress", UNSET))

        def _parse_command_arguments(
            data: object,
        ) -> list[CommandArgument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                command_arguments_type_0 = []
                _command_arguments_type_0 = data
                for command_arguments_type_0_item_data in _command_arguments_type_0:
                    command_arguments_type_0_item = CommandArgument.from_dict(command_arguments_type_0_item_data)

                    command_arguments_type_0.append(command_arguments_type_0_item)

                return command_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommandArgument] | None | Unset, data)

        command_arguments = _parse_command_arguments(d.pop("commandArguments", UNSET))

        master_image = cls(
            id=id,
            name=name,
            path=path,
            virtual_path=virtual_path,
            group_virtual_path=group_virtual_path,
            command=command,
            created_at=created_at,
            updated_at=updated_at,
            build_status=build_status,
            build_progress=build_progress,
            command_arguments=command_arguments,
        )

        master_image.additional_properties = d
        return master_image

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
