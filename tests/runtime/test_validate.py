import pytest
from client_runtime import InvalidRequest, check

COMPONENTS = {
    "Item": {
        "type": "object",
        "required": ["variableId", "unit", "newValue"],
        "properties": {
            "variableId": {"type": "string", "minLength": 1},
            "unit": {"type": ["string", "null"]},
            "newValue": {},
        },
    }
}
LIST = {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Item"}}


def test_a_valid_list_passes() -> None:
    check([{"variableId": "a.b", "unit": None, "newValue": 3}], LIST, "body", COMPONENTS)


@pytest.mark.parametrize(
    ("value", "where", "problem"),
    [
        ([], "body", "at least 1 items"),
        ([{"variableId": "a", "unit": "m"}], "body[0]", "missing required key 'newValue'"),
        ([{"variableId": "", "unit": "m", "newValue": 1}], "body[0].variableId", "at least 1 characters"),
        ([{"variableId": 5, "unit": "m", "newValue": 1}], "body[0].variableId", "must be a string"),
        ([{"variableId": "a", "unit": 3, "newValue": 1}], "body[0].unit", "must be a string or null"),
        ("a.b", "body", "must be a list"),
    ],
)
def test_malformed_values_name_the_json_path(value: object, where: str, problem: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        check(value, LIST, "body", COMPONENTS)
    assert caught.value.where == where
    assert problem in caught.value.problem


def test_booleans_are_not_integers() -> None:
    with pytest.raises(InvalidRequest, match="must be an integer"):
        check(True, {"type": "integer"}, "study_id", {})


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"enum": ["a", "b"]}, "c"),
        ({"const": "pong"}, "ping"),
        ({"type": "integer", "maximum": 3}, 4),
        ({"type": "string", "pattern": "^[0-9a-f]+$"}, "xyz"),
        ({"type": "object", "additionalProperties": False, "properties": {"a": {}}}, {"b": 1}),
        ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, 1.5),
        ({"allOf": [{"type": "integer"}, {"minimum": 2}]}, 1),
    ],
)
def test_each_supported_keyword_rejects(schema: dict[str, object], value: object) -> None:
    with pytest.raises(InvalidRequest):
        check(value, schema, "x", {})


def test_invalid_request_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="x: must be"):
        check("1", {"type": "integer"}, "x", {})
