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


T = TypeVar("T", bound="LogbookEntryInput")


@_attrs_define
class LogbookEntryInput:
    """
    Attributes:
        date (str):
        duration (float):
        materials (list[Material]):
        task_id (str | Unset):
        comment (str | Unset):
        source (str | Unset): manual, voice or automatic.
        data (Any | Unset):
    """

    date: str
    duration: float
    materials: list[Material]
    task_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    source: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        duration = self.duration

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        task_id = self.task_id

        comment = self.comment

        source = self.source

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "duration": duration,
                "materials": materials,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
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
        date = d.pop("date")

        duration = d.pop("duration")

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = Material.from_dict(materials_item_data)

            materials.append(materials_item)

        task_id = d.pop("taskId", UNSET)

        comment = d.pop("comment", UNSET)

        source = d.pop("source", UNSET)

        data = d.pop("data", UNSET)

        logbook_entry_input = cls(
            date=date,
            duration=duration,
            materials=materials,
            task_id=task_id,
            comment=comment,
            source=source,
            data=data,
        )

        logbook_entry_input.additional_properties = d
        return logbook_entry_input

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
