from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_update import ElementUpdate


T = TypeVar("T", bound="DataStreamUpdate")


@_attrs_define
class DataStreamUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        keep_us (int | Unset):
        decimate (bool | Unset):
        elements (list[ElementUpdate] | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    keep_us: int | Unset = UNSET
    decimate: bool | Unset = UNSET
    elements: list[ElementUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        keep_us = self.keep_us

        decimate = self.decimate

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if keep_us is not UNSET:
            field_dict["keep_us"] = keep_us
        if decimate is not UNSET:
            field_dict["decimate"] = decimate
        if elements is not UNSET:
            field_dict["elements"] = elements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.element_update import ElementUpdate

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        keep_us = d.pop("keep_us", UNSET)

        decimate = d.pop("decimate", UNSET)

        _elements = d.pop("elements", UNSET)
        elements: list[ElementUpdate] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementUpdate.from_dict(elements_item_data)

                elements.append(elements_item)

        data_stream_update = cls(
            name=name,
            description=description,
            keep_us=keep_us,
            decimate=decimate,
            elements=elements,
        )

        data_stream_update.additional_properties = d
        return data_stream_update

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
