from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointConfig")


@_attrs_define
class EndpointConfig:
    """
    Attributes:
        type_ (str | Unset):
        url (str | Unset):
        auth_token (str | Unset):
        recipients (list[str] | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        auth_token = self.auth_token

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        auth_token = d.pop("authToken", UNSET)

        recipients = cast(list[str], d.pop("recipients", UNSET))

        endpoint_config = cls(
            type_=type_,
            url=url,
            auth_token=auth_token,
            recipients=recipients,
        )

        endpoint_config.additional_properties = d
        return endpoint_config

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
