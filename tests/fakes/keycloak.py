"""A fake Keycloak realm on 127.0.0.1: OpenID discovery and the client-credentials token endpoint.

Each client is bound to one client-authentication method, as Keycloak binds one authenticator per client:
`client_secret_basic` (HTTP basic), `client_secret_post` (id and secret in the form) or `client_secret_jwt`
(an HS256/384/512 assertion signed with the secret; a reused `jti` is refused, as Keycloak does). Access tokens
are HS256 JWTs signed with the realm's own key; `verify()` is what the fake API uses to accept them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
HASHES = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
# Keycloak lists its signing algorithms in this order; the SDK takes the first HS one.
SIGNING_ALGS = ["PS384", "ES384", "RS384", "HS256", "HS512", "ES256", "RS256", "HS384", "ES512", "PS256", "PS512"]
AUTH_METHODS = ["private_key_jwt", "client_secret_basic", "client_secret_post", "tls_client_auth", "client_secret_jwt"]
INVALID_CLIENT = {"error": "unauthorized_client", "error_description": "Invalid client or Invalid client credentials"}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_jwt(claims: dict[str, Any], key: bytes, alg: str = "HS256", header: dict[str, Any] | None = None) -> str:
    head = b64url(json.dumps(header or {"alg": alg, "typ": "JWT"}).encode())
    body = b64url(json.dumps(claims).encode())
    signature = hmac.new(key, f"{head}.{body}".encode(), HASHES[alg]).digest()
    return f"{head}.{body}.{b64url(signature)}"


def verify_jwt(token: str, key: bytes) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(header, claims) when the HMAC signature holds, else None."""
    try:
        head, body, signature = token.split(".")
        header = json.loads(b64url_decode(head))
        digest = HASHES[header["alg"]]
        expected = hmac.new(key, f"{head}.{body}".encode(), digest).digest()
        if not hmac.compare_digest(expected, b64url_decode(signature)):
            return None
        return header, json.loads(b64url_decode(body))
    except (ValueError, KeyError, TypeError):
        return None


@dataclass
class RealmClient:
    client_id: str
    secret: str
    method: str  # client_secret_basic, client_secret_post or client_secret_jwt


@dataclass
class TokenRequest:
    """One call of the token endpoint, as received."""

    headers: dict[str, str]
    form: dict[str, str]
    status: int = 0


@dataclass
class Keycloak:
    realm: str = "hpc"
    roles: list[str] = field(default_factory=lambda: ["test", "admin", "offline_access", "uma_authorization"])
    expires_in: int | str = 300
    clients: dict[str, RealmClient] = field(
        default_factory=lambda: {
            c.client_id: c
            for c in (
                RealmClient("hpc-jwt", "jwt-s3cr3t", "client_secret_jwt"),
                RealmClient("hpc-basic", "basic-s3cr3t", "client_secret_basic"),
                RealmClient("hpc-post", "post-s3cr3t", "client_secret_post"),
            )
        }
    )
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_requests: list[TokenRequest] = field(default_factory=list)
    discoveries: int = 0

    def __post_init__(self) -> None:
        self._key = uuid.uuid4().bytes
        self._lock = threading.Lock()
        self._used_jti: set[str] = set()
        self._revoked_upto = 0
        self._last_serial = 0
        self._serial = itertools.count(1)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """What the SDK calls AUTH_BASE_URL: the host, without `/auth`."""
        if self._server is None:
            raise RuntimeError("keycloak not started")
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def issuer(self) -> str:
        return f"{self.url}/auth/realms/{self.realm}"

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer}/protocol/openid-connect/token"

    def start(self) -> Keycloak:
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True, request_handler=_Quiet)
        server = self._server
        self._thread = threading.Thread(target=lambda: server.serve_forever(0.02), name="keycloak", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Keycloak:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what the fake API needs -------------------------------------------------------------------------------
    def verify(self, token: str) -> dict[str, Any] | None:
        """The claims of an access token this realm issued and still honours, else None."""
        found = verify_jwt(token, self._key)
        if found is None:
            return None
        claims = found[1]
        if claims.get("exp", 0) <= time.time() or claims.get("serial", 0) <= self._revoked_upto:
            return None
        return claims

    def revoke_all(self) -> None:
        """Every token issued so far stops being accepted (the API then answers 401)."""
        self._revoked_upto = self._last_serial

    def issue(self, client_id: str, lifetime: float | None = None) -> str:
        now = time.time()
        claims = {
            "exp": int(now + (lifetime if lifetime is not None else float(self.expires_in))),
            "iat": now,
            "jti": str(uuid.uuid4()),
            "iss": self.issuer,
            "aud": ["asset-service", "content-service", "timeseries-service", "account"],
            "sub": f"service-account-{client_id}",
            "typ": "Bearer",
            "azp": client_id,
            "scope": "openid profile email",
            "preferred_username": f"service-account-{client_id}",
            "realm_access": {"roles": list(self.roles)},
            "resource_access": {"asset-service": {"roles": ["asset.read", "asset.create", "asset.update"]}},
            "organizations": self.organizations,
            "serial": next(self._serial),
        }
        self._last_serial = claims["serial"]
        return sign_jwt(claims, self._key)

    # -- HTTP --------------------------------------------------------------------------------------------------
    def _discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/protocol/openid-connect/auth",
            "token_endpoint": self.token_endpoint,
            "jwks_uri": f"{self.issuer}/protocol/openid-connect/certs",
            "grant_types_supported": [
                "authorization_code",
                "implicit",
                "refresh_token",
                "password",
                "client_credentials",
                "urn:ietf:params:oauth:grant-type:token-exchange",
            ],
            "token_endpoint_auth_methods_supported": AUTH_METHODS,
            "token_endpoint_auth_signing_alg_values_supported": SIGNING_ALGS,
        }

    def _authenticate(self, request: Request, form: dict[str, str]) -> RealmClient | None:
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
            client = self.clients.get(client_id)
            ok = client is not None and client.method == "client_secret_basic" and client.secret == secret
            return client if ok else None
        if "client_assertion" in form:
            return self._assertion_client(form)
        client = self.clients.get(form.get("client_id", ""))
        if client is None or client.method != "client_secret_post" or client.secret != form.get("client_secret"):
            return None
        return client

    def _assertion_client(self, form: dict[str, str]) -> RealmClient | None:
        if form.get("client_assertion_type") != ASSERTION_TYPE:
            return None
        try:
            unverified = json.loads(b64url_decode(form["client_assertion"].split(".")[1]))
        except (ValueError, IndexError):
            return None
        client = self.clients.get(str(unverified.get("sub")))
        if client is None or client.method != "client_secret_jwt":
            return None
        found = verify_jwt(form["client_assertion"], client.secret.encode())
        if found is None:
            return None
        claims = found[1]
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        with self._lock:
            fresh = claims.get("jti") not in self._used_jti
            self._used_jti.add(str(claims.get("jti")))
        valid = (
            fresh
            and claims.get("iss") == claims.get("sub") == client.client_id
            and form.get("client_id", client.client_id) == client.client_id
            and bool({self.issuer, self.token_endpoint} & set(audiences))
            and float(claims.get("exp", 0)) > time.time()
        )
        return client if valid else None

    def _token(self, request: Request) -> Response:
        form = {key: values[-1] for key, values in parse_qs(request.get_data(as_text=True)).items()}
        record = TokenRequest(dict(request.headers), form)
        with self._lock:
            self.token_requests.append(record)
        if request.mimetype != "application/x-www-form-urlencoded":
            record.status = 400
            return _json(400, {"error": "invalid_request", "error_description": "Missing form parameter: grant_type"})
        client = self._authenticate(request, form)
        if client is None:
            record.status = 401
            return _json(401, INVALID_CLIENT)
        if form.get("grant_type") != "client_credentials":
            record.status = 400
            return _json(400, {"error": "unsupported_grant_type", "error_description": "Unsupported grant_type"})
        record.status = 200
        return _json(
            200,
            {
                "access_token": self.issue(client.client_id),
                "expires_in": self.expires_in,
                "refresh_expires_in": 0,
                "token_type": "Bearer",
                "not-before-policy": 0,
                "scope": form.get("scope", "profile email"),
            },
        )

    def _wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        base = f"/auth/realms/{self.realm}"
        if request.path == f"{base}/.well-known/openid-configuration" and request.method == "GET":
            with self._lock:
                self.discoveries += 1
            response = _json(200, self._discovery())
        elif request.path == f"{base}/protocol/openid-connect/token" and request.method == "POST":
            response = self._token(request)
        elif request.path.startswith("/auth/realms/") and not request.path.startswith(base + "/"):
            response = _json(404, {"error": "Realm does not exist"})
        else:
            response = _json(404, {"error": "Unable to find matching target resource method"})
        return response(environ, start_response)


def _json(status: int, body: Any) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


class _Quiet(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"

    def log(self, type: str, message: str, *args: Any) -> None:
        pass
