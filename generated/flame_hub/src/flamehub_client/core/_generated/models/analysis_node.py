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
    from ..models.analysis import Analysis
    from ..models.node import Node


T = TypeVar("T", bound="AnalysisNode")


@_attrs_define
class AnalysisNode:
    """A node taking part in an analysis, with its approval and execution state. Relations (`analysis`, `node`) are present
    only when asked for with `include`.

        Attributes:
            id (str):
            analysis_id (str):
            node_id (str):
            approval_status (None | str): `approved`, `rejected` or null.
            comment (None | str):
            artifact_tag (None | str):
            artifact_digest (None | str):
            analysis_realm_id (str):
            node_realm_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            execution_status (None | str | Unset): One of `starting`, `started`, `stopping`, `stopped`, `executing`,
                `executed`, `failed`. Sent by Hub 0.8.22 (before, the older generation's `run_status` is read as this) and
                later.
            execution_progress (int | None | Unset): Sent by Hub 0.8.22 and later.
            analysis (Analysis | Unset): An analysis of a project: its code, configuration, build and execution state.
                Relations (`project`, `masterImage`) are present only when asked for with `include`.
            node (Node | Unset): A node: a site that runs analyses (`default`) or aggregates their results (`aggregator`).
                Relations (`registry`, `registryProject`) are present only when asked for with `include`.
    """

    id: str
    analysis_id: str
    node_id: str
    approval_status: None | str
    comment: None | str
    artifact_tag: None | str
    artifact_digest: None | str
    analysis_realm_id: str
    node_realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    execution_status: None | str | Unset = UNSET
    execution_progress: int | None | Unset = UNSET
    analysis: Analysis | Unset = UNSET
    node: Node | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        analysis_id = self.analysis_id

        node_id = self.node_id

        approval_status: None | str
        approval_status = self.approval_status

        comment: None | str
        comment = self.comment

        artifact_tag: None | str
        artifact_tag = self.artifact_tag

        artifact_digest: None | str
        artifact_digest = self.artifact_digest

        analysis_realm_id = self.analysis_realm_id

        node_realm_id = self.node_realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        execution_status: None | str | Unset
        if isinstance(self.execution_status, Unset):
            execution_status = UNSET
        else:
            execution_status = self.execution_status

        execution_progress: int | None | Unset
        if isinstance(self.execution_progress, Unset):
            execution_progress = UNSET
        else:
            execution_progress = self.execution_progress

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = self.node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "analysisId": analysis_id,
                "nodeId": node_id,
                "approvalStatus": approval_status,
                "comment": comment,
                "artifactTag": artifact_tag,
                "artifactDigest": artifact_digest,
                "analysisRealmId": analysis_realm_id,
                "nodeRealmId": node_realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if execution_status is not UNSET:
            field_dict["executionStatus"] = execution_status
        if execution_progress is not UNSET:
            field_dict["executionProgress"] = execution_progress
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis import Analysis
        from ..models.node import Node

        d = dict(src_dict)
        id = d.pop("id")

        analysis_id = d.pop("analysisId")

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

        def _parse_artifact_tag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        artifact_tag = _parse_artifact_tag(d.pop("artifactTag"))

        def _parse_artifact_digest(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        artifact_digest = _parse_artifact_digest(d.pop("artifactDigest"))

        analysis_realm_id = d.pop("analysisRealmId")

        node_realm_id = d.pop("nodeRealmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_execution_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_status = _parse_execution_status(d.pop("executionStatus", UNSET))

        def _parse_execution_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_progress = _parse_execution_progress(d.pop("executionProgress", UNSET))

        _analysis = d.pop("analysis", UNSET)
        analysis: Analysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = Analysis.from_dict(_analysis)

        _node = d.pop("node", UNSET)
        node: Node | Unset
        if isinstance(_node, Unset):
            node = UNSET
        else:
            node = Node.from_dict(_node)

        analysis_node = cls(
            id=id,
            analysis_id=analysis_id,
            node_id=node_id,
            approval_status=approval_status,
            comment=comment,
            artifact_tag=artifact_tag,
            artifact_digest=artifact_digest,
            analysis_realm_id=analysis_realm_id,
            node_realm_id=node_realm_id,
            created_at=created_at,
            updated_at=updated_at,
            execution_status=execution_status,
            execution_progress=execution_progress,
            analysis=analysis,
            node=node,
        )

        analysis_node.additional_properties = d
        return analysis_node

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
