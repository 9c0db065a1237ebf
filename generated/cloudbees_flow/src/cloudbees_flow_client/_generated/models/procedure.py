from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Procedure")


@_attrs_define
class Procedure:
    """
    Attributes:
        procedure_name (str | Unset):
        procedure_id (str | Unset):
        project_name (str | Unset):
        description (str | Unset):
        resource_name (str | Unset):
        workspace_name (str | Unset):
        time_limit (str | Unset):
        owner (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
    """

    procedure_name: str | Unset = UNSET
    procedure_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    description: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    workspace_name: str | Unset = UNSET
    time_limit: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        procedure_name = self.procedure_name

        procedure_id = self.procedure_id

        project_name = self.project_name

        description = self.description

        resource_name = self.resource_name

        workspace_name = self.workspace_name

        time_limit = self.time_limit

        owner = self.owner

        create_time = self.create_time

        modify_time = self.modify_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if procedure_name is not UNSET:
            field_dict["procedureName"] = procedure_name
        if procedure_id is not UNSET:
            field_dict["procedureId"] = procedure_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if description is not UNSET:
            field_dict["description"] = description
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if time_limit is not UNSET:
            field_dict["timeLimit"] = time_limit
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        procedure_name = d.pop("procedureName", UNSET)

        procedure_id = d.pop("procedureId", UNSET)

        project_name = d.pop("projectName", UNSET)

        description = d.pop("description", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        workspace_name = d.pop("workspaceName", UNSET)

        time_limit = d.pop("timeLimit", UNSET)

        owner = d.pop("owner", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        procedure = cls(
            procedure_name=procedure_name,
            procedure_id=procedure_id,
            project_name=project_name,
            description=description,
            resource_name=resource_name,
            workspace_name=workspace_name,
            time_limit=time_limit,
            owner=owner,
            create_time=create_time,
            modify_time=modify_time,
        )

        procedure.additional_properties = d
        return procedure

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
