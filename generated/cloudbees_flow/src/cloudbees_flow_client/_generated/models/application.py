from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        application_name (str | Unset):
        application_id (str | Unset):
        project_name (str | Unset):
        description (str | Unset):
    """

    application_name: str | Unset = UNSET
    application_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        application_id = self.application_id

        project_name = self.project_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_name = d.pop("applicationName", UNSET)

        application_id = d.pop("applicationId", UNSET)

        project_name = d.pop("projectName", UNSET)

        description = d.pop("description", UNSET)

        application = cls(
            application_name=application_name,
            application_id=application_id,
            project_name=project_name,
            description=description,
        )

        application.additional_properties = d
        return application

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
