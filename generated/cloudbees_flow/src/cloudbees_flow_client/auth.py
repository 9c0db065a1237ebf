"""Credentials: Basic on every request, or a session (`POST /rest/v1.0/sessions`) sent as cookie and header.

A session id goes out as the `sessionId` cookie, which official integrations send, and as the `sessionId` header,
which the vendor's knowledge-base sample sends. When a session expires the server answers `NoCredentials`; a session
obtained from credentials is then renewed once and the call retried.
"""

from __future__ import annotations

import json
import math
from collections.abc import Generator

import httpx
from client_runtime import InvalidRequest, Secret, Token, TokenAuth, credential

SESSIONS_PATH = "/rest/v1.0/sessions"
SESSION_COOKIE = "sessionId"
SESSION_HEADER = "sessionId"


def send_session(request: httpx.Request, session_id: str) -> None:
    """Put the session id in the `sessionId` cookie (keeping other cookies) and the `sessionId` header."""
    kept = [c for c in request.headers.get("Cookie", "").split("; ") if c and not c.startswith(f"{SESSION_COOKIE}=")]
    request.headers["Cookie"] = "; ".join([*kept, f"{SESSION_COOKIE}={session_id}"])
    request.headers[SESSION_HEADER] = session_id


def _needs_session(response: httpx.Response) -> bool:
    """The server's answer for a missing or expired session: `NoCredentials`, with 401 or (unconfirmed) 403."""
    if response.status_code == 401:
        return True
    if response.status_code != 403:
        return False
    try:
        code = json.loads(response.content).get("error", {}).get("code")
    except (ValueError, AttributeError):
        return False
    return bool(code == "NoCredentials")


def basic_auth(user: str, password: str | Secret) -> httpx.BasicAuth:
    """Basic credentials on every request, as the seed's first way and official plugins do."""
    if not user:
        raise InvalidRequest("user", "must not be empty")
    return httpx.BasicAuth(user, Secret(password).reveal())


class SessionLogin(TokenAuth):
    """Log in once with a user name and password, or with a user access token, and send the session id.

    >>> SessionLogin("https://flow.example.org", user="admin", password="changeme")
    SessionLogin(user='admin', password=Secret('***'), token=None)
    """

    def __init__(
        self,
        base_url: str,
        *,
        user: str | None = None,
        password: str | Secret | None = None,
        token: str | Secret | None = None,
    ) -> None:
        super().__init__(leeway=0.0)
        if token is None and not (user and password is not None):
            raise InvalidRequest("user", "a session needs a user and a password, or a user access token")
        if token is not None and not Secret(token).reveal():
            raise InvalidRequest("token", "must not be empty")
        self.url = base_url.rstrip("/") + SESSIONS_PATH
        self.user = user
        self.password = Secret(password) if password is not None else None
        self.access_token = Secret(token) if token is not None else None
        self.user_name: str | None = None

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        if self.access_token is not None:
            body = {"token": self.access_token.reveal()}
        else:
            assert self.password is not None
            body = {"userName": self.user or "", "password": self.password.reveal()}
        # The credentials go in the JSON body, never in the query string, which ends up in access logs.
        return httpx.Request("POST", self.url, json=body, headers={"Accept": "application/json"})

    def parse_token(self, response: httpx.Response) -> Token:
        data = response.json()
        self.user_name = data.get("userName")
        # Sessions end after the server's idle timeout, which the answer does not give; renewal follows the server.
        return Token(access=Secret(data["sessionId"]), expires_at=math.inf)

    def authorize(self, request: httpx.Request, token: Token) -> None:
        send_session(request, token.access.reveal())

    @property
    def session_id(self) -> Secret | None:
        token = self.token
        return token.access if token is not None else None

    def needs_renewal(self, response: httpx.Response) -> bool:
        return _needs_session(response)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user={self.user!r}, password={self.password!r}, token={self.access_token!r})"


class SessionIdAuth(httpx.Auth):
    """A session id obtained elsewhere (e.g. `COMMANDER_SESSIONID` inside a job step); it is never renewed.

    >>> SessionIdAuth("4VOZBL8M9X5BJYI9")
    SessionIdAuth(session_id=Secret('***'))
    """

    def __init__(self, session_id: str | Secret) -> None:
        self.session_id = credential(session_id, "session_id")
        if not self.session_id.reveal():
            raise InvalidRequest("session_id", "must not be empty")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        send_session(request, self.session_id.reveal())
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(session_id={self.session_id!r})"
