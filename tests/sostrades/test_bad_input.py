"""Bad input is a clear InvalidRequest raised before anything is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fakes.spec_server import SpecServer
from sostrades_client import InvalidRequest, SosTradesClient


@pytest.mark.parametrize("study_id", ["12", 1.5, True, -3, None])
def test_a_study_id_that_is_not_a_non_negative_integer(
    fake: SpecServer, client: SosTradesClient, study_id: Any
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.calculation.status(study_id)
    assert caught.value.where == "study_id"
    assert fake.requests == []


@pytest.mark.parametrize(
    ("updates", "where", "problem"),
    [
        ([], "updates", "at least one"),
        ({"variableId": "a", "unit": "-", "newValue": 1}, "updates", "must be a list"),
        ([{"variableId": "study1.Disc1.a", "unit": "-"}], "updates[0]", "missing required key 'newValue'"),
        ([{"variableId": "", "unit": "-", "newValue": 1}], "updates[0].variableId", "at least 1 characters"),
        ([{"variableId": 7, "unit": "-", "newValue": 1}], "updates[0].variableId", "must be a string"),
        (["study1.Disc1.a"], "updates[0]", "must be a ParameterUpdate or a mapping"),
    ],
)
def test_a_malformed_parameter_list(
    fake: SpecServer, client: SosTradesClient, updates: Any, where: str, problem: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.study_cases.update_parameters(1, updates)
    assert caught.value.where == where
    assert problem in caught.value.problem
    assert fake.requests == []


def test_a_missing_csv_file(fake: SpecServer, client: SosTradesClient, tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(InvalidRequest, match="no such file") as caught:
        client.study_cases.upload_csv(1, {"study1.Disc1.quantities": missing})
    assert str(missing) in caught.value.problem
    assert fake.requests == []


def test_an_unusable_csv_source(fake: SpecServer, client: SosTradesClient) -> None:
    with pytest.raises(InvalidRequest, match="must be a path, bytes"):
        client.study_cases.upload_csv(1, {"study1.Disc1.quantities": 42})  # type: ignore[dict-item]
    assert fake.requests == []


def test_an_empty_parameter_key(fake: SpecServer, client: SosTradesClient) -> None:
    with pytest.raises(InvalidRequest, match="parameter_key"):
        client.study_cases.download_parameter(1, "")
    assert fake.requests == []


def test_a_load_timeout_below_one_second(fake: SpecServer, client: SosTradesClient) -> None:
    with pytest.raises(InvalidRequest, match="timeout"):
        client.study_cases.load(1, timeout=0)
    assert fake.requests == []


def test_an_empty_api_key_is_refused_at_construction(fake: SpecServer) -> None:
    with pytest.raises(InvalidRequest, match="api_key"):
        SosTradesClient(fake.url, "  ")


def test_bad_waiting_arguments_are_refused_before_submitting(fake: SpecServer, client: SosTradesClient) -> None:
    with pytest.raises(InvalidRequest, match="poll_interval"):
        client.calculation.execute_and_wait(1, poll_interval=0)
    assert fake.requests == []


def test_async_bad_input_sends_nothing(fake: SpecServer, run_async: Any) -> None:
    async def bad(aclient: Any) -> None:
        with pytest.raises(InvalidRequest):
            await aclient.study_cases.update_parameters(1, [{"unit": "-"}])

    run_async(bad)
    assert fake.requests == []
