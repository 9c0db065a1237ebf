"""CloudBees Flow: the spec and the client against the KBEC-00383 samples and the vendor's own code and docs."""

from __future__ import annotations

import importlib

import pytest
from cloudbees_flow_client import FlowClient, _resources
from cloudbees_flow_client._generated.models.publish_form import PublishForm
from cloudbees_flow_client._generated.types import File
from oracles.wire import GENERIC, Call, Capture, check_client, disagreements, load_table, spec_operations, spec_text

TABLE = load_table("cloudbees_flow")
BASE = "https://flow.test"
FORM = PublishForm(artifact_name="g:k", artifact_version_version="1.0", files=[File(payload=b"x", file_name="x.txt")])
CALLS: dict[str, tuple[Call, ...]] = {
    "artifacts_publish": (Call(kwargs={"body": FORM}),),
    # The overlay puts the names in the JSON body (also accepted, S1); the generated method beneath it sends them
    # as the query the other samples use.
    "pipelines_run": (
        Call(args=("Default", "Ship")),
        Call(method=lambda c: _resources.Pipelines(c).run, every_query=True),
    ),
}


@pytest.fixture(scope="module")
def client(capture: Capture):  # type: ignore[no-untyped-def]
    with FlowClient(BASE, user="admin", password="pw", transport=capture.transport(), max_retries=0) as made:
        yield made


def test_the_spec_agrees_with_the_samples_and_vendor_code() -> None:
    assert disagreements(TABLE, spec_operations(spec_text("cloudbees_flow"))) == []


@pytest.mark.parametrize("name", sorted(TABLE.operations))
def test_the_client_sends_what_the_vendor_code_sends(client: FlowClient, capture: Capture, name: str) -> None:
    operations = importlib.import_module("cloudbees_flow_client._resources")
    assert check_client(BASE, client, operations, capture, TABLE.operations[name], CALLS.get(name, GENERIC)) == []
