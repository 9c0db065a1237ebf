"""Every code sample in the wheel's README runs against the real node."""

from __future__ import annotations

import contextlib
import json
import re
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import pytest
from joule.node import JouleNode
from joule.support import rows
from joule_client import JouleClient, NotFound, data_stream


def _readme() -> str:
    try:
        return metadata("joule-client")["Description"]
    except PackageNotFoundError:  # a source-tree run
        return (Path(__file__).parents[2] / "overlays" / "joule" / "README.md").read_text()


README = _readme()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SEED_CALLS = [
    "node.info",
    "folders.root",
    "folders.get",
    "folders.move",
    "folders.update",
    "folders.delete",
    "data_streams.get",
    "data_streams.move",
    "data_streams.update",
    "data_streams.delete",
    "data_streams.create",
    "data_info",
    "data_streams.delete_annotations",
    "data.read",
    "data.subscribe",
    "data.write",
    "data.delete",
    "data.intervals",
    "annotations.create",
    "annotations.delete",
    "annotations.update",
    "annotations.get",
    "event_streams.move",
    "event_streams.update",
    "event_streams.delete",
    "event_streams.create",
    "events.write",
    "events.read",
    "events.remove",
    "modules.list_all",
    "modules.get",
    "modules.logs",
    "proxies.list_all",
    "proxies.get",
    "masters.add",
    "masters.list_all",
    "masters.remove",
    "followers.list_all",
    "node.db_connection",
]


def test_the_readme_has_a_sync_and_an_async_sample_for_every_seed_call() -> None:
    for name in SEED_CALLS:
        assert any(name in block and "async" not in block for block in BLOCKS), name
        assert any(name in block and "async" in block for block in BLOCKS), f"async {name}"


@pytest.fixture
def prepared(node: JouleNode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> JouleNode:
    """What the samples expect: a saved node, and `/parent/my_folder/stream` holding rows."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "nodes.json").write_text(json.dumps([{"name": "lab", "url": node.url, "key": node.key}]))
    (config / "default_node.txt").write_text("lab\n")
    monkeypatch.setenv("JOULE_USER_CONFIG_DIR", str(config))
    monkeypatch.chdir(tmp_path)
    with JouleClient(node.url, node.key) as client:
        for folder in ("/parent", "/parent1", "/parent2", "/plugs", "/plugs2"):
            with contextlib.suppress(NotFound):
                client.folders.delete(folder, recursive=True)
        for name in ("ana", "ben"):
            with contextlib.suppress(NotFound):
                client.masters.remove(name, "user")
        stream = client.data_streams.create(data_stream("stream", ["x", "y", "z"]), "/parent/my_folder")
        client.data.write(stream, rows(1000))
    return node


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(prepared: JouleNode, index: int, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(BLOCKS[index], f"README sample {index}", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out
    assert printed
    assert prepared.key not in printed
