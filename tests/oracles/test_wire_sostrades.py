"""SoSTrades: the spec and the client against the API v0 samples and the webapi's route table (v5.3.4)."""

from __future__ import annotations

import importlib

import pytest
from oracles.wire import GENERIC, Call, Capture, check_client, disagreements, load_table, spec_operations, spec_text
from sostrades_client import SosTradesClient

TABLE = load_table("sostrades")
BASE = "http://sostrades.test"
# `load` takes the optional timeout that picks the route; both are called through it.
CALLS: dict[str, tuple[Call, ...]] = {
    "study_cases_load": (Call(args=(11,), path_values=(11,)),),
    "study_cases_load_with_timeout": (Call(method=lambda c: c.study_cases.load, args=(11, 12), path_values=(11, 12)),),
    "study_cases_update_parameters": (
        Call(args=(11, [{"variableId": "study.Disc1.a", "unit": "-", "newValue": 3}]), path_values=(11,)),
    ),
}


@pytest.fixture(scope="module")
def client(capture: Capture):  # type: ignore[no-untyped-def]
    with SosTradesClient(BASE, api_key="k" * 32, transport=capture.transport(), max_retries=0) as made:
        yield made


def test_the_spec_agrees_with_the_samples_and_the_route_table() -> None:
    assert disagreements(TABLE, spec_operations(spec_text("sostrades"))) == []


@pytest.mark.parametrize("name", sorted(TABLE.operations))
def test_the_client_sends_what_the_server_routes(client: SosTradesClient, capture: Capture, name: str) -> None:
    operations = importlib.import_module("sostrades_client._resources")
    assert check_client(BASE, client, operations, capture, TABLE.operations[name], CALLS.get(name, GENERIC)) == []
