"""The I/O-free half of a call: options, request preparation, error mapping, parsing.

The sync and async clients in `_client.py` only add the sending, sleeping and streaming.
"""

from __future__ import annotations

import json
import logging
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypedDict, TypeVar

import httpx

from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeout,
    DecodingError,
    InvalidRequest,
    SchemaMismatch,
    TransportError,
    combined,
    status_error_class,
)
from ._operation import NOT_GIVEN, SUMMARY_FIELDS, ErrorModel, NotGiven, Operation
from ._redact import body_text, redact_url
from ._retry import RetryPolicy

logger = logging.getLogger("client_runtime")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# A buffered call (retries and backoff included) ends within this many seconds: per-read timeouts alone let a
# server that drips one byte at a time hold it for ever. Streamed transfers have no deadline.
DEFAULT_DEADLINE = 300.0
# Methods that only read: a 2xx answer to any other method means the server changed something.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_ERROR_BODY = 1 << 20

TimeoutArg = float | httpx.Timeout
# A client certificate: a PEM file holding both, or (certificate file, key file).
CertArg = str | tuple[str, str]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call settings; anything left out comes from the client.

    >>> RequestOptions(timeout=5, max_retries=0, headers={"X-Trace": "1"})  # doctest: +ELLIPSIS
    RequestOptions(timeout=5, max_retries=0, ...)
    """

    timeout: TimeoutArg | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    headers: Mapping[str, str] | None = None
    params: Mapping[str, Any] | None = None
    deadline: float | NotGiven = NOT_GIVEN


class ClientOptions(TypedDict, total=False):
    """The settings every API client's constructor takes besides its URL and credentials."""

    timeout: TimeoutArg
    deadline: float
    max_retries: int
    retry: RetryPolicy | None
    verify: bool | str | ssl.SSLContext
    headers: Mapping[str, str] | None
    proxy: str | httpx.Proxy | None
    limits: httpx.Limits | None
    http2: bool
    cert: CertArg | None


@dataclass(frozen=True, slots=True)
class Settings:
    """A client's own settings, shared by every call it makes."""

    timeout: httpx.Timeout
    retry: RetryPolicy
    error_model: ErrorModel | None
    deadline: float = DEFAULT_DEADLINE


def as_timeout(value: TimeoutArg | None, where: str = "timeout") -> httpx.Timeout:
    if value is None:
        raise InvalidRequest(
            where, "must be a number of seconds or an httpx.Timeout; waiting forever is never a default"
        )
    if isinstance(value, httpx.Timeout):
        if None in (value.connect, value.read, value.write, value.pool):
            raise InvalidRequest(where, "every part of the timeout must be set; waiting forever is never a default")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidRequest(where, f"must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value))


def as_deadline(value: float | None, where: str = "deadline") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidRequest(
            where, f"must be a positive number of seconds (waiting forever is never a default), got {value!r}"
        )
    return float(value)


@dataclass(frozen=True, slots=True)
class CallSettings:
    """What one call runs with: the client's settings with the call's options applied."""

    timeout: httpx.Timeout
    retry: RetryPolicy
    deadline: float


def ssl_context(
    verify: bool | str | ssl.SSLContext,
    base_url: str,
    log: logging.Logger = logger,
    cert: CertArg | None = None,
    http2: bool = False,
) -> bool | ssl.SSLContext:
    """`verify` as httpx wants it: True, a context built from a CA bundle path, or False (with a warning);
    with `cert`, a context that also presents that client certificate."""
    if verify is False:
        log.warning("TLS certificate verification is turned off for %s", redact_url(base_url))
        if cert is None:
            return False
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif isinstance(verify, str):
        context = ssl.create_default_context(cafile=verify)
    elif cert is None and not http2:
        return default_tls_context()
    else:
        # httpcore sets the ALPN protocols on the context it is given, so an HTTP/2 client gets its own, and so
        # does one that presents a certificate.
        context = httpx.create_ssl_context(verify=verify)
    if cert is not None:
        certfile, keyfile = (cert, None) if isinstance(cert, str) else cert
        context.load_cert_chain(certfile, keyfile)
    return context


_default_context: ssl.SSLContext | None = None


def default_tls_context() -> ssl.SSLContext:
    """httpx's verifying context, built once: loading the CA bundle costs about 20 ms for every client otherwise."""
    global _default_context  # noqa: PLW0603  # one shared, read-only context
    if _default_context is None:
        _default_context = httpx.create_ssl_context()
    return _default_context


def check_http2(http2: bool) -> bool:
    if http2:
        import importlib.util

        if importlib.util.find_spec("h2") is None:
            raise InvalidRequest("http2", "needs the h2 package: install the client with its `http2` extra")
    return http2


def refuse_with_http_client(**given: Any) -> None:
    """Settings that belong to the httpx client itself cannot also be given beside one the user brings."""
    clash = [name for name, value in given.items() if value not in (None, False)]
    if clash:
        raise InvalidRequest("http_client", f"set {', '.join(clash)} on the httpx client you pass, not beside it")


HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


def adopt(http_client: HttpClient, hooks: Mapping[str, list[Callable[..., Any]]]) -> HttpClient:
    """Use the user's httpx client, adding the hooks that keep credentials at their origin and bodies in time.

    Its redirects are followed as ours are; its own settings (proxies, mounts, event hooks) stay.
    """
    merged: dict[str, list[Callable[..., Any]]] = {k: list(v) for k, v in http_client.event_hooks.items()}
    for event, wanted in hooks.items():
        present = merged.setdefault(event, [])
        present.extend(hook for hook in wanted if hook not in present)
    http_client.event_hooks = merged
    http_client.follow_redirects = True
    return http_client


def check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidRequest("base_url", f"must be an http or https URL, got {redact_url(base_url)!r}")
    return str(url).rstrip("/")


DOT_SEGMENTS = frozenset({".", "..", "%2e", "%2e%2e", ".%2e", "%2e."})


def check_path(template: str, path: str) -> None:
    """Refuse a path with a `.` or `..` segment: quoting leaves dots alone, and httpx would then resolve them,
    so `get("..")` would request the parent collection. The error names the parameter that put it there.

    >>> check_path("/api/assets/{id}", "/api/assets/..")
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: id: must not be '.' or '..' (it would change the path)
    """
    segments = path.split("?", 1)[0].split("/")
    if not any(segment.lower() in DOT_SEGMENTS for segment in segments):
        return
    names = template.split("/")
    for index, segment in enumerate(segments):
        if segment.lower() in DOT_SEGMENTS:
            name = names[index] if len(names) == len(segments) else ""
            where = name[1:-1] if name.startswith("{") and name.endswith("}") else "path"
            raise InvalidRequest(where, "must not be '.' or '..' (it would change the path)")


def call_settings(settings: Settings, options: RequestOptions | None) -> CallSettings:
    if options is None:
        return CallSettings(settings.timeout, settings.retry, settings.deadline)
    timeout = settings.timeout if isinstance(options.timeout, NotGiven) else as_timeout(options.timeout)
    retry = settings.retry
    if not isinstance(options.max_retries, NotGiven):
        retry = replace(retry, max_retries=options.max_retries)
    deadline = settings.deadline if isinstance(options.deadline, NotGiven) else as_deadline(options.deadline)
    return CallSettings(timeout, retry, deadline)


def within(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """`timeout` with no part longer than the `remaining` seconds of a deadline."""
    if remaining >= max(timeout.connect or 0, timeout.read or 0, timeout.write or 0, timeout.pool or 0):
        return timeout
    remaining = max(remaining, 0.001)
    return httpx.Timeout(
        connect=min(timeout.connect or remaining, remaining),
        read=min(timeout.read or remaining, remaining),
        write=min(timeout.write or remaining, remaining),
        pool=min(timeout.pool or remaining, remaining),
    )


def deadline_passed(request: httpx.Request, deadline: float) -> ApiTimeout:
    return ApiTimeout(
        f"no complete answer within the deadline of {deadline:g}s (retries included)",
        method=request.method,
        url=redact_url(request.url),
    )


def merge_options(kwargs: dict[str, Any], options: RequestOptions | None) -> dict[str, Any]:
    if options is None:
        return kwargs
    if options.headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **options.headers}
    if options.params:
        kwargs["params"] = {**(kwargs.get("params") or {}), **options.params}
    return kwargs


def transport_error(exc: httpx.HTTPError, request: httpx.Request) -> TransportError:
    url = redact_url(request.url)
    if isinstance(exc, httpx.TooManyRedirects):
        return ApiConnectionError("too many redirects", method=request.method, url=url)
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeout(f"no answer within the timeout: {type(exc).__name__}", method=request.method, url=url)
    if isinstance(exc, httpx.RemoteProtocolError):
        message = f"the server closed the connection before the answer was complete: {exc}"
        return ApiConnectionError(message, method=request.method, url=url)
    return ApiConnectionError(f"connection failed: {type(exc).__name__}: {exc}", method=request.method, url=url)


ErrorClassifier = Callable[[int, Any], "type[ApiStatusError] | None"]


def status_error(
    response: httpx.Response,
    error_model: ErrorModel | None,
    classify: ErrorClassifier | None = None,
    cls: type[ApiStatusError] | None = None,
) -> ApiStatusError:
    """The typed error for a non-2xx response whose body has been read.

    `classify(status, parsed_body)` may name an API-specific class (it should subclass the status's
    own class); otherwise `cls`, otherwise the class for the status.
    """
    text = body_text(response)
    body: Any = None
    data: Any = None
    # An error body too large to be an error model is not parsed: its start, masked, is all that is kept.
    if response.content and len(response.content) <= MAX_ERROR_BODY:
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
    if data is not None and error_model is not None:
        try:
            body = error_model.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            body = None
    request = response.request
    chosen = classify(response.status_code, body) if classify is not None else None
    if chosen is not None and cls is not None:
        chosen = combined(chosen, cls)
    return (chosen or cls or status_error_class(response.status_code))(
        status=response.status_code,
        method=request.method,
        url=redact_url(request.url),
        body=body,
        text=text,
        headers=response.headers,
        summary=_summary(data, text, error_model),
    )


def _summary(data: Any, text: str, error_model: ErrorModel | None) -> str | None:
    fields = error_model.summary_fields if error_model else SUMMARY_FIELDS
    if isinstance(data, Mapping):
        for name in fields:
            value = data.get(name)
            if isinstance(value, str) and value:
                return value[:300]
            if isinstance(value, Mapping):
                return _summary(value, "", error_model)
    if data is None and text and len(text) <= 300 and "<" not in text:
        return text.strip() or None
    return None


def parse(op: Operation, response: httpx.Response) -> Any:
    try:
        return op.parse(response)
    except ApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise decoding_error(response, exc) from exc


def decoding_error(
    response: httpx.Response, exc: Exception, what: str = "the answer does not match the spec"
) -> DecodingError:
    """The DecodingError for a 2xx answer that did not decode: it names the field when known, says whether the
    request changed something on the server, and carries the start of the body, masked."""
    where: str | None = None
    if isinstance(exc, SchemaMismatch):
        where = exc.where
        detail = f": {exc.where}: {exc.problem}"
    elif isinstance(exc, KeyError):
        # Only a missing key's name is safe to show: other messages may quote the values.
        detail = f": missing key {exc}"
    else:
        detail = f": {type(exc).__name__}"
    request = response.request
    return DecodingError(
        what + detail,
        method=request.method,
        url=redact_url(request.url),
        text=body_text(response),
        where=where,
        applied=request.method not in SAFE_METHODS,
    )


def package_logger(cls: type) -> logging.Logger:
    """The logger of the package a client class comes from (`hahnpro_client`, ...); the runtime's own otherwise."""
    return logging.getLogger(cls.__module__.partition(".")[0])


def log_request(log: logging.Logger, request: httpx.Request, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("%s %s (attempt %d)", request.method, redact_url(request.url), attempt + 1)


def log_response(log: logging.Logger, response: httpx.Response, attempt: int, started: float) -> None:
    if log.isEnabledFor(logging.DEBUG):
        request = response.request
        log.debug(
            "%s %s -> %d in %.3fs (attempt %d)",
            request.method,
            redact_url(request.url),
            response.status_code,
            time.monotonic() - started,
            attempt + 1,
        )


def log_retry(log: logging.Logger, request: httpx.Request, attempt: int, delay: float, why: str) -> None:
    log.info("retrying %s %s in %.2fs (retry %d): %s", request.method, redact_url(request.url), delay, attempt + 1, why)
