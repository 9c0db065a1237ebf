from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_argument import CommandArgument


T = TypeVar("T", bound="AnalysisUpdate")


@_attrs_define
class AnalysisUpdate:
    """The body that updates a Analysis: a field left out stays as it is, `null` clears it.

    Attributes:
        name (str | Unset):
        display_name (None | str | Unset):
        description (None | str | Unset):
        master_image_id (None | str | Unset):
        image_command_arguments (list[CommandArgument] | Unset):
    """

    name: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    master_image_id: None | str | Unset = UNSET
    image_command_arguments: list[CommandArgument] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        master_image_id: None | str | Unset
        if isinstance(self.master_image_id, Unset):
            master_image_id = UNSET
        else:
            master_image_id = self.master_image_id

        image_command_arguments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_command_arguments, Unset):
            image_command_arguments = []
            for image_command_arguments_item_data in self.image_command_arguments:
                image_command_arguments_item = image_command_arguments_item_data.to_dict()
                image_command_arguments.append(image_command_arguments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if master_image_id is not UNSET:
            field_dict["masterImageId"] = master_image_id
        if image_command_arguments is not UNSET:
            field_dict["imageCommandArguments"] = image_command_arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.command_argument import CommandArgument

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_master_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_image_id = _parse_master_image_id(d.pop("masterImageId", UNSET))

        _image_command_arguments = d.pop("imageCommandArguments", UNSET)
        image_command_arguments: list[CommandArgument] | Unset = UNSET
        if _image_command_arguments is not UNSET:
            image_command_arguments = []
            for image_command_arguments_item_data in _image_command_arguments:
                image_command_arguments_item = CommandArgument.from_dict(image_command_arguments_item_data)

                image_command_arguments.append(image_command_arguments_item)

        analysis_update = cls(
            name=name,
            display_name=display_name,
            description=description,
            master_image_id=master_image_id,
            image_command_arguments=image_command_arguments,
        )

        return analysis_update
