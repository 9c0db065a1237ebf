from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_version import ArtifactVersion


T = TypeVar("T", bound="ArtifactVersionList")


@_attrs_define
class ArtifactVersionList:
    """
    Attributes:
        artifact_version (ArtifactVersion | list[ArtifactVersion] | Unset):
    """

    artifact_version: ArtifactVersion | list[ArtifactVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_version import ArtifactVersion

        artifact_version: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.artifact_version, Unset):
            artifact_version = UNSET
        elif isinstance(self.artifact_version, ArtifactVersion):
            artifact_version = self.artifact_version.to_dict()
        else:
            artifact_version = []
            for artifact_version_type_1_item_data in self.artifact_version:
                artifact_version_type_1_item = artifact_version_type_1_item_data.to_dict()
                artifact_version.append(artifact_version_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact_version is not UNSET:
            field_dict["artifactVersion"] = artifact_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_version import ArtifactVersion

        d = dict(src_dict)

        def _parse_artifact_version(
            data: object,
        ) -> ArtifactVersion | list[ArtifactVersion] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                artifact_version_type_0 = ArtifactVersion.from_dict(data)

                return artifact_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            artifact_version_type_1 = []
            _artifact_version_type_1 = data
            for artifact_version_type_1_item_data in _artifact_version_type_1:
                artifact_version_type_1_item = ArtifactVersion.from_dict(artifact_version_type_1_item_data)

                artifact_version_type_1.append(artifact_version_type_1_item)

            return artifact_version_type_1

        artifact_version = _parse_artifact_version(d.pop("artifactVersion", UNSET))

        artifact_version_list = cls(
            artifact_version=artifact_version,
        )

        artifact_version_list.additional_properties = d
        return artifact_version_list

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
