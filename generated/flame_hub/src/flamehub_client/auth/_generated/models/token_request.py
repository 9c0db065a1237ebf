from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.token_request_grant_type import (
    TokenRequestGrantType,
    check_token_request_grant_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """An OAuth2 grant as JSON (form-encoded bodies are accepted too). When `grant_type` is left out it is guessed:
    `username`+`password` → password, `refresh_token` → refresh, `client_id`+`client_secret` → client credentials.
    OAuth2 names stay snake_case. The older generation also has `robot_credentials` with `id` and `secret`.

        Attributes:
            grant_type (TokenRequestGrantType | Unset):
            username (str | Unset):
            password (str | Unset):
            refresh_token (str | Unset):
            client_id (str | Unset):
            client_secret (str | Unset):
            realm_id (str | Unset):
            realm_name (str | Unset):
            scope (str | Unset):
            code (str | Unset):
            redirect_uri (str | Unset):
            id (str | Unset): The robot's id (`robot_credentials`, older generation only).
            secret (str | Unset): The robot's secret (`robot_credentials`, older generation only).
    """

    grant_type: TokenRequestGrantType | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    realm_id: str | Unset = UNSET
    realm_name: str | Unset = UNSET
    scope: str | Unset = UNSET
    code: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    redirect_uri: str | Unset = UNSET
    id: str | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        client_id = self.client_id

        client_secret = self.client_secret

        realm_id = self.realm_id

        realm_name = self.realm_name

        scope = self.scope

        code = self.code

        redirect_uri = self.redirect_uri

        id = self.id

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if realm_id is not UNSET:
            field_dict["realm_id"] = realm_id
        if realm_name is not UNSET:
            field_dict["realm_name"] = realm_name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if id is not UNSET:
            field_dict["id"] = id
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _grant_type = d.pop("grant_type", UNSET)
        grant_type: TokenRequestGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = check_token_request_grant_type(_grant_type)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        realm_id = d.pop("realm_id", UNSET)

        realm_name = d.pop("realm_name", UNSET)

        scope = d.pop("scope", UNSET)

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        id = d.pop("id", UNSET)

        secret = d.pop("secret", UNSET)

        token_request = cls(
            grant_type=grant_type,
            username=username,
            password=password,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
            realm_id=realm_id,
            realm_name=realm_name,
            scope=scope,
            code=code,
            redirect_uri=redirect_uri,
            id=id,
            secret=secret,
        )

        token_request.additional_properties = d
        return token_request

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
