from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElementUpdate")


@_attrs_define
class ElementUpdate:
    """
    Attributes:
        name (str | Unset):
        units (None | str | Unset):
        plottable (bool | Unset):
        display_type (str | Unset):
        offset (float | Unset):
        scale_factor (float | Unset):
        default_max (float | None | Unset):
        default_min (float | None | Unset):
    """

    name: str | Unset = UNSET
    units: None | str | Unset = UNSET
    plottable: bool | Unset = UNSET
    display_type: str | Unset = UNSET
    offset: float | Unset = UNSET
    scale_factor: float | Unset = UNSET
    default_max: float | None | Unset = UNSET
    default_min: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        units: None | str | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        else:
            units = self.units

        plottable = self.plottable

        display_type = self.display_type

        offset = self.offset

        scale_factor = self.scale_factor

        default_max: float | None | Unset
        if isinstance(self.default_max, Unset):
            default_max = UNSET
        else:
            default_max = self.default_max

        default_min: float | None | Unset
        if isinstance(self.default_min, Unset):
            default_min = UNSET
        else:
            default_min = self.default_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if units is not UNSET:
            field_dict["units"] = units
        if plottable is not UNSET:
            field_dict["plottable"] = plottable
        if display_type is not UNSET:
            field_dict["display_type"] = display_type
        if offset is not UNSET:
            field_dict["offset"] = offset
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor
        if default_max is not UNSET:
            field_dict["default_max"] = default_max
        if default_min is not UNSET:
            field_dict["default_min"] = default_min

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_units(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        units = _parse_units(d.pop("units", UNSET))

        plottable = d.pop("plottable", UNSET)

        display_type = d.pop("display_type", UNSET)

        offset = d.pop("offset", UNSET)

        scale_factor = d.pop("scale_factor", UNSET)

        def _parse_default_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        default_max = _parse_default_max(d.pop("default_max", UNSET))

        def _parse_default_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        default_min = _parse_default_min(d.pop("default_min", UNSET))

        element_update = cls(
            name=name,
            units=units,
            plottable=plottable,
            display_type=display_type,
            offset=offset,
            scale_factor=scale_factor,
            default_max=default_max,
            default_min=default_min,
        )

        element_update.additional_properties = d
        return element_update

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
