"""The exchanges recorded on a real authup 1.0.0-beta.26 + Hub 0.8.13 stack (recordings/, written by
`scripts/nox -s flame_legacy`), replayed: every workflow passes against them (so every recorded answer decodes through
the client and gives what the workflow checks), asking exactly the recorded requests, and no recording holds a secret.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD
from fakes.flame_hub_flows import FLOWS, PASSED, Stack, run_flow
from fakes.flame_hub_recording import ReplayTransport

RECORDINGS = Path(__file__).parent / "recordings"
FILES = sorted(RECORDINGS.glob("*.json"))
REPLAY_URLS = {
    "auth": "http://auth.legacy.test/",
    "core": "http://core.legacy.test/",
    "storage": "http://storage.legacy.test/",
}
TEST_ROBOT_SECRET = "test-robot-secret-0123456789"


def load(path: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(path.read_text())
    return found


def test_every_workflow_has_a_recording() -> None:
    assert sorted(path.stem for path in FILES) == sorted(FLOWS)


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_the_workflow_passes_against_its_recording(path: Path) -> None:
    recorded = load(path)
    replay = ReplayTransport(recorded["exchanges"], {url: service for service, url in REPLAY_URLS.items()})
    robots = {name: {"id": robot["id"], "secret": "***"} for name, robot in recorded["robots"].items()}
    run = run_flow(recorded["flow"], Stack(REPLAY_URLS, robots, lambda: replay))
    assert [outcome for outcome in run.outcomes if outcome[1] != PASSED] == []
    assert replay.done, f"{len(recorded['exchanges']) - replay.position} recorded exchanges were not asked for"


@pytest.mark.parametrize("path", sorted(RECORDINGS.rglob("*.json")), ids=lambda path: path.stem)
def test_recordings_hold_no_secret(path: Path) -> None:
    text = path.read_text()
    assert ADMIN_PASSWORD not in text
    assert TEST_ROBOT_SECRET not in text
    assert not re.search(r"eyJ[\w-]+\.[\w-]+\.", text), "a JWT"
    assert not re.search(r"\$2[aby]\$\d+\$", text), "a bcrypt hash"
