from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material import Material


T = TypeVar("T", bound="LogbookEntryPatch")


@_attrs_define
class LogbookEntryPatch:
    """Any fields of a logbook entry.

    Attributes:
        date (str | Unset):
        duration (float | Unset):
        materials (list[Material] | Unset):
        comment (str | Unset):
        source (str | Unset):
        data (Any | Unset):
    """

    date: str | Unset = UNSET
    duration: float | Unset = UNSET
    materials: list[Material] | Unset = UNSET
    comment: str | Unset = UNSET
    source: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        duration = self.duration

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        comment = self.comment

        source = self.source

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if duration is not UNSET:
            field_dict["duration"] = duration
        if materials is not UNSET:
            field_dict["materials"] = materials
        if comment is not UNSET:
            field_dict["comment"] = comment
        if source is not UNSET:
            field_dict["source"] = source
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.material import Material

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        duration = d.pop("duration", UNSET)

        _materials = d.pop("materials", UNSET)
        materials: list[Material] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = Material.from_dict(materials_item_data)

                materials.append(materials_item)

        comment = d.pop("comment", UNSET)

        source = d.pop("source", UNSET)

        data = d.pop("data", UNSET)

        logbook_entry_patch = cls(
            date=date,
            duration=duration,
            materials=materials,
            comment=comment,
            source=source,
            data=data,
        )

        logbook_entry_patch.additional_properties = d
        return logbook_entry_patch

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
