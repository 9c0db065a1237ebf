from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactVersion")


@_attrs_define
class ArtifactVersion:
    """
    Attributes:
        artifact_version_name (str | Unset):
        artifact_version_id (str | Unset):
        artifact_name (str | Unset):
        group_id (str | Unset):
        artifact_key (str | Unset):
        version (str | Unset):
        repository_name (str | Unset):
        artifact_version_state (str | Unset): available, publishing or unavailable.
        description (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
    """

    artifact_version_name: str | Unset = UNSET
    artifact_version_id: str | Unset = UNSET
    artifact_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    artifact_key: str | Unset = UNSET
    version: str | Unset = UNSET
    repository_name: str | Unset = UNSET
    artifact_version_state: str | Unset = UNSET
    description: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        artifact_version_name = self.artifact_version_name

        artifact_version_id = self.artifact_version_id

        artifact_name = self.artifact_name

        group_id = self.group_id

        artifact_key = self.artifact_key

        version = self.version

        repository_name = self.repository_name

        artifact_version_state = self.artifact_version_state

        description = self.description

        create_time = self.create_time

        modify_time = self.modify_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact_version_name is not UNSET:
            field_dict["artifactVersionName"] = artifact_version_name
        if artifact_version_id is not UNSET:
            field_dict["artifactVersionId"] = artifact_version_id
        if artifact_name is not UNSET:
            field_dict["artifactName"] = artifact_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if artifact_key is not UNSET:
            field_dict["artifactKey"] = artifact_key
        if version is not UNSET:
            field_dict["version"] = version
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if artifact_version_state is not UNSET:
            field_dict["artifactVersionState"] = artifact_version_state
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        artifact_version_name = d.pop("artifactVersionName", UNSET)

        artifact_version_id = d.pop("artifactVersionId", UNSET)

        artifact_name = d.pop("artifactName", UNSET)

        group_id = d.pop("groupId", UNSET)

        artifact_key = d.pop("artifactKey", UNSET)

        version = d.pop("version", UNSET)

        repository_name = d.pop("repositoryName", UNSET)

        artifact_version_state = d.pop("artifactVersionState", UNSET)

        description = d.pop("description", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        artifact_version = cls(
            artifact_version_name=artifact_version_name,
            artifact_version_id=artifact_version_id,
            artifact_name=artifact_name,
            group_id=group_id,
            artifact_key=artifact_key,
            version=version,
            repository_name=repository_name,
            artifact_version_state=artifact_version_state,
            description=description,
            create_time=create_time,
            modify_time=modify_time,
        )

        artifact_version.additional_properties = d
        return artifact_version

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
