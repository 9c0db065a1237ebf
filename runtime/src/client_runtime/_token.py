"""Bearer tokens that are fetched, cached, refreshed once for any number of concurrent calls,
and renewed once when the server answers 401.

Subclasses say only how to ask for a token (`token_request`) and, optionally, how to read the
answer (`parse_token`). The same object serves sync and async clients.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._core import ErrorClassifier, decoding_error, status_error
from ._errors import ApiError, Unauthorized
from ._operation import ErrorModel
from ._redact import Secret, redact_url
from ._redirects import DEADLINE, NO_REDIRECT, redirect_refused
from ._retry import should_retry_status

logger = logging.getLogger("client_runtime")
# What a token request takes over from the call that needs the token: its timeouts and its deadline.
INHERITED = ("timeout", DEADLINE)
AUTHORIZED = "client_runtime.authorized"


@dataclass(frozen=True, slots=True)
class Token:
    """An access token, when it stops being usable (monotonic seconds), and an optional refresh token."""

    access: Secret
    expires_at: float
    refresh: Secret | None = None
    claims: Any = None

    def __repr__(self) -> str:
        return f"Token(access={self.access!r}, expires_at={self.expires_at:.0f})"


class TokenRefused(Unauthorized):
    """The token endpoint refused the credentials (a 4xx answer; a 5xx or 429 is a ServerError or RateLimited,
    retried like any other answer)."""


class TokenAuth(httpx.Auth):
    """Base of the flows that trade credentials for a bearer token.

    `leeway` seconds are taken off every token's lifetime so it is renewed before the server
    would refuse it.
    """

    def __init__(self, *, leeway: float = 20.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.leeway = leeway
        self._clock = clock
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: Any = None
        self._error_model: ErrorModel | None = None
        self._classify: ErrorClassifier | None = None
        self._log = logger

    def bind_logger(self, log: logging.Logger) -> None:
        """Log token fetches, refreshes and renewals where the client that uses this flow logs."""
        self._log = log

    def bind_errors(self, error_model: ErrorModel | None, classify: ErrorClassifier | None) -> None:
        """Make token-endpoint refusals the same typed errors, with the same parsed body, as the client's own."""
        if self._error_model is None:
            self._error_model, self._classify = error_model, classify

    # What a subclass provides.
    def token_request(self, refresh: Secret | None) -> httpx.Request:
        """The request that obtains a token: with `refresh`, the refresh grant; without, the primary one."""
        raise NotImplementedError

    def parse_token(self, response: httpx.Response) -> Token:
        """An OAuth 2 token answer: `access_token`, `expires_in`, optional `refresh_token`."""
        data = response.json()
        refresh = data.get("refresh_token")
        lifetime = float(data.get("expires_in") or 300)
        return Token(
            access=Secret(data["access_token"]),
            expires_at=self._clock() + max(0.0, lifetime - self.leeway),
            refresh=Secret(refresh) if refresh else None,
        )

    def prepare(self) -> Generator[httpx.Request, httpx.Response, None]:
        """Requests to make before the first token request (e.g. discovering the token endpoint)."""
        return
        yield

    def needs_renewal(self, response: httpx.Response) -> bool:
        """Whether this answer means the token is no longer accepted (its body has been read for 401 and 403)."""
        return response.status_code == 401

    def authorize(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"

    def forget(self) -> None:
        """Drop the cached token (after a logout, say); the next call obtains a new one."""
        self._token = None

    # The shared, I/O-free decisions.
    @property
    def token(self) -> Token | None:
        return self._token

    def _usable(self) -> Token | None:
        token = self._token
        return token if token is not None and self._clock() < token.expires_at else None

    def _accept(self, response: httpx.Response, was_refresh: bool) -> Token | None:
        """The token in `response`; None when a refresh was refused and the primary grant should be tried."""
        if response.is_success:
            try:
                self._token = self.parse_token(response)
            except ApiError:
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise decoding_error(response, exc, "the token answer is not a usable token") from exc
            self._log.debug("token obtained from %s", redact_url(response.request.url))
            return self._token
        if response.is_redirect:
            raise redirect_refused(response)
        if was_refresh and response.status_code in (400, 401):
            return None
        if should_retry_status(response.status_code):
            # The endpoint is down or busy, which says nothing about the credentials.
            raise status_error(response, self._error_model, self._classify)
        raise status_error(response, self._error_model, self._classify, cls=TokenRefused)

    def _obtain(
        self, stale: Token | None, inherited: Mapping[str, Any]
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        """Yield token requests, receiving read responses, until a token is had.

        Each request carries the timeouts of the call that needs the token (`inherited`) and never follows
        a redirect, which would send the credentials in its body to wherever the redirect points.
        """
        prepare = self.prepare()
        try:
            request = next(prepare)
            while True:
                request = prepare.send((yield _token_side(request, inherited)))
        except StopIteration:
            pass
        refresh = stale.refresh if stale is not None else None
        if refresh is not None:
            self._log.debug("refreshing the token")
            response = yield _token_side(self.token_request(refresh), inherited)
            token = self._accept(response, was_refresh=True)
            if token is not None:
                return token
        token = self._accept((yield _token_side(self.token_request(None), inherited)), was_refresh=False)
        assert token is not None
        return token

    def _renewal(
        self, failed: Token, inherited: Mapping[str, Any]
    ) -> Token | Generator[httpx.Request, httpx.Response, Token]:
        """After a 401 with `failed`: the token another call already renewed, or the steps to renew it."""
        if self._token is not None and self._token is not failed:
            return self._token
        self._token = None
        self._log.debug("the server no longer accepts the token; renewing it once")
        return self._obtain(failed, inherited)

    def fetch(self, send: Callable[[httpx.Request], httpx.Response], timeout: httpx.Timeout) -> Token:
        """The cached token, or a new one obtained with `send` (for reading its claims outside a request)."""
        token = self._usable()
        if token is not None:
            return token
        with self._thread_lock:
            token = self._usable()
            if token is None:
                steps = _Steps(self._obtain(self._token, {"timeout": timeout.as_dict()}))
                while steps.token is None:
                    steps.feed(send(steps.request))
                token = steps.token
        return token

    async def afetch(self, send: Callable[[httpx.Request], Awaitable[httpx.Response]], timeout: httpx.Timeout) -> Token:
        """The async twin of `fetch`."""
        token = self._usable()
        if token is not None:
            return token
        async with self._get_async_lock():
            token = self._usable()
            if token is None:
                steps = _Steps(self._obtain(self._token, {"timeout": timeout.as_dict()}))
                while steps.token is None:
                    steps.feed(await send(steps.request))
                token = steps.token
        return token

    # The sync and async shells: the same steps, under a thread lock or an async lock.
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if _given_for_the_call(request):
            yield request
            return
        inherited = {k: request.extensions[k] for k in INHERITED if k in request.extensions}
        token = self._usable()
        if token is None:
            with self._thread_lock:
                token = self._usable() or (yield from self._drive(self._obtain(self._token, inherited)))
        self.authorize(request, token)
        request.extensions[AUTHORIZED] = True
        response = yield request
        if response.status_code in (401, 403):
            response.read()
        if not self.needs_renewal(response):
            return
        with self._thread_lock:
            renewal = self._renewal(token, inherited)
            fresh = renewal if isinstance(renewal, Token) else (yield from self._drive(renewal))
        self.authorize(request, fresh)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if _given_for_the_call(request):
            yield request
            return
        inherited = {k: request.extensions[k] for k in INHERITED if k in request.extensions}
        lock = self._get_async_lock()
        token = self._usable()
        if token is None:
            async with lock:
                token = self._usable()
                if token is None:
                    steps = _Steps(self._obtain(self._token, inherited))
                    while steps.token is None:
                        response = yield steps.request
                        await response.aread()
                        steps.feed(response)
                    token = steps.token
        self.authorize(request, token)
        request.extensions[AUTHORIZED] = True
        response = yield request
        if response.status_code in (401, 403):
            await response.aread()
        if not self.needs_renewal(response):
            return
        async with lock:
            renewal = self._renewal(token, inherited)
            if isinstance(renewal, Token):
                fresh = renewal
            else:
                steps = _Steps(renewal)
                while steps.token is None:
                    response = yield steps.request
                    await response.aread()
                    steps.feed(response)
                fresh = steps.token
        self.authorize(request, fresh)
        yield request

    def _get_async_lock(self) -> Any:
        if self._async_lock is None:
            import anyio

            self._async_lock = anyio.Lock()
        return self._async_lock

    @staticmethod
    def _drive(
        steps: Generator[httpx.Request, httpx.Response, Token],
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        driver = _Steps(steps)
        while driver.token is None:
            response = yield driver.request
            response.read()
            driver.feed(response)
        return driver.token


def _given_for_the_call(request: httpx.Request) -> bool:
    """An Authorization header the caller gave for this call is sent as it is, never replaced or renewed (as
    the official SDKs do); one this flow put there on an earlier attempt is not the caller's."""
    return "Authorization" in request.headers and not request.extensions.get(AUTHORIZED)


def _token_side(request: httpx.Request, inherited: Mapping[str, Any]) -> httpx.Request:
    request.extensions.update(inherited)
    request.extensions[NO_REDIRECT] = True
    return request


class _Steps:
    """Feeds an `_obtain` generator one response at a time; async generators cannot `yield from`."""

    def __init__(self, steps: Generator[httpx.Request, httpx.Response, Token]) -> None:
        self._steps = steps
        self.request = next(steps)
        self.token: Token | None = None

    def feed(self, response: httpx.Response) -> None:
        try:
            self.request = self._steps.send(response)
        except StopIteration as done:
            self.token = done.value
