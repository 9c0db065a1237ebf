"""Where a request may go: credentials stay at their origin, token requests never follow a redirect, and a
buffered body arrives before its deadline.

httpx follows redirects itself and strips only `Authorization` when one leaves the origin; an API key in a
custom header, a session cookie or a header given to the client would follow. These checks run as httpx event
hooks, which see every hop of a redirect chain, so one place covers every auth kind of every API.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._errors import RedirectRefused
from ._redact import MASK, body_text, redact_url

ORIGIN = "client_runtime.origin"
NO_REDIRECT = "client_runtime.no_redirect"
DEADLINE = "client_runtime.deadline"

# Headers that carry no credential; on a hop to another origin every other header is dropped.
SAFE_HEADERS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "accept-language",
        "connection",
        "user-agent",
        "content-type",
        "content-length",
        "transfer-encoding",
    }
)


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, with the scheme's default port filled in.

    >>> origin(httpx.URL("https://h.example/x")) == origin(httpx.URL("https://h.example:443/y"))
    True
    """
    port = url.port if url.port is not None else {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def _same_origin(first: tuple[str, str, int | None], url: httpx.URL) -> bool:
    here = origin(url)
    # An upgrade from http to https on the same host keeps the credentials, as httpx does.
    upgrade = first[0] == "http" and here[0] == "https" and first[1] == here[1] and first[2] == 80
    return here == first or (upgrade and here[2] == 443)


def guard_request(request: httpx.Request) -> None:
    """Remember where a request started; on a hop to another origin, send no credential along."""
    first = request.extensions.get(ORIGIN)
    if first is None:
        request.extensions[ORIGIN] = origin(request.url)
        return
    if not _same_origin(first, request.url):
        for name in [n for n in request.headers if n.lower() not in SAFE_HEADERS]:
            del request.headers[name]


def _check_redirect(response: httpx.Response) -> float | None:
    """Raise for a redirect that must not be followed; the deadline a buffered body must meet, if any."""
    request = response.request
    if request.extensions.get(NO_REDIRECT) and response.has_redirect_location:
        raise redirect_refused(response)
    deadline: float | None = request.extensions.get(DEADLINE)
    return deadline


def guard_response(response: httpx.Response) -> None:
    """Refuse a redirect of a request that must not follow one; put a buffered body under its deadline."""
    deadline = _check_redirect(response)
    if deadline is not None:
        response.stream = _DeadlineStream(response.stream, response.request, deadline)  # type: ignore[arg-type]


async def aguard_request(request: httpx.Request) -> None:
    guard_request(request)


async def aguard_response(response: httpx.Response) -> None:
    deadline = _check_redirect(response)
    if deadline is not None:
        response.stream = _AsyncDeadlineStream(response.stream, response.request, deadline)  # type: ignore[arg-type]


def redirect_refused(response: httpx.Response) -> RedirectRefused:
    request = response.request
    return RedirectRefused(
        location=redact_url(response.headers.get("location", MASK)),
        status=response.status_code,
        method=request.method,
        url=redact_url(request.url),
        body=None,
        text=body_text(response) if response.is_stream_consumed else "",
        headers=response.headers,
        summary=None,
    )


def _late(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the body did not arrive within the call's deadline", request=request)


class _DeadlineStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, request: httpx.Request, deadline: float) -> None:
        self._stream = stream
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _late(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request, deadline: float) -> None:
        self._stream = stream
        self._request = request
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _late(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()
