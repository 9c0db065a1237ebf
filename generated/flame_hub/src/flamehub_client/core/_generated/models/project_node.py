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
    from ..models.node import Node
    from ..models.project import Project


T = TypeVar("T", bound="ProjectNode")


@_attrs_define
class ProjectNode:
    """A node's membership of a project, with its approval. Relations (`node`, `project`) are present only when asked for
    with `include`.

        Attributes:
            id (str):
            project_id (str):
            node_id (str):
            approval_status (None | str): `approved`, `rejected` or null.
            comment (None | str):
            project_realm_id (str):
            node_realm_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            node (Node | Unset): A node: a site that runs analyses (`default`) or aggregates their results (`aggregator`).
                Relations (`registry`, `registryProject`) are present only when asked for with `include`.
            project (Project | Unset): A project: the nodes that agreed to run its analyses. Relations (`masterImage`) are
                present only when asked for with `include`.
    """

    id: str
    project_id: str
    node_id: str
    approval_status: None | str
    comment: None | str
    project_realm_id: str
    node_realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    node: Node | Unset = UNSET
    project: Project | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        node_id = self.node_id

        approval_status: None | str
        approval_status = self.approval_status

        comment: None | str
        comment = self.comment

        project_realm_id = self.project_realm_id

        node_realm_id = self.node_realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = self.node.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "nodeId": node_id,
                "approvalStatus": approval_status,
                "comment": comment,
                "projectRealmId": project_realm_id,
                "nodeRealmId": node_realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if node is not UNSET:
            field_dict["node"] = node
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node import Node
        from ..models.project import Project

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("projectId")

        node_id = d.pop("nodeId")

        def _parse_approval_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_status = _parse_approval_status(d.pop("approvalStatus"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        project_realm_id = d.pop("projectRealmId")

        node_realm_id = d.pop("nodeRealmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _node = d.pop("node", UNSET)
        node: Node | Unset
        if isinstance(_node, Unset):
            node = UNSET
        else:
            node = Node.from_dict(_node)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        project_node = cls(
            id=id,
            project_id=project_id,
            node_id=node_id,
            approval_status=approval_status,
            comment=comment,
            project_realm_id=project_realm_id,
            node_realm_id=node_realm_id,
            created_at=created_at,
            updated_at=updated_at,
            node=node,
            project=project,
        )

        project_node.additional_properties = d
        return project_node

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
