from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnalysisNodeCreate")


@_attrs_define
class AnalysisNodeCreate:
    """The body that creates a AnalysisNode.

    Attributes:
        analysis_id (str):
        node_id (str):
    """

    analysis_id: str
    node_id: str

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analysisId": analysis_id,
                "nodeId": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_id = d.pop("analysisId")

        node_id = d.pop("nodeId")

        analysis_node_create = cls(
            analysis_id=analysis_id,
            node_id=node_id,
        )

        return analysis_node_create
