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
    from ..models.realm import Realm


T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """An OAuth2 client; on current authup clients stand where robots stood. Relations (`realm`) are present only when
    asked for with `include`.

        Attributes:
            id (str):
            name (str):
            built_in (bool):
            display_name (None | str):
            description (None | str):
            redirect_uri (None | str):
            active (bool):
            secret_hashed (bool):
            secret_encrypted (bool):
            grant_types (None | str):
            auth_method (str): `none`, `secret` or `tls`.
            token_binding_method (str): `none` or `tls`.
            post_logout_redirect_uri (None | str):
            base_url (None | str):
            realm_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            secret (None | str | Unset): Returned only when asked for with `fields=+secret`.
            is_confidential (bool | Unset):
            backchannel_logout_uri (None | str | Unset): No authup version has this column; kept for servers that add it.
            realm (Realm | Unset): A realm: the tenant every user, role, permission and client belongs to.
    """

    id: str
    name: str
    built_in: bool
    display_name: None | str
    description: None | str
    redirect_uri: None | str
    active: bool
    secret_hashed: bool
    secret_encrypted: bool
    grant_types: None | str
    auth_method: str
    token_binding_method: str
    post_logout_redirect_uri: None | str
    base_url: None | str
    realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    is_confidential: bool | Unset = UNSET
    backchannel_logout_uri: None | str | Unset = UNSET
    realm: Realm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        built_in = self.built_in

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        redirect_uri: None | str
        redirect_uri = self.redirect_uri

        active = self.active

        secret_hashed = self.secret_hashed

        secret_encrypted = self.secret_encrypted

        grant_types: None | str
        grant_types = self.grant_types

        auth_method = self.auth_method

        token_binding_method = self.token_binding_method

        post_logout_redirect_uri: None | str
        post_logout_redirect_uri = self.post_logout_redirect_uri

        base_url: None | str
        base_url = self.base_url

        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        is_confidential = self.is_confidential

        backchannel_logout_uri: None | str | Unset
        if isinstance(self.backchannel_logout_uri, Unset):
            backchannel_logout_uri = UNSET
        else:
            backchannel_logout_uri = self.backchannel_logout_uri

        realm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realm, Unset):
            realm = self.realm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "builtIn": built_in,
                "displayName": display_name,
                "description": description,
                "redirectUri": redirect_uri,
                "active": active,
                "secretHashed": secret_hashed,
                "secretEncrypted": secret_encrypted,
                "grantTypes": grant_types,
                "authMethod": auth_method,
                "tokenBindingMethod": token_binding_method,
                "postLogoutRedirectUri": post_logout_redirect_uri,
                "baseUrl": base_url,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if is_confidential is not UNSET:
            field_dict["isConfidential"] = is_confidential
        if backchannel_logout_uri is not UNSET:
            field_dict["backchannelLogoutUri"] = backchannel_logout_uri
        if realm is not UNSET:
            field_dict["realm"] = realm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realm import Realm

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        built_in = d.pop("builtIn")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_redirect_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri"))

        active = d.pop("active")

        secret_hashed = d.pop("secretHashed")

        secret_encrypted = d.pop("secretEncrypted")

        def _parse_grant_types(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grant_types = _parse_grant_types(d.pop("grantTypes"))

        auth_method = d.pop("authMethod")

        token_binding_method = d.pop("tokenBindingMethod")

        def _parse_post_logout_redirect_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        post_logout_redirect_uri = _parse_post_logout_redirect_uri(d.pop("postLogoutRedirectUri"))

        def _parse_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_url = _parse_base_url(d.pop("baseUrl"))

        realm_id = d.pop("realmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        is_confidential = d.pop("isConfidential", UNSET)

        def _parse_backchannel_logout_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backchannel_logout_uri = _parse_backchannel_logout_uri(d.pop("backchannelLogoutUri", UNSET))

        _realm = d.pop("realm", UNSET)
        realm: Realm | Unset
        if isinstance(_realm, Unset):
            realm = UNSET
        else:
            realm = Realm.from_dict(_realm)

        client = cls(
            id=id,
            name=name,
            built_in=built_in,
            display_name=display_name,
            description=description,
            redirect_uri=redirect_uri,
            active=active,
            secret_hashed=secret_hashed,
            secret_encrypted=secret_encrypted,
            grant_types=grant_types,
            auth_method=auth_method,
            token_binding_method=token_binding_method,
            post_logout_redirect_uri=post_logout_redirect_uri,
            base_url=base_url,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
            is_confidential=is_confidential,
            backchannel_logout_uri=backchannel_logout_uri,
            realm=realm,
        )

        client.additional_properties = d
        return client

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
