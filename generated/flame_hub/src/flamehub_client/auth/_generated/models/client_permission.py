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
    from ..models.client import Client
    from ..models.permission import Permission


T = TypeVar("T", bound="ClientPermission")


@_attrs_define
class ClientPermission:
    """A permission granted to a client (where robot permissions stood). Relations (`client`, `permission`) are present
    only when asked for with `include`.

        Attributes:
            id (str):
            client_id (str):
            client_realm_id (None | str):
            permission_id (str):
            permission_realm_id (None | str):
            policy_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            client (Client | Unset): An OAuth2 client; on current authup clients stand where robots stood. Relations
                (`realm`) are present only when asked for with `include`.
            permission (Permission | Unset): A permission, e.g. `node_create`.
    """

    id: str
    client_id: str
    client_realm_id: None | str
    permission_id: str
    permission_realm_id: None | str
    policy_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    client: Client | Unset = UNSET
    permission: Permission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        client_realm_id: None | str
        client_realm_id = self.client_realm_id

        permission_id = self.permission_id

        permission_realm_id: None | str
        permission_realm_id = self.permission_realm_id

        policy_id: None | str
        policy_id = self.policy_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "clientRealmId": client_realm_id,
                "permissionId": permission_id,
                "permissionRealmId": permission_realm_id,
                "policyId": policy_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client import Client
        from ..models.permission import Permission

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("clientId")

        def _parse_client_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_realm_id = _parse_client_realm_id(d.pop("clientRealmId"))

        permission_id = d.pop("permissionId")

        def _parse_permission_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        permission_realm_id = _parse_permission_realm_id(d.pop("permissionRealmId"))

        def _parse_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_id = _parse_policy_id(d.pop("policyId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _client = d.pop("client", UNSET)
        client: Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = Client.from_dict(_client)

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission.from_dict(_permission)

        client_permission = cls(
            id=id,
            client_id=client_id,
            client_realm_id=client_realm_id,
            permission_id=permission_id,
            permission_realm_id=permission_realm_id,
            policy_id=policy_id,
            created_at=created_at,
            updated_at=updated_at,
            client=client,
            permission=permission,
        )

        client_permission.additional_properties = d
        return client_permission

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
