"""What the overlays add: typed loading, CSV transfers, waiting, saving files, auth helpers."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import pandas
import pytest
from fakes.raw_server import ScriptedServer, http_response
from fakes.spec_server import SpecServer
from sostrades_client import (
    ApiConnectionError,
    BadRequest,
    CalculationFailed,
    CalculationNotStarted,
    Forbidden,
    InvalidRequest,
    LoadedStudy,
    SosTradesClient,
    StudyNotLoaded,
    WaitTimeout,
    legacy_api_key,
)

QUANTITIES = "study1.Disc1.quantities"


def test_load_returns_the_parameters(client: SosTradesClient) -> None:
    result = client.study_cases.load(1)
    assert isinstance(result, LoadedStudy)
    assert result.parameters["study1.Disc1.a"].value == 10.0
    assert result.parameters[QUANTITIES].value == "://dataframe"


def test_load_that_times_out_is_not_loaded_rather_than_empty_data(fake: SpecServer, client: SosTradesClient) -> None:
    fake.handler.studies[1].load_seconds = 10
    first = client.study_cases.load(1, timeout=3)
    assert first == StudyNotLoaded(study_id=1, timeout=3)
    assert isinstance(client.study_cases.load(1, timeout=30), LoadedStudy)


def test_load_waits_longer_than_the_client_read_timeout_when_asked(fake: SpecServer) -> None:
    with SosTradesClient(fake.url, str(fake.handler.group_key), timeout=0.5) as client:
        fake.delay("study_cases_load_with_timeout", 0.8)
        assert isinstance(client.study_cases.load(1, timeout=2), LoadedStudy)


@pytest.mark.fake(load_bug=True)
def test_load_on_a_v534_server_raises_its_known_bug(client: SosTradesClient) -> None:
    with pytest.raises(BadRequest) as caught:
        client.study_cases.load(1)
    assert caught.value.body.description == "'StudyCaseDto' object has no attribute 'treenode'"


def test_restricted_viewer_gets_not_loaded(fake: SpecServer) -> None:
    key = fake.handler.add_user_key("viewer@sostrades.test")
    with SosTradesClient(fake.url, key) as client:
        assert isinstance(client.study_cases.load(1), StudyNotLoaded)


def test_scalar_update_is_visible_on_the_next_load(client: SosTradesClient) -> None:
    client.study_cases.update_parameters(1, [{"variableId": "study1.Disc1.a", "unit": "-", "newValue": 42.0}])
    loaded = client.study_cases.load(1)
    assert isinstance(loaded, LoadedStudy)
    assert loaded.parameters["study1.Disc1.a"].value == 42.0


@pytest.mark.fake(accept_multipart=True)
@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "dataframe"])
def test_csv_upload_from_every_source_round_trips(client: SosTradesClient, tmp_path: Path, kind: str) -> None:
    csv = b"years,quantity\n2001,1.5\n2002,2.5\n"
    path = tmp_path / "q.csv"
    path.write_bytes(csv)
    source: Any = {
        "path": path,
        "bytes": csv,
        "stream": io.BytesIO(csv),
        "dataframe": pandas.DataFrame({"years": [2001, 2002], "quantity": [1.5, 2.5]}),
    }[kind]
    client.study_cases.upload_csv(1, {QUANTITIES: source})
    frame = client.study_cases.download_dataframe(1, QUANTITIES)
    assert frame["years"].tolist() == [2001, 2002]
    assert frame["quantity"].tolist() == [1.5, 2.5]


def test_download_as_bytes_and_dataframe(client: SosTradesClient) -> None:
    assert client.study_cases.download_csv(1, QUANTITIES).startswith(b"years,quantity\n1982,10.0")
    assert client.study_cases.download_dataframe(1, QUANTITIES)["quantity"].sum() == pytest.approx(37.5)


def test_copy_returns_the_new_id(client: SosTradesClient) -> None:
    new_id = client.study_cases.copy(1, "copy")
    assert client.study_cases.get_url(new_id).study_url.endswith(f"study/{new_id}")


def test_wait_returns_the_final_status_and_shows_progress(client: SosTradesClient) -> None:
    client.calculation.execute(1)
    out = io.StringIO()
    final = client.calculation.wait(1, poll_interval=0.01, timeout=10, progress=out)
    assert final.study_case_execution_status == "FINISHED"
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("study 1: RUNNING")
    assert lines[-1].startswith("study 1: FINISHED")


def test_a_failed_calculation_raises_with_its_status(fake: SpecServer, client: SosTradesClient) -> None:
    fake.handler.studies[1].fail_execution = "division by zero in Disc1"
    with pytest.raises(CalculationFailed) as caught:
        client.calculation.execute_and_wait(1, poll_interval=0.01, timeout=10)
    assert caught.value.status.study_case_execution_status == "FAILED"
    assert "division by zero" in str(caught.value)


def test_a_failed_calculation_can_be_returned_instead(fake: SpecServer, client: SosTradesClient) -> None:
    fake.handler.studies[1].fail_execution = "boom"
    final = client.calculation.execute_and_wait(1, poll_interval=0.01, timeout=10, raise_on_failure=False)
    assert final.study_case_execution_status == "FAILED"


@pytest.mark.fake(polls_per_step=10_000)
def test_waiting_past_the_deadline_raises_with_the_last_status(client: SosTradesClient) -> None:
    client.calculation.execute(1)
    with pytest.raises(WaitTimeout) as caught:
        client.calculation.wait(1, poll_interval=0.01, timeout=0.1)
    assert caught.value.last.study_case_execution_status in ("PENDING", "RUNNING")


def test_waiting_for_a_study_never_run_raises(client: SosTradesClient) -> None:
    with pytest.raises(CalculationNotStarted):
        client.calculation.wait(1, poll_interval=0.01, timeout=1)


def test_async_execute_and_wait(run_async: Any) -> None:
    async def run(aclient: Any) -> str:
        final = await aclient.calculation.execute_and_wait(1, poll_interval=0.01, timeout=10)
        return str(final.study_case_execution_status)

    assert run_async(run) == "FINISHED"


def test_save_html_and_logs(client: SosTradesClient, tmp_path: Path) -> None:
    page = client.post_processing.save_html(1, tmp_path / "charts.html")
    assert "<h1>Chart for study case study1 - 1</h1>" in page.read_text()
    client.calculation.execute_and_wait(1, poll_interval=0.01, timeout=10)
    log = client.study_cases.save_logs(1, tmp_path / "run.log")
    assert log.read_bytes() == client.study_cases.get_logs(1)


def test_a_download_cut_short_is_an_error_and_leaves_no_file(tmp_path: Path) -> None:
    with ScriptedServer() as server:
        server.script.append(
            http_response(200, b"partial log", {"Content-Type": "application/octet-stream"}, length=4096)
        )
        with SosTradesClient(server.url, "k" * 32) as client, pytest.raises(ApiConnectionError):
            client.study_cases.save_logs(1, tmp_path / "run.log")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.fake(server_version="5.3.0")
def test_legacy_key_works_where_a_raw_key_does_not(fake: SpecServer) -> None:
    raw_key = str(fake.handler.group_key)
    with SosTradesClient(fake.url, legacy_api_key(raw_key)) as client:
        assert client.calculation.status(1).study_case_id == 1
    with (
        SosTradesClient(fake.url, legacy_api_key(raw_key, "outsider@sostrades.test")) as client,
        pytest.raises(Forbidden),
    ):
        client.calculation.status(1)


def test_user_keys_work_on_v534(fake: SpecServer) -> None:
    with SosTradesClient(fake.url, str(fake.handler.user_key)) as client:
        assert client.calculation.status(1).study_case_id == 1


def test_from_env(fake: SpecServer) -> None:
    env = {"SOSTRADES_URL": fake.url, "SOSTRADES_API_KEY": str(fake.handler.group_key)}
    with SosTradesClient.from_env(env) as client:
        assert client.server.ping() == "pong"
    with pytest.raises(InvalidRequest, match="SOSTRADES_API_KEY"):
        SosTradesClient.from_env({"SOSTRADES_URL": fake.url})


def test_the_key_never_shows_in_reprs_or_logs(fake: SpecServer, caplog: pytest.LogCaptureFixture) -> None:
    key = str(fake.handler.group_key)
    caplog.set_level(logging.DEBUG)
    with SosTradesClient(fake.url, key) as client:
        client.calculation.status(1)
        texts = [repr(client), repr(client.study_cases), repr(client._auth), caplog.text]
    assert all(key not in text for text in texts)


def test_turning_tls_verification_off_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="client_runtime"):
        SosTradesClient("https://sostrades.test", "k" * 32, verify=False).close()
    assert "verification is turned off" in caplog.text


def test_tls_verification_is_on_by_default() -> None:
    client = SosTradesClient("https://sostrades.test", "k" * 32)
    pool = client._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    client.close()


def test_an_empty_dataframe_downloads_as_an_empty_frame(fake: SpecServer, client: SosTradesClient) -> None:
    # A real v5.3.4 server answers a download of an empty dataframe with the body "\n", which is what
    # pandas itself writes for a frame with no columns.
    assert pandas.DataFrame().to_csv(index=False) == "\n"
    fake.handler.studies[1].parameters["study1.Disc1.d"].csv = "\n"
    assert client.study_cases.download_csv(1, "study1.Disc1.d") == b"\n"
    frame = client.study_cases.download_dataframe(1, "study1.Disc1.d")
    assert isinstance(frame, pandas.DataFrame)
    assert (frame.shape, list(frame.columns)) == ((0, 0), [])


@pytest.mark.fake(polls_per_step=3)
def test_a_refused_second_submission_shows_failed_until_the_run_moves_on(client: SosTradesClient) -> None:
    # Observed on a real v5.3.4 server, and in its calculation controller: the refused submission marks the
    # running execution FAILED without a message; the run then writes RUNNING and FINISHED over it.
    client.calculation.execute(1)
    with pytest.raises(BadRequest):
        client.calculation.execute(1)
    with pytest.raises(CalculationFailed) as caught:
        client.calculation.wait(1, poll_interval=0.01, timeout=10)
    assert caught.value.status.study_case_execution_error_message == ""
    seen = [client.calculation.status(1).study_case_execution_status]
    while seen[-1] != "FINISHED" and len(seen) < 20:
        seen.append(client.calculation.status(1).study_case_execution_status)
    assert seen[0] == "FAILED"
    assert seen[-1] == "FINISHED"
    assert "RUNNING" in seen
