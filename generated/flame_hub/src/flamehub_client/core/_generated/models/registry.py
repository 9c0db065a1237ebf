from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Registry")


@_attrs_define
class Registry:
    """A container registry (Harbor).

    Attributes:
        id (str):
        name (str):
        host (str):
        account_name (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        account_secret (None | str | Unset): Returned only when asked for with `fields=+accountSecret`.
    """

    id: str
    name: str
    host: str
    account_name: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    account_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        host = self.host

        account_name: None | str
        account_name = self.account_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        account_secret: None | str | Unset
        if isinstance(self.account_secret, Unset):
            account_secret = UNSET
        else:
            account_secret = self.account_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "host": host,
                "accountName": account_name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if account_secret is not UNSET:
            field_dict["accountSecret"] = account_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        host = d.pop("host")

        def _parse_account_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_name = _parse_account_name(d.pop("accountName"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_account_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_secret = _parse_account_secret(d.pop("accountSecret", UNSET))

        registry = cls(
            id=id,
            name=name,
            host=host,
            account_name=account_name,
            created_at=created_at,
            updated_at=updated_at,
            account_secret=account_secret,
        )

        registry.additional_properties = d
        return registry

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
