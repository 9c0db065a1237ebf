"""Joule's own Python client, in the node's virtualenv, and ours give identical arrays."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
from joule.node import JouleNode
from joule.support import T0, rows
from joule_client import INTERVAL_BREAK, JouleClient
from joule_client.models import DataStream

SCRIPT = Path(__file__).with_name("joule_side.py")


def _joule(node: JouleNode, mode: str, path: str, file: Path) -> None:
    subprocess.run(
        [str(node.python), str(SCRIPT), mode, node.url, node.key, path, str(file)],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _path(client: JouleClient, stream: DataStream) -> str:
    folder = client.folders.root()
    stack = [(folder, "")]
    while stack:
        current, prefix = stack.pop()
        for child in current.children:
            stack.append((child, f"{prefix}/{child.name}"))
        for found in current.streams:
            if found.id == stream.id:
                return f"{prefix}/{found.name}"
    raise AssertionError("stream not in the tree")


def test_both_clients_read_identical_arrays(
    client: JouleClient, new_stream: Callable[..., DataStream], node: JouleNode, tmp_path: Path
) -> None:
    stream = new_stream()
    client.data.write(stream, [rows(30_000), INTERVAL_BREAK, rows(20_000, start=T0 + 10**10, seed=2)])
    path = _path(client, stream)
    _joule(node, "read", path, tmp_path / "theirs.npy")
    theirs = np.load(tmp_path / "theirs.npy")
    ours = client.data.read_array(path)
    assert theirs.dtype.descr == ours.dtype.descr
    assert theirs.tobytes() == ours.tobytes()


def test_both_clients_read_identical_decimated_arrays(
    client: JouleClient, new_stream: Callable[..., DataStream], node: JouleNode, tmp_path: Path
) -> None:
    stream = new_stream()
    client.data.write(stream, rows(50_000))
    path = _path(client, stream)
    _joule(node, "read-decimated", path, tmp_path / "theirs.npy")
    theirs = np.load(tmp_path / "theirs.npy")
    ours = client.data.read_array(path, max_rows=1000)
    assert ours.dtype.names == ("timestamp", "mean", "min", "max")
    assert theirs.tobytes() == ours.tobytes()


def test_what_we_write_reads_back_through_joules_client(
    client: JouleClient, new_stream: Callable[..., DataStream], node: JouleNode, tmp_path: Path
) -> None:
    stream = new_stream("int32_2")
    sent = rows(40_000, "int32_2")
    client.data.write(stream, sent)
    _joule(node, "read", _path(client, stream), tmp_path / "theirs.npy")
    assert np.load(tmp_path / "theirs.npy").tobytes() == sent.tobytes()


def test_what_joules_client_writes_we_read_back(
    client: JouleClient, new_stream: Callable[..., DataStream], node: JouleNode, tmp_path: Path
) -> None:
    stream = new_stream("float64_2")
    sent = rows(25_000, "float64_2")
    np.save(tmp_path / "sent.npy", sent)
    _joule(node, "write", _path(client, stream), tmp_path / "sent.npy")
    assert client.data.read_array(stream).tobytes() == sent.tobytes()
