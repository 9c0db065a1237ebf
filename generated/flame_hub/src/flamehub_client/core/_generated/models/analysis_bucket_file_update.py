from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisBucketFileUpdate")


@_attrs_define
class AnalysisBucketFileUpdate:
    """The body that updates a AnalysisBucketFile: a field left out stays as it is, `null` clears it.

    Attributes:
        root (bool | Unset):
    """

    root: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        root = self.root

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if root is not UNSET:
            field_dict["root"] = root

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        root = d.pop("root", UNSET)

        analysis_bucket_file_update = cls(
            root=root,
        )

        return analysis_bucket_file_update
