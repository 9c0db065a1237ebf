"""How the clients authenticate: authup's token endpoint, `POST {auth}/token` with a JSON body.

One flow object may be shared by the auth, core and storage clients, sync and async: the token is fetched once,
cached, renewed once for any number of concurrent calls shortly before it expires, and renewed once more when a
server answers 401. `scope` is not required in the token answer.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
from collections.abc import Callable, Mapping

import httpx
from client_runtime import BearerAuth, ConfigurationError, InvalidRequest, Secret, Token, TokenAuth

ENV_AUTH_URL = "FLAME_HUB_AUTH_URL"
ENV_TOKEN = "FLAME_HUB_TOKEN"
ENV_USERNAME = "FLAME_HUB_USERNAME"
ENV_PASSWORD = "FLAME_HUB_PASSWORD"
ENV_CLIENT_ID = "FLAME_HUB_CLIENT_ID"
ENV_CLIENT_SECRET = "FLAME_HUB_CLIENT_SECRET"
ENV_ROBOT_ID = "FLAME_HUB_ROBOT_ID"
ENV_ROBOT_SECRET = "FLAME_HUB_ROBOT_SECRET"


def token_url(base_url: str) -> str:
    """`{base_url}/token`, the token endpoint of the auth service at `base_url`.

    >>> token_url("http://localhost:3000/auth/")
    'http://localhost:3000/auth/token'
    """
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidRequest("base_url", f"must be the http or https URL of the auth service, got {base_url!r}")
    return str(url).rstrip("/") + "/token"


def jwt_lifetime(access: str) -> float | None:
    """How long an access token lives by its own claims (`exp - iat`, so clocks need not agree), when it is a JWT that
    says. authup 1.0.0-beta.26 reports `expires_in` 3600 whatever lifetime it gives its tokens, and answers an expired
    one with a bare 500, so the claims are the one reliable source.

    >>> jwt_lifetime("e30.eyJpYXQiOiAxMDAsICJleHAiOiAxMzB9.c2ln"), jwt_lifetime("opaque-token")
    (30.0, None)
    """
    parts = access.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return None
    expires, issued = (claims.get("exp"), claims.get("iat")) if isinstance(claims, dict) else (None, None)
    if isinstance(expires, int | float) and isinstance(issued, int | float) and expires > issued:
        return float(expires - issued)
    return None


class AuthupTokenAuth(TokenAuth):
    """A token flow against authup: the token's own claims cap the lifetime the token answer reports."""

    def parse_token(self, response: httpx.Response) -> Token:
        token = super().parse_token(response)
        lifetime = jwt_lifetime(token.access.reveal())
        if lifetime is None:
            return token
        expires_at = min(token.expires_at, self._clock() + max(0.0, lifetime - self.leeway))
        return Token(token.access, expires_at, token.refresh, token.claims)


class PasswordAuth(AuthupTokenAuth):
    """The password grant. An expired token is renewed with the refresh token; if the server refuses the refresh,
    the password grant is run again.

    >>> PasswordAuth("admin", "start123", "http://localhost:3000/auth/")
    PasswordAuth(username='admin', password=Secret('***'), token_url='http://localhost:3000/auth/token')
    """

    def __init__(
        self,
        username: str,
        password: str | Secret,
        base_url: str,
        *,
        leeway: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(leeway=leeway, clock=clock)
        if not username:
            raise InvalidRequest("username", "must not be empty")
        self.username = username
        self.password = Secret(password)
        self.token_url = token_url(base_url)

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        if refresh is not None:
            body = {"grant_type": "refresh_token", "refresh_token": refresh.reveal()}
        else:
            body = {"grant_type": "password", "username": self.username, "password": self.password.reveal()}
        return httpx.Request("POST", self.token_url, json=body)

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, password={self.password!r}, token_url={self.token_url!r})"


class ClientAuth(AuthupTokenAuth):
    """The client credentials grant, run again whenever the token expires (no refresh token is used).

    >>> ClientAuth("3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b", "s3cret", "http://localhost:3000/auth/")
    ClientAuth(client_id='3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b', client_secret=Secret('***'), token_url='http://localhost:3000/auth/token')
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        base_url: str,
        *,
        leeway: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(leeway=leeway, clock=clock)
        if not client_id:
            raise InvalidRequest("client_id", "must not be empty")
        self.client_id = client_id
        self.client_secret = Secret(client_secret)
        self.token_url = token_url(base_url)

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        body = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret.reveal(),
        }
        return httpx.Request("POST", self.token_url, json=body)

    def parse_token(self, response: httpx.Response) -> Token:
        token = super().parse_token(response)
        return Token(token.access, token.expires_at)

    def __repr__(self) -> str:
        return (
            f"ClientAuth(client_id={self.client_id!r}, client_secret={self.client_secret!r}, "
            f"token_url={self.token_url!r})"
        )


class RobotAuth(AuthupTokenAuth):
    """The robot credentials grant of the older server generation (authup before 1.0.0-beta.54), run again whenever
    the token expires; current authup has clients instead (ClientAuth).

    >>> RobotAuth("3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b", "s3cret", "http://localhost:3000/auth/")
    RobotAuth(robot_id='3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b', robot_secret=Secret('***'), token_url='http://localhost:3000/auth/token')
    """

    def __init__(
        self,
        robot_id: str,
        robot_secret: str | Secret,
        base_url: str,
        *,
        leeway: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(leeway=leeway, clock=clock)
        if not robot_id:
            raise InvalidRequest("robot_id", "must not be empty")
        self.robot_id = robot_id
        self.robot_secret = Secret(robot_secret)
        self.token_url = token_url(base_url)

    def token_request(self, refresh: Secret | None) -> httpx.Request:
        body = {"grant_type": "robot_credentials", "id": self.robot_id, "secret": self.robot_secret.reveal()}
        return httpx.Request("POST", self.token_url, json=body)

    def parse_token(self, response: httpx.Response) -> Token:
        token = super().parse_token(response)
        return Token(token.access, token.expires_at)

    def __repr__(self) -> str:
        return (
            f"RobotAuth(robot_id={self.robot_id!r}, robot_secret={self.robot_secret!r}, token_url={self.token_url!r})"
        )


class StaticAuth(BearerAuth):
    """A fixed access token, never renewed.

    >>> StaticAuth("eyJhbGciOi...")
    StaticAuth(header='Authorization', value=Secret('***'))
    """

    def __init__(self, access_token: str | Secret) -> None:
        if not Secret(access_token).reveal():
            raise InvalidRequest("access_token", "must not be empty")
        super().__init__(access_token, argument="access_token")


Flow = PasswordAuth | ClientAuth | RobotAuth | StaticAuth


def auth_from_env(environ: Mapping[str, str] | None = None) -> Flow:
    """The flow the environment describes: `$FLAME_HUB_TOKEN`; or `$FLAME_HUB_CLIENT_ID` and
    `$FLAME_HUB_CLIENT_SECRET`; or `$FLAME_HUB_ROBOT_ID` and `$FLAME_HUB_ROBOT_SECRET`; or `$FLAME_HUB_USERNAME` and
    `$FLAME_HUB_PASSWORD`; the last three with `$FLAME_HUB_AUTH_URL`.

    >>> auth_from_env({"FLAME_HUB_TOKEN": "t0ken"})
    StaticAuth(header='Authorization', value=Secret('***'))
    """
    env = os.environ if environ is None else environ
    if env.get(ENV_TOKEN):
        return StaticAuth(env[ENV_TOKEN])
    pairs: tuple[tuple[str, str, Callable[[str, str, str], Flow]], ...] = (
        (ENV_CLIENT_ID, ENV_CLIENT_SECRET, ClientAuth),
        (ENV_ROBOT_ID, ENV_ROBOT_SECRET, RobotAuth),
        (ENV_USERNAME, ENV_PASSWORD, PasswordAuth),
    )
    for name, secret, flow in pairs:
        if env.get(name):
            if not env.get(secret):
                raise ConfigurationError(secret, f"is not set in the environment, though {name} is")
            if not env.get(ENV_AUTH_URL):
                raise ConfigurationError(ENV_AUTH_URL, "is not set in the environment")
            return flow(env[name], env[secret], env[ENV_AUTH_URL])
    raise InvalidRequest(
        "environment",
        f"set {ENV_TOKEN}, or {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}, or {ENV_ROBOT_ID} and {ENV_ROBOT_SECRET}, "
        f"or {ENV_USERNAME} and {ENV_PASSWORD}",
    )
