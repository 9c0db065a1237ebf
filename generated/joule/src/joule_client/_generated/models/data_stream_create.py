from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.data_stream_create_datatype import (
    DataStreamCreateDatatype,
    check_data_stream_create_datatype,
)

if TYPE_CHECKING:
    from ..models.element_create import ElementCreate


T = TypeVar("T", bound="DataStreamCreate")


@_attrs_define
class DataStreamCreate:
    """Every key is required; `id` is ignored and the three `is_*` flags are reset to false.

    Attributes:
        id (int | None):
        name (str):
        description (str):
        datatype (DataStreamCreateDatatype):
        keep_us (int):
        decimate (bool):
        is_configured (bool):
        is_source (bool):
        is_destination (bool):
        elements (list[ElementCreate]):
    """

    id: int | None
    name: str
    description: str
    datatype: DataStreamCreateDatatype
    keep_us: int
    decimate: bool
    is_configured: bool
    is_source: bool
    is_destination: bool
    elements: list[ElementCreate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        name = self.name

        description = self.description

        datatype: str = self.datatype

        keep_us = self.keep_us

        decimate = self.decimate

        is_configured = self.is_configured

        is_source = self.is_source

        is_destination = self.is_destination

        elements = []
        for elements_item_data in self.elements:
            elements_item = elements_item_data.to_dict()
            elements.append(elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "datatype": datatype,
                "keep_us": keep_us,
                "decimate": decimate,
                "is_configured": is_configured,
                "is_source": is_source,
                "is_destination": is_destination,
                "elements": elements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.element_create import ElementCreate

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        datatype = check_data_stream_create_datatype(d.pop("datatype"))

        keep_us = d.pop("keep_us")

        decimate = d.pop("decimate")

        is_configured = d.pop("is_configured")

        is_source = d.pop("is_source")

        is_destination = d.pop("is_destination")

        elements = []
        _elements = d.pop("elements")
        for elements_item_data in _elements:
            elements_item = ElementCreate.from_dict(elements_item_data)

            elements.append(elements_item)

        data_stream_create = cls(
            id=id,
            name=name,
            description=description,
            datatype=datatype,
            keep_us=keep_us,
            decimate=decimate,
            is_configured=is_configured,
            is_source=is_source,
            is_destination=is_destination,
            elements=elements,
        )

        data_stream_create.additional_properties = d
        return data_stream_create

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
