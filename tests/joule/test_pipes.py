"""The row decoder and the writer's checks, without a network: pure logic."""

from __future__ import annotations

import numpy as np
import pytest
from joule_client import INTERVAL_BREAK, InvalidRequest, RowDecoder, RowEncoder, layout_dtype
from joule_client.pipes import RowFormatError, as_rows, check_rows, parse_decimation, parse_layout

DTYPE = layout_dtype("float32_3")


def _rows(count: int, start: int = 1) -> np.ndarray:
    out = np.zeros(count, DTYPE)
    out["timestamp"] = np.arange(start, start + count)
    out["data"] = np.arange(count * 3, dtype="f4").reshape(count, 3) + 1
    return out


def _decode(body: bytes, sizes: list[int], min_bytes: int = 0) -> list[object]:
    decoder = RowDecoder(DTYPE, min_bytes=min_bytes)
    out: list[object] = []
    at = 0
    for size in sizes:
        out += decoder.feed(body[at : at + size])
        at += size
    out += decoder.feed(body[at:])
    return out + decoder.close()


def _shape(blocks: list[object]) -> list[object]:
    """Blocks merged per interval: row counts and breaks."""
    merged: list[object] = []
    for block in blocks:
        if block is INTERVAL_BREAK:
            merged.append(block)
        elif merged and isinstance(merged[-1], np.ndarray):
            merged[-1] = np.concatenate([merged[-1], block])
        else:
            merged.append(block)
    return merged


@pytest.mark.parametrize("sizes", [[], [1] * 45, [7, 13, 19, 33], [20, 20, 20], [59, 1]])
def test_rows_stay_aligned_across_any_chunking(sizes: list[int]) -> None:
    first, second = _rows(3), _rows(2, start=100)
    body = first.tobytes() + bytes(20) + second.tobytes()
    merged = _shape(_decode(body, sizes))
    assert merged[1] is INTERVAL_BREAK
    assert merged[0].tobytes() == first.tobytes()  # type: ignore[union-attr]
    assert merged[2].tobytes() == second.tobytes()  # type: ignore[union-attr]
    assert len(merged) == 3


def test_a_token_with_no_rows_before_it_is_dropped() -> None:
    body = bytes(20) + _rows(2).tobytes() + bytes(20) + bytes(20) + _rows(1, start=50).tobytes()
    assert [b if b is INTERVAL_BREAK else len(b) for b in _shape(_decode(body, []))] == [2, INTERVAL_BREAK, 1]


def test_a_lone_token_reads_as_nothing() -> None:
    assert _decode(bytes(20), [3]) == []


def test_a_zero_timestamp_with_values_is_a_row_not_a_break() -> None:
    row = _rows(1, start=0)
    assert [len(b) for b in _decode(row.tobytes(), [])] == [1]  # type: ignore[arg-type]


def test_a_body_cut_inside_a_row_is_an_error_not_a_shorter_array() -> None:
    decoder = RowDecoder(DTYPE)
    decoder.feed(_rows(2).tobytes()[:-3])
    with pytest.raises(RowFormatError, match="ended inside a row: 17 of 20 bytes"):
        decoder.close()


def test_min_bytes_coalesces_small_chunks_into_one_array() -> None:
    body = _rows(10).tobytes()
    blocks = _decode(body, [20] * 9, min_bytes=200)
    assert [len(b) for b in blocks] == [10]  # type: ignore[arg-type]


def test_decoded_arrays_are_writable() -> None:
    (block,) = _decode(_rows(2).tobytes(), [])
    block["data"][0, 0] = 42.0  # type: ignore[index]
    assert block["data"][0, 0] == 42.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("layout", "itemsize"), [("float32_3", 20), ("int16_2", 12), ("float64_1", 16), ("int64_4", 40)]
)
def test_layouts_give_packed_little_endian_rows(layout: str, itemsize: int) -> None:
    assert layout_dtype(layout).itemsize == itemsize
    assert layout_dtype(layout)["timestamp"].str == "<i8"


def test_the_byte_example_of_the_reference_decodes() -> None:
    body = bytes.fromhex("00401e18240a0600" + "0000" + "f9ff")
    (block,) = RowDecoder(layout_dtype("int16_2")).feed(body)
    assert block["timestamp"].tolist() == [1700000000000000]  # type: ignore[index]
    assert block["data"].tolist() == [[0, -7]]  # type: ignore[index]


def test_decimated_layouts_label_mean_min_and_max() -> None:
    dtype = layout_dtype("float32_6", decimation=16)
    assert dtype.names == ("timestamp", "mean", "min", "max")
    assert dtype.itemsize == 8 + 6 * 4


@pytest.mark.parametrize("layout", ["float32", "float16_3", "float32_0", "int32_x", "", "FLOAT32_3"])
def test_an_unknown_layout_is_refused(layout: str) -> None:
    with pytest.raises(RowFormatError):
        parse_layout(layout)


@pytest.mark.parametrize("header", [None, "", "0", "2", "8", "-4", "x"])
def test_a_decimation_header_must_be_1_or_a_power_of_4(header: str | None) -> None:
    with pytest.raises(RowFormatError):
        parse_decimation(header)


def test_a_decimated_layout_must_be_float32_with_three_columns_per_element() -> None:
    with pytest.raises(RowFormatError):
        layout_dtype("int16_3", decimation=4)
    with pytest.raises(RowFormatError):
        layout_dtype("float32_4", decimation=4)


def test_a_2d_array_becomes_rows_of_the_stream_type() -> None:
    made = as_rows(np.array([[1, 1.5, 2, 3], [2, 4, 5, 6]]), DTYPE)
    assert made.dtype == DTYPE
    assert made["data"].tolist() == [[1.5, 2, 3], [4, 5, 6]]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (np.array([[1, 2.0]]), "has 1 values per row, the stream has 3"),
        (np.zeros(3), "must be a structured array or a 2-D array"),
        (np.zeros(2, layout_dtype("float64_3")), "the stream's rows are"),
        (np.zeros(2, layout_dtype("float32_2")), "has 2 values per row"),
        (np.array([[1.5, 1, 2, 3]]), "whole numbers of microseconds"),
        ([[1, 2, 3, 4]], "must be a numpy array"),
    ],
)
def test_rows_that_do_not_fit_the_stream_are_refused(data: object, problem: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        as_rows(data, DTYPE)
    assert problem in caught.value.problem


def test_integer_streams_refuse_fractions_and_out_of_range_values() -> None:
    with pytest.raises(InvalidRequest, match="not whole numbers"):
        as_rows(np.array([[1, 0.5]]), layout_dtype("int16_1"))
    with pytest.raises(InvalidRequest, match="do not fit"):
        as_rows(np.array([[1, 70000]]), layout_dtype("int16_1"))


@pytest.mark.parametrize(
    ("timestamps", "values", "where", "problem"),
    [
        ([1, 2, 2], [1, 1, 1], "data[2]", "strictly increase: 2 after 2"),
        ([3, 2], [1, 1], "data[1]", "strictly increase"),
        ([1, 2], [1, np.nan], "data[1]", "NaN"),
        ([-1, 0, 1], [1, 0, 1], "data[1]", "interval break"),
    ],
)
def test_the_writer_checks_rows_as_the_node_would(
    timestamps: list[int], values: list[float], where: str, problem: str
) -> None:
    dtype = layout_dtype("float64_1")
    data = np.zeros(len(timestamps), dtype)
    data["timestamp"] = timestamps
    data["data"][:, 0] = values
    with pytest.raises(InvalidRequest) as caught:
        check_rows(data, None)
    assert (caught.value.where, problem in caught.value.problem) == (where, True)


def test_timestamps_must_increase_across_arrays_of_one_write() -> None:
    encoder = RowEncoder(DTYPE)
    encoder.encode(_rows(3, start=10))
    with pytest.raises(InvalidRequest) as caught:
        encoder.encode(_rows(1, start=12))
    assert caught.value.where == "data[1][0]"


def test_the_encoder_sends_blocks_tokens_and_a_final_token() -> None:
    encoder = RowEncoder(DTYPE, block_rows=2)
    chunks = encoder.encode(_rows(3)) + encoder.encode(INTERVAL_BREAK) + encoder.encode(INTERVAL_BREAK)
    chunks += encoder.encode(_rows(1, start=9)) + encoder.close()
    assert [len(c) for c in chunks] == [40, 20, 20, 20, 20]
    assert chunks[2] == bytes(20)
    assert chunks[-1] == bytes(20)
    assert encoder.close(close_interval=True) == []
