"""The official SDK `@hahnpro/hpc-api` (node) against the fake: the fake speaks its wire, and our client sends
requests with the same meaning for the seed's calls.

The SDK is installed with `npm ci` from `sdk/package-lock.json` into `.cache/hahnpro-sdk/` at the repository root,
and reused while the lock file is unchanged. 2026.1.0 declares node >= 24 but runs on node 20 for these calls.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fakes.hahnpro import ASSET_ID, ASSET_TYPE_ID, TIMESERIES_ID, HahnProServer, serve_hahnpro
from fakes.spec_server import FakeRequest
from hahnpro_client import HahnProClient, RequestOptions
from hahnpro_client.auth import token_claims
from hahnpro_client.models import AiThreadRequest

SDK_DIR = Path(__file__).parent / "sdk"
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "hahnpro-sdk"
VOLATILE = {"createdAt", "updatedAt"}


@pytest.fixture(scope="module")
def node_modules() -> Path:
    """The pinned SDK, installed once and reused while `sdk/package-lock.json` is unchanged."""
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node, "the SDK cross-check needs node on PATH"
    assert npm, "the SDK cross-check needs npm on PATH"
    lock = (SDK_DIR / "package-lock.json").read_bytes()
    installed = CACHE / "node_modules" / "@hahnpro" / "hpc-api" / "package.json"
    if not installed.exists() or (CACHE / "package-lock.json").read_bytes() != lock:
        CACHE.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(SDK_DIR / name, CACHE / name)
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=CACHE, check=True, capture_output=True, timeout=600)
    assert json.loads(installed.read_text())["version"] == "2026.1.0"
    return CACHE / "node_modules"


def _sdk_env(fake: HahnProServer, node_modules: Path) -> dict[str, str]:
    return {
        **os.environ,
        "API_BASE_URL": fake.url,
        "AUTH_BASE_URL": fake.keycloak.url,
        "AUTH_REALM": "hpc",
        "API_USER": "hpc-jwt",
        "AUTH_SECRET": "jwt-s3cr3t",
        "NODE_PATH": str(node_modules),
    }


def run_sdk(node_modules: Path) -> tuple[dict[str, Any], list[FakeRequest], list[str]]:
    with serve_hahnpro() as fake:
        done = subprocess.run(
            ["node", str(SDK_DIR / "calls.js"), ASSET_ID, ASSET_TYPE_ID, TIMESERIES_ID],
            env=_sdk_env(fake, node_modules),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), list(fake.requests), list(fake.violations)


def run_ours() -> tuple[dict[str, Any], list[FakeRequest]]:
    with serve_hahnpro() as fake:
        auth_url = f"{fake.keycloak.url}/auth"
        out: dict[str, Any] = {}
        with HahnProClient(fake.api_url, "hpc-jwt", "jwt-s3cr3t", auth_url=auth_url) as client:
            out["list"] = [a.name for a in client.assets.list().docs]
            out["get"] = client.assets.get(ASSET_ID).name
            out["filter"] = [a.id for a in client.assets.list({"tags": ["test"]}).docs]
            out["populate"] = [a.type_.name for a in client.assets.list(populate="type,parent").docs]
            perms = {"readPermissions": ["test"], "readWritePermissions": ["test", "admin"]}
            created = client.assets.create({"name": "newAsset", "type": ASSET_TYPE_ID, **perms})
            out["create"] = created.name
            asset = client.assets.get(str(created.id)).to_dict()
            asset["tags"] = [*asset.get("tags", []), "newTag"]
            out["update"] = client.assets.update(str(created.id), asset).tags
            content = client.contents.upload(
                b"hello from node\n", read_permissions="test", read_write_permissions="test", filename="somefile.txt"
            )
            out["upload"] = [content.filename, content.size]
            out["download"] = client.contents.download(str(content.id)).decode()
            out["values"] = [v.value for v in client.timeseries.values(TIMESERIES_ID, 0, limit=1000)]
            out["period"] = [v.timestamp for v in client.timeseries.values(TIMESERIES_ID, 0, 3000, group="12h")]
            client.timeseries.add_values(TIMESERIES_ID, {1234: 5, 1235: {"val1": 1, "val2": 2}})
            out["recent"] = client.timeseries.most_recent(TIMESERIES_ID).value
            out["roles"] = client.current_user_roles()
        return out, list(fake.requests)


def meaning(request: FakeRequest) -> tuple[Any, ...]:
    """What the server acts on: method, path, decoded query, and the body's content."""
    body: Any = None
    if request.mimetype == "application/json":
        body = request.json
        if isinstance(body, dict):
            body = {k: v for k, v in body.items() if k not in VOLATILE}
    elif request.mimetype == "multipart/form-data":
        files = {name: (f.filename, f.content, f.content_type) for name, f in request.files.items()}
        body = ({name: request.form.getlist(name) for name in request.form}, files)
    return request.method, request.path, sorted(request.query.items(multi=True)), body


def test_the_official_sdk_runs_the_seed_calls_against_the_fake(node_modules: Path) -> None:
    results, requests, violations = run_sdk(node_modules)
    assert violations == []
    assert results == {
        "list": ["press 1"],
        "get": "press 1",
        "filter": [ASSET_ID],
        "populate": ["machine"],
        "create": "newAsset",
        "update": ["newTag"],
        "upload": ["somefile.txt", 16],
        "download": "hello from node\n",
        "values": [21, 22, 23, 24, 25],
        "period": [0],
        "recent": 25,
        "roles": ["test", "admin", "offline_access", "uma_authorization"],
    }
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in requests)


def test_our_client_sends_requests_with_the_same_meaning_as_the_sdk(node_modules: Path) -> None:
    sdk_results, sdk_requests, _ = run_sdk(node_modules)
    our_results, our_requests = run_ours()
    assert our_results == sdk_results
    assert [meaning(r) for r in our_requests] == [meaning(r) for r in sdk_requests]


# -- calls beyond the seed's -----------------------------------------------------------------------------------------
INVITATION_ID = "invitation-1"
PER_CALL_CLIENT = "hpc-post"
PERMS = {"readPermissions": ["test"], "readWritePermissions": ["test"]}


def _with_invitation(fake: HahnProServer) -> None:
    fake.handler.organizations["org1"].setdefault("invitations", []).append(
        {"id": INVITATION_ID, "email": "ada@example.org", "roles": ["member"]}
    )


def run_sdk_wire(node_modules: Path) -> tuple[dict[str, Any], list[FakeRequest], list[str]]:
    with serve_hahnpro() as fake:
        _with_invitation(fake)
        another_token = fake.keycloak.issue(PER_CALL_CLIENT)
        done = subprocess.run(
            ["node", str(SDK_DIR / "wire.js"), TIMESERIES_ID, INVITATION_ID, another_token],
            env=_sdk_env(fake, node_modules),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), list(fake.requests), list(fake.violations)


def run_ours_wire() -> tuple[dict[str, Any], list[FakeRequest], list[str]]:
    with serve_hahnpro() as fake:
        _with_invitation(fake)
        auth_url = f"{fake.keycloak.url}/auth"
        out: dict[str, Any] = {}
        with HahnProClient(fake.api_url, "hpc-jwt", "jwt-s3cr3t", auth_url=auth_url) as client:
            client.timeseries.add_values(TIMESERIES_ID, {"1234": 5, "1235": 6})  # the seed's own keys
            flow = client.flows.create({"name": "flow", **PERMS})
            out["flows"] = [f.name for f in client.flows.list().docs]
            out["flow"] = client.flows.get(str(flow.id)).name
            out["flowsMany"] = [f.name for f in client.flows.create_many([{"name": "a", **PERMS}])]
            deployment = client.flow_deployments.create({"name": "dep", "diagramId": "d1", "flow": flow.id, **PERMS})
            references = client.flow_deployments.resolve_references(str(deployment.id))
            out["references"] = [r.resource_type for r in references]
            many = client.flow_deployments.create_many([{"name": "dep2", "diagramId": "d1", **PERMS}])
            out["deploymentsMany"] = [d.name for d in many]
            out["status"] = next(iter(client.flow_deployments.subscribe_status(str(deployment.id)))).data
            out["functionsMany"] = [f.fqn for f in client.flow_functions.create_many([{"fqn": "a.b", **PERMS}])]
            labels = client.labels.create_many([{"name": "red", "readWritePermissions": ["test"]}])
            out["labelsMany"] = [label.name for label in labels]
            client.labels.delete(str(labels[0].id), force=True)
            thread = client.ai.create_thread(body=AiThreadRequest(assistant_id="assistant1"))
            out["messages"] = client.ai.list_messages(str(thread.id)).total
            client.organizations.resend_invitation("org1", INVITATION_ID)
            client.organizations.request_deletion("org1")
            out["deletedSettings"] = client.users.delete_settings().user_id
            out["content"] = client.contents.create({"filename": "notes.txt", **PERMS}).filename
            out["count"] = client.assets.count({"tags": ["test"]})
            # The per-call Authorization header the SDK sends as given: see the test below for ours.
            out["perCall"] = client.assets.list().total
        return out, list(fake.requests), list(fake.violations)


def _canonical(request: FakeRequest) -> str:
    return json.dumps(meaning(request), sort_keys=True, default=str)


def test_our_client_sends_what_the_sdk_sends_beyond_the_seed(node_modules: Path) -> None:
    sdk_results, sdk_requests, sdk_violations = run_sdk_wire(node_modules)
    our_results, our_requests, our_violations = run_ours_wire()
    assert sdk_violations == our_violations == []
    assert our_results == sdk_results
    # The SDK's addMany sends its POSTs concurrently, so the order of the wire is compared as a multiset.
    assert sorted(map(_canonical, our_requests)) == sorted(map(_canonical, sdk_requests))


def test_event_streams_ask_for_text_event_stream_as_the_sdk_does(node_modules: Path) -> None:
    _, sdk_requests, _ = run_sdk_wire(node_modules)
    _, our_requests, _ = run_ours_wire()
    for requests in (sdk_requests, our_requests):
        [stream] = [r for r in requests if r.operation_id == "flow_deployments_subscribe_status"]
        assert stream.headers["Accept"] == "text/event-stream"


def test_the_sdk_sends_an_authorization_header_given_per_call_as_given(node_modules: Path) -> None:
    _, sdk_requests, _ = run_sdk_wire(node_modules)
    last = sdk_requests[-1]
    assert last.operation_id == "assets_get_many"
    # The SDK itself logs in as hpc-jwt; the request carries the other client's token, given per call.
    assert token_claims(last.headers["Authorization"].removeprefix("Bearer "))["azp"] == PER_CALL_CLIENT


def test_our_client_sends_an_authorization_header_given_per_call_as_given() -> None:
    with serve_hahnpro() as fake:
        another_token = fake.keycloak.issue(PER_CALL_CLIENT)
        auth_url = f"{fake.keycloak.url}/auth"
        with HahnProClient(fake.api_url, "hpc-jwt", "jwt-s3cr3t", auth_url=auth_url) as client:
            client.assets.list(options=RequestOptions(headers={"Authorization": f"Bearer {another_token}"}))
        assert (
            token_claims(fake.requests[-1].headers["Authorization"].removeprefix("Bearer "))["azp"] == PER_CALL_CLIENT
        )
