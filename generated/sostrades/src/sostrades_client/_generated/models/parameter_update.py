from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterUpdate")


@_attrs_define
class ParameterUpdate:
    """
    Attributes:
        variable_id (str):
        unit (None | str):
        new_value (Any):
        column_deleted (list[str] | Unset):
    """

    variable_id: str
    unit: None | str
    new_value: Any
    column_deleted: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        variable_id = self.variable_id

        unit: None | str
        unit = self.unit

        new_value = self.new_value

        column_deleted: list[str] | Unset = UNSET
        if not isinstance(self.column_deleted, Unset):
            column_deleted = self.column_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variableId": variable_id,
                "unit": unit,
                "newValue": new_value,
            }
        )
        if column_deleted is not UNSET:
            field_dict["column_deleted"] = column_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variable_id = d.pop("variableId")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        new_value = d.pop("newValue")

        column_deleted = cast(list[str], d.pop("column_deleted", UNSET))

        parameter_update = cls(
            variable_id=variable_id,
            unit=unit,
            new_value=new_value,
            column_deleted=column_deleted,
        )

        parameter_update.additional_properties = d
        return parameter_update

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
