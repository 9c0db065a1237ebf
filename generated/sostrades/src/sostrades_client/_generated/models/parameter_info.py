from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterInfo")


@_attrs_define
class ParameterInfo:
    """
    Attributes:
        var_name (str):
        type_ (str): float, int, string, bool, dict, dataframe, array, list, …
        unit (None | str):
        value (Any): The plain JSON value; dataframes are the string `://dataframe`.
        optional (bool):
        visibility (str | Unset):
    """

    var_name: str
    type_: str
    unit: None | str
    value: Any
    optional: bool
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        var_name = self.var_name

        type_ = self.type_

        unit: None | str
        unit = self.unit

        value = self.value

        optional = self.optional

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "var_name": var_name,
                "type": type_,
                "unit": unit,
                "value": value,
                "optional": optional,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        var_name = d.pop("var_name")

        type_ = d.pop("type")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        value = d.pop("value")

        optional = d.pop("optional")

        visibility = d.pop("visibility", UNSET)

        parameter_info = cls(
            var_name=var_name,
            type_=type_,
            unit=unit,
            value=value,
            optional=optional,
            visibility=visibility,
        )

        parameter_info.additional_properties = d
        return parameter_info

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
