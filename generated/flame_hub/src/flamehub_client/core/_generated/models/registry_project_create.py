from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.registry_project_create_type import (
    RegistryProjectCreateType,
    check_registry_project_create_type,
)

T = TypeVar("T", bound="RegistryProjectCreate")


@_attrs_define
class RegistryProjectCreate:
    """The body that creates a RegistryProject. The server's validator (core-kit registry-project) takes no account name or
    secret; the server sets them when it links the project.

        Attributes:
            registry_id (str):
            name (str):
            external_name (str):
            type_ (RegistryProjectCreateType):
    """

    registry_id: str
    name: str
    external_name: str
    type_: RegistryProjectCreateType

    def to_dict(self) -> dict[str, Any]:
        registry_id = self.registry_id

        name = self.name

        external_name = self.external_name

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registryId": registry_id,
                "name": name,
                "externalName": external_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        registry_id = d.pop("registryId")

        name = d.pop("name")

        external_name = d.pop("externalName")

        type_ = check_registry_project_create_type(d.pop("type"))

        registry_project_create = cls(
            registry_id=registry_id,
            name=name,
            external_name=external_name,
            type_=type_,
        )

        return registry_project_create
