"""Joule's binary row format, free of I/O: layouts, the incremental decoder, and the writer's checks.

A row is a little-endian int64 timestamp (µs) followed by N values of the stream's datatype, packed.
A row whose every byte is zero is the interval token: a break between two intervals. The sync and
async pipes in `data.py` only move bytes; everything that decides lives here.
"""

from __future__ import annotations

import re
from typing import Any, Final, TypeAlias

import numpy as np
from client_runtime import InvalidRequest

DATATYPES: Final = {"float64": "<f8", "float32": "<f4", "int64": "<i8", "int32": "<i4", "int16": "<i2"}
_LAYOUT = re.compile(r"^(float64|float32|int64|int32|int16)_([1-9][0-9]{0,5})$")
# The largest timestamp a float64 holds exactly.
_EXACT_FLOAT = 2**53


class IntervalBreak:
    """The marker between two intervals of a stream (the token on the wire). Use the `INTERVAL_BREAK` singleton."""

    _instance: IntervalBreak | None = None

    def __new__(cls) -> IntervalBreak:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "INTERVAL_BREAK"


INTERVAL_BREAK: Final = IntervalBreak()

Block: TypeAlias = "np.ndarray[Any, np.dtype[Any]] | IntervalBreak"
Rows: TypeAlias = "np.ndarray[Any, np.dtype[Any]]"


class RowFormatError(ValueError):
    """The bytes or headers the node sent do not follow the row format."""


def parse_layout(layout: str) -> tuple[str, int]:
    """`"float32_3"` → `("float32", 3)`.

    >>> parse_layout("int16_2")
    ('int16', 2)
    """
    match = _LAYOUT.match(layout) if isinstance(layout, str) else None
    if match is None:
        raise RowFormatError(f"not a Joule layout: {layout!r}")
    return match.group(1), int(match.group(2))


def layout_dtype(layout: str, decimation: int = 1) -> np.dtype[Any]:
    """The numpy dtype of rows in `layout`; decimated rows get labelled mean, min and max columns.

    >>> layout_dtype("float32_3").descr
    [('timestamp', '<i8'), ('data', '<f4', (3,))]
    >>> layout_dtype("float32_6", decimation=4).names
    ('timestamp', 'mean', 'min', 'max')
    """
    datatype, width = parse_layout(layout)
    if decimation == 1:
        return np.dtype([("timestamp", "<i8"), ("data", DATATYPES[datatype], (width,))])
    if decimation < 1 or datatype != "float32" or width % 3:
        raise RowFormatError(f"decimation level {decimation} does not fit the layout {layout!r}")
    n = width // 3
    return np.dtype([("timestamp", "<i8"), ("mean", "<f4", (n,)), ("min", "<f4", (n,)), ("max", "<f4", (n,))])


def parse_decimation(value: str | None) -> int:
    """The `joule-decimation` header as a level: 1 (raw) or a power of 4."""
    try:
        level = int(value or "")
    except ValueError:
        raise RowFormatError(f"joule-decimation is not a level: {value!r}") from None
    if level < 1 or (level & (level - 1)) or (level.bit_length() - 1) % 2:
        raise RowFormatError(f"joule-decimation is not 1 or a power of 4: {value!r}")
    return level


class RowDecoder:
    """Turns a body of any chunking into row arrays and interval breaks, keeping rows aligned.

    `feed` returns what the new bytes complete; `close` checks that the body ended on a row boundary.
    Arrays are writable and hold at least `min_bytes` of rows each, except the last of an interval.
    A token with no rows before it (after another break, or at the start) is dropped.

    >>> decoder = RowDecoder(layout_dtype("int16_1"))
    >>> row = (5).to_bytes(8, "little") + (7).to_bytes(2, "little")
    >>> out = decoder.feed(row[:3]) + decoder.feed(row[3:] + bytes(10) + row)
    >>> [b if b is INTERVAL_BREAK else b["timestamp"].tolist() for b in out]
    [[5], INTERVAL_BREAK, [5]]
    >>> decoder.close()
    []
    """

    def __init__(self, dtype: np.dtype[Any], *, min_bytes: int = 0) -> None:
        self.dtype = dtype
        self.row_size = dtype.itemsize
        self.min_bytes = min_bytes
        self.rows = 0
        self._chunks: list[bytes] = []
        self._pending = 0
        self._rows_since_break = 0

    def feed(self, chunk: bytes) -> list[Block]:
        if chunk:
            self._chunks.append(chunk)
            self._pending += len(chunk)
        if self._pending < max(self.min_bytes, self.row_size):
            return []
        return self._decode()

    def close(self) -> list[Block]:
        """Everything still buffered; RowFormatError if the body stopped inside a row."""
        out = self._decode() if self._pending >= self.row_size else []
        if self._pending:
            raise RowFormatError(
                f"the body ended inside a row: {self._pending} of {self.row_size} bytes after {self.rows} rows"
            )
        return out

    def _decode(self) -> list[Block]:
        buffer = bytearray().join(self._chunks) if len(self._chunks) > 1 else bytearray(self._chunks[0])
        count = len(buffer) // self.row_size
        used = count * self.row_size
        tail = bytes(buffer[used:])
        self._chunks = [tail] if tail else []
        self._pending = len(tail)
        rows: Rows = np.frombuffer(buffer, self.dtype, count=count)
        self.rows += count
        out: list[Block] = []
        start = 0
        for index in self._tokens(buffer, rows):
            self._emit(rows[start:index], out)
            if self._rows_since_break:
                out.append(INTERVAL_BREAK)
                self._rows_since_break = 0
            start = index + 1
        self._emit(rows[start:], out)
        return out

    def _tokens(self, buffer: bytearray, rows: Rows) -> list[int]:
        candidates = np.flatnonzero(rows["timestamp"] == 0)
        if not candidates.size:
            return []
        raw = np.frombuffer(buffer, np.uint8, count=len(rows) * self.row_size).reshape(len(rows), self.row_size)
        tokens: list[int] = candidates[~raw[candidates].any(axis=1)].tolist()
        self.rows -= len(tokens)
        return tokens

    def _emit(self, segment: Rows, out: list[Block]) -> None:
        if len(segment):
            out.append(segment)
            self._rows_since_break += len(segment)


def interval_token(dtype: np.dtype[Any]) -> bytes:
    return bytes(dtype.itemsize)


def as_rows(data: Any, dtype: np.dtype[Any], where: str = "data") -> Rows:
    """`data` as rows of `dtype`: a structured array with the same fields, or a 2-D array `[ts, v0, …]`.

    Raises InvalidRequest when the width or the value type does not fit the stream.

    >>> rows = as_rows(np.array([[1, 0.5], [2, 1.5]]), layout_dtype("float32_1"))
    >>> rows["timestamp"].tolist(), rows["data"].tolist()
    ([1, 2], [[0.5], [1.5]])
    """
    if not isinstance(data, np.ndarray):
        raise InvalidRequest(where, f"must be a numpy array, got {type(data).__name__}")
    value_type = dtype["data"].base
    width = dtype["data"].shape[0]
    if data.dtype.names is not None:
        if data.dtype.names != ("timestamp", "data") or data.ndim != 1:
            raise InvalidRequest(where, f"a structured array needs the fields ('timestamp', 'data'), got {data.dtype}")
        given = data.dtype["data"]
        if given.shape != (width,):
            raise InvalidRequest(where, f"has {_width(given.shape)} values per row, the stream has {width}")
        if given.base.newbyteorder("<") != value_type or data.dtype["timestamp"].kind != "i":
            raise InvalidRequest(where, f"has dtype {data.dtype}, the stream's rows are {dtype}")
        return data if data.dtype == dtype else data.astype(dtype)
    if data.ndim != 2:
        raise InvalidRequest(where, "must be a structured array or a 2-D array [timestamp, v0, v1, …]")
    if data.shape[1] != width + 1:
        raise InvalidRequest(where, f"has {data.shape[1] - 1} values per row, the stream has {width}")
    if data.dtype.kind not in "iuf":
        raise InvalidRequest(where, f"must hold numbers, got {data.dtype}")
    rows = np.empty(len(data), dtype)
    rows["timestamp"] = _timestamps(data[:, 0], where)
    rows["data"] = _values(data[:, 1:], value_type, where)
    return rows


def _width(shape: tuple[int, ...]) -> int:
    return shape[0] if shape else 1


def _timestamps(column: Rows, where: str) -> Rows:
    if column.dtype.kind == "f":
        if not np.all(np.isfinite(column)) or np.any(column != np.floor(column)):
            raise InvalidRequest(f"{where}[:, 0]", "timestamps must be whole numbers of microseconds")
        if np.any(np.abs(column) >= _EXACT_FLOAT):
            raise InvalidRequest(f"{where}[:, 0]", "timestamps this large lose precision as floats; pass int64")
    elif column.dtype.kind == "u" and len(column) and int(column.max()) > np.iinfo(np.int64).max:
        raise InvalidRequest(f"{where}[:, 0]", "timestamps must fit in int64")
    return column.astype("<i8")


def _values(values: Rows, value_type: np.dtype[Any], where: str) -> Rows:
    if value_type.kind == "i" and len(values):
        info = np.iinfo(value_type)
        if values.dtype.kind == "f" and (not np.all(np.isfinite(values)) or np.any(values != np.floor(values))):
            raise InvalidRequest(where, f"the stream holds {value_type.name} values; these are not whole numbers")
        if values.min() < info.min or values.max() > info.max:
            raise InvalidRequest(where, f"values do not fit the stream's {value_type.name}")
    return values.astype(value_type)


def check_rows(rows: Rows, previous: int | None, where: str = "data") -> int | None:
    """Check rows as the node would, before sending; returns the last timestamp.

    Timestamps must strictly increase (also after `previous`, the last one already sent), values must not
    be NaN, and no row may be all zeros at t=0, which the node would read as an interval token.

    >>> check_rows(np.array([(1, [0]), (1, [1])], layout_dtype("int32_1")), None)
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: data[1]: timestamps must strictly increase: 1 after 1
    """
    if not len(rows):
        return previous
    stamps = rows["timestamp"]
    if previous is not None and stamps[0] <= previous:
        raise InvalidRequest(f"{where}[0]", f"timestamps must strictly increase: {stamps[0]} after {previous}")
    steps = np.flatnonzero(np.diff(stamps) <= 0)
    if steps.size:
        at = int(steps[0]) + 1
        raise InvalidRequest(
            f"{where}[{at}]", f"timestamps must strictly increase: {stamps[at]} after {stamps[at - 1]}"
        )
    values = rows["data"]
    if values.dtype.kind == "f":
        bad = np.flatnonzero(np.isnan(values).any(axis=1))
        if bad.size:
            raise InvalidRequest(f"{where}[{bad[0]}]", "values must not be NaN")
    zero = np.flatnonzero(stamps == 0)
    if zero.size and not values[zero].any(axis=1).all():
        raise InvalidRequest(f"{where}[{zero[0]}]", "a row of zeros at t=0 would read as an interval break")
    return int(stamps[-1])


class RowEncoder:
    """Turns arrays and INTERVAL_BREAK into request body chunks, checking rows across the whole body.

    >>> encoder = RowEncoder(layout_dtype("int16_1"), block_rows=2)
    >>> [len(c) for c in encoder.encode(np.array([[1, 5], [2, 6], [3, 7]]))], [len(c) for c in encoder.close()]
    ([20, 10], [10])
    """

    def __init__(self, dtype: np.dtype[Any], *, block_rows: int = 50_000, where: str = "data") -> None:
        self.dtype = dtype
        self.block_rows = block_rows
        self.where = where
        self.rows = 0
        self._token = interval_token(dtype)
        self._previous: int | None = None
        self._open_interval = False
        self._items = 0

    def encode(self, item: Any) -> list[bytes]:
        """The chunks for one array, or a token for INTERVAL_BREAK; InvalidRequest for bad rows."""
        where = f"{self.where}[{self._items}]" if self._items or not isinstance(item, np.ndarray) else self.where
        self._items += 1
        if item is INTERVAL_BREAK:
            return self._close()
        rows = as_rows(item, self.dtype, where)
        self._previous = check_rows(rows, self._previous, where)
        self.rows += len(rows)
        if len(rows):
            self._open_interval = True
        return [rows[start : start + self.block_rows].tobytes() for start in range(0, len(rows), self.block_rows)]

    def close(self, close_interval: bool = True) -> list[bytes]:
        """The final token, when the interval is to be closed."""
        return self._close() if close_interval else []

    def _close(self) -> list[bytes]:
        if not self._open_interval:
            return []
        self._open_interval = False
        return [self._token]


def npy_header(dtype: np.dtype[Any], rows: int) -> bytes:
    """A `.npy` (version 1.0) header whose size does not depend on `rows`, so it can be rewritten at the end.

    >>> len(npy_header(layout_dtype("float32_3"), 10)) == len(npy_header(layout_dtype("float32_3"), 10**12))
    True
    """
    descr = np.lib.format.dtype_to_descr(dtype)
    widest = len(f"{{'descr': {descr!r}, 'fortran_order': False, 'shape': ({10**19},), }}")
    size = -(-(widest + 11) // 64) * 64
    header = f"{{'descr': {descr!r}, 'fortran_order': False, 'shape': ({rows},), }}"
    body = header.ljust(size - 11) + "\n"
    return b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body.encode("latin1")
