from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_stream_info import DataStreamInfo
    from ..models.element import Element


T = TypeVar("T", bound="DataStream")


@_attrs_define
class DataStream:
    """
    Attributes:
        id (int):
        name (str):
        description (None | str):
        datatype (str): `float64`, `float32`, `int64`, `int32` or `int16`.
        layout (str): `<datatype>_<number of elements>`, e.g. `float32_3`.
        keep_us (int): Retention in µs; -1 keeps everything, 0 nothing.
        is_configured (bool):
        is_source (bool):
        is_destination (bool):
        locked (bool):
        active (bool):
        decimate (bool):
        updated_at (str): ISO 8601 with `+00:00`.
        elements (list[Element]):
        data_info (DataStreamInfo | Unset):
    """

    id: int
    name: str
    description: None | str
    datatype: str
    layout: str
    keep_us: int
    is_configured: bool
    is_source: bool
    is_destination: bool
    locked: bool
    active: bool
    decimate: bool
    updated_at: str
    elements: list[Element]
    data_info: DataStreamInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        datatype = self.datatype

        layout = self.layout

        keep_us = self.keep_us

        is_configured = self.is_configured

        is_source = self.is_source

        is_destination = self.is_destination

        locked = self.locked

        active = self.active

        decimate = self.decimate

        updated_at = self.updated_at

        elements = []
        for elements_item_data in self.elements:
            elements_item = elements_item_data.to_dict()
            elements.append(elements_item)

        data_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_info, Unset):
            data_info = self.data_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "datatype": datatype,
                "layout": layout,
                "keep_us": keep_us,
                "is_configured": is_configured,
                "is_source": is_source,
                "is_destination": is_destination,
                "locked": locked,
                "active": active,
                "decimate": decimate,
                "updated_at": updated_at,
                "elements": elements,
            }
        )
        if data_info is not UNSET:
            field_dict["data_info"] = data_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_stream_info import DataStreamInfo
        from ..models.element import Element

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        datatype = d.pop("datatype")

        layout = d.pop("layout")

        keep_us = d.pop("keep_us")

        is_configured = d.pop("is_configured")

        is_source = d.pop("is_source")

        is_destination = d.pop("is_destination")

        locked = d.pop("locked")

        active = d.pop("active")

        decimate = d.pop("decimate")

        updated_at = d.pop("updated_at")

        elements = []
        _elements = d.pop("elements")
        for elements_item_data in _elements:
            elements_item = Element.from_dict(elements_item_data)

            elements.append(elements_item)

        _data_info = d.pop("data_info", UNSET)
        data_info: DataStreamInfo | Unset
        if isinstance(_data_info, Unset):
            data_info = UNSET
        else:
            data_info = DataStreamInfo.from_dict(_data_info)

        data_stream = cls(
            id=id,
            name=name,
            description=description,
            datatype=datatype,
            layout=layout,
            keep_us=keep_us,
            is_configured=is_configured,
            is_source=is_source,
            is_destination=is_destination,
            locked=locked,
            active=active,
            decimate=decimate,
            updated_at=updated_at,
            elements=elements,
            data_info=data_info,
        )

        data_stream.additional_properties = d
        return data_stream

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
