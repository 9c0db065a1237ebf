from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.analysis_command_command import (
    AnalysisCommandCommand,
    check_analysis_command_command,
)

T = TypeVar("T", bound="AnalysisCommand")


@_attrs_define
class AnalysisCommand:
    """
    Attributes:
        command (AnalysisCommandCommand):
    """

    command: AnalysisCommandCommand

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = check_analysis_command_command(d.pop("command"))

        analysis_command = cls(
            command=command,
        )

        return analysis_command
