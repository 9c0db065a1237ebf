from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.node_update_type_type_0 import (
    NodeUpdateTypeType0,
    check_node_update_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeUpdate")


@_attrs_define
class NodeUpdate:
    """The body that updates a Node: a field left out stays as it is, `null` clears it.

    Attributes:
        name (str | Unset):
        type_ (NodeUpdateTypeType0 | None | Unset):
        hidden (bool | None | Unset):
        external_name (None | str | Unset):
        public_key (None | str | Unset):
        realm_id (None | str | Unset):
        registry_id (None | str | Unset):
        client_id (None | str | Unset):
    """

    name: str | Unset = UNSET
    type_: NodeUpdateTypeType0 | None | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    external_name: None | str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    realm_id: None | str | Unset = UNSET
    registry_id: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        realm_id: None | str | Unset
        if isinstance(self.realm_id, Unset):
            realm_id = UNSET
        else:
            realm_id = self.realm_id

        registry_id: None | str | Unset
        if isinstance(self.registry_id, Unset):
            registry_id = UNSET
        else:
            registry_id = self.registry_id

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if realm_id is not UNSET:
            field_dict["realmId"] = realm_id
        if registry_id is not UNSET:
            field_dict["registryId"] = registry_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> NodeUpdateTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_node_update_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeUpdateTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_hidden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_external_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_name = _parse_external_name(d.pop("externalName", UNSET))

        def _parse_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key = _parse_public_key(d.pop("publicKey", UNSET))

        def _parse_realm_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realm_id = _parse_realm_id(d.pop("realmId", UNSET))

        def _parse_registry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_id = _parse_registry_id(d.pop("registryId", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        node_update = cls(
            name=name,
            type_=type_,
            hidden=hidden,
            external_name=external_name,
            public_key=public_key,
            realm_id=realm_id,
            registry_id=registry_id,
            client_id=client_id,
        )

        return node_update
