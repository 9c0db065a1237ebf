from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.master_image_command_command import (
    MasterImageCommandCommand,
    check_master_image_command_command,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterImageCommand")


@_attrs_define
class MasterImageCommand:
    """`sync` pulls the master images from their repository; `build` builds the image `id`.

    Attributes:
        command (MasterImageCommandCommand):
        id (str | Unset):
    """

    command: MasterImageCommandCommand
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = check_master_image_command_command(d.pop("command"))

        id = d.pop("id", UNSET)

        master_image_command = cls(
            command=command,
            id=id,
        )

        return master_image_command
