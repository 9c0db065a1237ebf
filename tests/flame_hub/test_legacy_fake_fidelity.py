"""The fake Hub's legacy mode answers the older-generation workflows as the real authup 1.0.0-beta.26 + Hub 0.8.13
stack did (recordings/, written by `scripts/nox -s flame_legacy`): same requests, same statuses, and answers with the
same keys, the same nullness and the same kinds of value, compared field by field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fakes.flame_hub import FlameHub, serve_flame_hub
from fakes.flame_hub_flows import PASSED, Stack, run_flow
from fakes.flame_hub_recording import Recording, RecordingTransport, shape_of_path

RECORDINGS = Path(__file__).parent / "recordings"
FILES = sorted(RECORDINGS.glob("*.json"))
TEST_ROBOT_SECRET = "test-robot-secret-0123456789"


def load(path: Path) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(path.read_text())
    return found


def shape(value: Any) -> Any:
    """What a JSON value looks like, without its data: key sets and value kinds (null apart from the rest)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        kinds: dict[str, Any] = {}
        for item in value:
            kinds.setdefault(json.dumps(shape(item), sort_keys=True), shape(item))
        return [kinds[key] for key in sorted(kinds)][:1]
    if value is None:
        return "null"
    return type(value).__name__


def differences(real: Any, fake: Any, where: str = "") -> list[str]:
    """Where the fake's answer differs from the real one in keys, nullness or kind."""
    if isinstance(real, dict) and isinstance(fake, dict):
        found = [f"{where}.{key}: only the real server sends it" for key in real.keys() - fake.keys()]
        found += [f"{where}.{key}: only the fake sends it" for key in fake.keys() - real.keys()]
        for key in real.keys() & fake.keys():
            found += differences(real[key], fake[key], f"{where}.{key}")
        return found
    if isinstance(real, list) and isinstance(fake, list):
        if real and fake:
            return differences(real[0], fake[0], f"{where}[]")
        return []
    if real != fake and "null" not in (real, fake):
        return [f"{where}: the real server sends a {real}, the fake a {fake}"]
    if real != fake:
        return [f"{where}: the real server sends {real}, the fake {fake}"]
    return []


def fake_stack(hub: FlameHub, recording: Recording) -> Stack:
    system = next(r for r in hub.tables["robot"].values() if r["name"] == "system")
    test = hub.add("robot", name="test-robot")
    hub.robot_secrets[test["id"]] = TEST_ROBOT_SECRET
    robots = {"system": {"id": system["id"], "secret": ""}, "test": {"id": test["id"], "secret": TEST_ROBOT_SECRET}}
    urls = {"auth": hub.auth.url + "/", "core": hub.core.url + "/", "storage": hub.storage.url + "/"}
    recording.services.update({url: service for service, url in urls.items()})
    return Stack(urls, robots, lambda: RecordingTransport(recording))


def fidelity(path: Path) -> list[str]:
    """The workflow of `path` run against a fresh fake legacy Hub: its failed calls, then every difference between
    what the fake answered and what the real stack answered."""
    recorded = load(path)
    with serve_flame_hub(generation="legacy") as hub:
        recording = Recording({})
        run = run_flow(recorded["flow"], fake_stack(hub, recording))
    found = [f"{label}: {outcome} {detail}" for label, outcome, detail in run.outcomes if outcome != PASSED]
    real, fake = recorded["exchanges"], recording.exchanges
    for index, (ours, theirs) in enumerate(zip(real, fake, strict=False)):
        asked, sent = ours["request"], theirs["request"]
        label = f"{index} {asked['method']} {asked['service']}{shape_of_path(asked['path'])}"
        if (sent["method"], sent["service"], shape_of_path(sent["path"])) != (
            asked["method"],
            asked["service"],
            shape_of_path(asked["path"]),
        ):
            found.append(f"{label}: the fake was asked {sent['method']} {sent['service']}{sent['path']}")
            break
        if ours["response"]["status"] != theirs["response"]["status"]:
            found.append(f"{label}: status {ours['response']['status']} real, {theirs['response']['status']} fake")
        real_body, fake_body = ours["response"]["body"], theirs["response"]["body"]
        if real_body["kind"] != fake_body["kind"]:
            found.append(f"{label}: a {real_body['kind']} body real, a {fake_body['kind']} body fake")
        elif real_body["kind"] == "json":
            found += [f"{label} {d}" for d in differences(shape(real_body["json"]), shape(fake_body["json"]))]
    if len(real) != len(fake):
        found.append(f"{len(real)} exchanges real, {len(fake)} fake")
    return found


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_the_fake_legacy_hub_answers_as_the_real_stack_did(path: Path) -> None:
    assert fidelity(path) == []
