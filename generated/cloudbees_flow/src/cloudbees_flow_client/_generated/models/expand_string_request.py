from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpandStringRequest")


@_attrs_define
class ExpandStringRequest:
    """
    Attributes:
        value (str):
        job_step_id (str | Unset): A server id (a UUID), always a string.
        project_name (str | Unset): An object name; 1 to 255 characters.
    """

    value: str
    job_step_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        job_step_id = self.job_step_id

        project_name = self.project_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        job_step_id = d.pop("jobStepId", UNSET)

        project_name = d.pop("projectName", UNSET)

        expand_string_request = cls(
            value=value,
            job_step_id=job_step_id,
            project_name=project_name,
        )

        expand_string_request.additional_properties = d
        return expand_string_request

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
