"""Every code sample of the wheel's README against the older server generation: live on a real authup 1.0.0-beta.26 +
Hub 0.8.13 stack (with `scripts/nox -s flame_legacy`, which re-records recordings/readme/samples.json), and replayed
from that recording everywhere else. The clients the samples make speak the older generation (`generation="legacy"`
unless a sample says otherwise); the README's robot is the stack's test robot.

Two kinds of sample are for the current generation only, and end as the README says they do on the older one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import flamehub_client
import httpx
import pytest
from fakes.flame_hub_flows import ADMIN
from fakes.flame_hub_recording import (
    AsyncRecordingTransport,
    AsyncReplay,
    Recording,
    RecordingTransport,
    ReplayTransport,
)
from flamehub_client import CoreClient, InvalidRequest, PasswordAuth

README = (Path(__file__).resolve().parents[2] / "overlays" / "flame_hub" / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
RECORDED = Path(__file__).parent / "recordings" / "readme" / "samples.json"
README_ROBOT = ("7d4a3e1c-0e6b-4e0f-9d7c-1b2a3c4d5e6f", "robot-s3cret")
REPLAY_URLS = {
    "auth": "http://auth.legacy.test/",
    "core": "http://core.legacy.test/",
    "storage": "http://storage.legacy.test/",
}
URL_VARIABLES = {
    "auth": "FLAME_LEGACY_AUTH_URL",
    "core": "FLAME_LEGACY_CORE_URL",
    "storage": "FLAME_LEGACY_STORAGE_URL",
}
CLIENTS = ("AuthClient", "CoreClient", "StorageClient", "AsyncAuthClient", "AsyncCoreClient", "AsyncStorageClient")
# Samples of the current generation only, and how they end on the older one.
CURRENT_ONLY: list[tuple[str, type[Exception], str]] = [
    ("contains(", InvalidRequest, "contains is not understood by the older server generation"),
    ('find_clients(filter={"name": "system"}', IndexError, "pop from empty list"),  # beta.26: robots, no system client
]


def seed(urls: dict[str, str], transport: httpx.BaseTransport) -> None:
    """The nodes the samples look for, as the README's fake-Hub test seeds them (the workflows may have made some)."""
    with CoreClient(urls["core"], PasswordAuth(*ADMIN, urls["auth"]), generation="legacy", transport=transport) as core:
        present = {node.name for node in core.iter_nodes()}
        for number in range(30):
            if f"node-{number:02}" not in present:
                core.create_node(name=f"node-{number:02}", hidden=number % 3 == 0)
        for name in ("my-node-4", "my-node-42", "your-node-4"):
            if name not in present:
                core.create_node(name=name)


def run_samples(
    folder: Path,
    urls: dict[str, str],
    robot: dict[str, str],
    sync_transport: Callable[[], httpx.BaseTransport],
    async_transport: Callable[[], httpx.AsyncBaseTransport],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> list[str]:
    """Runs every sample in order, in a scratch folder (some write files); the problems found, by sample."""
    monkeypatch.chdir(folder)
    for name in CLIENTS:
        cls = getattr(flamehub_client, name)
        transport = async_transport if name.startswith("Async") else sync_transport

        def init(self: Any, *args: Any, _init: Any = cls.__init__, _transport: Any = transport, **kwargs: Any) -> None:
            kwargs.setdefault("generation", "legacy")
            kwargs.setdefault("transport", _transport())
            _init(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    problems = []
    for index, block in enumerate(BLOCKS):
        code = block.replace(README_ROBOT[0], robot["id"]).replace(f'"{README_ROBOT[1]}"', repr(robot["secret"]))
        for service, url in urls.items():
            code = code.replace(f"http://localhost:3000/{service}/", url)
        expected = next(((kind, text) for marker, kind, text in CURRENT_ONLY if marker in block), None)
        try:
            exec(compile(code, f"README sample {index}", "exec"), {"__name__": "__main__"})
        except Exception as error:  # every sample's outcome is compared below
            if expected is None or not isinstance(error, expected[0]) or expected[1] not in str(error):
                problems.append(f"sample {index}: {type(error).__name__}: {error}")
            continue
        printed = capsys.readouterr().out
        if expected is not None:
            problems.append(f"sample {index} ran, though it is for the current generation only")
        elif not printed or ADMIN[1] in printed:
            problems.append(f"sample {index} printed {printed!r}")
    return problems


@pytest.fixture
def live() -> tuple[dict[str, str], dict[str, str]]:
    missing = [name for name in (*URL_VARIABLES.values(), "FLAME_LEGACY_ROBOTS") if not os.environ.get(name)]
    if missing:
        pytest.skip(f"no real legacy stack: {', '.join(missing)} unset (scripts/nox -s flame_legacy sets them)")
    urls = {service: os.environ[name] for service, name in URL_VARIABLES.items()}
    robots = json.loads(Path(os.environ["FLAME_LEGACY_ROBOTS"]).read_text())
    return urls, robots["test"]


def test_readme_samples_run_on_the_real_stack(
    live: tuple[dict[str, str], dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    urls, robot = live
    recording = Recording({url: service for service, url in urls.items()}, [ADMIN[1], robot["secret"]])
    seed(urls, RecordingTransport(recording))
    opened: list[RecordingTransport] = []

    def transport() -> RecordingTransport:  # closed below: some samples leave their client open
        opened.append(RecordingTransport(recording))
        return opened[-1]

    try:
        problems = run_samples(
            tmp_path, urls, robot, transport, lambda: AsyncRecordingTransport(recording), monkeypatch, capsys
        )
    finally:
        for each in opened:
            each.close()
    assert problems == []
    if os.environ.get("FLAME_LEGACY_RECORD") == "1":
        RECORDED.parent.mkdir(parents=True, exist_ok=True)
        recording.save(
            RECORDED, {"servers": {"authup": "1.0.0-beta.26", "hub": "0.8.13"}, "robot": {"id": robot["id"]}}
        )


def test_readme_samples_run_against_their_recording(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = json.loads(RECORDED.read_text())
    replay = ReplayTransport(recorded["exchanges"], {url: service for service, url in REPLAY_URLS.items()})
    seed(REPLAY_URLS, replay)
    robot = {"id": recorded["robot"]["id"], "secret": "***"}
    problems = run_samples(
        tmp_path, REPLAY_URLS, robot, lambda: replay, lambda: AsyncReplay(replay), monkeypatch, capsys
    )
    assert problems == []
    assert replay.done, f"{len(recorded['exchanges']) - replay.position} recorded exchanges were not asked for"
