"""Raw and streamed answers, for when the parsed value is not enough."""

from __future__ import annotations

import codecs
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx

from ._core import parse, transport_error
from ._operation import Operation

T = TypeVar("T")
CHUNK = 1 << 16


class RawResponse(Generic[T]):
    """The HTTP answer of a successful call, parsed only when asked.

    Example::

        raw = client.study_cases.with_raw_response.get_url(1)
        raw.headers["content-type"], raw.parse().study_url
    """

    __slots__ = ("_op", "http_response")

    def __init__(self, op: Operation, http_response: httpx.Response) -> None:
        self._op = op
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        result: T = parse(self._op, self.http_response)
        return result

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} {self._op.method} {self._op.path}>"


def _atomic_target(path: str | os.PathLike[str]) -> tuple[Path, int, str]:
    import tempfile

    target = Path(path)
    fd, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    return target, fd, partial


def _decoder(response: httpx.Response) -> codecs.IncrementalDecoder:
    return codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")


class _Lines:
    """Splits text arriving in pieces into lines (`\n` or `\r\n` endings removed)."""

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, text: str) -> list[str]:
        *lines, self._pending = (self._pending + text).split("\n")
        return [line.removesuffix("\r") for line in lines]

    def close(self) -> list[str]:
        last, self._pending = self._pending, ""
        return [last] if last else []


class StreamedResponse(Generic[T]):
    """A successful answer whose body has not been read yet. Use it as a context manager.

    Example::

        with client.study_cases.with_streaming_response.get_logs(1) as stream:
            stream.write_to("run.log")

    A body cut short raises ApiConnectionError; `write_to` then leaves no file behind.
    """

    def __init__(self, op: Operation, open_response: Callable[[], httpx.Response]) -> None:
        self._op = op
        self._open = open_response
        self._response: httpx.Response | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()

    @property
    def http_response(self) -> httpx.Response:
        if self._response is None:
            raise RuntimeError("use the streamed response in a `with` block")
        return self._response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = CHUNK) -> Iterator[bytes]:
        """The body in chunks of `chunk_size` bytes, or as the network delivers it with None."""
        response = self.http_response
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc

    def iter_text(self, chunk_size: int | None = CHUNK) -> Iterator[str]:
        decoder = _decoder(self.http_response)
        for chunk in self.iter_bytes(chunk_size):
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)

    def iter_lines(self) -> Iterator[str]:
        """Lines as they arrive (server-sent events included), without their line endings."""
        lines = _Lines()
        for text in self.iter_text(None):
            yield from lines.feed(text)
        yield from lines.close()

    def read(self) -> bytes:
        """The whole body, kept on the response so `parse` can decode it."""
        response = self.http_response
        try:
            return response.read()
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc

    def parse(self) -> T:
        self.read()
        result: T = parse(self._op, self.http_response)
        return result

    def write_to(self, path: str | os.PathLike[str]) -> Path:
        """Stream the body into `path`, replacing it only once the whole body has arrived."""
        target, fd, partial = _atomic_target(path)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_bytes():
                    out.write(chunk)
            os.replace(partial, target)
        except BaseException:
            os.unlink(partial)
            raise
        return target


class AsyncStreamedResponse(Generic[T]):
    """The async twin of StreamedResponse; use it with `async with`."""

    def __init__(self, op: Operation, open_response: Callable[[], Any]) -> None:
        self._op = op
        self._open = open_response
        self._response: httpx.Response | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.aclose()

    @property
    def http_response(self) -> httpx.Response:
        if self._response is None:
            raise RuntimeError("use the streamed response in an `async with` block")
        return self._response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    async def iter_bytes(self, chunk_size: int | None = CHUNK) -> AsyncIterator[bytes]:
        """The body in chunks of `chunk_size` bytes, or as the network delivers it with None."""
        response = self.http_response
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc

    async def iter_text(self, chunk_size: int | None = CHUNK) -> AsyncIterator[str]:
        decoder = _decoder(self.http_response)
        async for chunk in self.iter_bytes(chunk_size):
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)

    async def iter_lines(self) -> AsyncIterator[str]:
        """Lines as they arrive (server-sent events included), without their line endings."""
        lines = _Lines()
        async for text in self.iter_text(None):
            for line in lines.feed(text):
                yield line
        for line in lines.close():
            yield line

    async def read(self) -> bytes:
        """The whole body, kept on the response so `parse` can decode it."""
        response = self.http_response
        try:
            return await response.aread()
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc

    async def parse(self) -> T:
        await self.read()
        result: T = parse(self._op, self.http_response)
        return result

    async def write_to(self, path: str | os.PathLike[str]) -> Path:
        """Stream the body into `path`, replacing it only once the whole body has arrived."""
        target, fd, partial = _atomic_target(path)
        try:
            with os.fdopen(fd, "wb") as out:
                async for chunk in self.iter_bytes():
                    out.write(chunk)
            os.replace(partial, target)
        except BaseException:
            os.unlink(partial)
            raise
        return target
