from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.histogram_count import HistogramCount


T = TypeVar("T", bound="HistogramBucket")


@_attrs_define
class HistogramBucket:
    """
    Attributes:
        id (Literal[-1]):
        start_time (int):
        end_time (int): Equal to `start_time` on the last bucket.
        content (HistogramCount):
    """

    id: Literal[-1]
    start_time: int
    end_time: int
    content: HistogramCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_time = self.start_time

        end_time = self.end_time

        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start_time": start_time,
                "end_time": end_time,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.histogram_count import HistogramCount

        d = dict(src_dict)
        id = cast(Literal[-1], d.pop("id"))
        if id != -1:
            raise ValueError(f"id must match const -1, got '{id}'")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        content = HistogramCount.from_dict(d.pop("content"))

        histogram_bucket = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            content=content,
        )

        histogram_bucket.additional_properties = d
        return histogram_bucket

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
