from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisBucketFileCreate")


@_attrs_define
class AnalysisBucketFileCreate:
    """The body that creates a AnalysisBucketFile.

    Attributes:
        analysis_bucket_id (str):
        path (str): Stored in a 256-character column.
        bucket_id (str):
        bucket_file_id (str):
        root (bool | Unset):
    """

    analysis_bucket_id: str
    path: str
    bucket_id: str
    bucket_file_id: str
    root: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        analysis_bucket_id = self.analysis_bucket_id

        path = self.path

        bucket_id = self.bucket_id

        bucket_file_id = self.bucket_file_id

        root = self.root

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analysisBucketId": analysis_bucket_id,
                "path": path,
                "bucketId": bucket_id,
                "bucketFileId": bucket_file_id,
            }
        )
        if root is not UNSET:
            field_dict["root"] = root

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_bucket_id = d.pop("analysisBucketId")

        path = d.pop("path")

        bucket_id = d.pop("bucketId")

        bucket_file_id = d.pop("bucketFileId")

        root = d.pop("root", UNSET)

        analysis_bucket_file_create = cls(
            analysis_bucket_id=analysis_bucket_id,
            path=path,
            bucket_id=bucket_id,
            bucket_file_id=bucket_file_id,
            root=root,
        )

        return analysis_bucket_file_create
