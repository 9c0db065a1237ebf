from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSeriesValue")


@_attrs_define
class TimeSeriesValue:
    """One point. Multi-field points carry their fields beside `timestamp`; the shape of aggregated (`group`) points
    is not public, so every extra field is kept.

        Attributes:
            timestamp (float): Epoch milliseconds.
            value (Any | Unset): A number, a string or an object.
            raw (float | Unset):
    """

    timestamp: float
    value: Any | Unset = UNSET
    raw: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        value = self.value

        raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        value = d.pop("value", UNSET)

        raw = d.pop("raw", UNSET)

        time_series_value = cls(
            timestamp=timestamp,
            value=value,
            raw=raw,
        )

        time_series_value.additional_properties = d
        return time_series_value

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
