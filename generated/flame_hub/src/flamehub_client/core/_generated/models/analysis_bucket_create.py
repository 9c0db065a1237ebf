from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.analysis_bucket_create_type import (
    AnalysisBucketCreateType,
    check_analysis_bucket_create_type,
)

T = TypeVar("T", bound="AnalysisBucketCreate")


@_attrs_define
class AnalysisBucketCreate:
    """The body that creates a AnalysisBucket.

    Attributes:
        type_ (AnalysisBucketCreateType):
        bucket_id (str):
        analysis_id (str):
    """

    type_: AnalysisBucketCreateType
    bucket_id: str
    analysis_id: str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        bucket_id = self.bucket_id

        analysis_id = self.analysis_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "bucketId": bucket_id,
                "analysisId": analysis_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_analysis_bucket_create_type(d.pop("type"))

        bucket_id = d.pop("bucketId")

        analysis_id = d.pop("analysisId")

        analysis_bucket_create = cls(
            type_=type_,
            bucket_id=bucket_id,
            analysis_id=analysis_id,
        )

        return analysis_bucket_create
