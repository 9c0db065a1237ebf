from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.analysis_node_log_create_level import (
    AnalysisNodeLogCreateLevel,
    check_analysis_node_log_create_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_node_log_create_labels import AnalysisNodeLogCreateLabels


T = TypeVar("T", bound="AnalysisNodeLogCreate")


@_attrs_define
class AnalysisNodeLogCreate:
    """
    Attributes:
        analysis_id (str):
        node_id (str):
        level (AnalysisNodeLogCreateLevel):
        message (str):
        status (None | str | Unset):
        code (None | str | Unset):
        labels (AnalysisNodeLogCreateLabels | Unset):
    """

    analysis_id: str
    node_id: str
    level: AnalysisNodeLogCreateLevel
    message: str
    status: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    labels: AnalysisNodeLogCreateLabels | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        node_id = self.node_id

        level: str = self.level

        message = self.message

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analysisId": analysis_id,
                "nodeId": node_id,
                "level": level,
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_node_log_create_labels import AnalysisNodeLogCreateLabels

        d = dict(src_dict)
        analysis_id = d.pop("analysisId")

        node_id = d.pop("nodeId")

        level = check_analysis_node_log_create_level(d.pop("level"))

        message = d.pop("message")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: AnalysisNodeLogCreateLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = AnalysisNodeLogCreateLabels.from_dict(_labels)

        analysis_node_log_create = cls(
            analysis_id=analysis_id,
            node_id=node_id,
            level=level,
            message=message,
            status=status,
            code=code,
            labels=labels,
        )

        return analysis_node_log_create
