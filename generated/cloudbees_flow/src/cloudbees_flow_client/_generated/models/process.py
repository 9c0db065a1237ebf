from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Process")


@_attrs_define
class Process:
    """
    Attributes:
        process_name (str | Unset):
        process_id (str | Unset):
        application_name (str | Unset):
        project_name (str | Unset):
        process_type (str | Unset):
    """

    process_name: str | Unset = UNSET
    process_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    process_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        process_name = self.process_name

        process_id = self.process_id

        application_name = self.application_name

        project_name = self.project_name

        process_type = self.process_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process_name is not UNSET:
            field_dict["processName"] = process_name
        if process_id is not UNSET:
            field_dict["processId"] = process_id
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if process_type is not UNSET:
            field_dict["processType"] = process_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        process_name = d.pop("processName", UNSET)

        process_id = d.pop("processId", UNSET)

        application_name = d.pop("applicationName", UNSET)

        project_name = d.pop("projectName", UNSET)

        process_type = d.pop("processType", UNSET)

        process = cls(
            process_name=process_name,
            process_id=process_id,
            application_name=application_name,
            project_name=project_name,
            process_type=process_type,
        )

        process.additional_properties = d
        return process

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
