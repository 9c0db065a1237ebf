from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_analysis_pages_item import ContentAnalysisPagesItem


T = TypeVar("T", bound="ContentAnalysis")


@_attrs_define
class ContentAnalysis:
    """
    Attributes:
        id (str | Unset):
        content_id (str | Unset):
        status (str | Unset):
        error (str | Unset):
        text (str | Unset):
        pages (list[ContentAnalysisPagesItem] | Unset):
    """

    id: str | Unset = UNSET
    content_id: str | Unset = UNSET
    status: str | Unset = UNSET
    error: str | Unset = UNSET
    text: str | Unset = UNSET
    pages: list[ContentAnalysisPagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content_id = self.content_id

        status = self.status

        error = self.error

        text = self.text

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if text is not UNSET:
            field_dict["text"] = text
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_analysis_pages_item import ContentAnalysisPagesItem

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        content_id = d.pop("contentId", UNSET)

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        text = d.pop("text", UNSET)

        _pages = d.pop("pages", UNSET)
        pages: list[ContentAnalysisPagesItem] | Unset = UNSET
        if _pages is not UNSET:
            pages = []
            for pages_item_data in _pages:
                pages_item = ContentAnalysisPagesItem.from_dict(pages_item_data)

                pages.append(pages_item)

        content_analysis = cls(
            id=id,
            content_id=content_id,
            status=status,
            error=error,
            text=text,
            pages=pages,
        )

        content_analysis.additional_properties = d
        return content_analysis

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
