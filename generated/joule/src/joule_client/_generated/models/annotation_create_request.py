from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationCreateRequest")


@_attrs_define
class AnnotationCreateRequest:
    """
    Attributes:
        title (str):
        start (int):
        stream_id (int | Unset):
        stream_path (str | Unset):
        end (int | None | Unset):
        content (str | Unset):
    """

    title: str
    start: int
    stream_id: int | Unset = UNSET
    stream_path: str | Unset = UNSET
    end: int | None | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        start = self.start

        stream_id = self.stream_id

        stream_path = self.stream_path

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "start": start,
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if stream_path is not UNSET:
            field_dict["stream_path"] = stream_path
        if end is not UNSET:
            field_dict["end"] = end
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        start = d.pop("start")

        stream_id = d.pop("stream_id", UNSET)

        stream_path = d.pop("stream_path", UNSET)

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        content = d.pop("content", UNSET)

        annotation_create_request = cls(
            title=title,
            start=start,
            stream_id=stream_id,
            stream_path=stream_path,
            end=end,
            content=content,
        )

        annotation_create_request.additional_properties = d
        return annotation_create_request

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
