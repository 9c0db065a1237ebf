from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.analysis_node_update_approval_status_type_0 import (
    AnalysisNodeUpdateApprovalStatusType0,
    check_analysis_node_update_approval_status_type_0,
)
from ..models.analysis_node_update_execution_status_type_0 import (
    AnalysisNodeUpdateExecutionStatusType0,
    check_analysis_node_update_execution_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisNodeUpdate")


@_attrs_define
class AnalysisNodeUpdate:
    """The body that updates a AnalysisNode: a field left out stays as it is, `null` clears it.

    Attributes:
        approval_status (AnalysisNodeUpdateApprovalStatusType0 | None | Unset):
        execution_status (AnalysisNodeUpdateExecutionStatusType0 | None | Unset):
        execution_progress (int | None | Unset):
        comment (None | str | Unset):
    """

    approval_status: AnalysisNodeUpdateApprovalStatusType0 | None | Unset = UNSET
    execution_status: AnalysisNodeUpdateExecutionStatusType0 | None | Unset = UNSET
    execution_progress: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approval_status: None | str | Unset
        if isinstance(self.approval_status, Unset):
            approval_status = UNSET
        elif isinstance(self.approval_status, str):
            approval_status = self.approval_status
        else:
            approval_status = self.approval_status

        execution_status: None | str | Unset
        if isinstance(self.execution_status, Unset):
            execution_status = UNSET
        elif isinstance(self.execution_status, str):
            execution_status = self.execution_status
        else:
            execution_status = self.execution_status

        execution_progress: int | None | Unset
        if isinstance(self.execution_progress, Unset):
            execution_progress = UNSET
        else:
            execution_progress = self.execution_progress

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if execution_status is not UNSET:
            field_dict["executionStatus"] = execution_status
        if execution_progress is not UNSET:
            field_dict["executionProgress"] = execution_progress
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_approval_status(
            data: object,
        ) -> AnalysisNodeUpdateApprovalStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_status_type_0 = check_analysis_node_update_approval_status_type_0(data)

                return approval_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisNodeUpdateApprovalStatusType0 | None | Unset, data)

        approval_status = _parse_approval_status(d.pop("approvalStatus", UNSET))

        def _parse_execution_status(
            data: object,
        ) -> AnalysisNodeUpdateExecutionStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_status_type_0 = check_analysis_node_update_execution_status_type_0(data)

                return execution_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisNodeUpdateExecutionStatusType0 | None | Unset, data)

        execution_status = _parse_execution_status(d.pop("executionStatus", UNSET))

        def _parse_execution_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_progress = _parse_execution_progress(d.pop("executionProgress", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        analysis_node_update = cls(
            approval_status=approval_status,
            execution_status=execution_status,
            execution_progress=execution_progress,
            comment=comment,
        )

        return analysis_node_update
