from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertCondition")


@_attrs_define
class AlertCondition:
    """
    Attributes:
        type_ (str | Unset): threshold, relative or deadman.
        level (str | Unset): CRITICAL, WARNING, INFO, OK or ANY.
        operator (str | Unset):
        range_ (list[float] | Unset):
        value (Any | Unset):
        change (Any | Unset):
        period (Any | Unset):
        stop_period (Any | Unset):
    """

    type_: str | Unset = UNSET
    level: str | Unset = UNSET
    operator: str | Unset = UNSET
    range_: list[float] | Unset = UNSET
    value: Any | Unset = UNSET
    change: Any | Unset = UNSET
    period: Any | Unset = UNSET
    stop_period: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        level = self.level

        operator = self.operator

        range_: list[float] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        value = self.value

        change = self.change

        period = self.period

        stop_period = self.stop_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if level is not UNSET:
            field_dict["level"] = level
        if operator is not UNSET:
            field_dict["operator"] = operator
        if range_ is not UNSET:
            field_dict["range"] = range_
        if value is not UNSET:
            field_dict["value"] = value
        if change is not UNSET:
            field_dict["change"] = change
        if period is not UNSET:
            field_dict["period"] = period
        if stop_period is not UNSET:
            field_dict["stopPeriod"] = stop_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        level = d.pop("level", UNSET)

        operator = d.pop("operator", UNSET)

        range_ = cast(list[float], d.pop("range", UNSET))

        value = d.pop("value", UNSET)

        change = d.pop("change", UNSET)

        period = d.pop("period", UNSET)

        stop_period = d.pop("stopPeriod", UNSET)

        alert_condition = cls(
            type_=type_,
            level=level,
            operator=operator,
            range_=range_,
            value=value,
            change=change,
            period=period,
            stop_period=stop_period,
        )

        alert_condition.additional_properties = d
        return alert_condition

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
