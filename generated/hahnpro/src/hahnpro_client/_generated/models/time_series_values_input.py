from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_series_values_input_additional_property_type_2 import (
        TimeSeriesValuesInputAdditionalPropertyType2,
    )


T = TypeVar("T", bound="TimeSeriesValuesInput")


@_attrs_define
class TimeSeriesValuesInput:
    """Values keyed by epoch milliseconds (as strings); a value is a number, a string or an object."""

    additional_properties: dict[str, bool | float | str | TimeSeriesValuesInputAdditionalPropertyType2] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_series_values_input_additional_property_type_2 import (
            TimeSeriesValuesInputAdditionalPropertyType2,
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, TimeSeriesValuesInputAdditionalPropertyType2):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_series_values_input_additional_property_type_2 import (
            TimeSeriesValuesInputAdditionalPropertyType2,
        )

        d = dict(src_dict)
        time_series_values_input = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> bool | float | str | TimeSeriesValuesInputAdditionalPropertyType2:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = TimeSeriesValuesInputAdditionalPropertyType2.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool | float | str | TimeSeriesValuesInputAdditionalPropertyType2,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        time_series_values_input.additional_properties = additional_properties
        return time_series_values_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str | TimeSeriesValuesInputAdditionalPropertyType2:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool | float | str | TimeSeriesValuesInputAdditionalPropertyType2,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
