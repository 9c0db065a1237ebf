from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.registry_command_command import (
    RegistryCommandCommand,
    check_registry_command_command,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryCommand")


@_attrs_define
class RegistryCommand:
    """
    Attributes:
        command (RegistryCommandCommand):
        id (str): The registry (or, for project commands, the registry project).
        secret (str | Unset):
    """

    command: RegistryCommandCommand
    id: str
    secret: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        id = self.id

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
                "id": id,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = check_registry_command_command(d.pop("command"))

        id = d.pop("id")

        secret = d.pop("secret", UNSET)

        registry_command = cls(
            command=command,
            id=id,
            secret=secret,
        )

        return registry_command
