"""Per-call cost of `find_nodes` for our client and for flame-hub-client 1.1.0, each against raw httpx.

Every figure is a ratio of medians measured in one interleaved run. flame-hub-client needs httpx2, so it is measured
in its own virtualenv by a child process, against raw httpx2 measured in that same process; the two clients are
compared through their ratios to their own raw baseline.
    python benchmarks/bench_flame_hub.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from flamehub_client import CoreClient

TOKEN = "eyJhbGciOiJIUzI1NiJ9.bench.token"
TARGETS = {1: 1.2, 50: 1.4}
PARAMS = {1: {"page[limit]": 1, "page[offset]": 0}, 50: {"page[limit]": 50, "page[offset]": 0}}
INCLUDE = "registry,registryProject"


def node(index: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=index + 1)),
        "name": f"node-{index:02}",
        "externalName": None,
        "hidden": False,
        "type": "default",
        "realmId": str(uuid.UUID(int=10**6)),
        "registryId": None,
        "publicKey": None,
        "online": True,
        "registryProjectId": None,
        "clientId": str(uuid.UUID(int=index + 10**5)),
        "createdAt": f"2026-11-21T10:00:{index % 60:02}.000Z",
        "updatedAt": f"2026-11-21T10:00:{index % 60:02}.000Z",
    }


def page(count: int) -> bytes:
    meta = {"total": 120, "limit": count, "offset": 0, "schema": {"name": "node", "filters": {"allowed": ["id"]}}}
    return json.dumps({"data": [node(i) for i in range(count)], "meta": meta}).encode()


def per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def compare(
    baseline: Callable[[], object], client: Callable[[], object], rounds: int, calls: int
) -> tuple[float, float]:
    for fn in (baseline, client):
        per_call(fn, calls)
    base, ours = [], []
    for _ in range(rounds):
        base.append(per_call(baseline, calls))
        ours.append(per_call(client, calls))
    return statistics.median(base), statistics.median(ours)


# The child process: flame-hub-client and raw httpx2, interleaved, in the official client's virtualenv.
OFFICIAL = r"""
import json, statistics, sys, time
import httpx2, flame_hub
plan = json.load(sys.stdin)

def per_call(fn, calls):
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls

results = {}
for count, body in plan["bodies"].items():
    if body is None:
        transport, url = None, plan["url"]
    else:
        content = bytes.fromhex(body)
        transport = httpx2.MockTransport(
            lambda request, c=content: httpx2.Response(200, content=c, headers={"Content-Type": "application/json"})
        )
        url = "https://hub.test/core/"
    headers = {"Authorization": "Bearer " + plan["token"]}
    raw = httpx2.Client(base_url=url, transport=transport, headers=headers)
    client = flame_hub.CoreClient(
        base_url=url,
        client=httpx2.Client(base_url=url, transport=transport, auth=flame_hub.auth.StaticAuth(plan["token"])),
    )
    params = {"page[limit]": int(count), "page[offset]": 0, "include": plan["include"]}
    baseline = lambda: raw.get("nodes", params=params).json()
    official = lambda: client.find_nodes(page={"limit": int(count)})
    calls = plan["calls"][count]
    for fn in (baseline, official):
        per_call(fn, calls)
    base, theirs = [], []
    for _ in range(plan["rounds"]):
        base.append(per_call(baseline, calls))
        theirs.append(per_call(official, calls))
    results[count] = [statistics.median(base), statistics.median(theirs)]
json.dump(results, sys.stdout)
"""


def official(plan: dict[str, Any]) -> dict[int, tuple[float, float]]:
    from fakes.flame_hub_venv import official_python

    done = subprocess.run(
        [str(official_python()), "-I", "-c", OFFICIAL],
        input=json.dumps({**plan, "token": TOKEN, "include": INCLUDE}),
        capture_output=True,
        text=True,
        check=True,
    )
    return {int(count): (base, theirs) for count, (base, theirs) in json.loads(done.stdout).items()}


def report(name: str, base: float, ours: float, theirs: tuple[float, float], target: float | None) -> None:
    ratio, their_ratio = ours / base, theirs[1] / theirs[0]
    goal = ""
    if target is not None:
        met = ratio <= target and ratio < their_ratio
        goal = f"  (target <= {target:.1f}x and faster than flame-hub-client: {'met' if met else 'MISSED'})"
    print(
        f"{name:<16} httpx {base * 1e6:7.1f} us  ours {ours * 1e6:7.1f} us  {ratio:5.2f}x   "
        f"flame-hub-client {their_ratio:5.2f}x of httpx2  (ours/theirs {ratio / their_ratio:4.2f}){goal}"
    )


def mocked(rounds: int) -> None:
    bodies = {count: page(count) for count in (1, 50)}
    calls = {1: 200, 50: 100}

    def handler(request: httpx.Request) -> httpx.Response:
        count = int(request.url.params["page[limit]"])
        return httpx.Response(200, content=bodies[count], headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(
        base_url="https://hub.test/core", transport=transport, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    client = CoreClient("https://hub.test/core/", TOKEN, transport=transport)
    theirs = official(
        {"bodies": {str(c): b.hex() for c, b in bodies.items()}, "calls": {str(c): n for c, n in calls.items()},
         "rounds": rounds}
    )  # fmt: skip
    print("client cost alone (MockTransport, canned body):")
    for count in (1, 50):
        params = {**PARAMS[count], "include": INCLUDE}
        base, ours = compare(
            lambda p=params: raw.get("/nodes", params=p).json(),  # type: ignore[misc]
            lambda c=count: client.find_nodes(page={"limit": c}),  # type: ignore[misc]
            rounds,
            calls[count],
        )
        report(f"{count} item{'s' if count > 1 else ''} page", base, ours, theirs[count], TARGETS[count])


def loopback(rounds: int) -> None:
    from fakes.flame_hub import Identity, serve_flame_hub

    with serve_flame_hub() as hub:
        for index in range(50):
            hub.add("node", name=f"node-{index:02}")
        admin = next(u for u in hub.tables["user"].values() if u["name"] == "admin")
        hub.tokens[TOKEN] = Identity("user", admin["id"], admin["realmId"], float("inf"))
        raw = httpx.Client(base_url=hub.core.url, headers={"Authorization": f"Bearer {TOKEN}"})
        client = CoreClient(hub.core.url, TOKEN)
        theirs = official(
            {"url": hub.core.url + "/", "bodies": {"1": None, "50": None}, "calls": {"1": 20, "50": 20},
             "rounds": rounds}
        )  # fmt: skip
        print("over loopback (the fake Hub on 127.0.0.1):")
        for count in (1, 50):
            params = {**PARAMS[count], "include": INCLUDE}
            base, ours = compare(
                lambda p=params: raw.get("/nodes", params=p).json(),  # type: ignore[misc]
                lambda c=count: client.find_nodes(page={"limit": c}),  # type: ignore[misc]
                rounds,
                20,
            )
            report(f"{count} item{'s' if count > 1 else ''} page", base, ours, theirs[count], None)
        hub.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    mocked(args.rounds)
    loopback(max(3, args.rounds // 3))


if __name__ == "__main__":
    main()
