from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_series import TimeSeries


T = TypeVar("T", bound="SettledTimeSeries")


@_attrs_define
class SettledTimeSeries:
    """
    Attributes:
        status (str): `fulfilled` or `rejected`.
        value (TimeSeries | Unset):
        reason (Any | Unset):
    """

    status: str
    value: TimeSeries | Unset = UNSET
    reason: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_series import TimeSeries

        d = dict(src_dict)
        status = d.pop("status")

        _value = d.pop("value", UNSET)
        value: TimeSeries | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = TimeSeries.from_dict(_value)

        reason = d.pop("reason", UNSET)

        settled_time_series = cls(
            status=status,
            value=value,
            reason=reason,
        )

        settled_time_series.additional_properties = d
        return settled_time_series

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
