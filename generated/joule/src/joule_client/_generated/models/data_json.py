from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="DataJson")


@_attrs_define
class DataJson:
    """
    Attributes:
        data (list[list[list[float]]]): One list of rows per interval; a row is `[timestamp, v0, …]`.
        decimation_factor (int):
    """

    data: list[list[list[float]]]
    decimation_factor: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = []
            for data_item_item_data in data_item_data:
                data_item_item = data_item_item_data

                data_item.append(data_item_item)

            data.append(data_item)

        decimation_factor = self.decimation_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "decimation_factor": decimation_factor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = []
            _data_item = data_item_data
            for data_item_item_data in _data_item:
                data_item_item = cast(list[float], data_item_item_data)

                data_item.append(data_item_item)

            data.append(data_item)

        decimation_factor = d.pop("decimation_factor")

        data_json = cls(
            data=data,
            decimation_factor=decimation_factor,
        )

        data_json.additional_properties = d
        return data_json

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
