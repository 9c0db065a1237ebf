from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultSecret")


@_attrs_define
class VaultSecret:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        secret (str | Unset): The value; write-only in practice, read it with `get_secret`.
        tags (list[str] | Unset):
        version (float | Unset):
        updated_at (str | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    tags: list[str] | Unset = UNSET
    version: float | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        secret = self.secret

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        version = self.version

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if secret is not UNSET:
            field_dict["secret"] = secret
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version is not UNSET:
            field_dict["version"] = version
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        secret = d.pop("secret", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        version = d.pop("version", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        vault_secret = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            secret=secret,
            tags=tags,
            version=version,
            updated_at=updated_at,
        )

        vault_secret.additional_properties = d
        return vault_secret

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
