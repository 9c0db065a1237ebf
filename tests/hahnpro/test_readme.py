"""Every code sample in the wheel's README runs against the fake server."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import pytest
from fakes.hahnpro import HahnProServer


def _readme() -> str:
    try:
        return str(metadata("hahnpro-client")["Description"])
    except PackageNotFoundError:  # running against the source tree
        return (Path(__file__).resolve().parents[2] / "overlays" / "hahnpro" / "README.md").read_text()


README = _readme()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SEED_CALLS = [
    "current_user_roles",
    "assets.list()",
    "assets.get(",
    '{"tags": ["test"]}',
    'populate=["type", "parent"]',
    "assets.create(",
    "assets.update(",
    "contents.list()",
    "contents.download(",
    ".attachments",
    "contents.upload(",
    "assets.add_attachment(",
    "timeseries.get(",
    "limit=1000",
    'group="12h"',
    "timeseries.create(",
    "timeseries.add_values(",
]


def test_the_readme_has_a_sync_and_an_async_sample_for_every_seed_call() -> None:
    for call in SEED_CALLS:
        assert any(call in block and "async" not in block for block in BLOCKS), call
        assert any(call in block and "async" in block for block in BLOCKS), f"async {call}"


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(
    fake: HahnProServer, index: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basic = "client_secret_basic" in BLOCKS[index]
    client_id, secret = ("hpc-basic", "basic-s3cr3t") if basic else ("hpc-jwt", "jwt-s3cr3t")
    for name, value in {
        "API_BASE_URL": fake.url,
        "AUTH_BASE_URL": fake.keycloak.url,
        "AUTH_REALM": "hpc",
        "API_USER": client_id,
        "AUTH_SECRET": secret,
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    exec(compile(BLOCKS[index], f"README sample {index}", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed
    assert secret not in printed
    assert fake.requests or "roles" in printed
