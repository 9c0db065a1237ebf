from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """
    Attributes:
        operator (str): equals, notEqual, lessThan, greaterThan, contains, like, isNull, isNotNull, between, and, or,
            not, ...
        property_name (str | Unset):
        operand1 (str | Unset):
        operand2 (str | Unset):
        filter_ (list[Filter] | Unset): The sub-filters of `and`, `or` and `not`.
    """

    operator: str
    property_name: str | Unset = UNSET
    operand1: str | Unset = UNSET
    operand2: str | Unset = UNSET
    filter_: list[Filter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator

        property_name = self.property_name

        operand1 = self.operand1

        operand2 = self.operand2

        filter_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = []
            for filter_item_data in self.filter_:
                filter_item = filter_item_data.to_dict()
                filter_.append(filter_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )
        if property_name is not UNSET:
            field_dict["propertyName"] = property_name
        if operand1 is not UNSET:
            field_dict["operand1"] = operand1
        if operand2 is not UNSET:
            field_dict["operand2"] = operand2
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operator = d.pop("operator")

        property_name = d.pop("propertyName", UNSET)

        operand1 = d.pop("operand1", UNSET)

        operand2 = d.pop("operand2", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: list[Filter] | Unset = UNSET
        if _filter_ is not UNSET:
            filter_ = []
            for filter_item_data in _filter_:
                filter_item = Filter.from_dict(filter_item_data)

                filter_.append(filter_item)

        filter_ = cls(
            operator=operator,
            property_name=property_name,
            operand1=operand1,
            operand2=operand2,
            filter_=filter_,
        )

        filter_.additional_properties = d
        return filter_

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
