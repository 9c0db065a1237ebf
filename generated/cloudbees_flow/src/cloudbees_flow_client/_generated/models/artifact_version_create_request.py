from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactVersionCreateRequest")


@_attrs_define
class ArtifactVersionCreateRequest:
    """
    Attributes:
        version (str):
        artifact_name (str | Unset): `groupId:artifactKey`.
        group_id (str | Unset):
        artifact_key (str | Unset):
        repository_name (str | Unset):
        description (str | Unset):
        job_step_id (str | Unset): A server id (a UUID), always a string.
    """

    version: str
    artifact_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    artifact_key: str | Unset = UNSET
    repository_name: str | Unset = UNSET
    description: str | Unset = UNSET
    job_step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        artifact_name = self.artifact_name

        group_id = self.group_id

        artifact_key = self.artifact_key

        repository_name = self.repository_name

        description = self.description

        job_step_id = self.job_step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if artifact_name is not UNSET:
            field_dict["artifactName"] = artifact_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if artifact_key is not UNSET:
            field_dict["artifactKey"] = artifact_key
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if description is not UNSET:
            field_dict["description"] = description
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version")

        artifact_name = d.pop("artifactName", UNSET)

        group_id = d.pop("groupId", UNSET)

        artifact_key = d.pop("artifactKey", UNSET)

        repository_name = d.pop("repositoryName", UNSET)

        description = d.pop("description", UNSET)

        job_step_id = d.pop("jobStepId", UNSET)

        artifact_version_create_request = cls(
            version=version,
            artifact_name=artifact_name,
            group_id=group_id,
            artifact_key=artifact_key,
            repository_name=repository_name,
            description=description,
            job_step_id=job_step_id,
        )

        artifact_version_create_request.additional_properties = d
        return artifact_version_create_request

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
