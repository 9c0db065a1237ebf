from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryProjectUpdate")


@_attrs_define
class RegistryProjectUpdate:
    """The body that updates a RegistryProject: a field left out stays as it is. The server's validator takes only `name`
    and `externalName` on update.

        Attributes:
            name (str | Unset):
            external_name (str | Unset):
    """

    name: str | Unset = UNSET
    external_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_name = self.external_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if external_name is not UNSET:
            field_dict["externalName"] = external_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        external_name = d.pop("externalName", UNSET)

        registry_project_update = cls(
            name=name,
            external_name=external_name,
        )

        return registry_project_update
