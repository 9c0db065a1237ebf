"""Data pipes: reading and subscribing into numpy arrays, writing arrays, and the range operations.

The row format lives in `pipes.py`; these classes only open the request and move bytes, once
blocking and once awaiting.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
from client_runtime import (
    NOT_GIVEN,
    ApiConnectionError,
    AsyncStreamedResponse,
    BadRequest,
    DecodingError,
    InvalidRequest,
    RequestOptions,
    StreamedResponse,
)

from . import _resources
from .naming import StreamRef, by_path
from .pipes import (
    INTERVAL_BREAK,
    Block,
    IntervalBreak,
    RowDecoder,
    RowEncoder,
    RowFormatError,
    Rows,
    layout_dtype,
    npy_header,
    parse_decimation,
)

if TYPE_CHECKING:
    import httpx

    from ._generated.models.data_json import DataJson
    from ._generated.models.data_stream import DataStream

NO_DATA = "this stream has no data"
# Historic reads are decoded in blocks of about this many bytes; live reads as bytes arrive.
READ_BLOCK_BYTES = 1 << 20
WRITE_BLOCK_ROWS = 50_000


def _given(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value is not NOT_GIVEN}


def _read_params(
    stream: StreamRef, start: int | None, end: int | None, max_rows: int | None, decimation_level: int | None
) -> dict[str, Any]:
    return {
        **by_path(stream, "stream"),
        **_given(start=start, end=end, max_rows=max_rows, decimation_level=decimation_level),
    }


def _is_no_data(error: BadRequest) -> bool:
    return error.text.strip() == NO_DATA


class _Shape:
    """What the answer's headers say about its rows."""

    def __init__(self, response: httpx.Response) -> None:
        try:
            self.layout = response.headers.get("joule-layout", "")
            self.decimation = parse_decimation(response.headers.get("joule-decimation"))
            self.dtype = layout_dtype(self.layout, self.decimation)
        except RowFormatError as exc:
            raise DecodingError(
                str(exc), method=response.request.method, url=str(response.request.url), text=""
            ) from exc


def _decoding_error(exc: RowFormatError, response: httpx.Response | None) -> ApiConnectionError:
    method, url = (response.request.method, str(response.request.url)) if response is not None else ("GET", "")
    return ApiConnectionError(f"the rows arrived incomplete: {exc}", method=method, url=url)


def _intervals(blocks: Iterable[Block], dtype: np.dtype[Any]) -> Iterator[Rows]:
    pending: list[Rows] = []
    for block in blocks:
        if isinstance(block, IntervalBreak):
            if pending:
                yield _joined(pending, dtype)
            pending = []
        else:
            pending.append(block)
    if pending:
        yield _joined(pending, dtype)


def _joined(arrays: list[Rows], dtype: np.dtype[Any]) -> Rows:
    if not arrays:
        return np.empty(0, dtype)
    return arrays[0] if len(arrays) == 1 else np.concatenate(arrays)


class _NpyFile:
    """A `.npy` file written row block by row block, put in place only once complete."""

    def __init__(self, path: str | os.PathLike[str], dtype: np.dtype[Any]) -> None:
        self.target = Path(path)
        self.dtype = dtype
        fd, self.partial = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".partial")
        self.out: IO[bytes] = os.fdopen(fd, "wb")
        self.rows = 0
        self.out.write(npy_header(dtype, 0))

    def write(self, block: Block) -> None:
        if isinstance(block, np.ndarray):
            self.out.write(block.data)
            self.rows += len(block)

    def finish(self) -> Path:
        self.out.seek(0)
        self.out.write(npy_header(self.dtype, self.rows))
        self.out.close()
        os.replace(self.partial, self.target)
        return self.target

    def abort(self) -> None:
        self.out.close()
        os.unlink(self.partial)


class DataReader:
    """The rows of one read or subscription, in arrival order: structured arrays and INTERVAL_BREAK.

    Use it in a `with` block, or just iterate (the connection closes at the end). `dtype` is
    `[('timestamp', '<i8'), ('data', <type>, (N,))]`, or for decimated rows
    `[('timestamp', '<i8'), ('mean', '<f4', (N,)), ('min', ...), ('max', ...)]`.

    Example::

        with client.data.read("/plant/power", start=t0, end=t1) as reader:
            for block in reader:
                if block is INTERVAL_BREAK:
                    print("gap")
                else:
                    print(len(block), block["timestamp"][0])
    """

    def __init__(
        self, open_stream: Callable[[], StreamedResponse[Any]], layout: Callable[[], str], min_bytes: int
    ) -> None:
        self._open = open_stream
        self._layout = layout
        self._min_bytes = min_bytes
        self._stream: StreamedResponse[Any] | None = None
        self._entered = False
        self.layout = ""
        self.decimation = 1
        self.dtype: np.dtype[Any] = np.dtype([("timestamp", "<i8")])

    def __enter__(self) -> DataReader:
        stream = self._open()
        try:
            stream.__enter__()
        except BadRequest as error:
            if not _is_no_data(error):
                raise
            self.layout = self._layout()
            self.dtype = layout_dtype(self.layout)
        else:
            self._stream = stream
            shape = _Shape(stream.http_response)
            self.layout, self.decimation, self.dtype = shape.layout, shape.decimation, shape.dtype
        self._entered = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.__exit__(*exc)
            self._stream = None

    def __iter__(self) -> Iterator[Block]:
        if not self._entered:
            with self:
                yield from self._blocks()
        else:
            yield from self._blocks()

    def _blocks(self) -> Iterator[Block]:
        if self._stream is None:
            return
        decoder = RowDecoder(self.dtype, min_bytes=self._min_bytes)
        try:
            for chunk in self._stream.iter_bytes(None):
                yield from decoder.feed(chunk)
            yield from decoder.close()
        except RowFormatError as exc:
            raise _decoding_error(exc, self._stream.http_response) from exc

    def arrays(self) -> Iterator[Rows]:
        """Only the row arrays, without the interval breaks."""
        return (block for block in self if isinstance(block, np.ndarray))

    def intervals(self) -> Iterator[Rows]:
        """One array per interval."""
        return _intervals(self, self.dtype)

    def read_all(self) -> Rows:
        """Every row in one array (interval breaks are not kept)."""
        return _joined(list(self.arrays()), self.dtype)


class AsyncDataReader:
    """The async twin of DataReader: `async with` it, or just `async for` over it."""

    def __init__(self, open_stream: Callable[[], AsyncStreamedResponse[Any]], layout: Any, min_bytes: int) -> None:
        self._open = open_stream
        self._layout = layout
        self._min_bytes = min_bytes
        self._stream: AsyncStreamedResponse[Any] | None = None
        self._entered = False
        self.layout = ""
        self.decimation = 1
        self.dtype: np.dtype[Any] = np.dtype([("timestamp", "<i8")])

    async def __aenter__(self) -> AsyncDataReader:
        stream = self._open()
        try:
            await stream.__aenter__()
        except BadRequest as error:
            if not _is_no_data(error):
                raise
            self.layout = await self._layout()
            self.dtype = layout_dtype(self.layout)
        else:
            self._stream = stream
            shape = _Shape(stream.http_response)
            self.layout, self.decimation, self.dtype = shape.layout, shape.decimation, shape.dtype
        self._entered = True
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._stream is not None:
            await self._stream.__aexit__(*exc)
            self._stream = None

    async def __aiter__(self) -> AsyncIterator[Block]:
        if not self._entered:
            async with self:
                async for block in self._blocks():
                    yield block
        else:
            async for block in self._blocks():
                yield block

    async def _blocks(self) -> AsyncIterator[Block]:
        if self._stream is None:
            return
        decoder = RowDecoder(self.dtype, min_bytes=self._min_bytes)
        try:
            async for chunk in self._stream.iter_bytes(None):
                for block in decoder.feed(chunk):
                    yield block
            for block in decoder.close():
                yield block
        except RowFormatError as exc:
            raise _decoding_error(exc, self._stream.http_response) from exc

    async def arrays(self) -> AsyncIterator[Rows]:
        """Only the row arrays, without the interval breaks."""
        async for block in self:
            if isinstance(block, np.ndarray):
                yield block

    async def intervals(self) -> AsyncIterator[Rows]:
        """One array per interval."""
        pending: list[Rows] = []
        async for block in self:
            if isinstance(block, IntervalBreak):
                if pending:
                    yield _joined(pending, self.dtype)
                pending = []
            else:
                pending.append(block)
        if pending:
            yield _joined(pending, self.dtype)

    async def read_all(self) -> Rows:
        """Every row in one array (interval breaks are not kept)."""
        return _joined([block async for block in self.arrays()], self.dtype)


def _stream_dtype(stream: DataStream) -> np.dtype[Any]:
    return layout_dtype(stream.layout)


def _write_params(stream: DataStream, merge_gap: int) -> dict[str, Any]:
    if isinstance(merge_gap, bool) or not isinstance(merge_gap, int) or merge_gap < 0:
        raise InvalidRequest("merge_gap", f"must be an integer >= 0, got {merge_gap!r}")
    return {"id": stream.id, "merge-gap": merge_gap}


def _items(data: Any) -> Any:
    if isinstance(data, np.ndarray) or data is INTERVAL_BREAK:
        return [data]
    if isinstance(data, str | bytes) or not isinstance(data, Iterable | AsyncIterable):
        raise InvalidRequest("data", f"must be a numpy array or an iterable of arrays, got {type(data).__name__}")
    return data


def _check_block_rows(block_rows: int) -> None:
    if isinstance(block_rows, bool) or not isinstance(block_rows, int) or block_rows < 1:
        raise InvalidRequest("block_rows", f"must be a positive integer, got {block_rows!r}")


def _body(data: Any, encoder: RowEncoder, close_interval: bool) -> Iterator[bytes]:
    """The request body; a single array is checked whole here, before the request starts."""
    if isinstance(data, np.ndarray):
        return iter([*encoder.encode(data), *encoder.close(close_interval)])

    def chunks() -> Iterator[bytes]:
        for item in _items(data):
            yield from encoder.encode(item)
        yield from encoder.close(close_interval)

    return chunks()


async def _async_body(
    data: Any, encoder: RowEncoder, close_interval: bool, checked: list[bytes]
) -> AsyncIterator[bytes]:
    """The async request body; `checked` holds the chunks of a single array checked before the request."""
    if checked:
        for chunk in checked:
            yield chunk
    elif isinstance(data, AsyncIterable):
        async for item in data:
            for chunk in encoder.encode(item):
                yield chunk
        for chunk in encoder.close(close_interval):
            yield chunk
    else:
        for chunk in _body(data, encoder, close_interval):
            yield chunk


class Data(_resources.Data):
    """Data operations: binary pipes into numpy arrays, and the range operations by stream object, path or id."""

    def _stream(self, stream: StreamRef) -> DataStream:
        from ._generated.models.data_stream import DataStream

        if isinstance(stream, DataStream):
            return stream
        return _resources.DataStreams(self._client).get(**by_path(stream, "stream"), no_info=1)

    def read(  # type: ignore[override]  # a pipe of arrays replaces the raw bytes
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> DataReader:
        """Historic rows in `[start, end)`, raw or decimated (`max_rows`, `decimation_level`), as a DataReader.

        A range without rows reads as empty. Example::

            for block in client.data.read("/plant/power", max_rows=1000):
                ...
        """
        params = _read_params(stream, start, end, max_rows, decimation_level)
        raw = super().with_streaming_response
        return DataReader(
            lambda: raw.read(**params, options=options),
            lambda: self._stream(stream).layout,
            READ_BLOCK_BYTES,
        )

    def subscribe(self, stream: StreamRef, *, options: RequestOptions | None = None) -> DataReader:
        """Live rows of a stream a module produces, as they arrive; iterate until you have enough.

        Example::

            with client.data.subscribe("/live/random") as live:
                for block in live:
                    ...
        """
        params = by_path(stream, "stream")
        raw = super().with_streaming_response
        return DataReader(
            lambda: raw.read(**params, subscribe=1, options=options), lambda: self._stream(stream).layout, 0
        )

    def read_array(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> Rows:
        """Every row of the range in one structured array (interval breaks are not kept).

        Example: ``rows = client.data.read_array("/plant/power", start=t0, end=t1)``
        """
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        with read as reader:
            return reader.read_all()

    def read_intervals(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Rows]:
        """The range's rows as one array per interval."""
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        with read as reader:
            return list(reader.intervals())

    def read_to_file(
        self,
        stream: StreamRef,
        path: str | os.PathLike[str],
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> Path:
        """Stream the range into a `.npy` file (load it with `numpy.load`), in place only once complete.

        Memory stays flat whatever the range's size. Example: ``client.data.read_to_file("/plant/power", "p.npy")``
        """
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        with read as reader:
            out = _NpyFile(path, reader.dtype)
            try:
                for block in reader:
                    out.write(block)
            except BaseException:
                out.abort()
                raise
            return out.finish()

    def write(  # type: ignore[override]  # arrays replace the raw body
        self,
        stream: StreamRef,
        data: Rows | Iterable[Rows | IntervalBreak],
        *,
        start: int | None = None,
        end: int | None = None,
        merge_gap: int = 0,
        close_interval: bool = True,
        block_rows: int = WRITE_BLOCK_ROWS,
        options: RequestOptions | None = None,
    ) -> None:
        """Append rows: a structured array, a 2-D array `[ts, v0, …]`, or an iterable of them and INTERVAL_BREAK.

        Rows are checked before they are sent (strictly increasing timestamps, no NaN, no all-zero row at
        t=0, the stream's width and type); a single array is checked whole before the request starts.
        `start`/`end` first delete that range. The interval is closed at the end unless `close_interval=False`.

        Example: ``client.data.write("/plant/power", np.array([[t0, 1.0, 2.0, 3.0]]))``
        """
        _check_block_rows(block_rows)
        _items(data)
        target = self._stream(stream)
        params = _write_params(target, merge_gap)
        body = _body(data, RowEncoder(_stream_dtype(target), block_rows=block_rows), close_interval)
        if start is not None or end is not None:
            self.delete(target, start=start, end=end, options=options)
        self._client.request(
            "POST",
            "/data",
            params=params,
            content=body,
            headers={"Content-Type": "application/octet-stream"},
            options=options,
        )

    def delete(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete rows in `[start, end)`, or every row without bounds; a range leaves an interval break."""
        super().delete(**by_path(stream, "stream"), **_given(start=start, end=end), options=options)

    def intervals(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[tuple[int, int]]:
        """The intervals as `(start, end)` pairs, `end` exclusive. Example: ``client.data.intervals(7)``"""
        found = super().intervals(**by_path(stream, "stream"), **_given(start=start, end=end), options=options)
        return [(first, last) for first, last in found]

    def read_json(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> DataJson:
        """The rows as JSON lists grouped by interval (slow; prefer `read`)."""
        params = _read_params(stream, start, end, max_rows, decimation_level)
        return super().read_json(**params, options=options)

    def decimate(self, stream: StreamRef, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Rebuild every decimation level."""
        super().decimate(**by_path(stream, "stream"), options=options)

    def drop_decimations(  # type: ignore[override]  # the stream by object, path or id
        self, stream: StreamRef, *, options: RequestOptions | None = None
    ) -> None:
        """Drop the decimation tables."""
        super().drop_decimations(**by_path(stream, "stream"), options=options)

    def consolidate(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        max_gap: int,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> int:
        """Remove interval breaks of at most `max_gap` µs; returns how many were removed."""
        done = super().consolidate(
            **by_path(stream, "stream"), max_gap=max_gap, **_given(start=start, end=end), options=options
        )
        return done.num_consolidated


class AsyncData(_resources.AsyncData):
    """Async twin of Data."""

    async def _stream(self, stream: StreamRef) -> DataStream:
        from ._generated.models.data_stream import DataStream

        if isinstance(stream, DataStream):
            return stream
        return await _resources.AsyncDataStreams(self._client).get(**by_path(stream, "stream"), no_info=1)

    def _reader(
        self, stream: StreamRef, params: dict[str, Any], options: RequestOptions | None, min_bytes: int
    ) -> AsyncDataReader:
        raw = super().with_streaming_response

        async def layout() -> str:
            return (await self._stream(stream)).layout

        return AsyncDataReader(lambda: raw.read(**params, options=options), layout, min_bytes)

    def read(  # type: ignore[override]  # a pipe of arrays replaces the raw bytes
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncDataReader:
        """Historic rows in `[start, end)`, raw or decimated, as an AsyncDataReader (not awaited).

        Example::

            async for block in client.data.read("/plant/power"):
                ...
        """
        params = _read_params(stream, start, end, max_rows, decimation_level)
        return self._reader(stream, params, options, READ_BLOCK_BYTES)

    def subscribe(self, stream: StreamRef, *, options: RequestOptions | None = None) -> AsyncDataReader:
        """Live rows of a stream a module produces, as they arrive."""
        return self._reader(stream, {**by_path(stream, "stream"), "subscribe": 1}, options, 0)

    async def read_array(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> Rows:
        """Every row of the range in one structured array (interval breaks are not kept)."""
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        async with read as reader:
            return await reader.read_all()

    async def read_intervals(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Rows]:
        """The range's rows as one array per interval."""
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        async with read as reader:
            return [interval async for interval in reader.intervals()]

    async def read_to_file(
        self,
        stream: StreamRef,
        path: str | os.PathLike[str],
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> Path:
        """Stream the range into a `.npy` file, in place only once complete."""
        read = self.read(
            stream, start=start, end=end, max_rows=max_rows, decimation_level=decimation_level, options=options
        )
        async with read as reader:
            out = _NpyFile(path, reader.dtype)
            try:
                async for block in reader:
                    out.write(block)
            except BaseException:
                out.abort()
                raise
            return out.finish()

    async def write(  # type: ignore[override]  # arrays replace the raw body
        self,
        stream: StreamRef,
        data: Rows | Iterable[Rows | IntervalBreak] | AsyncIterable[Rows | IntervalBreak],
        *,
        start: int | None = None,
        end: int | None = None,
        merge_gap: int = 0,
        close_interval: bool = True,
        block_rows: int = WRITE_BLOCK_ROWS,
        options: RequestOptions | None = None,
    ) -> None:
        """Append rows, checked before they are sent; see Data.write. `data` may also be an async iterable."""
        _check_block_rows(block_rows)
        _items(data)
        target = await self._stream(stream)
        params = _write_params(target, merge_gap)
        encoder = RowEncoder(_stream_dtype(target), block_rows=block_rows)
        if isinstance(data, np.ndarray):
            chunks = [*encoder.encode(data), *encoder.close(close_interval)]
            data = []
        else:
            chunks = []
        body = _async_body(_items(data), encoder, close_interval, chunks)
        if start is not None or end is not None:
            await self.delete(target, start=start, end=end, options=options)
        await self._client.request(
            "POST",
            "/data",
            params=params,
            content=body,
            headers={"Content-Type": "application/octet-stream"},
            options=options,
        )

    async def delete(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete rows in `[start, end)`, or every row without bounds."""
        await super().delete(**by_path(stream, "stream"), **_given(start=start, end=end), options=options)

    async def intervals(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[tuple[int, int]]:
        """The intervals as `(start, end)` pairs, `end` exclusive."""
        found = await super().intervals(**by_path(stream, "stream"), **_given(start=start, end=end), options=options)
        return [(first, last) for first, last in found]

    async def read_json(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        max_rows: int | None = None,
        decimation_level: int | None = None,
        options: RequestOptions | None = None,
    ) -> DataJson:
        """The rows as JSON lists grouped by interval."""
        params = _read_params(stream, start, end, max_rows, decimation_level)
        return await super().read_json(**params, options=options)

    async def decimate(  # type: ignore[override]  # the stream by object, path or id
        self, stream: StreamRef, *, options: RequestOptions | None = None
    ) -> None:
        """Rebuild every decimation level."""
        await super().decimate(**by_path(stream, "stream"), options=options)

    async def drop_decimations(  # type: ignore[override]  # the stream by object, path or id
        self, stream: StreamRef, *, options: RequestOptions | None = None
    ) -> None:
        """Drop the decimation tables."""
        await super().drop_decimations(**by_path(stream, "stream"), options=options)

    async def consolidate(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        max_gap: int,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> int:
        """Remove interval breaks of at most `max_gap` µs; returns how many were removed."""
        done = await super().consolidate(
            **by_path(stream, "stream"), max_gap=max_gap, **_given(start=start, end=end), options=options
        )
        return done.num_consolidated
