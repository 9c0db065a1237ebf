"""Keycloak client credentials: the three ways a client proves its secret, token caching and the roles in a token.

The realm's token endpoint is `{auth_url}/realms/{realm}/protocol/openid-connect/token`, where `auth_url` is
`{AUTH_BASE_URL}/auth`; by default it is read from the realm's `.well-known/openid-configuration`, once, inside the
same single-flight lock that guards the token. Tokens count as expired 20 s early (the SDK's buffer), are fetched
once for any number of concurrent calls, and a 401 renews the token and retries once (the runtime's TokenAuth).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable, Generator, Mapping
from typing import Any, ClassVar

import httpx
from client_runtime import DecodingError, InvalidRequest, Secret, Token, TokenAuth, status_error

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
SCOPE = "openid profile email"
LEEWAY = 20.0
_HASHES = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def client_assertion(
    client_id: str, secret: str, audience: list[str], *, alg: str = "HS256", now: float | None = None
) -> str:
    """The signed JWT `client_secret_jwt` sends: header `{"alg": alg}`, claims as the official SDK writes them.

    >>> token = client_assertion("hpc-jwt", "s3cr3t", ["https://h/auth/realms/hpc"], now=1700000000.5)
    >>> json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    {'alg': 'HS256'}
    """
    digest = _HASHES.get(alg)
    if digest is None:
        raise InvalidRequest("alg", f"must be HS256, HS384 or HS512, got {alg!r}")
    issued = time.time() if now is None else now
    claims = {
        "iat": issued,
        "exp": issued + 60,
        "jti": str(uuid.uuid4()),
        "iss": client_id,
        "sub": client_id,
        "aud": list(dict.fromkeys(audience)),
    }
    signing_input = f"{_b64url(json.dumps({'alg': alg}).encode())}.{_b64url(json.dumps(claims).encode())}"
    signature = hmac.new(secret.encode(), signing_input.encode(), digest).digest()
    return f"{signing_input}.{_b64url(signature)}"


def token_claims(access_token: str | Secret) -> dict[str, Any]:
    """The payload of a JWT, decoded without checking its signature (the server checks it).

    >>> token_claims("e30." + _b64url(b'{"realm_access": {"roles": ["test"]}}') + ".sig")
    {'realm_access': {'roles': ['test']}}
    """
    text = access_token.reveal() if isinstance(access_token, Secret) else access_token
    try:
        payload = text.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise DecodingError("the access token is not a JWT", method="-", url="-", text="") from exc
    if not isinstance(claims, dict):
        raise DecodingError("the access token's payload is not a JSON object", method="-", url="-", text="")
    return claims


def realm_roles(claims: Mapping[str, Any]) -> list[str]:
    """`realm_access.roles`: the roles allowed in `readPermissions` and `readWritePermissions`."""
    roles = (claims.get("realm_access") or {}).get("roles") or []
    return [str(role) for role in roles]


class KeycloakAuth(TokenAuth):
    """Client-credentials tokens from a Keycloak realm; the subclasses differ only in how the secret is shown.

    `auth_url` is the Keycloak base with its path, e.g. `https://hahnpro.example/auth`. With `discover=True`
    (the default) the token endpoint comes from the realm's discovery document; else it is the Keycloak default.
    """

    method: ClassVar[str] = ""

    def __init__(
        self,
        auth_url: str,
        client_id: str,
        client_secret: str | Secret,
        *,
        realm: str = "hpc",
        scope: str | None = SCOPE,
        discover: bool = True,
        leeway: float = LEEWAY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(leeway=leeway, clock=clock)
        if not client_id:
            raise InvalidRequest("client_id", "must not be empty")
        self.client_secret = Secret(client_secret)
        if not self.client_secret:
            raise InvalidRequest("client_secret", "must not be empty")
        self.client_id = client_id
        self.realm = realm
        self.scope = scope
        self.issuer = f"{auth_url.rstrip('/')}/realms/{realm}"
        self.token_endpoint: str | None = None if discover else f"{self.issuer}/protocol/openid-connect/token"
        self.discovery: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(issuer={self.issuer!r}, client_id={self.client_id!r}, client_secret=***)"

    # What each method adds to the token request.
    def credentials(self, form: dict[str, str], headers: dict[str, str]) -> None:
        raise NotImplementedError

    def check_discovery(self, document: Mapping[str, Any]) -> None:
        """Refuse a realm that cannot serve this client, as the SDK does for client_secret_jwt."""
        grants = document.get("grant_types_supported") or []
        methods = document.get("token_endpoint_auth_methods_supported") or []
        if not document.get("issuer") or "client_credentials" not in grants or self.method not in methods:
            raise InvalidRequest("auth_method", f"the realm {self.issuer} does not support {self.method}")

    # TokenAuth hooks.
    def token_request(self, refresh: Secret | None) -> httpx.Request:
        assert self.token_endpoint is not None
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        headers = {"Accept": "application/json"}
        self.credentials(form, headers)
        # The runtime gives token requests the timeouts of the call that needs the token.
        return httpx.Request("POST", self.token_endpoint, data=form, headers=headers)

    def parse_token(self, response: httpx.Response) -> Token:
        # Keycloak always sends expires_in; a missing or unreadable one fails here, and the runtime turns that
        # into a DecodingError whose text has the token masked.
        data = response.json()
        access, lifetime = data["access_token"], float(data["expires_in"])
        return Token(access=Secret(access), expires_at=self._clock() + max(0.0, lifetime - self.leeway))

    def prepare(self) -> Generator[httpx.Request, httpx.Response, None]:
        if self.token_endpoint is None:
            url = f"{self.issuer}/.well-known/openid-configuration"
            response = yield httpx.Request("GET", url, headers={"Accept": "application/json"})
            self._discovered(response)

    def _discovered(self, response: httpx.Response) -> None:
        if not response.is_success:
            raise status_error(response, None, None)
        document = response.json()
        self.check_discovery(document)
        self.discovery = document
        self.token_endpoint = str(document["token_endpoint"])


class ClientSecretBasic(KeycloakAuth):
    """`client_secret_basic`: HTTP basic auth with the client id and secret (the seed's Python sample)."""

    method = "client_secret_basic"

    def credentials(self, form: dict[str, str], headers: dict[str, str]) -> None:
        pair = f"{self.client_id}:{self.client_secret.reveal()}".encode()
        headers["Authorization"] = f"Basic {base64.b64encode(pair).decode()}"


class ClientSecretPost(KeycloakAuth):
    """`client_secret_post`: the client id and secret in the form (flow-sdk 4.x)."""

    method = "client_secret_post"

    def credentials(self, form: dict[str, str], headers: dict[str, str]) -> None:
        form["client_id"] = self.client_id
        form["client_secret"] = self.client_secret.reveal()


class ClientSecretJwt(KeycloakAuth):
    """`client_secret_jwt`: an HMAC-signed assertion, never the secret itself (what the official SDK sends).

    The algorithm is the realm's `token_endpoint_auth_signing_alg`, else the first HS256/384/512 it lists,
    else HS256.
    """

    method = "client_secret_jwt"

    def check_discovery(self, document: Mapping[str, Any]) -> None:
        super().check_discovery(document)
        if self._alg(document) is None:
            raise InvalidRequest("auth_method", f"the realm {self.issuer} has to support HS256, HS384 or HS512")

    @staticmethod
    def _alg(document: Mapping[str, Any] | None) -> str | None:
        if document is None:
            return "HS256"
        chosen = document.get("token_endpoint_auth_signing_alg")
        if chosen:
            return str(chosen)
        listed = document.get("token_endpoint_auth_signing_alg_values_supported") or []
        return next((str(alg) for alg in listed if str(alg)[:5] in ("HS256", "HS384", "HS512")), None)

    def credentials(self, form: dict[str, str], headers: dict[str, str]) -> None:
        assert self.token_endpoint is not None
        issuer = str((self.discovery or {}).get("issuer") or self.issuer)
        alg = self._alg(self.discovery) or "HS256"
        form["client_id"] = self.client_id
        form["client_assertion_type"] = ASSERTION_TYPE
        form["client_assertion"] = client_assertion(
            self.client_id, self.client_secret.reveal(), [issuer, self.token_endpoint], alg=alg
        )


AUTH_METHODS: dict[str, type[KeycloakAuth]] = {
    cls.method: cls for cls in (ClientSecretJwt, ClientSecretBasic, ClientSecretPost)
}


def keycloak_auth(
    auth_url: str,
    client_id: str,
    client_secret: str | Secret,
    *,
    method: str = "client_secret_jwt",
    realm: str = "hpc",
    discover: bool = True,
) -> KeycloakAuth:
    """The auth flow for a client-authentication method name.

    >>> keycloak_auth("https://hahnpro.example/auth", "hpc-basic", "s3cr3t", method="client_secret_basic")
    ClientSecretBasic(issuer='https://hahnpro.example/auth/realms/hpc', client_id='hpc-basic', client_secret=***)
    """
    cls = AUTH_METHODS.get(method)
    if cls is None:
        raise InvalidRequest("auth_method", f"must be one of {', '.join(AUTH_METHODS)}; got {method!r}")
    return cls(auth_url, client_id, client_secret, realm=realm, discover=discover)
