"""What a wrong-shape body costs before its DecodingError, against `json.loads` of the same body.

A list of records arrives where the spec says one object. Each case runs in a fresh child process, so its peak
memory (ru_maxrss) is its own; the body is built before the baseline reading, and both cases read it from the
same kind of in-memory response. Figures are ratios of medians over the rounds:
    python benchmarks/bench_faults.py [--mb 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

TARGET_TIME, TARGET_MEMORY = 2.0, 2.0

CHILD = r"""
import json, resource, sys, time
import httpx
from sostrades_client import SosTradesClient, DecodingError

size = int(sys.argv[2]) << 20
record = json.dumps({"id": 1, "name": "x" * 40, "values": [1.5, 2.5, 3.5]}).encode()
body = b"[" + b",".join([record] * (size // (len(record) + 1))) + b"]"
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
if sys.argv[1] == "json.loads":
    json.loads(body)
else:
    answer = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    transport = httpx.MockTransport(lambda request: answer)
    with SosTradesClient("https://sostrades.example", api_key="k" * 32, transport=transport) as client:
        try:
            client.study_cases.get_url(1)
        except DecodingError as exc:
            assert len(exc.text) <= 2000, len(exc.text)
        else:
            raise SystemExit("no DecodingError")
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": elapsed, "peak_kib": peak, "body_kib": len(body) >> 10}))
"""


def run(case: str, mb: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, case, str(mb)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    seen: dict[str, list[dict[str, float]]] = {"json.loads": [], "client": []}
    for _ in range(args.rounds):
        for case, results in seen.items():  # interleaved
            results.append(run(case, args.mb))
    time_ratio = statistics.median(c["seconds"] for c in seen["client"]) / statistics.median(
        c["seconds"] for c in seen["json.loads"]
    )
    body_kib = seen["client"][0]["body_kib"]
    memory_ratio = statistics.median(c["peak_kib"] for c in seen["client"]) / body_kib
    baseline_memory = statistics.median(c["peak_kib"] for c in seen["json.loads"]) / body_kib
    print(f"wrong-shape body of {body_kib >> 10} MiB until DecodingError:")
    print(f"  time   {time_ratio:.2f}x json.loads (target <= {TARGET_TIME}x)")
    print(f"  memory {memory_ratio:.2f}x the body beyond it (json.loads alone: {baseline_memory:.2f}x)")


if __name__ == "__main__":
    main()
