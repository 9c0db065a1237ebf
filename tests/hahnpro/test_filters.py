"""The filter builder writes what the SDK writes, parses back to the same clauses, and refuses unsafe values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy
import pytest
from fakes.hahnpro import parse_filter
from hahnpro_client import DateRange, InvalidRequest, filter_string, populate_string
from hypothesis import given
from hypothesis import strategies as st

UNSAFE = (";", ",", "==", "=@", ">=", "<=", "!=")
keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.]{0,15}", fullmatch=True)
safe_text = st.text(st.characters(blacklist_characters=";,=<>!@~", blacklist_categories=("Cs",)), min_size=1)
scalars = st.one_of(safe_text, st.integers(), st.booleans())
instants = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000)
)
values = st.one_of(
    scalars,
    st.lists(st.one_of(safe_text, st.integers()), min_size=1, max_size=4),
    st.tuples(instants, instants).map(lambda pair: DateRange(*pair)),
)


def _shown(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _expected(key: str, value: Any) -> list[tuple[str, str, str]]:
    if isinstance(value, DateRange):
        return [(key, ">=", _iso(value.start)), (key, "<=", _iso(value.end))]
    if isinstance(value, list):
        return [(key, "=@", ",".join(_shown(v) for v in value))]
    return [(key, "==", _shown(value))]


def _iso(moment: Any) -> str:
    return str(moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")


@given(st.dictionaries(keys, values, max_size=6))
def test_what_the_builder_writes_parses_back_to_the_same_clauses_in_order(filter: dict[str, Any]) -> None:
    expected = [clause for key, value in filter.items() for clause in _expected(key, value)]
    assert parse_filter(filter_string(filter)) == expected


@given(keys, safe_text, st.sampled_from(UNSAFE), safe_text)
def test_a_value_that_would_change_the_filter_is_refused(key: str, before: str, unsafe: str, after: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        filter_string({key: before + unsafe + after})
    assert caught.value.where == f"filter[{key!r}]"
    assert "no escaping" in caught.value.problem


@given(keys, st.lists(safe_text, max_size=2), st.sampled_from(UNSAFE), safe_text)
def test_a_list_item_that_would_change_the_filter_is_refused(key: str, good: list[str], unsafe: str, text: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        filter_string({key: [*good, text + unsafe]})
    assert caught.value.where == f"filter[{key!r}][{len(good)}]"


def test_the_sdks_own_expectations() -> None:
    assert filter_string({"tags": ["test"], "parent": None, "type": None, "foo": "bar"}) == "tags=@test;foo==bar"
    assert filter_string({"tags": None, "parent": "", "foo": "0", "bar": "true"}) == "foo==0;bar==true"


def test_zero_and_false_are_kept_none_and_empty_are_skipped() -> None:
    assert filter_string({"a": 0, "b": False, "c": None, "d": ""}) == "a==0;b==false"


def test_an_empty_list_gives_an_empty_any_of_as_in_the_sdk() -> None:
    assert filter_string({"tags": []}) == "tags=@"


def test_a_date_range_is_utc_with_milliseconds() -> None:
    plus_two = timezone(timedelta(hours=2))
    span = DateRange(datetime(2024, 3, 1, 2, 0, 0, 999999, tzinfo=plus_two), date(2024, 3, 2))
    assert (
        filter_string({"createdAt": span}) == "createdAt>=2024-03-01T00:00:00.999Z;createdAt<=2024-03-02T00:00:00.000Z"
    )
    sdk_style = {"from": datetime(2024, 1, 1, tzinfo=UTC), "to": datetime(2024, 1, 2, tzinfo=UTC)}
    assert filter_string({"t": sdk_style}) == "t>=2024-01-01T00:00:00.000Z;t<=2024-01-02T00:00:00.000Z"


def test_a_datetime_value_is_iso_formatted_not_javascripts_date_string() -> None:
    assert filter_string({"at": datetime(2024, 1, 1, tzinfo=UTC)}) == "at==2024-01-01T00:00:00.000Z"


def test_numpy_scalars_are_written_as_numbers() -> None:
    assert filter_string({"n": numpy.int64(3), "f": numpy.float64(2.5), "w": 2.0}) == "n==3;f==2.5;w==2"


@pytest.mark.parametrize(
    ("filter", "where"),
    [
        ({"at": datetime(2024, 1, 1)}, "filter['at']"),
        ({"a;b": 1}, "filter"),
        ({"": 1}, "filter"),
        ({"x": {"nested": 1}}, "filter['x']"),
        ({"x": float("nan")}, "filter['x']"),
    ],
)
def test_other_bad_filters(filter: dict[str, Any], where: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        filter_string(filter)
    assert caught.value.where == where


def test_populate_takes_field_names() -> None:
    assert populate_string(["type", "parent"]) == "type,parent"
    assert populate_string("type") == "type"
    with pytest.raises(InvalidRequest, match="populate"):
        populate_string(["type,parent"])
