from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.analysis_bucket_update_type import (
    AnalysisBucketUpdateType,
    check_analysis_bucket_update_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisBucketUpdate")


@_attrs_define
class AnalysisBucketUpdate:
    """The body that updates a AnalysisBucket: a field left out stays as it is, `null` clears it.

    Attributes:
        type_ (AnalysisBucketUpdateType | Unset):
        bucket_id (str | Unset):
        analysis_id (str | Unset):
    """

    type_: AnalysisBucketUpdateType | Unset = UNSET
    bucket_id: str | Unset = UNSET
    analysis_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        bucket_id = self.bucket_id

        analysis_id = self.analysis_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bucket_id is not UNSET:
            field_dict["bucketId"] = bucket_id
        if analysis_id is not UNSET:
            field_dict["analysisId"] = analysis_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AnalysisBucketUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_analysis_bucket_update_type(_type_)

        bucket_id = d.pop("bucketId", UNSET)

        analysis_id = d.pop("analysisId", UNSET)

        analysis_bucket_update = cls(
            type_=type_,
            bucket_id=bucket_id,
            analysis_id=analysis_id,
        )

        return analysis_bucket_update
