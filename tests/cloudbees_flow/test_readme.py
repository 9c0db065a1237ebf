"""Every code sample in the wheel's README runs against the fake server."""

from __future__ import annotations

import re
import shutil
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import certifi
import pytest
from fakes.cloudbees_flow import FlowSpecServer


def _readme() -> str:
    try:
        return metadata("cloudbees-flow-client")["Description"]
    except PackageNotFoundError:  # a run against the source tree
        return (Path(__file__).resolve().parents[2] / "overlays" / "cloudbees_flow" / "README.md").read_text()


README = _readme()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_readme_redoes_every_sample_of_the_seed_sync_and_async() -> None:
    samples = ["set_property", "login=True", "get_property", "artifacts.create", "run_procedure", "pipelines.run"]
    for name in samples:
        assert any(name in block and "async" not in block for block in BLOCKS), name
        assert any(name in block and "async" in block for block in BLOCKS), f"async {name}"
    assert "ca_bundle=" in README
    assert "insecure=True" in README


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(
    fake: FlowSpecServer,
    index: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CLOUDBEES_FLOW_URL", fake.url)
    monkeypatch.setenv("CLOUDBEES_FLOW_USER", "admin")
    monkeypatch.setenv("CLOUDBEES_FLOW_PASSWORD", "changeme")
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(certifi.where(), tmp_path / "ca.pem")
    exec(compile(BLOCKS[index], f"README sample {index}", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed
    assert "changeme" not in printed
