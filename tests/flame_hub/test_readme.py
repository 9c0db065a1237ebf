"""Every code sample in the wheel's README runs against the fake Hub."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, FlameHub


def _readme() -> str:
    try:
        return str(metadata("flamehub-client")["Description"])
    except PackageNotFoundError:  # a source-tree run, before the wheel is built
        return (Path(__file__).resolve().parents[2] / "overlays" / "flame_hub" / "README.md").read_text()


README = _readme()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SEED_SAMPLES = [
    "find_nodes(page=",
    'find_nodes(filter={"name": "my-node-42"})',
    "like(",
    "sort={",
    'fields="secret"',
    "get_permissions(meta=True)",
    "admin_user.realm",
    "except ApiStatusError",
    "update_node(",
    "upload_to_bucket(",
    "stream_bucket_file(",
    'find_robots(filter={"name": "system"}, fields="secret")',
]
# The robot in the samples of the older generation.
ROBOT_ID, ROBOT_SECRET = "7d4a3e1c-0e6b-4e0f-9d7c-1b2a3c4d5e6f", "robot-s3cret"


@pytest.fixture
def generation(index: int) -> str:
    """Samples that say `generation="legacy"` or use RobotAuth run against the legacy fake Hub."""
    block = BLOCKS[index]
    return "legacy" if 'generation="legacy"' in block or "RobotAuth(" in block else "current"


def test_the_readme_has_a_sync_and_an_async_sample_for_every_seed_sample() -> None:
    for sample in SEED_SAMPLES:
        assert any(sample in block and "async def" not in block for block in BLOCKS), sample
        assert any(sample in block and "async def" in block for block in BLOCKS), f"async {sample}"


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(
    hub: FlameHub, index: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(30):
        hub.add("node", name=f"node-{number:02}", hidden=number % 3 == 0)
    for name in ("my-node-4", "my-node-42", "your-node-4"):
        hub.add("node", name=name)
    if hub.legacy:
        hub.add("robot", id=ROBOT_ID, name="readme-robot")
        hub.robot_secrets[ROBOT_ID] = ROBOT_SECRET
    code = BLOCKS[index]
    for service, server in (("auth", hub.auth), ("core", hub.core), ("storage", hub.storage)):
        code = code.replace(f"http://localhost:3000/{service}/", server.url + "/")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"README sample {index}", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed
    assert ADMIN_PASSWORD not in printed
    assert not any(token in printed for token in hub.tokens)
