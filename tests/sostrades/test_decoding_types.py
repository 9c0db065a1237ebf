"""Decoded answers honour their declared types: a value off the spec is a DecodingError naming its JSON path.

The shapes come from the API's own documentation (the status sample `{"study_case_id": 21, "disciplines_status":
{"disc1": "DONE"}, "study_case_execution_status": "FINISHED", "study_case_execution_cpu": "1.1/8", ...}` and the
loaded-study sample whose parameters carry `"unit": null` and `"optional": false`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sostrades_client import AsyncSosTradesClient, DecodingError, LoadedStudy, SosTradesClient

KEY = "0123456789abcdef0123456789abcdef"
URL = "https://sostrades.test"


def status_body(**changes: Any) -> dict[str, Any]:
    body = {
        "disciplines_status": {"disc1": "DONE", "disc2": "PENDING"},
        "study_case_execution_cpu": "1.1/8",
        "study_case_execution_memory": "6.94/7.81 [GB]",
        "study_case_execution_status": "FINISHED",
        "study_case_id": 21,
    }
    body.update(changes)
    return body


def transport(status: int, body: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body))


def status_of(body: Any, status: int = 200) -> Any:
    with SosTradesClient(URL, KEY, transport=transport(status, body), max_retries=0) as client:
        return client.calculation.status(21)


def failure(body: Any) -> DecodingError:
    with pytest.raises(DecodingError) as caught:
        status_of(body)
    return caught.value


@pytest.mark.parametrize(
    ("changes", "where", "problem"),
    [
        ({"study_case_id": "one"}, "$.study_case_id", "must be an integer, got str"),
        ({"study_case_execution_status": 3}, "$.study_case_execution_status", "must be a string, got int"),
        ({"study_case_execution_cpu": True}, "$.study_case_execution_cpu", "must be a string, got bool"),
        ({"disciplines_status": {"disc1": "DONE", "disc2": 4}}, "$.disciplines_status.disc2", "must be a string"),
        ({"study_case_id": None}, "$.study_case_id", "must be an integer, got null"),
    ],
)
def test_a_mistyped_status_field_is_a_decoding_error_naming_its_path(
    changes: dict[str, Any], where: str, problem: str
) -> None:
    error = failure(status_body(**changes))
    assert error.where == where
    assert f"{where}: {problem}" in str(error)


def test_the_value_itself_is_not_in_the_error_message() -> None:
    error = failure(status_body(study_case_execution_status=["private-marker-value"]))
    assert "private-marker-value" not in str(error).split("):")[0]


def test_unknown_fields_are_accepted_and_kept() -> None:
    result = status_of(status_body(study_case_new_field={"x": 1}))
    assert result.study_case_id == 21
    assert result.additional_properties == {"study_case_new_field": {"x": 1}}


def parameters(**optional_and_unit: Any) -> dict[str, Any]:
    parameter = {"optional": False, "type": "string", "unit": None, "value": "SimpleCache", "var_name": "cache_type"}
    return {"my.discipline.1": {**parameter, **optional_and_unit, "visibility": "Local"}}


def test_a_null_unit_is_accepted_as_the_documented_sample_shows() -> None:
    with SosTradesClient(URL, KEY, transport=transport(200, parameters()), max_retries=0) as client:
        loaded = client.study_cases.load(1)
    assert isinstance(loaded, LoadedStudy)
    assert loaded.parameters["my.discipline.1"].unit is None


def test_a_mistyped_parameter_names_the_namespace_key() -> None:
    body = parameters(optional="no")
    opened = SosTradesClient(URL, KEY, transport=transport(200, body), max_retries=0)
    with opened, pytest.raises(DecodingError) as caught:
        opened.study_cases.load(1)
    assert caught.value.where == '$["my.discipline.1"].optional'


def test_an_undocumented_success_status_is_decoded_with_the_documented_schema() -> None:
    # POST /calculation/execute answers "same as monitoring"; a 201 must not turn into a silent None.
    with SosTradesClient(URL, KEY, transport=transport(201, status_body()), max_retries=0) as client:
        result = client.calculation.execute(21)
    assert result.study_case_execution_status == "FINISHED"


def test_an_undocumented_success_status_with_a_mistyped_body_says_the_status_was_unexpected() -> None:
    opened = SosTradesClient(URL, KEY, transport=transport(201, status_body(study_case_id="one")), max_retries=0)
    with opened, pytest.raises(DecodingError) as caught:
        opened.calculation.execute(21)
    assert caught.value.where == "$.study_case_id"
    assert "status 201 is not in the spec" in str(caught.value)


def test_the_async_client_checks_the_same_way() -> None:
    async def call(body: Any) -> Any:
        async with AsyncSosTradesClient(URL, KEY, transport=transport(200, body), max_retries=0) as client:
            return await client.calculation.status(21)

    assert asyncio.run(call(status_body())).study_case_id == 21
    with pytest.raises(DecodingError) as caught:
        asyncio.run(call(status_body(study_case_id="one")))
    assert caught.value.where == "$.study_case_id"
