"""FLAME Hub: the three specs and clients against the official client flame-hub-client (1.1.0; 0.2.16 for the
robots of the older server generation) and the servers' route tables in the reference notes."""

from __future__ import annotations

import importlib
import uuid
from typing import Any

import pytest
from flamehub_client import AuthClient, CoreClient, StorageClient
from oracles.wire import GENERIC, Call, Capture, check_client, disagreements, load_table, spec_operations, spec_text

SERVICES = {"auth": AuthClient, "core": CoreClient, "storage": StorageClient}
TABLES = {service: load_table("flame_hub", service) for service in SERVICES}
BASE = "http://hub.test/{service}/"
ID = str(uuid.UUID(int=7))
PAGE = {"page": {"limit": 5, "offset": 10}}
# The seed's verbs send the bracket-named query (`page[limit]`, `filter[id]`) that the generated methods cannot take.
SPECIAL: dict[str, tuple[Call, ...]] = {
    "analysis_logs_list": (Call(method=lambda c: c.find_analysis_logs, args=(ID,), kwargs={"sort": "time", **PAGE}),),
    "analysis_node_logs_list": (
        Call(method=lambda c: c.find_analysis_node_logs, args=(ID, ID), kwargs={"sort": "time", **PAGE}),
    ),
    "analysis_logs_delete": (Call(method=lambda c: c.delete_analysis_logs, args=(ID,)),),
    "analysis_node_logs_delete": (Call(method=lambda c: c.delete_analysis_node_logs, args=(ID, ID)),),
    "buckets_upload": (
        Call(method=lambda c: c.upload_to_bucket, args=(ID, {"code/a.txt": b"data"}), path_values=(ID,)),
    ),
}


def calls(client: Any, name: str) -> tuple[Call, ...]:
    if name in SPECIAL:
        return SPECIAL[name]
    if name.endswith("_list"):
        finder = f"find_{name.removesuffix('_list')}"
        if hasattr(client, finder):
            return (*GENERIC, Call(method=lambda c: getattr(c, finder), kwargs={"filter": {"id": ID}, **PAGE}))
    return GENERIC


@pytest.fixture(scope="module")
def clients(capture: Capture):  # type: ignore[no-untyped-def]
    made = {
        service: cls(
            BASE.format(service=service), "token", allow_lists="off", transport=capture.transport(), max_retries=0
        )
        for service, cls in SERVICES.items()
    }
    yield made
    for client in made.values():
        client.close()


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_spec_agrees_with_the_evidence(service: str) -> None:
    assert disagreements(TABLES[service], spec_operations(spec_text(f"flame_hub/{service}"))) == []


CASES = [(service, name) for service, table in sorted(TABLES.items()) for name in sorted(table.operations)]


@pytest.mark.parametrize(("service", "name"), CASES, ids=[f"{s}-{n}" for s, n in CASES])
def test_the_client_sends_what_the_evidence_shows(
    clients: dict[str, Any], capture: Capture, service: str, name: str
) -> None:
    client = clients[service]
    operations = importlib.import_module(f"flamehub_client.{service}._resources")
    want = TABLES[service].operations[name]
    assert check_client(BASE.format(service=service), client, operations, capture, want, calls(client, name)) == []
