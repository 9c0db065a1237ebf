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
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    CallSettings,
    CertArg,
    HttpClient,
    RequestOptions,
    Settings,
    TimeoutArg,
    adopt,
    as_deadline,
    as_timeout,
    call_settings,
    check_base_url,
    check_http2,
    check_path,
    deadline_passed,
    log_request,
    log_response,
    log_retry,
    merge_options,
    package_logger,
    parse,
    refuse_with_http_client,
    ssl_context,
    status_error,
    transport_error,
    within,
)
from ._errors import ApiStatusError
from ._operation import ErrorModel, Operation
from ._redirects import DEADLINE, NO_REDIRECT, aguard_request, aguard_response, guard_request, guard_response
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._retry import Attempts, RetryPolicy
from ._token import Token, TokenAuth
from ._version import __version__
from ._wait import async_sleep

T = TypeVar("T")
URL_CACHE_SIZE = 512
BODY_KEYS = frozenset({"json", "content", "data", "files"})

_AD_HOC = Operation(package="", endpoint="", method="", path="", result="bytes")


def _on_token_side(exc: httpx.HTTPError) -> bool:
    """Whether `exc` happened on a request made to obtain a token, before the call's own request went out."""
    try:
        return bool(exc.request.extensions.get(NO_REDIRECT))
    except RuntimeError:  # an error httpx raised before it had a request
        return False


class _BaseClient:
    _owns_http: bool
    error_model: ClassVar[ErrorModel | None] = None
    user_agent: ClassVar[str] = f"typed-api-clients-runtime/{__version__}"

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None,
        timeout: TimeoutArg,
        deadline: float,
        max_retries: int,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        policy = retry if retry is not None else RetryPolicy()
        if max_retries != policy.max_retries and retry is None:
            policy = replace(policy, max_retries=max_retries)
        self._settings = Settings(as_timeout(timeout), policy, self.error_model, as_deadline(deadline))
        self._auth = auth
        self._log = package_logger(type(self))
        if isinstance(auth, TokenAuth):
            auth.bind_errors(self.error_model, self.classify_error)
            auth.bind_logger(self._log)
        self._headers = {"User-Agent": self.user_agent, **(headers or {})}
        self._urls: dict[str, httpx.URL] = {}
        self._request_headers: dict[str, str] | None = None
        # Our own httpx client holds the auth; one the user brought gets it with every request.
        self._send_auth: Any = auth if auth is not None else httpx.USE_CLIENT_DEFAULT

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of `path`, parsed once: httpx parses a relative one twice per request."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self.base_url + path if path.startswith("/") else path)
        return url

    def _prepare(self, op: Operation, kwargs: dict[str, Any], options: RequestOptions | None) -> dict[str, Any]:
        kwargs = merge_options(kwargs, options)
        if not BODY_KEYS.intersection(kwargs) and kwargs.get("headers"):
            # The generated code names a content type even when an optional body was left out; with no body,
            # some servers refuse a request that announces one.
            kwargs["headers"] = {k: v for k, v in kwargs["headers"].items() if k.lower() != "content-type"}
        if self._request_headers is not None:  # a client the user brought has not got our headers
            kwargs["headers"] = {**self._request_headers, **(kwargs.get("headers") or {})}
        check_path(op.path, kwargs["url"])
        kwargs["url"] = self._url(kwargs["url"])
        return kwargs

    def _http_settings(
        self,
        verify: bool | str | ssl.SSLContext,
        proxy: str | httpx.Proxy | None,
        limits: httpx.Limits | None,
        http2: bool,
        cert: CertArg | None,
    ) -> dict[str, Any]:
        """What the sync and async httpx clients we build are given alike."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "verify": ssl_context(verify, self.base_url, self._log, cert, http2),
            "follow_redirects": True,
            "proxy": proxy,
            "limits": limits or httpx.Limits(max_connections=100, max_keepalive_connections=20),
            "http2": check_http2(http2),
        }

    def _adopt(self, http_client: HttpClient, hooks: dict[str, list[Callable[..., Any]]]) -> HttpClient:
        """Use the user's httpx client: it gets our headers with every request and is never closed by us."""
        self._request_headers = self._headers
        self._owns_http = False
        return adopt(http_client, hooks)

    @staticmethod
    def _start_attempt(request: httpx.Request, call: CallSettings, ends_at: float | None) -> None:
        """Give this attempt the time left before the call's deadline (a streamed call has none)."""
        if ends_at is None:
            return
        remaining = ends_at - time.monotonic()
        if remaining <= 0:
            raise deadline_passed(request, call.deadline)
        request.extensions["timeout"] = within(call.timeout, remaining).as_dict()
        request.extensions[DEADLINE] = ends_at

    @staticmethod
    def _fits(delay: float, ends_at: float | None) -> bool:
        return ends_at is None or time.monotonic() + delay < ends_at

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._settings.retry

    @property
    def deadline(self) -> float:
        """Seconds within which a buffered call, retries and backoff included, must be complete."""
        return self._settings.deadline

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

    def with_options(
        self, *, timeout: TimeoutArg | None = None, max_retries: int | None = None, deadline: float | None = None
    ) -> Self:
        """A client sharing this one's connections, with other defaults.

        Example: ``fast = client.with_options(timeout=2, max_retries=0, deadline=10)``
        """
        clone = copy.copy(self)
        settings = clone._settings
        if timeout is not None:
            settings = replace(settings, timeout=as_timeout(timeout))
        if deadline is not None:
            settings = replace(settings, deadline=as_deadline(deadline))
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
        deadline: float = DEFAULT_DEADLINE,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        verify: bool | str | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        proxy: str | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        cert: CertArg | None = None,
    ) -> None:
        super().__init__(
            base_url,
            auth=auth,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
        )
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [guard_request], "response": [guard_response]}
        if http_client is not None:
            refuse_with_http_client(transport=transport, proxy=proxy, limits=limits, http2=http2, cert=cert)
            self._http = self._adopt(http_client, hooks)
            return
        self._http = httpx.Client(
            **self._http_settings(verify, proxy, limits, http2, cert), transport=transport, event_hooks=hooks
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
        call = call_settings(self._settings, options)
        ends_at = None if stream else time.monotonic() + call.deadline
        request = self._http.build_request(**self._prepare(op, kwargs, options), timeout=call.timeout)
        attempts = Attempts(call.retry, request.method, op.retry_safe)
        while True:
            self._start_attempt(request, call, ends_at)
            log_request(self._log, request, attempts.count)
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream, auth=self._send_auth)
            except httpx.HTTPError as exc:
                delay = attempts.after_error(exc, sent=not _on_token_side(exc))
                if delay is None or not self._fits(delay, ends_at):
                    if ends_at is not None and time.monotonic() >= ends_at:
                        raise deadline_passed(request, call.deadline) from exc
                    raise transport_error(exc, request) from exc
                log_retry(self._log, request, attempts.count - 1, delay, type(exc).__name__)
            except ApiStatusError as exc:  # from the token endpoint: the request itself was not sent
                delay = attempts.after_unsent_answer(exc.status, exc.headers)
                if delay is None or not self._fits(delay, ends_at):
                    raise
                log_retry(self._log, request, attempts.count - 1, delay, f"token endpoint {exc.status}")
            else:
                log_response(self._log, response, attempts.count, started)
                delay = attempts.after_response(response)
                if delay is None or not self._fits(delay, ends_at):
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
                log_retry(self._log, request, attempts.count - 1, delay, str(response.status_code))
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

    def fetch_token(self) -> Token:
        """The auth's current token, obtained now if need be, with the client's timeouts and typed errors.

        Example: ``client.fetch_token().claims``
        """
        auth = self._auth
        if not isinstance(auth, TokenAuth):
            raise TypeError(f"{type(self).__name__} does not use a token flow")

        def send(request: httpx.Request) -> httpx.Response:
            try:
                return self._http.send(request, auth=None)
            except httpx.HTTPError as exc:
                raise transport_error(exc, request) from exc

        return auth.fetch(send, self.timeout)

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
        deadline: float = DEFAULT_DEADLINE,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        verify: bool | str | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        proxy: str | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        cert: CertArg | None = None,
    ) -> None:
        super().__init__(
            base_url,
            auth=auth,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
        )
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [aguard_request], "response": [aguard_response]}
        if http_client is not None:
            refuse_with_http_client(transport=transport, proxy=proxy, limits=limits, http2=http2, cert=cert)
            self._http = self._adopt(http_client, hooks)
            return
        self._http = httpx.AsyncClient(
            **self._http_settings(verify, proxy, limits, http2, cert), transport=transport, event_hooks=hooks
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
        call = call_settings(self._settings, options)
        ends_at = None if stream else time.monotonic() + call.deadline
        request = self._http.build_request(**self._prepare(op, kwargs, options), timeout=call.timeout)
        attempts = Attempts(call.retry, request.method, op.retry_safe)
        while True:
            self._start_attempt(request, call, ends_at)
            log_request(self._log, request, attempts.count)
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream, auth=self._send_auth)
            except httpx.HTTPError as exc:
                delay = attempts.after_error(exc, sent=not _on_token_side(exc))
                if delay is None or not self._fits(delay, ends_at):
                    if ends_at is not None and time.monotonic() >= ends_at:
                        raise deadline_passed(request, call.deadline) from exc
                    raise transport_error(exc, request) from exc
                log_retry(self._log, request, attempts.count - 1, delay, type(exc).__name__)
            except ApiStatusError as exc:  # from the token endpoint: the request itself was not sent
                delay = attempts.after_unsent_answer(exc.status, exc.headers)
                if delay is None or not self._fits(delay, ends_at):
                    raise
                log_retry(self._log, request, attempts.count - 1, delay, f"token endpoint {exc.status}")
            else:
                log_response(self._log, response, attempts.count, started)
                delay = attempts.after_response(response)
                if delay is None or not self._fits(delay, ends_at):
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
                log_retry(self._log, request, attempts.count - 1, delay, str(response.status_code))
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

    async def fetch_token(self) -> Token:
        """The async twin of SyncClient.fetch_token."""
        auth = self._auth
        if not isinstance(auth, TokenAuth):
            raise TypeError(f"{type(self).__name__} does not use a token flow")

        async def send(request: httpx.Request) -> httpx.Response:
            try:
                return await self._http.send(request, auth=None)
            except httpx.HTTPError as exc:
                raise transport_error(exc, request) from exc

        return await auth.afetch(send, self.timeout)

    async def request(
        self, method: str, path: str, *, retry_safe: bool = False, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Any request, through the same auth, retries, timeouts and typed errors."""
        op = replace(_AD_HOC, method=method.upper(), path=path, retry_safe=retry_safe)
        return await self._send(op, {"method": op.method, "url": path, **kwargs}, options, stream=False)
