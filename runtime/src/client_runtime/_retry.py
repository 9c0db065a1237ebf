"""When to retry and how long to wait: pure decisions, no I/O."""

from __future__ import annotations

import random
import ssl
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from time import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The request never reached the server: safe to send again whatever its method.
NOT_SENT_EXCEPTIONS: tuple[type[httpx.HTTPError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The connection broke while the request was out (a reset before the first answer byte, a dropped keep-alive
# connection): the server may have acted on it, so only an idempotent or retry-safe request is sent again.
BROKEN_EXCEPTIONS: tuple[type[httpx.HTTPError], ...] = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


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


def is_certificate_error(exc: BaseException) -> bool:
    """Whether a TLS certificate check failed somewhere in `exc`'s chain: no retry can ever fix that."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class Attempts:
    """The retry decisions for one request, free of I/O: the sync and async clients only send and sleep."""

    def __init__(self, policy: RetryPolicy, method: str, retry_safe: bool) -> None:
        self._policy = policy
        self._method = method
        self._retry_safe = retry_safe
        self.count = 0

    def _may_retry(self) -> bool:
        return self._policy.may_retry(self._method, self._retry_safe, self.count)

    def after_error(self, exc: httpx.HTTPError, *, sent: bool = True) -> float | None:
        """Seconds to wait before trying again, or None when `exc` is final.

        `sent=False` says the request itself was never sent (the failure was on the way to a token), so
        any method may be tried again.
        """
        if self.count >= self._policy.max_retries or is_certificate_error(exc):
            return None
        if isinstance(exc, NOT_SENT_EXCEPTIONS) or (isinstance(exc, BROKEN_EXCEPTIONS) and not sent):
            return self._next(self._policy.delay(self.count))
        if isinstance(exc, BROKEN_EXCEPTIONS) and self._may_retry():
            return self._next(self._policy.delay(self.count))
        return None

    def after_unsent_answer(self, status: int, headers: httpx.Headers) -> float | None:
        """After a retryable status from a request made before the call's own (a token request), any method."""
        if not should_retry_status(status) or self.count >= self._policy.max_retries:
            return None
        return self._next(self._policy.delay(self.count, headers))

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None when `response` is the answer (2xx-3xx or a final error)."""
        if response.status_code < 400 or not should_retry_status(response.status_code) or not self._may_retry():
            return None
        return self._next(self._policy.delay(self.count, response.headers))

    def _next(self, delay: float) -> float:
        self.count += 1
        return delay
