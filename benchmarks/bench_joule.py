"""Joule data pipes: ours against joule's own client and raw HTTP on a real node, and the decoder alone.

Every figure comes from one run with the contenders interleaved; each read and write runs in its own
child process, which reports its time and peak RSS.
    python benchmarks/bench_joule.py [--rounds N] [--rows N] [--streamed-rows N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

LAYOUT = "float32_3"
CHUNK = 1 << 16
TARGETS = {"read vs raw": 0.9, "read vs joule": 1.0, "write vs joule": 1.0, "decoder": 0.5, "streamed MB": 64.0}

JOULE_CHILD = """
import asyncio, json, sys, time
import numpy as np
from joule.api import create_tcp_node
from joule.errors import EmptyPipeError

async def main(op, url, key, path, count):
    node = create_tcp_node(url, key)
    start = time.perf_counter()
    if op == "write":
        data = np.zeros(count, [("timestamp", "<i8"), ("data", "<f4", (3,))])
        data["timestamp"] = 1_600_000_000_000_000 + np.arange(count) * 10
        start = time.perf_counter()
        pipe = await node.data_write(path)
        for i in range(0, count, 100_000):
            await pipe.write(data[i:i + 100_000])
        await pipe.close()
        rows = count
    else:
        pipe = await node.data_read(path)
        rows = 0
        try:
            while True:
                block = await pipe.read()
                pipe.consume(len(block))
                rows += len(block)
        except EmptyPipeError:
            pass
        await pipe.close()
    seconds = time.perf_counter() - start
    await node.close()
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_kb": peak, "base_kb": 0}))

asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])))
"""


def rows(count: int, start: int = 1_600_000_000_000_000) -> np.ndarray:
    from joule_client import layout_dtype

    data = np.zeros(count, layout_dtype(LAYOUT))
    data["timestamp"] = start + np.arange(count, dtype=np.int64) * 10
    data["data"] = np.arange(count * 3, dtype="f4").reshape(count, 3)
    return data


def _peak_kb() -> int:
    """VmHWM: unlike ru_maxrss it starts afresh at exec, so a child does not inherit its parent's peak."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def _rss_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // 1024


def child(kind: str, op: str, url: str, key: str, path: str, count: int) -> None:
    """One measured operation in this process; prints seconds, rows and memory."""
    from joule_client import INTERVAL_BREAK, JouleClient

    client = JouleClient(url, key, timeout=600)
    data = rows(count) if op == "write" else None
    base = _rss_kb()
    start = time.perf_counter()
    received = 0
    if kind == "ours" and op == "read":
        for block in client.data.read(path):
            if block is not INTERVAL_BREAK:
                received += len(block)
    elif kind == "ours" and op == "write":
        client.data.write(path, data)
        received = count
    elif kind == "raw" and op == "read":
        stream = client.data_streams.get(path, info=False)
        with httpx.Client(headers={"X-API-KEY": key}, timeout=600) as http:
            with http.stream("GET", f"{url}/data", params={"id": stream.id}) as response:
                body = b"".join(response.iter_bytes())
            dtype = [("timestamp", "<i8"), ("data", "<f4", (3,))]
            received = len(np.frombuffer(body, dtype))
    elif kind == "raw" and op == "write":
        stream = client.data_streams.get(path, info=False)
        assert data is not None
        payload = data.tobytes() + bytes(20)
        chunks = (payload[i : i + (1 << 20)] for i in range(0, len(payload), 1 << 20))
        with httpx.Client(headers={"X-API-KEY": key}, timeout=600) as http:
            http.post(f"{url}/data", params={"id": stream.id}, content=chunks).raise_for_status()
        received = count
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "rows": received, "peak_kb": _peak_kb(), "base_kb": base}))


def measure(node: Any, kind: str, op: str, path: str, count: int) -> dict[str, float]:
    if kind == "joule":
        command = [str(node.python), "-c", JOULE_CHILD, op, node.url, node.key, path, str(count)]
    else:
        command = [sys.executable, __file__, "--child", kind, op, node.url, node.key, path, str(count)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["rows"] != count:
        raise SystemExit(f"{kind} {op} moved {result['rows']} rows, not {count}")
    return result


def fresh_stream(client: Any, name: str) -> str:
    from joule_client import data_stream

    client.data_streams.create(data_stream(name, ["x", "y", "z"]), "/bench")
    return f"/bench/{name}"


def real_node(rounds: int, count: int, streamed: int) -> None:
    from joule.node import running_node
    from joule_client import JouleClient

    with running_node(with_module=False) as node, JouleClient(node.url, node.key, timeout=600) as client:
        print(f"real node (jouled 1.0.1, PostgreSQL 15), {count:,} rows of {LAYOUT}, {rounds} rounds interleaved:")
        kinds = ("raw", "joule", "ours")
        writes: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
        reads: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
        for round_ in range(rounds):
            for kind in kinds:
                path = fresh_stream(client, f"w{kind}{round_}")
                writes[kind].append(measure(node, kind, "write", path, count))
        source = fresh_stream(client, "source")
        client.data.write(source, rows(count))
        for _ in range(rounds):
            for kind in kinds:
                reads[kind].append(measure(node, kind, "read", source, count))
        rate = {}
        for op, results in (("write", writes), ("read", reads)):
            for kind in kinds:
                seconds = statistics.median(r["seconds"] for r in results[kind])
                peak = max(r["peak_kb"] for r in results[kind]) / 1024
                rate[op, kind] = count / seconds
                print(f"  {op:<5} {kind:<6} {count / seconds / 1e3:9.0f}k rows/s   peak RSS {peak:6.0f} MB")
        report("read: ours / raw HTTP", rate["read", "ours"] / rate["read", "raw"], TARGETS["read vs raw"])
        report("read: ours / joule", rate["read", "ours"] / rate["read", "joule"], TARGETS["read vs joule"])
        report("write: ours / joule", rate["write", "ours"] / rate["write", "joule"], TARGETS["write vs joule"])

        big = fresh_stream(client, "streamed")
        block = 1_000_000
        stream = client.data_streams.get(big, info=False)
        with httpx.Client(headers={"X-API-KEY": node.key}, timeout=600) as http:
            for i in range(0, streamed, block):
                body = rows(min(block, streamed - i), start=1_600_000_000_000_000 + i * 10).tobytes()
                http.post(
                    f"{node.url}/data", params={"id": stream.id, "merge-gap": 10}, content=body
                ).raise_for_status()
        result = measure(node, "ours", "read", big, streamed)
        growth = (result["peak_kb"] - result["base_kb"]) / 1024
        print(f"streamed read of {streamed:,} rows: {streamed / result['seconds'] / 1e3:.0f}k rows/s")
        goal = TARGETS["streamed MB"]
        print(f"  peak RSS growth {growth:.1f} MB  (target < {goal:.0f} MB: {'met' if growth < goal else 'MISSED'})")


def report(name: str, ratio: float, target: float) -> None:
    print(f"  {name:<24} {ratio:5.2f}x  (target >= {target:.1f}x: {'met' if ratio >= target else 'MISSED'})")


def decoder(rounds: int) -> None:
    from joule_client import INTERVAL_BREAK, RowDecoder, layout_dtype

    dtype = layout_dtype(LAYOUT)
    data = rows(1_000_000)
    body = b"".join([data[:400_000].tobytes(), bytes(20), data[400_000:].tobytes()])
    chunks = [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]

    def ours() -> int:
        decoder = RowDecoder(dtype, min_bytes=1 << 20)
        count = 0
        for chunk in chunks:
            for block in decoder.feed(chunk):
                count += 0 if block is INTERVAL_BREAK else len(block)
        for block in decoder.close():
            count += 0 if block is INTERVAL_BREAK else len(block)
        return count

    def bare() -> int:
        return len(np.frombuffer(b"".join(chunks), dtype))

    base, mine = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        bare()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert ours() == 1_000_000
        mine.append(time.perf_counter() - start)
    megabytes = len(body) / 1e6
    fast, slow = megabytes / statistics.median(base), megabytes / statistics.median(mine)
    print(f"decoder alone ({megabytes:.0f} MB in {CHUNK // 1024} KiB chunks, one interval token):")
    print(f"  bare numpy.frombuffer of the joined bytes {fast:8.0f} MB/s")
    print(f"  RowDecoder                                {slow:8.0f} MB/s")
    report("decoder / frombuffer", slow / fast, TARGETS["decoder"])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7], int(sys.argv[7]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--streamed-rows", type=int, default=10_000_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    decoder(max(5, args.rounds * 3))
    real_node(args.rounds, args.rows, args.streamed_rows)


if __name__ == "__main__":
    main()
