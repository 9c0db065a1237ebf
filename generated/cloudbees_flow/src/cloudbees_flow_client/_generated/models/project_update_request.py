from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """
    Attributes:
        new_name (str | Unset): An object name; 1 to 255 characters.
        description (str | Unset):
        credential_name (str | Unset):
        resource_name (str | Unset):
        workspace_name (str | Unset):
        tracked (bool | Unset):
    """

    new_name: str | Unset = UNSET
    description: str | Unset = UNSET
    credential_name: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    workspace_name: str | Unset = UNSET
    tracked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        description = self.description

        credential_name = self.credential_name

        resource_name = self.resource_name

        workspace_name = self.workspace_name

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_name is not UNSET:
            field_dict["newName"] = new_name
        if description is not UNSET:
            field_dict["description"] = description
        if credential_name is not UNSET:
            field_dict["credentialName"] = credential_name
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if tracked is not UNSET:
            field_dict["tracked"] = tracked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        new_name = d.pop("newName", UNSET)

        description = d.pop("description", UNSET)

        credential_name = d.pop("credentialName", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        workspace_name = d.pop("workspaceName", UNSET)

        tracked = d.pop("tracked", UNSET)

        project_update_request = cls(
            new_name=new_name,
            description=description,
            credential_name=credential_name,
            resource_name=resource_name,
            workspace_name=workspace_name,
            tracked=tracked,
        )

        project_update_request.additional_properties = d
        return project_update_request

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
