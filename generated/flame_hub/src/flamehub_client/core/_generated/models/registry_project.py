from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry import Registry


T = TypeVar("T", bound="RegistryProject")


@_attrs_define
class RegistryProject:
    """A project inside a registry. Relations (`registry`) are present only when asked for with `include`.

    Attributes:
        id (str):
        name (str):
        type_ (str): `default`, `aggregator`, `incoming`, `outgoing`, `masterImages` or `node`.
        registry_id (str):
        external_name (str):
        public (bool):
        external_id (None | str):
        webhook_name (None | str):
        webhook_exists (bool | None):
        realm_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        account_name (None | str | Unset): Hub 0.8 sends it only when asked for with `fields=+account_name`.
        account_secret (None | str | Unset): Returned only when asked for with `fields=+accountSecret`.
        account_id (None | str | Unset): Hub 0.8 sends it only when asked for with `fields=+account_id`.
        registry (Registry | Unset): A container registry (Harbor).
    """

    id: str
    name: str
    type_: str
    registry_id: str
    external_name: str
    public: bool
    external_id: None | str
    webhook_name: None | str
    webhook_exists: bool | None
    realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    account_name: None | str | Unset = UNSET
    account_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    account_id: None | str | Unset = UNSET
    registry: Registry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        registry_id = self.registry_id

        external_name = self.external_name

        public = self.public

        external_id: None | str
        external_id = self.external_id

        webhook_name: None | str
        webhook_name = self.webhook_name

        webhook_exists: bool | None
        webhook_exists = self.webhook_exists

        realm_id: None | str
        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registry, Unset):
            registry = self.registry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "registryId": registry_id,
                "externalName": external_name,
                "public": public,
                "externalId": external_id,
                "webhookName": webhook_name,
                "webhookExists": webhook_exists,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_secret is not UNSET:
            field_dict["accountSecret"] = account_secret
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if registry is not UNSET:
            field_dict["registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry import Registry

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        registry_id = d.pop("registryId")

        external_name = d.pop("externalName")

        public = d.pop("public")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        def _parse_webhook_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_name = _parse_webhook_name(d.pop("webhookName"))

        def _parse_webhook_exists(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        webhook_exists = _parse_webhook_exists(d.pop("webhookExists"))

        def _parse_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        realm_id = _parse_realm_id(d.pop("realmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        _registry = d.pop("registry", UNSET)
        registry: Registry | Unset
        if isinstance(_registry, Unset):
            registry = UNSET
        else:
            registry = Registry.from_dict(_registry)

        registry_project = cls(
            id=id,
            name=name,
            type_=type_,
            registry_id=registry_id,
            external_name=external_name,
            public=public,
            external_id=external_id,
            webhook_name=webhook_name,
            webhook_exists=webhook_exists,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            account_name=account_name,
            account_secret=account_secret,
            account_id=account_id,
            registry=registry,
        )

        registry_project.additional_properties = d
        return registry_project

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
