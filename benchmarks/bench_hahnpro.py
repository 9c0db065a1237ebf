"""A streamed 200 MB content download through the HahnPRO client against raw httpx: time and peak memory.

Each download runs in its own fresh interpreter, raw httpx and the client interleaved round by round against the
same fake server on 127.0.0.1, after one small warm-up download (token, connection, first-use imports), and
reports its time and its own peak RSS (VmHWM) before and after. Figures are
medians; the time is a ratio measured in one run. Also the per-call cost of a GET against httpx.MockTransport.
    python benchmarks/bench_hahnpro.py [--rounds N] [--megabytes M]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
from hahnpro_client import HahnProClient

TARGETS = {"download time": 1.2, "one object": 1.3}
CHILD = """
import json, sys, time

def peak():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))

kind, api, auth_url, token_or_secret, content_id, warm_up_id = sys.argv[1:7]
if kind == "raw":
    import httpx
    http = httpx.Client(base_url=api, headers={"Authorization": "Bearer " + token_or_secret}, timeout=120)
    stream = lambda cid=content_id: http.stream("GET", f"/contents/{cid}/download")
    chunks = lambda response: response.iter_bytes(1 << 16)
else:
    from hahnpro_client import HahnProClient
    client = HahnProClient(api, "hpc-jwt", token_or_secret, auth_url=auth_url, timeout=120)
    stream = lambda cid=content_id: client.contents.with_streaming_response.download(cid)
    chunks = lambda response: response.iter_bytes(1 << 16)
# One small download first: the token, the connection and first-use imports are not what is measured.
with stream(warm_up_id) as response:
    response.read()
before = peak()
start = time.perf_counter()
size = 0
with stream() as response:
    for chunk in chunks(response):
        size += len(chunk)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "bytes": size, "before": before, "peak": peak()}))
"""


def child(kind: str, api: str, auth_url: str, credential: str, content_id: str) -> dict[str, float]:
    from fakes.hahnpro import CONTENT_ID

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, api, auth_url, credential, content_id, CONTENT_ID],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return dict(json.loads(done.stdout))


def download(rounds: int, megabytes: int) -> None:
    from fakes.hahnpro import serve_hahnpro

    size = megabytes * 1024 * 1024
    with serve_hahnpro(expires_in=3600) as server:
        content_id = server.handler.add_generated_content(size)
        auth_url = f"{server.keycloak.url}/auth"
        token = server.keycloak.issue("hpc-jwt")
        runs: dict[str, list[dict[str, float]]] = {"raw": [], "client": []}
        for _ in range(rounds):
            runs["raw"].append(child("raw", server.api_url, auth_url, token, content_id))
            runs["client"].append(child("client", server.api_url, auth_url, "jwt-s3cr3t", content_id))
    print(f"streamed download of {megabytes} MB (fresh interpreter per run, median of {rounds}):")
    for kind, results in runs.items():
        assert all(r["bytes"] == size for r in results), f"{kind} did not read the whole body"
        seconds = statistics.median(r["seconds"] for r in results)
        before = statistics.median(r["before"] for r in results) / 2**20
        peak = statistics.median(r["peak"] for r in results) / 2**20
        rate = size / seconds / 2**20
        print(f"  {kind:<7} {seconds:6.2f} s  {rate:7.1f} MB/s  peak RSS {before:5.1f} -> {peak:5.1f} MB")
    ratio = statistics.median(r["seconds"] for r in runs["client"]) / statistics.median(
        r["seconds"] for r in runs["raw"]
    )
    growth = max(r["peak"] - r["before"] for r in runs["client"]) / 2**20
    met = "met" if ratio <= TARGETS["download time"] else "MISSED"
    target = TARGETS["download time"]
    print(f"  time ratio {ratio:5.2f}x (target <= {target:.1f}x: {met}); client memory growth {growth:.1f} MB")


def per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def mocked(rounds: int) -> None:
    asset = {
        "id": "6357b634018cd1ce104e110f",
        "name": "press 1",
        "type": "6357b634018cd1ce104e1100",
        "type$name": "machine",
        "tags": ["test"],
        "readPermissions": ["test"],
        "readWritePermissions": ["test", "admin"],
    }
    body = json.dumps(asset).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(base_url="https://hahnpro.test/api", transport=transport, headers={"Authorization": "Bearer t"})
    client = HahnProClient("https://hahnpro.test/api", auth=httpx.Auth(), transport=transport)
    baseline = lambda: raw.get(f"/assets/{asset['id']}").json()  # noqa: E731
    ours = lambda: client.assets.get(str(asset["id"]))  # noqa: E731
    for fn in (baseline, ours):
        per_call(fn, 200)
    base, mine = [], []
    for _ in range(rounds):
        base.append(per_call(baseline, 200))
        mine.append(per_call(ours, 200))
    ratio = statistics.median(mine) / statistics.median(base)
    met = "met" if ratio <= TARGETS["one object"] else "MISSED"
    print("client cost alone (httpx.MockTransport, canned body):")
    base_us, mine_us = statistics.median(base) * 1e6, statistics.median(mine) * 1e6
    print(
        f"  GET one asset   httpx {base_us:7.1f} us   client {mine_us:7.1f} us"
        f"   ratio {ratio:5.2f}x (target <= {TARGETS['one object']:.1f}x: {met})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--megabytes", type=int, default=200)
    args = parser.parse_args()
    download(args.rounds, args.megabytes)
    mocked(max(5, args.rounds * 3))


if __name__ == "__main__":
    main()
