"""Property tests: whatever filter the builder writes, the fake Hub's rapiq parser reads back the same predicate."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from fakes.flame_hub_rapiq import Branch, Leaf, bracket_filters, parse_expression
from flamehub_client import InvalidRequest
from flamehub_client.query import Condition, FilterOperator, camel, filter_params
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

OPS = {
    FilterOperator.eq: "eq",
    FilterOperator.neq: "ne",
    FilterOperator.like: "starts",
    FilterOperator.starts_with: "starts",
    FilterOperator.ends_with: "ends",
    FilterOperator.contains: "contains",
    FilterOperator.lt: "lt",
    FilterOperator.le: "le",
    FilterOperator.gt: "gt",
    FilterOperator.ge: "ge",
    FilterOperator.in_: "in",
    FilterOperator.not_in: "nin",
}
TEXT_OPS = (FilterOperator.like, FilterOperator.starts_with, FilterOperator.ends_with, FilterOperator.contains)

keys = st.from_regex(r"[a-z]{1,6}(_[a-z]{1,6}){0,2}(\.[a-z]{1,6}(_[a-z]{1,6})?)?", fullmatch=True)
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
scalars = st.one_of(texts, st.integers(-(10**6), 10**6), st.booleans(), st.none())


@st.composite
def conditions(draw: st.DrawFn) -> Condition:
    op = draw(st.sampled_from(list(FilterOperator)))
    if op in TEXT_OPS:
        return Condition(op, draw(texts))
    if op in (FilterOperator.in_, FilterOperator.not_in):
        return Condition(op, tuple(draw(st.lists(scalars, min_size=1, max_size=4))))
    return Condition(op, draw(scalars))


filters = st.dictionaries(keys, conditions(), min_size=1, max_size=4)


def expected(filter: dict[str, Condition]) -> dict[str, Leaf]:
    found = {}
    for key, cond in filter.items():
        op, value = OPS[cond.op], cond.value
        if op in ("in", "nin") and len(value) == 1:
            op, value = ("eq" if op == "in" else "ne"), value[0]
        found[camel(key)] = Leaf(camel(key), op, tuple(value) if isinstance(value, tuple) else value)
    return found


def normalised(leaf: Any) -> Leaf:
    if isinstance(leaf, Branch) and leaf.kind == "not" and isinstance(leaf.children[0], Leaf):
        inner = leaf.children[0]
        assert inner.op == "eq"
        leaf = Leaf(inner.field, "ne", inner.value)
    if leaf.op in ("in", "nin") and len(leaf.value) == 1:
        return Leaf(leaf.field, "eq" if leaf.op == "in" else "ne", leaf.value[0])
    return leaf


def over_the_wire(params: dict[str, str]) -> dict[str, str]:
    """What the server's query parser sees after httpx has encoded the parameters."""
    encoded = str(httpx.URL("http://hub.test/nodes", params=params).query, "ascii")
    return dict(parse_qsl(encoded, keep_blank_values=True))


def bracket_writable(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    literal = value.lower() in ("null", "true", "false") or re.match(r"^-?\d+(\.\d+)?$", value)
    return bool(value) and "," not in value and value[0] not in "!<>~" and not value.endswith("~") and not literal


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(filters)
@example({"name": Condition(FilterOperator.eq, "it's")})
def test_the_expression_dialect_reads_back_as_the_same_predicate(filter: dict[str, Condition]) -> None:
    query = over_the_wire(filter_params(filter, "expression"))
    tree = parse_expression(query["filter"])
    found = [
        normalised(leaf) for leaf in (tree.children if isinstance(tree, Branch) and tree.kind == "and" else [tree])
    ]
    assert {leaf.field: leaf for leaf in found} == expected(filter)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(filters)
@example({"name": Condition(FilterOperator.starts_with, "my-node")})
@example({"name": Condition(FilterOperator.eq, "FALSE")})
def test_the_bracket_dialect_reads_back_as_the_same_predicate(filter: dict[str, Condition]) -> None:
    try:
        params = filter_params(filter)
    except InvalidRequest:
        values = [v for c in filter.values() for v in (c.value if isinstance(c.value, tuple) else (c.value,))]
        comparisons = [c for c in filter.values() if c.op in (FilterOperator.lt, FilterOperator.gt)]
        assert not all(map(bracket_writable, values)) or any(
            isinstance(c.value, str) and c.value.startswith("=") for c in comparisons
        )
        return
    found = {field: normalised(leaf) for field, leaf in bracket_filters(over_the_wire(params)).items()}
    assert found == expected(filter)


@given(st.dictionaries(keys, scalars.filter(bracket_writable), min_size=1, max_size=4))
def test_plain_values_the_bracket_dialect_can_write_are_never_refused(filter: dict[str, Any]) -> None:
    assume(len({camel(k) for k in filter}) == len(filter))
    found = bracket_filters(over_the_wire(filter_params(filter)))
    assert {f: leaf.value for f, leaf in found.items()} == {camel(k): v for k, v in filter.items()}


@pytest.mark.parametrize(
    ("filter", "wire"),
    [
        ({"name": "x"}, {"filter[name]": "x"}),
        ({"built_in": True, "realm_id": None}, {"filter[builtIn]": "true", "filter[realmId]": "null"}),
        ({"realm.display_name": ("!", "A")}, {"filter[realm.displayName]": "!A"}),
        ({"type": ["default", "aggregator"]}, {"filter[type]": "default,aggregator"}),
        ({"name": Condition(FilterOperator.contains, "node")}, {"filter[name]": "~node~"}),
        ({"name": Condition(FilterOperator.ends_with, "node")}, {"filter[name]": "~node"}),
        ({"name": Condition(FilterOperator.like, "node")}, {"filter[name]": "node~"}),
        ({"size": (">=", 5)}, {"filter[size]": ">=5"}),
    ],
)
def test_the_bracket_spellings(filter: dict[str, Any], wire: dict[str, str]) -> None:
    assert filter_params(filter) == wire


def test_the_expression_spellings_escape_quotes() -> None:
    filter = {"name": Condition(FilterOperator.starts_with, "O'Brien"), "size": ("<", 3), "id": ["a", "b"]}
    assert filter_params(filter, "expression") == {
        "filter": "and(startsWith(name,'O''Brien'),lt(size,3),in(id,'a','b'))"
    }
