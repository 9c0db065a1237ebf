from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.search_options_sort_item_order import (
    SearchOptionsSortItemOrder,
    check_search_options_sort_item_order,
)

T = TypeVar("T", bound="SearchOptionsSortItem")


@_attrs_define
class SearchOptionsSortItem:
    """
    Attributes:
        field (str):
        order (SearchOptionsSortItemOrder):
    """

    field: str
    order: SearchOptionsSortItemOrder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        order: str = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        order = check_search_options_sort_item_order(d.pop("order"))

        search_options_sort_item = cls(
            field=field,
            order=order,
        )

        search_options_sort_item.additional_properties = d
        return search_options_sort_item

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
