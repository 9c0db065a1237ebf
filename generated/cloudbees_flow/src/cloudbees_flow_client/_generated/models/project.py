from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project; after a change, only the changed values are present.

    Attributes:
        project_name (str | Unset):
        project_id (str | Unset):
        description (str | Unset):
        owner (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
        last_modified_by (str | Unset):
        property_sheet_id (str | Unset):
        credential_name (str | Unset):
        workspace_name (str | Unset):
        resource_name (str | Unset):
        tracked (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
    """

    project_name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    property_sheet_id: str | Unset = UNSET
    credential_name: str | Unset = UNSET
    workspace_name: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    tracked: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        project_id = self.project_id

        description = self.description

        owner = self.owner

        create_time = self.create_time

        modify_time = self.modify_time

        last_modified_by = self.last_modified_by

        property_sheet_id = self.property_sheet_id

        credential_name = self.credential_name

        workspace_name = self.workspace_name

        resource_name = self.resource_name

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if property_sheet_id is not UNSET:
            field_dict["propertySheetId"] = property_sheet_id
        if credential_name is not UNSET:
            field_dict["credentialName"] = credential_name
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if tracked is not UNSET:
            field_dict["tracked"] = tracked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_name = d.pop("projectName", UNSET)

        project_id = d.pop("projectId", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        property_sheet_id = d.pop("propertySheetId", UNSET)

        credential_name = d.pop("credentialName", UNSET)

        workspace_name = d.pop("workspaceName", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        tracked = d.pop("tracked", UNSET)

        project = cls(
            project_name=project_name,
            project_id=project_id,
            description=description,
            owner=owner,
            create_time=create_time,
            modify_time=modify_time,
            last_modified_by=last_modified_by,
            property_sheet_id=property_sheet_id,
            credential_name=credential_name,
            workspace_name=workspace_name,
            resource_name=resource_name,
            tracked=tracked,
        )

        project.additional_properties = d
        return project

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
