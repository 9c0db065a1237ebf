"""Data pipes against the real node: bit-exact round trips, interval breaks, decimation, live rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from joule.node import JouleNode
from joule.proxy import relay
from joule.support import T0, rows
from joule_client import INTERVAL_BREAK, ApiConnectionError, AsyncJouleClient, JouleClient
from joule_client.models import DataStream

NewStream = Callable[..., DataStream]


def test_a_million_rows_round_trip_bit_exact(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream("float32_3", decimate=False)
    sent = rows(1_000_000, step=10)
    client.data.write(stream, sent)
    back = client.data.read_array(stream)
    assert back.dtype == sent.dtype
    assert back.tobytes() == sent.tobytes()


@pytest.mark.parametrize("layout", ["float64_1", "int16_2", "int32_3", "int64_1", "float32_5"])
def test_every_datatype_round_trips(client: JouleClient, new_stream: NewStream, layout: str) -> None:
    stream = new_stream(layout, decimate=False)
    sent = rows(5000, layout)
    client.data.write(stream.id, sent)
    assert client.data.read_array(stream).tobytes() == sent.tobytes()


def test_async_write_then_read_round_trips(client: JouleClient, new_stream: NewStream, run_async: Any) -> None:
    stream = new_stream()
    sent = rows(120_000)

    async def both(aclient: AsyncJouleClient) -> Any:
        await aclient.data.write(stream, [sent[:70_000], sent[70_000:]])
        return await aclient.data.read_array(stream)

    assert run_async(both).tobytes() == sent.tobytes()


def test_interval_breaks_written_come_back_as_breaks(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    first, second = rows(1000), rows(500, start=T0 + 10**9)
    client.data.write(stream, [first, INTERVAL_BREAK, second])
    blocks = list(client.data.read(stream))
    assert [len(b) if b is not INTERVAL_BREAK else b for b in blocks] == [1000, INTERVAL_BREAK, 500]
    assert client.data.intervals(stream) == [(T0, T0 + 999_001), (T0 + 10**9, T0 + 10**9 + 499_001)]


def test_a_deleted_range_reads_back_as_a_break(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(1000))
    client.data.delete(stream, start=T0 + 400_000, end=T0 + 600_000)
    intervals = client.data.read_intervals(stream)
    assert [len(i) for i in intervals] == [400, 400]
    assert intervals[1]["timestamp"][0] == T0 + 600_000


def test_breaks_fall_at_the_node_block_boundaries_too(client: JouleClient, new_stream: NewStream) -> None:
    """The node sends 50,000-row blocks; a token right after a full block must still split the intervals."""
    stream = new_stream()
    client.data.write(stream, [rows(50_000), INTERVAL_BREAK, rows(3, start=T0 + 10**10)])
    assert [len(i) for i in client.data.read_intervals(stream)] == [50_000, 3]


def _blocks_of_4(values: np.ndarray, stamps: np.ndarray) -> tuple[np.ndarray, ...]:
    groups = values[: len(values) // 4 * 4].reshape(-1, 4, values.shape[1]).astype(np.float64)
    ts = stamps[: len(stamps) // 4 * 4].reshape(-1, 4)
    return ts.mean(axis=1).astype(np.int64), groups.mean(axis=1), groups.min(axis=1), groups.max(axis=1)


def test_decimated_reads_match_an_independent_mean_min_and_max(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    sent = rows(4096)
    client.data.write(stream, sent)
    with client.data.read(stream, decimation_level=4) as reader:
        got = reader.read_all()
        assert (reader.decimation, reader.layout) == (4, "float32_9")
    ts, mean, low, high = _blocks_of_4(sent["data"], sent["timestamp"])
    assert got["timestamp"].tolist() == ts.tolist()
    np.testing.assert_allclose(got["mean"], mean, rtol=1e-5, atol=1e-6)
    assert np.array_equal(got["min"], low.astype("f4"))
    assert np.array_equal(got["max"], high.astype("f4"))


def test_max_rows_picks_a_decimation_level(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(20_000))
    with client.data.read(stream, max_rows=500) as reader:
        got = reader.read_all()
    assert reader.decimation in (64, 256)
    assert 0 < len(got) <= 20_000 // reader.decimation + 1
    assert got.dtype.names == ("timestamp", "mean", "min", "max")


def test_dropped_decimations_read_as_empty(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(256))
    client.data.drop_decimations(stream)
    assert len(client.data.read_array(stream, decimation_level=4)) == 0
    client.data.decimate(stream)
    assert len(client.data.read_array(stream, decimation_level=4)) == 64


def test_a_range_without_rows_reads_as_an_empty_array_of_the_stream_type(
    client: JouleClient, new_stream: NewStream
) -> None:
    stream = new_stream("int16_2")
    client.data.write(stream, rows(10, "int16_2"))
    empty = client.data.read_array(stream, start=T0 - 100, end=T0 - 50)
    assert (len(empty), empty.dtype.descr) == (0, [("timestamp", "<i8"), ("data", "<i2", (2,))])


def test_consolidate_removes_small_gaps(client: JouleClient, new_stream: NewStream) -> None:
    stream = new_stream()
    client.data.write(stream, rows(10))
    client.data.write(stream, rows(10, start=T0 + 20_000))
    assert len(client.data.intervals(stream)) == 2
    assert client.data.consolidate(stream, 20_000) == 1
    assert len(client.data.intervals(stream)) == 1


def test_read_to_file_writes_a_loadable_npy(client: JouleClient, new_stream: NewStream, tmp_path: Path) -> None:
    stream = new_stream()
    sent = rows(3000)
    client.data.write(stream, sent)
    path = client.data.read_to_file(stream, tmp_path / "rows.npy")
    assert np.load(path).tobytes() == sent.tobytes()


def test_async_read_to_file_writes_a_loadable_npy(
    client: JouleClient, new_stream: NewStream, run_async: Any, tmp_path: Path
) -> None:
    stream = new_stream()
    sent = rows(300)
    client.data.write(stream, sent)

    async def save(aclient: AsyncJouleClient) -> Path:
        return await aclient.data.read_to_file(stream, tmp_path / "rows.npy")

    assert np.load(run_async(save)).tobytes() == sent.tobytes()


def test_subscribing_yields_live_rows_from_a_module(client: JouleClient, node: JouleNode) -> None:
    count = 0
    with client.data.subscribe(node.live_stream) as live:
        for block in live:
            if block is not INTERVAL_BREAK:
                assert np.all(np.diff(block["timestamp"]) > 0)
                count += len(block)
            if count >= 10:
                break
    assert live.layout == "float32_3"
    assert count >= 10


def test_async_subscribing_yields_live_rows(node: JouleNode, run_async: Any) -> None:
    async def first_rows(aclient: AsyncJouleClient) -> int:
        count = 0
        async for block in aclient.data.subscribe(node.live_stream):
            if block is not INTERVAL_BREAK:
                count += len(block)
            if count >= 10:
                return count
        return count

    assert run_async(first_rows) >= 10


def test_a_connection_dropped_mid_read_is_an_error_not_a_short_array(
    client: JouleClient, new_stream: NewStream, node: JouleNode
) -> None:
    stream = new_stream()
    client.data.write(stream, rows(300_000))
    with relay(node.url, cut_after=3_000_003) as cut, JouleClient(cut.url, node.key, max_retries=0) as broken:
        with pytest.raises(ApiConnectionError):
            broken.data.read_array(stream)
        received: list[int] = []
        with pytest.raises(ApiConnectionError):
            _count_into(broken.data.read(stream), received)
    assert 0 < sum(received) < 300_000


def _count_into(blocks: Any, received: list[int]) -> None:
    for block in blocks:
        if block is not INTERVAL_BREAK:
            received.append(len(block))


def test_a_node_behind_a_path_prefix_works(client: JouleClient, new_stream: NewStream, node: JouleNode) -> None:
    stream = new_stream()
    client.data.write(stream, rows(10))
    with relay(node.url, prefix="/joule") as proxied, JouleClient(proxied.url, node.key) as behind:
        assert behind.node.version() == "1.0.1"
        assert len(behind.data.read_array(stream.id)) == 10
        behind.data.write(stream, rows(5, start=T0 + 10**9))
        assert len(behind.data.intervals(stream)) == 2
