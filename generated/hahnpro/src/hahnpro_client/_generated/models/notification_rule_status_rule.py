from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRuleStatusRule")


@_attrs_define
class NotificationRuleStatusRule:
    """
    Attributes:
        previous_level (str | Unset):
        current_level (str | Unset):
    """

    previous_level: str | Unset = UNSET
    current_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        previous_level = self.previous_level

        current_level = self.current_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_level is not UNSET:
            field_dict["previousLevel"] = previous_level
        if current_level is not UNSET:
            field_dict["currentLevel"] = current_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        previous_level = d.pop("previousLevel", UNSET)

        current_level = d.pop("currentLevel", UNSET)

        notification_rule_status_rule = cls(
            previous_level=previous_level,
            current_level=current_level,
        )

        notification_rule_status_rule.additional_properties = d
        return notification_rule_status_rule

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
