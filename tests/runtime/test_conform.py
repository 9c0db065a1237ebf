"""Answers are checked against their response schema before the generated models see them."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from client_runtime import Operation, SchemaMismatch
from client_runtime._conform import Checkers, conform

COMPONENTS: dict[str, Any] = {
    "Item": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "done": {"type": "boolean"},
            "unit": {"type": ["string", "null"]},
            "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "size": {"type": "number", "format": "double"},
            "created": {"type": "string", "format": "date-time"},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "free": {},
            "tags": {"type": "array", "items": {"type": "string"}},
            "scores": {"type": ["array", "null"], "items": {"type": ["integer", "null"]}},
        },
    },
    "Owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
    "Page": {
        "type": "object",
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}},
    },
}


def problem_of(value: Any, schema: dict[str, Any]) -> tuple[str, str] | None:
    try:
        conform(value, Checkers(COMPONENTS).compile(schema))
    except SchemaMismatch as exc:
        return exc.where, exc.problem
    return None


PAGE = {"$ref": "#/components/schemas/Page"}


def item(**fields: Any) -> dict[str, Any]:
    return {"id": 1, "name": "n", **fields}


def test_a_conforming_page_passes_with_unknown_keys_and_nulls_where_allowed() -> None:
    page = {
        "items": [
            item(unit=None, owner=None, extra={"any": ["thing"]}, tags=["a"], scores=None),
            item(owner={"id": "u", "more": 1}, scores=[1, None]),
        ],
        "total": 2,
    }
    assert problem_of(page, PAGE) is None


@pytest.mark.parametrize(
    ("value", "where", "problem"),
    [
        ({"items": [item(), item(id="7")]}, "$.items[1].id", "must be an integer, got str"),
        ({"items": [item(name=7)]}, "$.items[0].name", "must be a string, got int"),
        ({"items": [item(name=True)]}, "$.items[0].name", "must be a string, got bool"),
        ({"items": [item(done="true")]}, "$.items[0].done", "must be a boolean, got str"),
        ({"items": [item(id=True)]}, "$.items[0].id", "must be an integer, got bool"),
        ({"items": [item(id=1.5)]}, "$.items[0].id", "must be an integer, got float"),
        ({"items": [item(name=None)]}, "$.items[0].name", "must be a string, got null"),
        ({"items": [item(unit=3)]}, "$.items[0].unit", "must be a string or null, got int"),
        ({"items": [item(owner={"id": 3})]}, "$.items[0].owner.id", "must be a string, got int"),
        ({"items": [item(kind="c")]}, "$.items[0].kind", 'must be one of "a", "b", got another str'),
        ({"items": [item(labels={"a.b": 1})]}, '$.items[0].labels["a.b"]', "must be a string, got int"),
        ({"items": [item(children=[item(), item(children=[{"name": "x"}])])]}, "$.items[0].children[1].children[0]",
         "missing required key 'id'"),
        ({"items": {"0": item()}}, "$.items", "must be a list, got dict"),
        ({"items": [item(tags=["a", 1])]}, "$.items[0].tags[1]", "must be a string, got int"),
        ({"items": [item(tags="a")]}, "$.items[0].tags", "must be a list, got str"),
        ({"items": [item(scores=[1, None, "2"])]}, "$.items[0].scores[2]", "must be an integer or null, got str"),
        ([], "$", "must be an object, got list"),
    ],
)  # fmt: skip
def test_a_value_off_the_spec_is_named_by_its_json_path(value: Any, where: str, problem: str) -> None:
    assert problem_of(value, PAGE) == (where, problem)


def test_integers_are_numbers_and_formats_are_not_checked() -> None:
    assert problem_of(item(size=3, created="not a date"), {"$ref": "#/components/schemas/Item"}) is None
    assert problem_of(item(size="3"), {"$ref": "#/components/schemas/Item"}) == ("$.size", "must be a number, got str")


def test_the_problem_never_quotes_the_value() -> None:
    secret = "s3cr3t-token-value"
    found = problem_of({"items": [item(id=secret)]}, PAGE)
    assert found is not None
    assert secret not in " ".join(found)


def test_object_keywords_without_a_type_apply_to_objects_only() -> None:
    schema = {"properties": {"id": {"type": "integer"}}, "required": ["id"]}
    assert problem_of([1, 2], schema) is None
    assert problem_of({"id": "1"}, schema) == ("$.id", "must be an integer, got str")
    assert problem_of({}, schema) == ("$", "missing required key 'id'")


def test_a_nullable_type_list_and_an_any_of_null_both_accept_null() -> None:
    assert problem_of(None, {"type": ["integer", "null"]}) is None
    assert problem_of(None, {"anyOf": [{"type": "integer"}, {"type": "null"}]}) is None
    assert problem_of(None, {"oneOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}) is None
    assert problem_of(None, {"type": "integer"}) == ("$", "must be an integer, got null")


def parse_response(*, client: Any, response: Any) -> Any:
    """What the generator writes: a branch per documented status, None for any other."""
    if response.status_code == 201:
        return ("created", response.json())
    return None


def operation(**fields: Any) -> Operation:
    responses = json.dumps({"components": COMPONENTS, "operations": {"api.items.create": PAGE}})
    op = Operation("pkg", "api.items.create", "POST", "/items", success=201, responses=responses, **fields)
    op._module = SimpleNamespace(_parse_response=parse_response)
    return op


def answer(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("POST", "https://api.test/items"))


def test_an_undocumented_success_status_is_read_with_the_documented_schema() -> None:
    assert operation().parse(answer(200, {"items": []})) == ("created", {"items": []})


def test_an_undocumented_success_status_that_breaks_the_schema_says_so() -> None:
    with pytest.raises(SchemaMismatch) as caught:
        operation().parse(answer(200, {"items": [{"id": "x"}]}))
    assert caught.value.where == "$.items[0]"
    assert "status 200 is not in the spec" in caught.value.problem


def test_an_undocumented_success_status_without_json_is_a_mismatch_not_none() -> None:
    response = httpx.Response(204, request=httpx.Request("POST", "https://api.test/items"))
    with pytest.raises(SchemaMismatch, match="status 204 is not in the spec"):
        operation().parse(response)


def test_the_documented_status_is_checked_before_decoding() -> None:
    with pytest.raises(SchemaMismatch) as caught:
        operation().parse(answer(201, {"items": [item(id="7")]}))
    assert (caught.value.where, caught.value.problem) == ("$.items[0].id", "must be an integer, got str")


def test_a_redirect_that_reaches_decoding_is_a_mismatch_not_none() -> None:
    response = httpx.Response(
        302, headers={"Location": "/elsewhere"}, request=httpx.Request("POST", "https://api.test/x")
    )
    with pytest.raises(SchemaMismatch, match="302 answer, which the spec does not list"):
        operation().parse(response)
