"""The `filter=` and `populate=` strings, written the way the official SDK writes them, but refusing what it breaks.

Grammar: `key==value`, `key=@a,b` (the field holds any of the values), `key>=ISO;key<=ISO` (a time range, UTC with
milliseconds), clauses joined by `;`. There is no escaping, so a value that holds `;`, `,` or an operator would
change the filter's meaning: it is refused here, before anything is sent (the SDK sends it silently).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from client_runtime import InvalidRequest

OPERATORS = ("==", "=@", ">=", "<=", "!=", "=~", "!~", "!@")
_KEY = re.compile(r"[A-Za-z0-9_.$\-]+")


@dataclass(frozen=True)
class DateRange:
    """A time range for `filter`: `key>=start;key<=end`. Both ends are timezone-aware datetimes.

    >>> from datetime import datetime, UTC
    >>> filter_string({"createdAt": DateRange(datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 2, 1, tzinfo=UTC))})
    'createdAt>=2024-01-01T00:00:00.000Z;createdAt<=2024-02-01T00:00:00.000Z'
    """

    start: datetime | date
    end: datetime | date


def iso_utc(value: datetime | date, where: str = "value") -> str:
    """A datetime as the SDK's `Date.toISOString()`: UTC, milliseconds, `Z`. A date is its midnight UTC.

    >>> from datetime import datetime, timedelta, timezone
    >>> iso_utc(datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2))))
    '2024-05-01T10:00:00.123Z'
    """
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(), UTC)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidRequest(where, f"must be timezone-aware (e.g. tzinfo=UTC), got the naive {value.isoformat()}")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _text(value: Any, where: str) -> str:
    """A scalar as the SDK's `String(value)` writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return iso_utc(value, where)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidRequest(where, f"must be a finite number, got {value!r}")
        return str(int(value)) if value.is_integer() else repr(float(value))
    if isinstance(value, int | str):
        return str(value)
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        return _text(item(), where)
    raise InvalidRequest(
        where, f"must be a string, number, boolean, datetime, list or DateRange; got {type(value).__name__}"
    )


def _safe(text: str, where: str, *, in_list: bool) -> str:
    if ";" in text:
        raise InvalidRequest(where, f"{text!r} holds ';', which would end the clause (the filter has no escaping)")
    if "," in text:
        hint = "would split the list item" if in_list else "is read as a list separator by the server"
        raise InvalidRequest(where, f"{text!r} holds ',', which {hint} (the filter has no escaping)")
    for operator in OPERATORS:
        if operator in text:
            raise InvalidRequest(where, f"{text!r} holds the operator {operator!r} (the filter has no escaping)")
    return text


def _clause(key: str, value: Any) -> str | None:
    where = f"filter[{key!r}]"
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if isinstance(value, DateRange) or (isinstance(value, Mapping) and {"from", "to"} <= set(value)):
        start, end = (value.start, value.end) if isinstance(value, DateRange) else (value["from"], value["to"])
        for end_name, bound in (("start", start), ("end", end)):
            if not isinstance(bound, datetime | date):
                raise InvalidRequest(f"{where}.{end_name}", f"must be a datetime, got {type(bound).__name__}")
        return f"{key}>={iso_utc(start, where)};{key}<={iso_utc(end, where)}"
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        items = [_safe(_text(item, f"{where}[{i}]"), f"{where}[{i}]", in_list=True) for i, item in enumerate(value)]
        return f"{key}=@{','.join(items)}"
    if isinstance(value, Mapping | bytes):
        raise InvalidRequest(where, f"must be a scalar, a list or a DateRange; got {type(value).__name__}")
    return f"{key}=={_safe(_text(value, where), where, in_list=False)}"


def filter_string(filter: Mapping[str, Any]) -> str:
    """The `filter=` value for a mapping of field → value, in the mapping's order.

    A plain value gives `k==v`, a list `k=@a,b`, a DateRange (or `{"from": ..., "to": ...}`) the pair
    `k>=ISO;k<=ISO`. `None` and `''` are left out; `0` and `False` are kept.

    >>> filter_string({"tags": ["test"], "parent": None, "type": "", "foo": 0, "bar": False})
    'tags=@test;foo==0;bar==false'
    """
    if not isinstance(filter, Mapping):
        raise InvalidRequest("filter", f"must be a mapping of field names to values, got {type(filter).__name__}")
    clauses = []
    for key, value in filter.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise InvalidRequest("filter", f"field names are letters, digits and _ . $ -; got {key!r}")
        clause = _clause(key, value)
        if clause is not None:
            clauses.append(clause)
    return ";".join(clauses)


def populate_string(fields: str | Iterable[str]) -> str:
    """`populate=` from field names.

    >>> populate_string(["type", "parent"])
    'type,parent'
    """
    if isinstance(fields, str):
        return fields
    names = list(fields)
    for name in names:
        if not isinstance(name, str) or not _KEY.fullmatch(name):
            raise InvalidRequest("populate", f"field names are letters, digits and _ . $ -; got {name!r}")
    return ",".join(names)
