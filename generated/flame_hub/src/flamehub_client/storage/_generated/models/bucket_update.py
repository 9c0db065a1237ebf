from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BucketUpdate")


@_attrs_define
class BucketUpdate:
    """The body that updates a Bucket. The server's validator (storage-kit bucket) mounts its fields for creation only, so
    an update changes nothing; the body is empty.

    """

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        bucket_update = cls()

        return bucket_update
