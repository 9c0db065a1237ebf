"""SoSTrades API keys: sent as `Authorization: Bearer <key>`."""

from __future__ import annotations

import base64

from client_runtime import BearerAuth, InvalidRequest, Secret


def api_key_auth(api_key: str | Secret) -> BearerAuth:
    """The key exactly as given: a 32-hex key (v5.3.4) or an already encoded token."""
    key = Secret(api_key)
    if not key.reveal().strip():
        raise InvalidRequest("api_key", "must not be empty")
    return BearerAuth(key, argument="api_key")


def legacy_api_key(api_key: str | Secret, email: str | None = None) -> Secret:
    """`base64(key[:email])`, the token form every server accepts, v5.3.0 and older included.

    >>> legacy_api_key("0123456789abcdef0123456789abcdef", "ana@example.org").reveal()[:12]
    'MDEyMzQ1Njc4'
    """
    key = Secret(api_key).reveal()
    if not key or ":" in key:
        raise InvalidRequest("api_key", "must be a non-empty key without ':'")
    if email is not None and (not email or ":" in email):
        raise InvalidRequest("email", "must be a non-empty e-mail address without ':'")
    plain = key if email is None else f"{key}:{email}"
    return Secret(base64.b64encode(plain.encode()).decode())
