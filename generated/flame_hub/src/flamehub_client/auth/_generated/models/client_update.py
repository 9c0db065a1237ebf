from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.client_update_auth_method import (
    ClientUpdateAuthMethod,
    check_client_update_auth_method,
)
from ..models.client_update_token_binding_method import (
    ClientUpdateTokenBindingMethod,
    check_client_update_token_binding_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """The body that updates a Client: a field left out stays as it is, `null` clears it.

    Attributes:
        name (str | Unset):
        secret (None | str | Unset):
        display_name (None | str | Unset):
        description (None | str | Unset):
        redirect_uri (None | str | Unset):
        active (bool | Unset):
        secret_hashed (bool | Unset):
        grant_types (None | str | Unset):
        auth_method (ClientUpdateAuthMethod | Unset):
        token_binding_method (ClientUpdateTokenBindingMethod | Unset):
        post_logout_redirect_uri (None | str | Unset):
        base_url (None | str | Unset):
    """

    name: str | Unset = UNSET
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    redirect_uri: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    secret_hashed: bool | Unset = UNSET
    grant_types: None | str | Unset = UNSET
    auth_method: ClientUpdateAuthMethod | Unset = UNSET
    token_binding_method: ClientUpdateTokenBindingMethod | Unset = UNSET
    post_logout_redirect_uri: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        active = self.active

        secret_hashed = self.secret_hashed

        grant_types: None | str | Unset
        if isinstance(self.grant_types, Unset):
            grant_types = UNSET
        else:
            grant_types = self.grant_types

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method

        token_binding_method: str | Unset = UNSET
        if not isinstance(self.token_binding_method, Unset):
            token_binding_method = self.token_binding_method

        post_logout_redirect_uri: None | str | Unset
        if isinstance(self.post_logout_redirect_uri, Unset):
            post_logout_redirect_uri = UNSET
        else:
            post_logout_redirect_uri = self.post_logout_redirect_uri

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if secret is not UNSET:
            field_dict["secret"] = secret
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if active is not UNSET:
            field_dict["active"] = active
        if secret_hashed is not UNSET:
            field_dict["secretHashed"] = secret_hashed
        if grant_types is not UNSET:
            field_dict["grantTypes"] = grant_types
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if token_binding_method is not UNSET:
            field_dict["tokenBindingMethod"] = token_binding_method
        if post_logout_redirect_uri is not UNSET:
            field_dict["postLogoutRedirectUri"] = post_logout_redirect_uri
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_redirect_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri", UNSET))

        active = d.pop("active", UNSET)

        secret_hashed = d.pop("secretHashed", UNSET)

        def _parse_grant_types(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grant_types = _parse_grant_types(d.pop("grantTypes", UNSET))

        _auth_method = d.pop("authMethod", UNSET)
        auth_method: ClientUpdateAuthMethod | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = check_client_update_auth_method(_auth_method)

        _token_binding_method = d.pop("tokenBindingMethod", UNSET)
        token_binding_method: ClientUpdateTokenBindingMethod | Unset
        if isinstance(_token_binding_method, Unset):
            token_binding_method = UNSET
        else:
            token_binding_method = check_client_update_token_binding_method(_token_binding_method)

        def _parse_post_logout_redirect_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_logout_redirect_uri = _parse_post_logout_redirect_uri(d.pop("postLogoutRedirectUri", UNSET))

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("baseUrl", UNSET))

        client_update = cls(
            name=name,
            secret=secret,
            display_name=display_name,
            description=description,
            redirect_uri=redirect_uri,
            active=active,
            secret_hashed=secret_hashed,
            grant_types=grant_types,
            auth_method=auth_method,
            token_binding_method=token_binding_method,
            post_logout_redirect_uri=post_logout_redirect_uri,
            base_url=base_url,
        )

        return client_update
