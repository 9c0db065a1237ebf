"""Connecting: joule's CLI config files, TLS verification, and keys kept out of sight."""

from __future__ import annotations

import json
import logging
import shutil
import ssl
from pathlib import Path
from typing import Any

import certifi
import pytest
from joule.node import JouleNode
from joule_client import AsyncJouleClient, InvalidRequest, JouleClient, load_node


def _config(folder: Path, nodes: list[dict[str, str]], default: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "nodes.json").write_text(json.dumps(nodes))
    if default is not None:
        (folder / "default_node.txt").write_text(default + "\n")
    return folder


NODES = [
    {"name": "first", "url": "https://first.example:8088", "key": "k" * 32},
    {"name": "lab", "url": "https://lab.example/joule", "key": "l" * 32},
]


def test_the_default_node_comes_from_default_node_txt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOULE_USER_CONFIG_DIR", str(_config(tmp_path, NODES, "lab")))
    config = load_node()
    assert (config.name, config.url, config.key.reveal()) == ("lab", "https://lab.example/joule", "l" * 32)


def test_a_stale_or_missing_default_falls_back_to_the_first_node(tmp_path: Path) -> None:
    assert load_node(directory=_config(tmp_path, NODES, "gone")).name == "first"
    (tmp_path / "default_node.txt").unlink()
    assert load_node(directory=tmp_path).name == "first"


def test_a_node_is_picked_by_name_and_unknown_names_are_refused(tmp_path: Path) -> None:
    folder = _config(tmp_path, NODES)
    assert load_node("lab", directory=folder).url.endswith("/joule")
    with pytest.raises(InvalidRequest, match="no node 'nope'"):
        load_node("nope", directory=folder)


@pytest.mark.parametrize("content", ["{", "[]", '[{"name": "x"}]', '{"name": "x"}'])
def test_broken_config_files_are_clear_errors(tmp_path: Path, content: str) -> None:
    tmp_path.joinpath("nodes.json").write_text(content)
    with pytest.raises(InvalidRequest):
        load_node(directory=tmp_path)


def test_without_a_config_directory_the_error_says_how_to_add_a_node(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequest, match="joule node add"):
        load_node(directory=tmp_path / "missing")


def test_home_dot_joule_is_the_default_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOULE_USER_CONFIG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    _config(tmp_path / ".joule", NODES, "first")
    assert load_node().name == "first"


def test_a_ca_crt_is_used_to_verify_the_node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _config(tmp_path, NODES, "lab")
    shutil.copy(certifi.where(), folder / "ca.crt")
    used: list[Any] = []
    real = ssl.create_default_context

    def spy(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        used.append(kwargs.get("cafile"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", spy)
    with JouleClient.from_config(directory=folder):
        pass
    assert str(folder / "ca.crt") in used


def test_https_without_a_ca_file_keeps_verification_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _config(tmp_path, NODES, "first")
    with caplog.at_level(logging.WARNING), JouleClient.from_config(directory=folder):
        pass
    assert "verification is turned off" not in caplog.text
    with caplog.at_level(logging.WARNING), JouleClient.from_config(directory=folder, verify=False):
        pass
    assert "verification is turned off" in caplog.text


def test_from_config_reaches_the_node(node: JouleNode, tmp_path: Path, run_async: Any) -> None:
    folder = _config(tmp_path, [{"name": "ci", "url": node.url, "key": node.key}], "ci")
    with JouleClient.from_config("ci", directory=folder) as client:
        assert client.node.version() == "1.0.1"

    async def version(_: Any) -> str:
        async with AsyncJouleClient.from_config(directory=folder) as aclient:
            return await aclient.node.version()

    assert run_async(version) == "1.0.1"


def test_the_key_never_shows(node: JouleNode, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), JouleClient(node.url, node.key) as client:
        client.node.info()
        shown = repr(client) + repr(load_node.__doc__) + caplog.text + repr(client.masters.add("user", "peeker"))
    assert node.key not in shown
    assert "Secret('***')" in shown


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(InvalidRequest, match="key"):
        JouleClient("http://127.0.0.1:1", " ")
