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
    from ..models.registry_project import RegistryProject


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """A node: a site that runs analyses (`default`) or aggregates their results (`aggregator`). Relations (`registry`,
    `registryProject`) are present only when asked for with `include`.

        Attributes:
            id (str):
            name (str):
            external_name (None | str):
            hidden (bool):
            type_ (None | str): `aggregator` or `default`.
            realm_id (str):
            registry_id (None | str):
            public_key (None | str):
            online (bool):
            registry_project_id (None | str):
            client_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            robot_id (None | str | Unset): The node's robot on the older generation (Hub before 0.13), where nodes had a
                robot instead of a client; current Hub no longer sends it.
            registry (None | Registry | Unset): `null` when the node has none: the foreign key is nullable and set to null
                when the registry is deleted.
            registry_project (None | RegistryProject | Unset): `null` when the node has none: the foreign key is nullable
                and set to null when the registry project is deleted.
    """

    id: str
    name: str
    external_name: None | str
    hidden: bool
    type_: None | str
    realm_id: str
    registry_id: None | str
    public_key: None | str
    online: bool
    registry_project_id: None | str
    client_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    robot_id: None | str | Unset = UNSET
    registry: None | Registry | Unset = UNSET
    registry_project: None | RegistryProject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registry import Registry
        from ..models.registry_project import RegistryProject

        id = self.id

        name = self.name

        external_name: None | str
        external_name = self.external_name

        hidden = self.hidden

        type_: None | str
        type_ = self.type_

        realm_id = self.realm_id

        registry_id: None | str
        registry_id = self.registry_id

        public_key: None | str
        public_key = self.public_key

        online = self.online

        registry_project_id: None | str
        registry_project_id = self.registry_project_id

        client_id: None | str
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        robot_id: None | str | Unset
        if isinstance(self.robot_id, Unset):
            robot_id = UNSET
        else:
            robot_id = self.robot_id

        registry: dict[str, Any] | None | Unset
        if isinstance(self.registry, Unset):
            registry = UNSET
        elif isinstance(self.registry, Registry):
            registry = self.registry.to_dict()
        else:
            registry = self.registry

        registry_project: dict[str, Any] | None | Unset
        if isinstance(self.registry_project, Unset):
            registry_project = UNSET
        elif isinstance(self.registry_project, RegistryProject):
            registry_project = self.registry_project.to_dict()
        else:
            registry_project = self.registry_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "externalName": external_name,
                "hidden": hidden,
                "type": type_,
                "realmId": realm_id,
                "registryId": registry_id,
                "publicKey": public_key,
                "online": online,
                "registryProjectId": registry_project_id,
                "clientId": client_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if robot_id is not UNSET:
            field_dict["robotId"] = robot_id
        if registry is not UNSET:
            field_dict["registry"] = registry
        if registry_project is not UNSET:
            field_dict["registryProject"] = registry_project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry import Registry
        from ..models.registry_project import RegistryProject

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_external_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_name = _parse_external_name(d.pop("externalName"))

        hidden = d.pop("hidden")

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        realm_id = d.pop("realmId")

        def _parse_registry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_id = _parse_registry_id(d.pop("registryId"))

        def _parse_public_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_key = _parse_public_key(d.pop("publicKey"))

        online = d.pop("online")

        def _parse_registry_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_project_id = _parse_registry_project_id(d.pop("registryProjectId"))

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_robot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        robot_id = _parse_robot_id(d.pop("robotId", UNSET))

        def _parse_registry(data: object) -> None | Registry | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registry_type_0 = Registry.from_dict(data)

                return registry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Registry | Unset, data)

        registry = _parse_registry(d.pop("registry", UNSET))

        def _parse_registry_project(data: object) -> None | RegistryProject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registry_project_type_0 = RegistryProject.from_dict(data)

                return registry_project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistryProject | Unset, data)

        registry_project = _parse_registry_project(d.pop("registryProject", UNSET))

        node = cls(
            id=id,
            name=name,
            external_name=external_name,
            hidden=hidden,
            type_=type_,
            realm_id=realm_id,
            registry_id=registry_id,
            public_key=public_key,
            online=online,
            registry_project_id=registry_project_id,
            client_id=client_id,
            created_at=created_at,
            updated_at=updated_at,
            robot_id=robot_id,
            registry=registry,
            registry_project=registry_project,
        )

        node.additional_properties = d
        return node

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
