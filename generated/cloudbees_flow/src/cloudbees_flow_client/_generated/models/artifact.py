from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Artifact")


@_attrs_define
class Artifact:
    """
    Attributes:
        artifact_name (str | Unset):
        artifact_id (str | Unset):
        artifact_key (str | Unset):
        group_id (str | Unset):
        description (str | Unset):
        owner (str | Unset):
        last_modified_by (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
        property_sheet_id (str | Unset):
    """

    artifact_name: str | Unset = UNSET
    artifact_id: str | Unset = UNSET
    artifact_key: str | Unset = UNSET
    group_id: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    property_sheet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        artifact_name = self.artifact_name

        artifact_id = self.artifact_id

        artifact_key = self.artifact_key

        group_id = self.group_id

        description = self.description

        owner = self.owner

        last_modified_by = self.last_modified_by

        create_time = self.create_time

        modify_time = self.modify_time

        property_sheet_id = self.property_sheet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact_name is not UNSET:
            field_dict["artifactName"] = artifact_name
        if artifact_id is not UNSET:
            field_dict["artifactId"] = artifact_id
        if artifact_key is not UNSET:
            field_dict["artifactKey"] = artifact_key
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time
        if property_sheet_id is not UNSET:
            field_dict["propertySheetId"] = property_sheet_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        artifact_name = d.pop("artifactName", UNSET)

        artifact_id = d.pop("artifactId", UNSET)

        artifact_key = d.pop("artifactKey", UNSET)

        group_id = d.pop("groupId", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        property_sheet_id = d.pop("propertySheetId", UNSET)

        artifact = cls(
            artifact_name=artifact_name,
            artifact_id=artifact_id,
            artifact_key=artifact_key,
            group_id=group_id,
            description=description,
            owner=owner,
            last_modified_by=last_modified_by,
            create_time=create_time,
            modify_time=modify_time,
            property_sheet_id=property_sheet_id,
        )

        artifact.additional_properties = d
        return artifact

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
