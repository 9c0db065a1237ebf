from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="PaginatedEvent")


@_attrs_define
class PaginatedEvent:
    """A page of Event items: `{docs, total, limit, page?, pages?, offset?}`.

    Attributes:
        docs (list[Event]):
        total (int):
        limit (int):
        page (int | Unset):
        pages (int | Unset):
        offset (int | Unset):
    """

    docs: list[Event]
    total: int
    limit: int
    page: int | Unset = UNSET
    pages: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        docs = []
        for docs_item_data in self.docs:
            docs_item = docs_item_data.to_dict()
            docs.append(docs_item)

        total = self.total

        limit = self.limit

        page = self.page

        pages = self.pages

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docs": docs,
                "total": total,
                "limit": limit,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event import Event

        d = dict(src_dict)
        docs = []
        _docs = d.pop("docs")
        for docs_item_data in _docs:
            docs_item = Event.from_dict(docs_item_data)

            docs.append(docs_item)

        total = d.pop("total")

        limit = d.pop("limit")

        page = d.pop("page", UNSET)

        pages = d.pop("pages", UNSET)

        offset = d.pop("offset", UNSET)

        paginated_event = cls(
            docs=docs,
            total=total,
            limit=limit,
            page=page,
            pages=pages,
            offset=offset,
        )

        paginated_event.additional_properties = d
        return paginated_event

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
