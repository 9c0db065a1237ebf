from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointLog")


@_attrs_define
class EndpointLog:
    """
    Attributes:
        id (str | Unset):
        endpoint (str | Unset):
        type_ (str | Unset): `info` or `error`.
        data (Any | Unset):
        group (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    type_: str | Unset = UNSET
    data: Any | Unset = UNSET
    group: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint = self.endpoint

        type_ = self.type_

        data = self.data

        group = self.group

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if group is not UNSET:
            field_dict["group"] = group
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        type_ = d.pop("type", UNSET)

        data = d.pop("data", UNSET)

        group = d.pop("group", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        endpoint_log = cls(
            id=id,
            endpoint=endpoint,
            type_=type_,
            data=data,
            group=group,
            updated_at=updated_at,
        )

        endpoint_log.additional_properties = d
        return endpoint_log

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
