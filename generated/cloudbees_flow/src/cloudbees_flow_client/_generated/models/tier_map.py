from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierMap")


@_attrs_define
class TierMap:
    """
    Attributes:
        tier_map_name (str | Unset):
        tier_map_id (str | Unset):
        application_name (str | Unset):
        environment_name (str | Unset):
        environment_project_name (str | Unset):
    """

    tier_map_name: str | Unset = UNSET
    tier_map_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    environment_name: str | Unset = UNSET
    environment_project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        tier_map_name = self.tier_map_name

        tier_map_id = self.tier_map_id

        application_name = self.application_name

        environment_name = self.environment_name

        environment_project_name = self.environment_project_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tier_map_name is not UNSET:
            field_dict["tierMapName"] = tier_map_name
        if tier_map_id is not UNSET:
            field_dict["tierMapId"] = tier_map_id
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if environment_name is not UNSET:
            field_dict["environmentName"] = environment_name
        if environment_project_name is not UNSET:
            field_dict["environmentProjectName"] = environment_project_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tier_map_name = d.pop("tierMapName", UNSET)

        tier_map_id = d.pop("tierMapId", UNSET)

        application_name = d.pop("applicationName", UNSET)

        environment_name = d.pop("environmentName", UNSET)

        environment_project_name = d.pop("environmentProjectName", UNSET)

        tier_map = cls(
            tier_map_name=tier_map_name,
            tier_map_id=tier_map_id,
            application_name=application_name,
            environment_name=environment_name,
            environment_project_name=environment_project_name,
        )

        tier_map.additional_properties = d
        return tier_map

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
