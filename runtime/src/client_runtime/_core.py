"""The I/O-free half of a call: options, request preparation, error mapping, parsing.

The sync and async clients in `_client.py` only add the sending, sleeping and streaming.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypedDict

import httpx

from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeout,
    DecodingError,
    InvalidRequest,
    TransportError,
    combined,
    status_error_class,
)
from ._operation import NOT_GIVEN, SUMMARY_FIELDS, ErrorModel, NotGiven, Operation
from ._redact import masked_text, redact_url
from ._retry import RetryPolicy

logger = logging.getLogger("client_runtime")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

TimeoutArg = float | httpx.Timeout


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


class ClientOptions(TypedDict, total=False):
    """The settings every API client's constructor takes besides its URL and credentials."""

    timeout: TimeoutArg
    max_retries: int
    retry: RetryPolicy | None
    verify: bool | str | ssl.SSLContext
    headers: Mapping[str, str] | None


@dataclass(frozen=True, slots=True)
class Settings:
    """A client's own settings, shared by every call it makes."""

    timeout: httpx.Timeout
    retry: RetryPolicy
    error_model: ErrorModel | None


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


def ssl_context(verify: bool | str | ssl.SSLContext, base_url: str) -> bool | ssl.SSLContext:
    """`verify` as httpx wants it: True, a context built from a CA bundle path, or False (with a warning)."""
    if verify is False:
        logger.warning("TLS certificate verification is turned off for %s", redact_url(base_url))
        return False
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return verify


def check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidRequest("base_url", f"must be an http or https URL, got {redact_url(base_url)!r}")
    return str(url).rstrip("/")


def call_settings(settings: Settings, options: RequestOptions | None) -> tuple[httpx.Timeout, RetryPolicy]:
    if options is None:
        return settings.timeout, settings.retry
    timeout = settings.timeout if isinstance(options.timeout, NotGiven) else as_timeout(options.timeout)
    retry = settings.retry
    if not isinstance(options.max_retries, NotGiven):
        retry = replace(retry, max_retries=options.max_retries)
    return timeout, retry


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
    text = response.text
    body: Any = None
    data: Any = None
    if text:
        try:
            data = json.loads(text)
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
        raise DecodingError(
            # Only a missing key's name is safe to show: other messages may quote the values.
            f"the answer does not match the spec: {type(exc).__name__}"
            + (f": {exc}" if isinstance(exc, KeyError) else ""),
            method=response.request.method,
            url=redact_url(response.request.url),
            text=masked_text(response.text),
        ) from exc


def log_retry(request: httpx.Request, attempt: int, delay: float, why: str) -> None:
    logger.info(
        "retrying %s %s in %.2fs (retry %d): %s", request.method, redact_url(request.url), delay, attempt + 1, why
    )
