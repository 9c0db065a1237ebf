"""The rapiq query string of the current Hub and authup servers, built by pure functions.

Filters are a mapping of field → condition. A plain value means equality, a list or set means "one of",
and the helpers below give every other operator::

    {"name": starts_with("my-node"), "hidden": False, "realm_id": None, "type": ["default", "aggregator"]}

Keys are snake_case or camelCase; each dotted segment is camel-cased (`realm.display_name` →
`realm.displayName`). Two dialects are written:

- the bracket dialect (default): `filter[name]=my-node~&filter[hidden]=false`;
- the expression dialect: `filter=and(startsWith(name,'my-node'),eq(hidden,false))`, where string values are
  single-quoted and a quote inside is doubled, so any string can be matched exactly.

About "like": flame-hub-client's `like` writes `~x`. Current servers (Hub 0.12.3+, authup beta.54+) read `~x` as
*ends with* `x`; older ones read it as *starts with*. Here `like` is a starts-with match, written `x~`, which is what
the seed's `like` meant on the servers it was written for; `ends_with` and `contains` are there when meant.

Each generation gets its own spelling (`generation=`): the older one (rapiq 0.9) writes starts-with as `~x`, and has
no ends-with, no contains and no expression dialect, so those are refused before sending rather than sent to be
misread.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal, TypedDict
from uuid import UUID

from client_runtime import InvalidRequest

Dialect = Literal["brackets", "expression"]
MAX_LIMIT = 50


class FilterOperator(enum.StrEnum):
    """Every filter operator the current servers understand."""

    eq = "eq"
    neq = "neq"
    like = "like"
    starts_with = "starts_with"
    ends_with = "ends_with"
    contains = "contains"
    lt = "lt"
    le = "le"
    gt = "gt"
    ge = "ge"
    in_ = "in"
    not_in = "not_in"


# The seed client's operator symbols, accepted in `(operator, value)` tuples; "~" keeps the seed's meaning of like.
_SYMBOLS = {
    "=": FilterOperator.eq,
    "!": FilterOperator.neq,
    "~": FilterOperator.like,
    "<": FilterOperator.lt,
    "<=": FilterOperator.le,
    ">": FilterOperator.gt,
    ">=": FilterOperator.ge,
}
_LISTS = (FilterOperator.in_, FilterOperator.not_in)
_TEXT = (FilterOperator.like, FilterOperator.starts_with, FilterOperator.ends_with, FilterOperator.contains)


@dataclass(frozen=True, slots=True)
class Condition:
    """One field's condition: an operator and its value (a tuple of values for in/not_in).

    >>> Condition(FilterOperator.starts_with, "my-node")
    Condition(op=<FilterOperator.starts_with: 'starts_with'>, value='my-node')
    """

    op: FilterOperator
    value: Any


def not_(value: Any) -> Condition:
    """Not equal: `{"name": not_("x")}`."""
    return Condition(FilterOperator.neq, value)


def like(value: str) -> Condition:
    """Starts with `value`, written `value~` (see the module docstring on how this differs from the seed client)."""
    return Condition(FilterOperator.like, value)


def starts_with(value: str) -> Condition:
    """`{"name": starts_with("my-")}` matches names beginning with `my-`."""
    return Condition(FilterOperator.starts_with, value)


def ends_with(value: str) -> Condition:
    """`{"name": ends_with("-42")}` matches names ending with `-42`."""
    return Condition(FilterOperator.ends_with, value)


def contains(value: str) -> Condition:
    """`{"name": contains("node")}` matches names containing `node`."""
    return Condition(FilterOperator.contains, value)


def lt(value: Any) -> Condition:
    """Less than."""
    return Condition(FilterOperator.lt, value)


def le(value: Any) -> Condition:
    """Less than or equal."""
    return Condition(FilterOperator.le, value)


def gt(value: Any) -> Condition:
    """Greater than."""
    return Condition(FilterOperator.gt, value)


def ge(value: Any) -> Condition:
    """Greater than or equal."""
    return Condition(FilterOperator.ge, value)


def in_(*values: Any) -> Condition:
    """One of the values: `{"type": in_("default", "aggregator")}` (a list value means the same)."""
    return Condition(FilterOperator.in_, values)


def not_in(*values: Any) -> Condition:
    """None of the values."""
    return Condition(FilterOperator.not_in, values)


class PageParams(TypedDict, total=False):
    """`{"limit": 25, "offset": 50}`; the limit is at most 50."""

    limit: int
    offset: int


class SortParams(TypedDict, total=False):
    """The seed's sort form: `{"by": "created_at", "order": "descending"}`."""

    by: str
    order: Literal["ascending", "descending"]


Filter = Mapping[str, Any]
Sort = str | SortParams | Iterable[str]
Names = str | Iterable[str]


@lru_cache(maxsize=1024)
def camel(key: str) -> str:
    """snake_case → camelCase, per dotted segment.

    >>> camel("realm.display_name"), camel("registryProject"), camel("created_at")
    ('realm.displayName', 'registryProject', 'createdAt')
    """
    return ".".join(_camel_segment(segment) for segment in key.split("."))


def _camel_segment(segment: str) -> str:
    head, *rest = segment.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$")
_NUMERAL = re.compile(r"^-?\d+(\.\d+)?$")
_LITERALS = {"null", "true", "false"}


def condition(value: Any, where: str = "filter") -> Condition:
    """The Condition a filter value stands for: a Condition, an `(operator, value)` tuple, a list (one of), or
    a plain value (equality).

    >>> condition(["a", "b"])
    Condition(op=<FilterOperator.in_: 'in'>, value=('a', 'b'))
    >>> condition(("~", "my-node")).op
    <FilterOperator.like: 'like'>
    """
    if isinstance(value, Condition):
        return value
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        op, operand = value
        if isinstance(op, FilterOperator):
            resolved = op
        elif op in _SYMBOLS:
            resolved = _SYMBOLS[op]
        else:
            try:
                resolved = FilterOperator(op)
            except ValueError:
                raise InvalidRequest(where, f"unknown filter operator {op!r}") from None
        return Condition(resolved, tuple(operand) if resolved in _LISTS else operand)
    if isinstance(value, set | frozenset):
        return Condition(FilterOperator.in_, tuple(sorted(value, key=str)))
    if isinstance(value, list):
        return Condition(FilterOperator.in_, tuple(value))
    return Condition(FilterOperator.eq, value)


def text(value: Any, where: str = "filter") -> str:
    """A value as the servers write it: lower-case booleans and null, ids of models, ISO dates.

    >>> text(True), text(None), text(3), text(UUID(int=1))
    ('true', 'null', '3', '00000000-0000-0000-0000-000000000001')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return text(value.value, where)
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    identifier = getattr(value, "id", None)
    if isinstance(identifier, str | UUID):
        return str(identifier)
    raise InvalidRequest(where, f"cannot filter on a {type(value).__name__}")


def _bracket_item(value: Any, where: str, generation: str = "current") -> str:
    """A value that the bracket dialect reads back unchanged, or a clear refusal."""
    written = text(value, where)
    if isinstance(value, str):
        problem = None
        legacy = generation == "legacy"
        if written == "":
            problem = "an empty string cannot be written"
        elif "," in written:
            problem = "a comma would make it a list (one of)"
        elif written[0] in "!<>~" or (written.endswith("~") and not legacy):
            reading = (
                "older servers read '~x' as starts with x" if legacy else "current servers read '~x' as ends with x"
            )
            problem = (
                f"{written!r} would be read as an operator ({reading}); "
                "for a match use like(), starts_with(), ends_with() or contains()"
            )
        elif written.lower() in _LITERALS or _NUMERAL.match(written):
            problem = f"{written!r} would be read as {'a number' if _NUMERAL.match(written) else written.lower()}"
        if problem:
            escape = "" if legacy else "; use dialect='expression'"
            raise InvalidRequest(where, f"{problem} in the bracket dialect{escape}")
    return written


def bracket_value(cond: Condition, where: str = "filter", generation: str = "current") -> str:
    """One condition in the bracket dialect of `generation`.

    >>> bracket_value(starts_with("my-node")), bracket_value(not_in("a", "b")), bracket_value(le(5))
    ('my-node~', '!a,b', '<=5')
    >>> bracket_value(starts_with("my-node"), generation="legacy")
    '~my-node'
    """
    op, value = cond.op, cond.value
    if op in _LISTS:
        values = tuple(value) if not isinstance(value, str) else (value,)
        if not values:
            raise InvalidRequest(where, "needs at least one value")
        joined = ",".join(_bracket_item(item, where, generation) for item in values)
        return ("!" if op is FilterOperator.not_in else "") + joined
    if op in _TEXT:
        if not isinstance(value, str):
            raise InvalidRequest(where, f"{op.value} needs a string, got {type(value).__name__}")
        if generation == "legacy" and op in (FilterOperator.ends_with, FilterOperator.contains):
            raise InvalidRequest(
                where,
                f"{op.value} is not understood by the older server generation (Hub before 0.13, authup before "
                "1.0.0-beta.54), whose filters know only starts with ('~x'); use starts_with() or like()",
            )
        item = _bracket_item(value, where, generation)
        if generation == "legacy":
            return "~" + item
        if op is FilterOperator.ends_with:
            return "~" + item
        if op is FilterOperator.contains:
            return "~" + item + "~"
        return item + "~"
    item = _bracket_item(value, where, generation)
    prefix = {
        FilterOperator.eq: "",
        FilterOperator.neq: "!",
        FilterOperator.lt: "<",
        FilterOperator.le: "<=",
        FilterOperator.gt: ">",
        FilterOperator.ge: ">=",
    }[op]
    if prefix in ("<", ">") and item.startswith("="):
        raise InvalidRequest(where, f"{item!r} would be read as {prefix}=; use dialect='expression'")
    return prefix + item


_EXPRESSIONS = {
    FilterOperator.eq: "eq",
    FilterOperator.lt: "lt",
    FilterOperator.le: "lte",
    FilterOperator.gt: "gt",
    FilterOperator.ge: "gte",
    FilterOperator.in_: "in",
    FilterOperator.not_in: "nin",
    FilterOperator.like: "startsWith",
    FilterOperator.starts_with: "startsWith",
    FilterOperator.ends_with: "endsWith",
    FilterOperator.contains: "contains",
}


def quote(value: Any, where: str = "filter") -> str:
    """A value of the expression dialect: strings single-quoted with quotes doubled; numbers, booleans and null bare.

    >>> quote("it's"), quote(False), quote(None), quote(2.5)
    ("'it''s'", 'false', 'null', '2.5')
    """
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    written = text(value, where)
    if value is None or isinstance(value, bool | int | float):
        return written
    return "'" + written.replace("'", "''") + "'"


def expression_term(field: str, cond: Condition, where: str = "filter") -> str:
    """One condition in the expression dialect.

    >>> expression_term("name", not_("x")), expression_term("type", in_("a", "b"))
    ("not(eq(name,'x'))", "in(type,'a','b')")
    """
    op = cond.op
    if op is FilterOperator.neq:
        return f"not(eq({field},{quote(cond.value, where)}))"
    if op in _LISTS:
        values = tuple(cond.value) if not isinstance(cond.value, str) else (cond.value,)
        if not values:
            raise InvalidRequest(where, "needs at least one value")
        return f"{_EXPRESSIONS[op]}({field}," + ",".join(quote(v, where) for v in values) + ")"
    if op in _TEXT and not isinstance(cond.value, str):
        raise InvalidRequest(where, f"{op.value} needs a string, got {type(cond.value).__name__}")
    return f"{_EXPRESSIONS[op]}({field},{quote(cond.value, where)})"


def conditions(filter: Filter | None, where: str = "filter") -> dict[str, Condition]:
    """The filter as camelCase field → Condition, refusing malformed keys."""
    if filter is None:
        return {}
    if not isinstance(filter, Mapping):
        raise InvalidRequest(where, f"must be a mapping of field to condition, got {type(filter).__name__}")
    found: dict[str, Condition] = {}
    for key, value in filter.items():
        if not isinstance(key, str):
            raise InvalidRequest(where, f"keys must be field names, got {key!r}")
        field = camel(key)
        if not _FIELD.match(field):
            raise InvalidRequest(f"{where}.{key}", "is not a field name")
        if field in found:
            raise InvalidRequest(f"{where}.{key}", f"names the field {field!r} twice")
        found[field] = condition(value, f"{where}.{key}")
    return found


def filter_params(
    filter: Filter | None, dialect: Dialect = "brackets", where: str = "filter", generation: str = "current"
) -> dict[str, str]:
    """The query parameters of a filter, as the servers of `generation` read them.

    >>> filter_params({"name": like("my-node"), "built_in": True})
    {'filter[name]': 'my-node~', 'filter[builtIn]': 'true'}
    >>> filter_params({"name": "it's", "hidden": False}, dialect="expression")
    {'filter': "and(eq(name,'it''s'),eq(hidden,false))"}
    >>> filter_params({"name": like("my-node")}, generation="legacy")
    {'filter[name]': '~my-node'}
    """
    found = conditions(filter, where)
    if dialect == "brackets":
        return {
            f"filter[{field}]": bracket_value(cond, f"{where}.{field}", generation) for field, cond in found.items()
        }
    if dialect != "expression":
        raise InvalidRequest("dialect", f"must be 'brackets' or 'expression', got {dialect!r}")
    if generation == "legacy":
        raise InvalidRequest(
            "dialect", "the older server generation (rapiq 0.9) has no expression dialect; use dialect='brackets'"
        )
    terms = [expression_term(field, cond, f"{where}.{field}") for field, cond in found.items()]
    if not terms:
        return {}
    return {"filter": terms[0] if len(terms) == 1 else "and(" + ",".join(terms) + ")"}


def sort_keys(sort: Sort | None, where: str = "sort") -> list[str]:
    """Sort keys as the server writes them, `-` for descending.

    >>> sort_keys({"by": "created_at", "order": "descending"}), sort_keys("name,-updated_at")
    (['-createdAt'], ['name', '-updatedAt'])
    """
    if sort is None:
        return []
    if isinstance(sort, Mapping):
        by = sort.get("by")
        order = sort.get("order", "ascending")
        if not isinstance(by, str) or not by:
            raise InvalidRequest(f"{where}.by", "must name a field")
        if order not in ("ascending", "descending"):
            raise InvalidRequest(f"{where}.order", f"must be 'ascending' or 'descending', got {order!r}")
        return [("-" if order == "descending" else "") + camel(by)]
    items = sort.split(",") if isinstance(sort, str) else list(sort)
    keys = []
    for item in items:
        if not isinstance(item, str) or not item.strip("-+ "):
            raise InvalidRequest(where, f"sort keys must be field names, got {item!r}")
        key = item.strip()
        keys.append(("-" if key.startswith("-") else "") + camel(key.lstrip("+-")))
    return keys


def names(value: Names | None, where: str) -> list[str]:
    """`include`/`fields` values as camelCase names: a string (comma-separated allowed) or an iterable."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    found = []
    for item in items:
        if not isinstance(item, str) or not item.strip("+ "):
            raise InvalidRequest(where, f"must be field names, got {item!r}")
        found.append(camel(item.strip().lstrip("+")))
    return found


def page_params(page: PageParams | None, max_limit: int = MAX_LIMIT, where: str = "page") -> dict[str, int]:
    """`page[limit]` and `page[offset]`, always both (limit 50 and offset 0 unless given).

    >>> page_params({"limit": 10})
    {'page[limit]': 10, 'page[offset]': 0}
    """
    page = page or {}
    if not isinstance(page, Mapping):
        raise InvalidRequest(where, f'must be a mapping like {{"limit": 10, "offset": 0}}, got {type(page).__name__}')
    unknown = set(page) - {"limit", "offset"}
    if unknown:
        raise InvalidRequest(f"{where}.{sorted(unknown)[0]}", "is not a page parameter (limit, offset)")
    limit = page.get("limit", max_limit)
    offset = page.get("offset", 0)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= max_limit:
        raise InvalidRequest(
            f"{where}.limit", f"must be an integer from 1 to {max_limit} (the server's page limit), got {limit!r}"
        )
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidRequest(f"{where}.offset", f"must be an integer >= 0, got {offset!r}")
    return {"page[limit]": limit, "page[offset]": offset}
