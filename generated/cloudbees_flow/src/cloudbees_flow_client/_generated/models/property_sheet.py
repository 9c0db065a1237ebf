from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_ import Property


T = TypeVar("T", bound="PropertySheet")


@_attrs_define
class PropertySheet:
    """
    Attributes:
        property_sheet_id (str | Unset):
        property_ (list[Property] | Property | Unset):
    """

    property_sheet_id: str | Unset = UNSET
    property_: list[Property] | Property | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.property_ import Property

        property_sheet_id = self.property_sheet_id

        property_: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        elif isinstance(self.property_, Property):
            property_ = self.property_.to_dict()
        else:
            property_ = []
            for property_type_1_item_data in self.property_:
                property_type_1_item = property_type_1_item_data.to_dict()
                property_.append(property_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_sheet_id is not UNSET:
            field_dict["propertySheetId"] = property_sheet_id
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.property_ import Property

        d = dict(src_dict)
        property_sheet_id = d.pop("propertySheetId", UNSET)

        def _parse_property_(data: object) -> list[Property] | Property | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                property_type_0 = Property.from_dict(data)

                return property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            property_type_1 = []
            _property_type_1 = data
            for property_type_1_item_data in _property_type_1:
                property_type_1_item = Property.from_dict(property_type_1_item_data)

                property_type_1.append(property_type_1_item)

            return property_type_1

        property_ = _parse_property_(d.pop("property", UNSET))

        property_sheet = cls(
            property_sheet_id=property_sheet_id,
            property_=property_,
        )

        property_sheet.additional_properties = d
        return property_sheet

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
