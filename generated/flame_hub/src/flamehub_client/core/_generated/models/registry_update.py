from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryUpdate")


@_attrs_define
class RegistryUpdate:
    """The body that updates a Registry: a field left out stays as it is, `null` clears it.

    Attributes:
        name (str | Unset):
        host (str | Unset):
        account_name (None | str | Unset):
        account_secret (None | str | Unset):
    """

    name: str | Unset = UNSET
    host: str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        host = self.host

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_secret: None | str | Unset
        if isinstance(self.account_secret, Unset):
            account_secret = UNSET
        else:
            account_secret = self.account_secret

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if host is not UNSET:
            field_dict["host"] = host
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_secret is not UNSET:
            field_dict["accountSecret"] = account_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        host = d.pop("host", UNSET)

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("accountName", UNSET))

        def _parse_account_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_secret = _parse_account_secret(d.pop("accountSecret", UNSET))

        registry_update = cls(
            name=name,
            host=host,
            account_name=account_name,
            account_secret=account_secret,
        )

        return registry_update
