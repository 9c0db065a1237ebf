from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectNodeCreate")


@_attrs_define
class ProjectNodeCreate:
    """The body that creates a ProjectNode.

    Attributes:
        project_id (str):
        node_id (str):
    """

    project_id: str
    node_id: str

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
                "nodeId": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        node_id = d.pop("nodeId")

        project_node_create = cls(
            project_id=project_id,
            node_id=node_id,
        )

        return project_node_create
