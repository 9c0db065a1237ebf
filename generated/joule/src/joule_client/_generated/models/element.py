from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="Element")


@_attrs_define
class Element:
    """
    Attributes:
        id (int):
        index (int):
        name (str):
        units (None | str):
        plottable (bool | None): Null for the elements of a stream declared inline in a module's outputs
            (`/path:float32[x,y]`), as observed on joule 1.0.1.
        display_type (str): `CONTINUOUS`, `DISCRETE` or `EVENT` (upper case in answers; any case accepted).
        offset (float):
        scale_factor (float):
        default_max (float | None):
        default_min (float | None):
    """

    id: int
    index: int
    name: str
    units: None | str
    plottable: bool | None
    display_type: str
    offset: float
    scale_factor: float
    default_max: float | None
    default_min: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index = self.index

        name = self.name

        units: None | str
        units = self.units

        plottable: bool | None
        plottable = self.plottable

        display_type = self.display_type

        offset = self.offset

        scale_factor = self.scale_factor

        default_max: float | None
        default_max = self.default_max

        default_min: float | None
        default_min = self.default_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "index": index,
                "name": name,
                "units": units,
                "plottable": plottable,
                "display_type": display_type,
                "offset": offset,
                "scale_factor": scale_factor,
                "default_max": default_max,
                "default_min": default_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        index = d.pop("index")

        name = d.pop("name")

        def _parse_units(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        units = _parse_units(d.pop("units"))

        def _parse_plottable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        plottable = _parse_plottable(d.pop("plottable"))

        display_type = d.pop("display_type")

        offset = d.pop("offset")

        scale_factor = d.pop("scale_factor")

        def _parse_default_max(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        default_max = _parse_default_max(d.pop("default_max"))

        def _parse_default_min(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        default_min = _parse_default_min(d.pop("default_min"))

        element = cls(
            id=id,
            index=index,
            name=name,
            units=units,
            plottable=plottable,
            display_type=display_type,
            offset=offset,
            scale_factor=scale_factor,
            default_max=default_max,
            default_min=default_min,
        )

        element.additional_properties = d
        return element

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
