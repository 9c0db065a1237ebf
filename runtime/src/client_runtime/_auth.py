"""Auth flows as httpx.Auth, so one piece of logic serves the sync and the async client."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._redact import Secret, credential


class HeaderAuth(httpx.Auth):
    """Sends a fixed credential in one header on every request.

    >>> HeaderAuth("X-API-KEY", "k3y")
    HeaderAuth(header='X-API-KEY', value=Secret('***'))
    """

    def __init__(self, header: str, value: str | Secret, *, argument: str = "value") -> None:
        self.header = header
        self.value = credential(value, argument)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.value.reveal()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self.header!r}, value={self.value!r})"


class BearerAuth(HeaderAuth):
    """`Authorization: Bearer <token>` with a fixed token.

    >>> BearerAuth("t0ken")
    BearerAuth(header='Authorization', value=Secret('***'))
    """

    def __init__(self, token: str | Secret, scheme: str = "Bearer", *, argument: str = "token") -> None:
        token = credential(token, argument)
        super().__init__("Authorization", Secret(f"{scheme} {token.reveal()}"), argument=argument)
