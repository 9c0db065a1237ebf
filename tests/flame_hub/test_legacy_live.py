"""The older-generation workflows against a real authup 1.0.0-beta.26 + Hub 0.8.13 stack, recording every exchange.

Runs only where such a stack is up (`scripts/nox -s flame_legacy` starts one, with fresh databases, and sets the
variables below); elsewhere these tests are skipped and the recordings in recordings/ are replayed instead
(test_legacy_recordings.py). With FLAME_LEGACY_RECORD=1 each passing workflow rewrites its recording.

    FLAME_LEGACY_AUTH_URL, FLAME_LEGACY_CORE_URL, FLAME_LEGACY_STORAGE_URL   the three services
    FLAME_LEGACY_ROBOTS                                                        the stack's robots.json
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub_flows import ADMIN, FLOWS, PASSED, Stack, run_flow
from fakes.flame_hub_recording import Recording, RecordingTransport

RECORDINGS = Path(__file__).parent / "recordings"
SERVERS = {"authup": "1.0.0-beta.26", "hub": "0.8.13"}
URL_VARIABLES = {
    "auth": "FLAME_LEGACY_AUTH_URL",
    "core": "FLAME_LEGACY_CORE_URL",
    "storage": "FLAME_LEGACY_STORAGE_URL",
}


@pytest.fixture(scope="module")
def live() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    missing = [name for name in (*URL_VARIABLES.values(), "FLAME_LEGACY_ROBOTS") if not os.environ.get(name)]
    if missing:
        pytest.skip(f"no real legacy stack: {', '.join(missing)} unset (scripts/nox -s flame_legacy sets them)")
    urls = {service: os.environ[name] for service, name in URL_VARIABLES.items()}
    robots = json.loads(Path(os.environ["FLAME_LEGACY_ROBOTS"]).read_text())
    return urls, robots


def save(name: str, recording: Recording, robots: dict[str, dict[str, str]]) -> None:
    RECORDINGS.mkdir(exist_ok=True)
    extra: dict[str, Any] = {
        "flow": name,
        "servers": SERVERS,
        "robots": {robot: {"id": found["id"]} for robot, found in robots.items()},
    }
    recording.save(RECORDINGS / f"{name}.json", extra)


@pytest.mark.parametrize("name", list(FLOWS))
def test_workflow_passes_on_the_real_stack(name: str, live: tuple[dict[str, str], dict[str, Any]]) -> None:
    urls, robots = live
    secrets = [ADMIN[1], *(robot["secret"] for robot in robots.values())]
    recording = Recording({url: service for service, url in urls.items()}, secrets)
    run = run_flow(name, Stack(urls, robots, lambda: RecordingTransport(recording)))
    failed = [outcome for outcome in run.outcomes if outcome[1] != PASSED]
    assert failed == [], failed
    assert run.outcomes
    if os.environ.get("FLAME_LEGACY_RECORD") == "1":
        save(name, recording, robots)
