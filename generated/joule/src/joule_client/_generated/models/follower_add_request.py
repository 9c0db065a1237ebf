from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.follower_add_request_scheme import (
    FollowerAddRequestScheme,
    check_follower_add_request_scheme,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowerAddRequest")


@_attrs_define
class FollowerAddRequest:
    """
    Attributes:
        key (str):
        port (int):
        scheme (FollowerAddRequestScheme):
        base_uri (str):
        name (str | Unset):
        name_is_host (int | Unset): A presence flag; the callback then uses `name` as the host.
    """

    key: str = _attrs_field(repr=_masked_repr)
    port: int
    scheme: FollowerAddRequestScheme
    base_uri: str
    name: str | Unset = UNSET
    name_is_host: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        port = self.port

        scheme: str = self.scheme

        base_uri = self.base_uri

        name = self.name

        name_is_host = self.name_is_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "port": port,
                "scheme": scheme,
                "base_uri": base_uri,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if name_is_host is not UNSET:
            field_dict["name_is_host"] = name_is_host

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        port = d.pop("port")

        scheme = check_follower_add_request_scheme(d.pop("scheme"))

        base_uri = d.pop("base_uri")

        name = d.pop("name", UNSET)

        name_is_host = d.pop("name_is_host", UNSET)

        follower_add_request = cls(
            key=key,
            port=port,
            scheme=scheme,
            base_uri=base_uri,
            name=name,
            name_is_host=name_is_host,
        )

        follower_add_request.additional_properties = d
        return follower_add_request

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
