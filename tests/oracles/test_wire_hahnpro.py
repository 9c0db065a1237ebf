"""HahnPRO: the spec and the client against the wire of the official SDK, @hahnpro/hpc-api 2026.1.0."""

from __future__ import annotations

import importlib

import httpx
import pytest
from hahnpro_client import HahnProClient
from oracles.wire import GENERIC, Call, Capture, check_client, disagreements, load_table, spec_operations, spec_text

TABLE = load_table("hahnpro")
BASE = "http://hahnpro.test/api"
ROLES = {"read_permissions": ["test"], "read_write_permissions": ["test", "admin"]}
# Methods whose arguments are files or value maps rather than the generated models; they parse their answer
# themselves, so it is made from the answer's model.
CALLS = {
    "assets_add_attachment": (Call(args=("v0", b"attachment"), kwargs=ROLES, answer="Asset"),),
    "contents_upload": (Call(args=(b"content",), kwargs=ROLES, answer="Content"),),
    "flow_modules_publish": (Call(args=(b"module",), kwargs={"name": "m"}, answer="FlowModule"),),
    "timeseries_add_values": (Call(args=("v0", {1_700_000_000_000: 1.5})),),
    "timeseries_add_asset_values": (Call(args=("v0", "temperature", {1_700_000_000_000: 1.5}), kwargs=ROLES),),
}


class _NoAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        yield request


@pytest.fixture(scope="module")
def client(capture: Capture):  # type: ignore[no-untyped-def]
    with HahnProClient(BASE, auth=_NoAuth(), transport=capture.transport(), max_retries=0) as made:
        yield made


def test_the_spec_agrees_with_the_sdk() -> None:
    assert disagreements(TABLE, spec_operations(spec_text("hahnpro"))) == []


@pytest.mark.parametrize("name", sorted(TABLE.operations))
def test_the_client_sends_what_the_sdk_sends(client: HahnProClient, capture: Capture, name: str) -> None:
    operations = importlib.import_module("hahnpro_client._resources")
    assert check_client(BASE, client, operations, capture, TABLE.operations[name], CALLS.get(name, GENERIC)) == []
