"""Every code sample in the wheel's README runs against the fake server."""

from __future__ import annotations

import re
from importlib.metadata import metadata

import pytest
from fakes.spec_server import SpecServer

README = metadata("sostrades-client")["Description"]
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_readme_has_a_sync_and_an_async_sample_for_every_seed_route() -> None:
    sync_calls = [
        "study_cases.load",
        "download_parameter",
        "update_parameters",
        "upload_csv",
        "get_url",
        "calculation.execute",
        "calculation.status",
        "post_processing.get",
        "post_processing.get_html",
        "save_html",
    ]
    for name in sync_calls:
        assert any(name in block and "async" not in block for block in BLOCKS), name
        assert any(name in block and "async" in block for block in BLOCKS), f"async {name}"


@pytest.mark.fake(accept_multipart=True)
@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(
    fake: SpecServer, index: int, monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    key = str(fake.handler.group_key)
    monkeypatch.setenv("SOSTRADES_URL", fake.url)
    monkeypatch.setenv("SOSTRADES_API_KEY", key)
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    exec(compile(BLOCKS[index], f"README sample {index}", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert key not in printed
    assert printed or "import os" in BLOCKS[index]
