from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.command_argument_position_type_0 import (
    CommandArgumentPositionType0,
    check_command_argument_position_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandArgument")


@_attrs_define
class CommandArgument:
    """One argument of an image command; `position` puts it before or after the image's own arguments.

    Attributes:
        value (str):
        position (CommandArgumentPositionType0 | None | Unset):
    """

    value: str
    position: CommandArgumentPositionType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, str):
            position = self.position
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_position(
            data: object,
        ) -> CommandArgumentPositionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_type_0 = check_command_argument_position_type_0(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandArgumentPositionType0 | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        command_argument = cls(
            value=value,
            position=position,
        )

        return command_argument
