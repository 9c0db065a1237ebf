"""Per-call cost of the SoSTrades client against raw httpx, and its import cost against httpx alone.

Every figure is a ratio of medians measured in the same run, baseline and client interleaved.
    python benchmarks/bench_sostrades.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
from sostrades_client import SosTradesClient

KEY = "0123456789abcdef0123456789abcdef"
STATUS = {
    "study_case_id": 1,
    "disciplines_status": {"study1.Disc1": "DONE", "study1.Disc2": "RUNNING"},
    "study_case_execution_status": "RUNNING",
    "study_case_execution_error_message": "",
    "study_case_execution_cpu": "0.4/2",
    "study_case_execution_memory": "0.87/23.54 [GB]",
}
PARAMETERS = {
    f"study1.Disc{i % 5}.x{i}": {
        "var_name": f"x{i}",
        "type": "float",
        "unit": "kg",
        "value": i * 1.5,
        "optional": False,
    }
    for i in range(50)
}
TARGETS = {"one object": 1.2, "50 items": 1.4, "import": 1.3}


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


def report(name: str, base: float, ours: float, target: float | None) -> None:
    ratio = ours / base
    goal = f"  (target <= {target:.1f}x: {'met' if ratio <= target else 'MISSED'})" if target else ""
    print(f"{name:<28} httpx {base * 1e6:8.1f} us   client {ours * 1e6:8.1f} us   ratio {ratio:5.2f}x{goal}")


def mocked(rounds: int) -> None:
    bodies = {
        "/api/v0/calculation/status/1": json.dumps(STATUS).encode(),
        "/api/v0/study-case/1": json.dumps(PARAMETERS).encode(),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[request.url.path], headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(
        base_url="https://sostrades.test", transport=transport, headers={"Authorization": f"Bearer {KEY}"}
    )
    client = SosTradesClient("https://sostrades.test", KEY, transport=transport)
    print("client cost alone (httpx.MockTransport, canned body):")
    base, ours = compare(
        lambda: raw.get("/api/v0/calculation/status/1").json(), lambda: client.calculation.status(1), rounds, 200
    )
    report("GET one object (status)", base, ours, TARGETS["one object"])
    base, ours = compare(
        lambda: raw.get("/api/v0/study-case/1").json(), lambda: client.study_cases.load(1), rounds, 100
    )
    report("GET 50 items (load)", base, ours, TARGETS["50 items"])


def loopback(rounds: int) -> None:
    from fakes.sostrades import serve_sostrades

    with serve_sostrades() as server:
        key = str(server.handler.group_key)
        raw = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"})
        client = SosTradesClient(server.url, key)
        print("over loopback (the fake server on 127.0.0.1):")
        base, ours = compare(
            lambda: raw.get("/api/v0/calculation/status/1").json(), lambda: client.calculation.status(1), rounds, 20
        )
        report("GET one object (status)", base, ours, None)
        base, ours = compare(
            lambda: raw.get("/api/v0/study-case/1").json(), lambda: client.study_cases.load(1), rounds, 20
        )
        report("GET parameters (load)", base, ours, None)


def import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def imports(rounds: int) -> None:
    base, ours = [], []
    for _ in range(rounds):
        base.append(import_seconds("import httpx"))
        ours.append(import_seconds("from sostrades_client import SosTradesClient"))
    print("import time (fresh interpreter each time):")
    report("import", statistics.median(base), statistics.median(ours), TARGETS["import"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    mocked(args.rounds)
    loopback(max(3, args.rounds // 3))
    imports(args.rounds)


if __name__ == "__main__":
    main()
