"""Auto-paging: one loop for every page style, driven by a function that fetches one page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of items and the cursor of the next page (None on the last page)."""

    items: Sequence[T]
    next: Any = None


def offset_next(offset: int, count: int, limit: int, total: int | None) -> int | None:
    """The next offset for limit/offset paging, or None when the last page has been read.

    >>> offset_next(0, 50, 50, 120), offset_next(100, 20, 50, 120), offset_next(0, 3, 50, None)
    (50, None, None)
    """
    following = offset + count
    if count == 0 or (total is not None and following >= total) or (total is None and count < limit):
        return None
    return following


def iterate(fetch: Callable[[Any], Page[T]], first: Any = None) -> Iterator[T]:
    """Every item of every page, fetching pages as they are needed.

    >>> pages = {None: Page([1, 2], "b"), "b": Page([3])}
    >>> list(iterate(pages.__getitem__))
    [1, 2, 3]
    """
    cursor = first
    while True:
        page = fetch(cursor)
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


async def aiterate(fetch: Callable[[Any], Awaitable[Page[T]]], first: Any = None) -> AsyncIterator[T]:
    """The async twin of `iterate`."""
    cursor = first
    while True:
        page = await fetch(cursor)
        for item in page.items:
            yield item
        if page.next is None:
            return
        cursor = page.next
