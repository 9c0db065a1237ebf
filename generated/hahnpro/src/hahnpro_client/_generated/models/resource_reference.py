from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceReference")


@_attrs_define
class ResourceReference:
    """
    Attributes:
        id (str):
        resource_type (str): alert, asset, assettype, content, event, flow, flowdeployment, flowfunction, flowmodule,
            label,
            notificationendpoint, notificationrule, secret, timeseries, task or unknown.
        dependent (bool | Unset):
    """

    id: str
    resource_type: str
    dependent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_type = self.resource_type

        dependent = self.dependent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resourceType": resource_type,
            }
        )
        if dependent is not UNSET:
            field_dict["dependent"] = dependent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        resource_type = d.pop("resourceType")

        dependent = d.pop("dependent", UNSET)

        resource_reference = cls(
            id=id,
            resource_type=resource_type,
            dependent=dependent,
        )

        resource_reference.additional_properties = d
        return resource_reference

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
