"""Every façade method, sync and async, against the fake server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fakes.spec_server import SpecServer
from sostrades_client import LoadedStudy, SosTradesClient
from sostrades_client._resources import OPERATIONS
from sostrades_client.models import OntologyUsagesRequest, OntologyUsagesRequestOntologyRequest


def _finish_a_run(client: SosTradesClient) -> None:
    client.calculation.execute_and_wait(1, poll_interval=0.01, timeout=10)


def _ontology_request() -> OntologyUsagesRequest:
    inner = OntologyUsagesRequestOntologyRequest(disciplines=["Disc1"], parameter_usages=["a"])
    return OntologyUsagesRequest(ontology_request=inner)


# (resource.method, args, kwargs, setup, check)
CASES: list[
    tuple[str, tuple[Any, ...], dict[str, Any], Callable[[SosTradesClient], None] | None, Callable[[Any], bool]]
] = [
    ("study_cases.load", (1,), {}, None, lambda r: isinstance(r, LoadedStudy) and "study1.Disc1.a" in r.parameters),
    ("study_cases.load_with_timeout", (1, 5), {}, None, lambda r: r["study1.Disc1.a"].value == 10.0),
    ("study_cases.copy", (1, "copy of study1"), {}, None, lambda r: isinstance(r, int) and r != 1),
    (
        "study_cases.update_parameters",
        (1, [{"variableId": "study1.Disc1.a", "unit": "-", "newValue": 3.0}]),
        {},
        None,
        lambda r: r.load_status == "in_progress" and r.study_case.id == 1,
    ),
    (
        "study_cases.download_parameter",
        (1, "study1.Disc1.quantities"),
        {},
        None,
        lambda r: r.startswith("years,quantity"),
    ),
    ("study_cases.get_url", (1,), {}, None, lambda r: r.study_url.endswith("study/1")),
    ("study_cases.get_logs", (1,), {}, _finish_a_run, lambda r: isinstance(r, bytes) and b"Execution" in r),
    ("study_cases.get_read_only_mode", (1,), {}, _finish_a_run, lambda r: r.to_dict()["study_case"]["id"] == 1),
    ("study_cases.get_saved_ontology_usages", (1,), {}, None, lambda r: "parameter_usages" in r.additional_properties),
    ("study_cases.get_saved_documentation", (1, "study1.Disc1"), {}, None, lambda r: r.startswith("# Disc1")),
    ("calculation.execute", (1,), {}, None, lambda r: r.study_case_execution_status == "PENDING"),
    ("calculation.status", (1,), {}, None, lambda r: r.study_case_execution_status == ""),
    ("post_processing.get", (1,), {}, None, lambda r: "study1" in r.additional_properties),
    ("post_processing.get_html", (1,), {}, None, lambda r: "<h1>Chart for study case study1 - 1</h1>" in r),
    ("ontology.get_usages", (), {"body": _ontology_request()}, None, lambda r: r.to_dict() == {}),
    ("ontology.get_markdown_documentation", ("a",), {}, None, lambda r: r.to_dict() == {}),
    ("server.ping", (), {}, None, lambda r: r == "pong"),
]
IDS = [case[0] for case in CASES]


def _method(target: Any, dotted: str) -> Any:
    resource, method = dotted.split(".")
    return getattr(getattr(target, resource), method)


def test_every_operation_in_the_spec_is_covered_here() -> None:
    covered = {name.replace(".", "_") for name, *_ in CASES}
    assert {op.endpoint.rsplit(".", 1)[-1] for op in OPERATIONS} == covered


@pytest.mark.parametrize(("name", "args", "kwargs", "setup", "check"), CASES, ids=IDS)
def test_sync_method(
    client: SosTradesClient, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], setup: Any, check: Any
) -> None:
    if setup:
        setup(client)
    assert check(_method(client, name)(*args, **kwargs))


@pytest.mark.parametrize(("name", "args", "kwargs", "setup", "check"), CASES, ids=IDS)
def test_async_method(
    client: SosTradesClient,
    run_async: Any,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    setup: Any,
    check: Any,
) -> None:
    if setup:
        setup(client)

    async def invoke(aclient: Any) -> Any:
        return await _method(aclient, name)(*args, **kwargs)

    assert check(run_async(invoke))


def test_raw_response_exposes_headers_and_parses_on_demand(client: SosTradesClient) -> None:
    raw = client.study_cases.with_raw_response.get_url(1)
    assert raw.status_code == 200
    assert raw.headers["access-control-allow-origin"] == "http://localhost:4200"
    assert raw.parse().study_url.endswith("study/1")


def test_streaming_response_reads_lazily(client: SosTradesClient) -> None:
    _finish_a_run(client)
    with client.study_cases.with_streaming_response.get_logs(1) as stream:
        assert "sc1-sce" in stream.headers["content-disposition"]
        chunks = list(stream.iter_bytes(chunk_size=16))
    assert len(chunks) > 1
    assert b"".join(chunks) == client.study_cases.get_logs(1)


def test_async_streaming_response_writes_a_file(client: SosTradesClient, run_async: Any, tmp_path: Any) -> None:
    _finish_a_run(client)

    async def stream(aclient: Any) -> bytes:
        async with aclient.study_cases.with_streaming_response.get_logs(1) as response:
            path = await response.write_to(tmp_path / "run.log")
        return bytes(path.read_bytes())

    assert run_async(stream) == client.study_cases.get_logs(1)


def test_gzip_encoded_json_is_decoded(fake: SpecServer, client: SosTradesClient) -> None:
    raw = client.study_cases.with_raw_response.get_saved_documentation(1, "study1.Disc1")
    assert raw.headers["content-encoding"] == "gzip"
    assert raw.parse() == "# Disc1\n\nA test discipline.\n"


def test_with_options_shares_connections_and_changes_defaults(client: SosTradesClient) -> None:
    quick = client.with_options(timeout=3, max_retries=0)
    assert quick.timeout.read == 3
    assert quick.retry.max_retries == 0
    assert client.retry.max_retries == 2
    assert quick.server.ping() == "pong"
