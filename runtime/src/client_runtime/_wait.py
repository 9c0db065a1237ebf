"""Polling until something finishes: the deadline arithmetic and a terminal progress line."""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, TextIO, TypeVar

from ._errors import ApiError, InvalidRequest

T = TypeVar("T")


async def async_sleep(seconds: float) -> None:
    """Sleep under asyncio or trio alike."""
    import anyio  # imported on first use: it would add to every client's import time

    await anyio.sleep(seconds)


class WaitTimeout(ApiError):
    """The deadline passed before the awaited thing finished; `last` is the last status seen."""

    def __init__(self, message: str, last: Any) -> None:
        super().__init__(message)
        self.last = last


class Poller:
    """When to poll next, for at most `timeout` seconds in total.

    >>> poller = Poller(interval=2, timeout=5, clock=iter([0, 0, 4, 6]).__next__)
    >>> poller.next_delay(), poller.next_delay(), poller.next_delay()
    (2.0, 1.0, None)
    """

    def __init__(self, interval: float, timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        if not interval > 0:
            raise InvalidRequest("poll_interval", f"must be a positive number of seconds, got {interval!r}")
        if not timeout > 0:
            raise InvalidRequest("timeout", f"must be a positive number of seconds, got {timeout!r}")
        self.interval = float(interval)
        self._clock = clock
        self.started = float(clock())
        self.deadline = self.started + timeout

    def elapsed(self) -> float:
        return self._clock() - self.started

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline has passed."""
        left = self.deadline - float(self._clock())
        if left <= 0:
            return None
        return min(self.interval, left)


class ProgressLine:
    """One status line rewritten in place on a terminal; plain lines elsewhere.

    >>> import io
    >>> line = ProgressLine(io.StringIO())
    >>> line.update("RUNNING"); line.update("RUNNING"); line.update("FINISHED")
    """

    def __init__(self, target: bool | TextIO) -> None:
        self._stream: TextIO | None = sys.stderr if target is True else (target or None)
        self._tty = bool(self._stream is not None and getattr(self._stream, "isatty", lambda: False)())
        self._last = ""

    def update(self, text: str) -> None:
        if self._stream is None or text == self._last:
            return
        if self._tty:
            self._stream.write("\r\x1b[2K" + text)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
        self._last = text

    def close(self) -> None:
        if self._stream is not None and self._tty and self._last:
            self._stream.write("\n")
            self._stream.flush()


def poll_until(
    fetch: Callable[[], T],
    settled: Callable[[T], bool],
    *,
    poll_interval: float,
    timeout: float,
    timed_out: Callable[[T], Exception],
    describe: Callable[[T, float], str] | None = None,
    progress: bool | TextIO = False,
) -> T:
    """Call `fetch` every `poll_interval` seconds until `settled(result)`; returns that result.

    After `timeout` seconds it raises `timed_out(last result)`. With `describe`, each result is shown
    as one progress line (`progress=True` for stderr, or any text stream).

    >>> answers = iter(["PENDING", "RUNNING", "DONE"])
    >>> poll_until(lambda: next(answers), lambda s: s == "DONE", poll_interval=0.001, timeout=5,
    ...            timed_out=lambda s: TimeoutError(s))
    'DONE'
    """
    poller = Poller(poll_interval, timeout)
    line = ProgressLine(progress)
    try:
        while True:
            last = fetch()
            if describe is not None:
                line.update(describe(last, poller.elapsed()))
            if settled(last):
                return last
            delay = poller.next_delay()
            if delay is None:
                raise timed_out(last)
            time.sleep(delay)
    finally:
        line.close()


async def apoll_until(
    fetch: Callable[[], Awaitable[T]],
    settled: Callable[[T], bool],
    *,
    poll_interval: float,
    timeout: float,
    timed_out: Callable[[T], Exception],
    describe: Callable[[T, float], str] | None = None,
    progress: bool | TextIO = False,
) -> T:
    """The async twin of `poll_until`."""
    poller = Poller(poll_interval, timeout)
    line = ProgressLine(progress)
    try:
        while True:
            last = await fetch()
            if describe is not None:
                line.update(describe(last, poller.elapsed()))
            if settled(last):
                return last
            delay = poller.next_delay()
            if delay is None:
                raise timed_out(last)
            await async_sleep(delay)
    finally:
        line.close()
