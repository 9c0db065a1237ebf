from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.project_node_update_approval_status_type_0 import (
    ProjectNodeUpdateApprovalStatusType0,
    check_project_node_update_approval_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectNodeUpdate")


@_attrs_define
class ProjectNodeUpdate:
    """The body that updates a ProjectNode: a field left out stays as it is, `null` clears it.

    Attributes:
        approval_status (None | ProjectNodeUpdateApprovalStatusType0 | Unset):
        comment (None | str | Unset):
    """

    approval_status: None | ProjectNodeUpdateApprovalStatusType0 | Unset = UNSET
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approval_status: None | str | Unset
        if isinstance(self.approval_status, Unset):
            approval_status = UNSET
        elif isinstance(self.approval_status, str):
            approval_status = self.approval_status
        else:
            approval_status = self.approval_status

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_approval_status(
            data: object,
        ) -> None | ProjectNodeUpdateApprovalStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_status_type_0 = check_project_node_update_approval_status_type_0(data)

                return approval_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectNodeUpdateApprovalStatusType0 | Unset, data)

        approval_status = _parse_approval_status(d.pop("approvalStatus", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        project_node_update = cls(
            approval_status=approval_status,
            comment=comment,
        )

        return project_node_update
