"""The sync and async clients: the same pipeline, with blocking or awaiting I/O.

Everything that decides (options, retries, errors, parsing) lives in `_core` and `_retry`;
these shells only send, sleep and stream.
"""

from __future__ import annotations

import copy
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ClassVar, Self, TypeVar

import httpx

from ._core import (
    DEFAULT_TIMEOUT,
    RequestOptions,
    Settings,
    TimeoutArg,
    as_timeout,
    call_settings,
    check_base_url,
    log_retry,
    merge_options,
    parse,
    ssl_context,
    status_error,
    transport_error,
)
from ._errors import ApiStatusError
from ._operation import ErrorModel, Operation
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._retry import Attempts, RetryPolicy
from ._token import TokenAuth
from ._wait import async_sleep

T = TypeVar("T")
URL_CACHE_SIZE = 512

_AD_HOC = Operation(package="", endpoint="", method="", path="", result="bytes")


class _BaseClient:
    _owns_http: bool
    error_model: ClassVar[ErrorModel | None] = None
    user_agent: ClassVar[str] = "client-runtime/0.1.0"

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None,
        timeout: TimeoutArg,
        max_retries: int,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        policy = retry if retry is not None else RetryPolicy()
        if max_retries != policy.max_retries and retry is None:
            policy = replace(policy, max_retries=max_retries)
        self._settings = Settings(as_timeout(timeout), policy, self.error_model)
        self._auth = auth
        if isinstance(auth, TokenAuth):
            auth.bind_errors(self.error_model, self.classify_error)
        self._headers = {"User-Agent": self.user_agent, **(headers or {})}
        self._urls: dict[str, httpx.URL] = {}

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of `path`, parsed once: httpx parses a relative one twice per request."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self.base_url + path if path.startswith("/") else path)
        return url

    def _prepare(self, kwargs: dict[str, Any], options: RequestOptions | None) -> dict[str, Any]:
        kwargs = merge_options(kwargs, options)
        kwargs["url"] = self._url(kwargs["url"])
        return kwargs

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._settings.retry

    def classify_error(self, status: int, body: Any) -> type[ApiStatusError] | None:
        """An API-specific error class for this answer, or None for the status's own class.

        Overlays override it to map an API's error codes onto classes (which should subclass the
        status's class, so `except NotFound` keeps working).
        """
        return None

    def wrap_transports(self, wrap: Callable[[Any], Any]) -> None:
        """Route every request through `wrap(transport)`, keeping the TLS and proxy transports httpx built.

        httpx has no public way to wrap the transports it built; this is the one place that reaches in.
        """
        http: Any = getattr(self, "_http")  # noqa: B009  # set by both subclasses
        http._transport = wrap(http._transport)
        for pattern, transport in http._mounts.items():
            if transport is not None:
                http._mounts[pattern] = wrap(transport)

    def with_options(self, *, timeout: TimeoutArg | None = None, max_retries: int | None = None) -> Self:
        """A client sharing this one's connections, with other defaults.

        Example: ``fast = client.with_options(timeout=2, max_retries=0)``
        """
        clone = copy.copy(self)
        settings = clone._settings
        if timeout is not None:
            settings = replace(settings, timeout=as_timeout(timeout))
        if max_retries is not None:
            settings = replace(settings, retry=replace(settings.retry, max_retries=max_retries))
        clone._settings = settings
        clone._owns_http = False
        return clone

    def __repr__(self) -> str:
        auth = type(self._auth).__name__ if self._auth is not None else None
        return f"<{type(self).__name__} base_url={self.base_url!r} auth={auth}>"


class SyncClient(_BaseClient):
    """Blocking client. Subclasses add the API's resources."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        verify: bool | str | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, auth=auth, timeout=timeout, max_retries=max_retries, retry=retry, headers=headers)
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=auth,
            headers=self._headers,
            verify=ssl_context(verify, self.base_url),
            transport=transport,
            follow_redirects=True,
        )
        self._owns_http = True

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(
        self, op: Operation, kwargs: dict[str, Any], options: RequestOptions | None, stream: bool
    ) -> httpx.Response:
        timeout, policy = call_settings(self._settings, options)
        request = self._http.build_request(**self._prepare(kwargs, options), timeout=timeout)
        attempts = Attempts(policy, request.method, op.retry_safe)
        while True:
            try:
                response = self._http.send(request, stream=stream)
            except httpx.HTTPError as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise transport_error(exc, request) from exc
                log_retry(request, attempts.count - 1, delay, type(exc).__name__)
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    if response.status_code < 400:
                        return response
                    try:
                        response.read()
                    except httpx.HTTPError as exc:
                        raise transport_error(exc, request) from exc
                    finally:
                        response.close()
                    raise status_error(response, self._settings.error_model, self.classify_error)
                response.close()
                log_retry(request, attempts.count - 1, delay, str(response.status_code))
            time.sleep(delay)

    def _call(self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None) -> Any:
        response = self._send(op, op.build(args), options, stream=False)
        return parse(op, response)

    def _call_raw(
        self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        return RawResponse(op, self._send(op, op.build(args), options, stream=False))

    def _call_stream(
        self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> StreamedResponse[Any]:
        kwargs = op.build(args)
        return StreamedResponse(op, lambda: self._send(op, kwargs, options, stream=True))

    def request(
        self, method: str, path: str, *, retry_safe: bool = False, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Any request, through the same auth, retries, timeouts and typed errors.

        Example: ``client.request("GET", "/api/ping").json() == "pong"``
        """
        op = replace(_AD_HOC, method=method.upper(), path=path, retry_safe=retry_safe)
        return self._send(op, {"method": op.method, "url": path, **kwargs}, options, stream=False)


class AsyncClient(_BaseClient):
    """Awaiting client with the same surface as SyncClient."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        verify: bool | str | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, auth=auth, timeout=timeout, max_retries=max_retries, retry=retry, headers=headers)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=auth,
            headers=self._headers,
            verify=ssl_context(verify, self.base_url),
            transport=transport,
            follow_redirects=True,
        )
        self._owns_http = True

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _send(
        self, op: Operation, kwargs: dict[str, Any], options: RequestOptions | None, stream: bool
    ) -> httpx.Response:
        timeout, policy = call_settings(self._settings, options)
        request = self._http.build_request(**self._prepare(kwargs, options), timeout=timeout)
        attempts = Attempts(policy, request.method, op.retry_safe)
        while True:
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.HTTPError as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise transport_error(exc, request) from exc
                log_retry(request, attempts.count - 1, delay, type(exc).__name__)
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    if response.status_code < 400:
                        return response
                    try:
                        await response.aread()
                    except httpx.HTTPError as exc:
                        raise transport_error(exc, request) from exc
                    finally:
                        await response.aclose()
                    raise status_error(response, self._settings.error_model, self.classify_error)
                await response.aclose()
                log_retry(request, attempts.count - 1, delay, str(response.status_code))
            await async_sleep(delay)

    async def _call(self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None) -> Any:
        response = await self._send(op, op.build(args), options, stream=False)
        return parse(op, response)

    async def _call_raw(
        self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> RawResponse[Any]:
        return RawResponse(op, await self._send(op, op.build(args), options, stream=False))

    def _call_stream(
        self, op: Operation, args: Mapping[str, Any], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Any]:
        kwargs = op.build(args)
        return AsyncStreamedResponse(op, lambda: self._send(op, kwargs, options, stream=True))

    async def request(
        self, method: str, path: str, *, retry_safe: bool = False, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Any request, through the same auth, retries, timeouts and typed errors."""
        op = replace(_AD_HOC, method=method.upper(), path=path, retry_safe=retry_safe)
        return await self._send(op, {"method": op.method, "url": path, **kwargs}, options, stream=False)
