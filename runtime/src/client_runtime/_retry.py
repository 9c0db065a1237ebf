"""When to retry and how long to wait: pure decisions, no I/O."""

from __future__ import annotations

import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from time import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Errors where the request cannot have been processed, or where the method is idempotent anyway.
RETRY_EXCEPTIONS: tuple[type[httpx.HTTPError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.RemoteProtocolError,
    httpx.PoolTimeout,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter, honouring `Retry-After` up to `max_retry_after` seconds.

    >>> RetryPolicy(max_retries=0)  # never retry
    RetryPolicy(max_retries=0, initial_delay=0.5, max_delay=8.0, max_retry_after=60.0)
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def may_retry(self, method: str, retry_safe: bool, attempt: int) -> bool:
        """Whether attempt number `attempt` (0-based) may be followed by another."""
        return attempt < self.max_retries and (retry_safe or method in IDEMPOTENT_METHODS)

    def delay(self, attempt: int, headers: httpx.Headers | None = None) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        hinted = retry_after(headers) if headers is not None else None
        if hinted is not None and 0 <= hinted <= self.max_retry_after:
            return hinted
        backoff: float = min(self.initial_delay * 2**attempt, self.max_delay)
        return backoff * (1 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """`Retry-After` (seconds or an HTTP date) or `retry-after-ms`, in seconds."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None


def should_retry_status(status: int) -> bool:
    return status in RETRY_STATUSES


class Attempts:
    """The retry decisions for one request, free of I/O: the sync and async clients only send and sleep."""

    def __init__(self, policy: RetryPolicy, method: str, retry_safe: bool) -> None:
        self._policy = policy
        self._method = method
        self._retry_safe = retry_safe
        self.count = 0

    def _may_retry(self) -> bool:
        return self._policy.may_retry(self._method, self._retry_safe, self.count)

    def after_error(self, exc: httpx.HTTPError) -> float | None:
        """Seconds to wait before trying again, or None when `exc` is final."""
        if not isinstance(exc, RETRY_EXCEPTIONS) or not self._may_retry():
            return None
        return self._next(self._policy.delay(self.count))

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None when `response` is the answer (2xx-3xx or a final error)."""
        if response.status_code < 400 or not should_retry_status(response.status_code) or not self._may_retry():
            return None
        return self._next(self._policy.delay(self.count, response.headers))

    def _next(self, delay: float) -> float:
        self.count += 1
        return delay
