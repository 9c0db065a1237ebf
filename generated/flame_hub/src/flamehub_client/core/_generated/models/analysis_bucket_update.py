from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnalysisBucketUpdate")


@_attrs_define
class AnalysisBucketUpdate:
    """The body that updates a AnalysisBucket. The server's validator (core-kit analysis-bucket) mounts its fields for
    creation only, so an update changes nothing; the body is empty.

    """

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        analysis_bucket_update = cls()

        return analysis_bucket_update
