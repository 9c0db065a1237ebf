from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Property")


@_attrs_define
class Property:
    """
    Attributes:
        property_name (str):
        property_id (str | Unset):
        value (str | Unset): Absent when the property is a sheet.
        property_sheet_id (str | Unset): Present when the property is a sheet.
        description (str | Unset):
        counter (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
        expandable (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
        tracked (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
        owner (str | Unset):
        last_modified_by (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
    """

    property_name: str
    property_id: str | Unset = UNSET
    value: str | Unset = UNSET
    property_sheet_id: str | Unset = UNSET
    description: str | Unset = UNSET
    counter: str | Unset = UNSET
    expandable: str | Unset = UNSET
    tracked: str | Unset = UNSET
    owner: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        property_name = self.property_name

        property_id = self.property_id

        value = self.value

        property_sheet_id = self.property_sheet_id

        description = self.description

        counter = self.counter

        expandable = self.expandable

        tracked = self.tracked

        owner = self.owner

        last_modified_by = self.last_modified_by

        create_time = self.create_time

        modify_time = self.modify_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "propertyName": property_name,
            }
        )
        if property_id is not UNSET:
            field_dict["propertyId"] = property_id
        if value is not UNSET:
            field_dict["value"] = value
        if property_sheet_id is not UNSET:
            field_dict["propertySheetId"] = property_sheet_id
        if description is not UNSET:
            field_dict["description"] = description
        if counter is not UNSET:
            field_dict["counter"] = counter
        if expandable is not UNSET:
            field_dict["expandable"] = expandable
        if tracked is not UNSET:
            field_dict["tracked"] = tracked
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        property_name = d.pop("propertyName")

        property_id = d.pop("propertyId", UNSET)

        value = d.pop("value", UNSET)

        property_sheet_id = d.pop("propertySheetId", UNSET)

        description = d.pop("description", UNSET)

        counter = d.pop("counter", UNSET)

        expandable = d.pop("expandable", UNSET)

        tracked = d.pop("tracked", UNSET)

        owner = d.pop("owner", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        property_ = cls(
            property_name=property_name,
            property_id=property_id,
            value=value,
            property_sheet_id=property_sheet_id,
            description=description,
            counter=counter,
            expandable=expandable,
            tracked=tracked,
            owner=owner,
            last_modified_by=last_modified_by,
            create_time=create_time,
            modify_time=modify_time,
        )

        property_.additional_properties = d
        return property_

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
