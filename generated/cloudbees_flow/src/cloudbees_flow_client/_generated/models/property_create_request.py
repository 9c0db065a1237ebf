from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.property_create_request_property_type import (
    PropertyCreateRequestPropertyType,
    check_property_create_request_property_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyCreateRequest")


@_attrs_define
class PropertyCreateRequest:
    """
    Attributes:
        property_name (str): A relative name or a full path starting with `/`; no empty segment (`a//b`) and no trailing
            `/`.
        value (str | Unset):
        property_type (PropertyCreateRequestPropertyType | Unset):
        description (str | Unset):
        counter (bool | Unset):
        expandable (bool | Unset):
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        job_id (str | Unset): A server id (a UUID), always a string.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        property_sheet_id (str | Unset): A server id (a UUID), always a string.
    """

    property_name: str
    value: str | Unset = UNSET
    property_type: PropertyCreateRequestPropertyType | Unset = UNSET
    description: str | Unset = UNSET
    counter: bool | Unset = UNSET
    expandable: bool | Unset = UNSET
    project_name: str | Unset = UNSET
    procedure_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    job_step_id: str | Unset = UNSET
    property_sheet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        property_name = self.property_name

        value = self.value

        property_type: str | Unset = UNSET
        if not isinstance(self.property_type, Unset):
            property_type = self.property_type

        description = self.description

        counter = self.counter

        expandable = self.expandable

        project_name = self.project_name

        procedure_name = self.procedure_name

        job_id = self.job_id

        job_step_id = self.job_step_id

        property_sheet_id = self.property_sheet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "propertyName": property_name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if description is not UNSET:
            field_dict["description"] = description
        if counter is not UNSET:
            field_dict["counter"] = counter
        if expandable is not UNSET:
            field_dict["expandable"] = expandable
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if procedure_name is not UNSET:
            field_dict["procedureName"] = procedure_name
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id
        if property_sheet_id is not UNSET:
            field_dict["propertySheetId"] = property_sheet_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        property_name = d.pop("propertyName")

        value = d.pop("value", UNSET)

        _property_type = d.pop("propertyType", UNSET)
        property_type: PropertyCreateRequestPropertyType | Unset
        if isinstance(_property_type, Unset):
            property_type = UNSET
        else:
            property_type = check_property_create_request_property_type(_property_type)

        description = d.pop("description", UNSET)

        counter = d.pop("counter", UNSET)

        expandable = d.pop("expandable", UNSET)

        project_name = d.pop("projectName", UNSET)

        procedure_name = d.pop("procedureName", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_step_id = d.pop("jobStepId", UNSET)

        property_sheet_id = d.pop("propertySheetId", UNSET)

        property_create_request = cls(
            property_name=property_name,
            value=value,
            property_type=property_type,
            description=description,
            counter=counter,
            expandable=expandable,
            project_name=project_name,
            procedure_name=procedure_name,
            job_id=job_id,
            job_step_id=job_step_id,
            property_sheet_id=property_sheet_id,
        )

        property_create_request.additional_properties = d
        return property_create_request

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
