from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertySetRequest")


@_attrs_define
class PropertySetRequest:
    """
    Attributes:
        value (str | Unset):
        job_step_id (str | Unset): A server id (a UUID), always a string.
        description (str | Unset):
        expandable (bool | Unset):
    """

    value: str | Unset = UNSET
    job_step_id: str | Unset = UNSET
    description: str | Unset = UNSET
    expandable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        job_step_id = self.job_step_id

        description = self.description

        expandable = self.expandable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id
        if description is not UNSET:
            field_dict["description"] = description
        if expandable is not UNSET:
            field_dict["expandable"] = expandable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        job_step_id = d.pop("jobStepId", UNSET)

        description = d.pop("description", UNSET)

        expandable = d.pop("expandable", UNSET)

        property_set_request = cls(
            value=value,
            job_step_id=job_step_id,
            description=description,
            expandable=expandable,
        )

        property_set_request.additional_properties = d
        return property_set_request

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
