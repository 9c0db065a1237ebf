from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormalParameter")


@_attrs_define
class FormalParameter:
    """
    Attributes:
        formal_parameter_name (str | Unset):
        formal_parameter_id (str | Unset):
        type_ (str | Unset): entry, textarea, checkbox, select, credential, ...
        default_value (str | Unset):
        description (str | Unset):
        label (str | Unset):
        required (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
        expansion_deferred (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send
            still parses).
    """

    formal_parameter_name: str | Unset = UNSET
    formal_parameter_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    default_value: str | Unset = UNSET
    description: str | Unset = UNSET
    label: str | Unset = UNSET
    required: str | Unset = UNSET
    expansion_deferred: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        formal_parameter_name = self.formal_parameter_name

        formal_parameter_id = self.formal_parameter_id

        type_ = self.type_

        default_value = self.default_value

        description = self.description

        label = self.label

        required = self.required

        expansion_deferred = self.expansion_deferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formal_parameter_name is not UNSET:
            field_dict["formalParameterName"] = formal_parameter_name
        if formal_parameter_id is not UNSET:
            field_dict["formalParameterId"] = formal_parameter_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if expansion_deferred is not UNSET:
            field_dict["expansionDeferred"] = expansion_deferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        formal_parameter_name = d.pop("formalParameterName", UNSET)

        formal_parameter_id = d.pop("formalParameterId", UNSET)

        type_ = d.pop("type", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        description = d.pop("description", UNSET)

        label = d.pop("label", UNSET)

        required = d.pop("required", UNSET)

        expansion_deferred = d.pop("expansionDeferred", UNSET)

        formal_parameter = cls(
            formal_parameter_name=formal_parameter_name,
            formal_parameter_id=formal_parameter_id,
            type_=type_,
            default_value=default_value,
            description=description,
            label=label,
            required=required,
            expansion_deferred=expansion_deferred,
        )

        formal_parameter.additional_properties = d
        return formal_parameter

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
