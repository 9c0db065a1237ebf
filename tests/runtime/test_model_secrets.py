"""Fields that hold secrets never show in a model's repr, in every API that has them.

The fields named here come from each API's documentation of what is secret (a vault secret's value, a login's
password or token, a session id, a node's key), not from our spec: a spec that forgot to mark one fails here.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

SECRET = "S3CRET-do-not-print"

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "hahnpro_client.models",
        "VaultSecret",
        {"name": "n", "readPermissions": [], "readWritePermissions": [], "secret": SECRET},
        "secret",
    ),
    ("hahnpro_client.models", "SpeechToken", {"token": SECRET}, "token"),
    ("cloudbees_flow_client.models", "LoginRequest", {"userName": "admin", "password": SECRET}, "password"),
    ("cloudbees_flow_client.models", "LoginRequest", {"token": SECRET}, "token"),
    ("cloudbees_flow_client.models", "Session", {"sessionId": SECRET, "userName": "admin"}, "session_id"),
    (
        "joule_client.models",
        "MasterAddRequest",
        {"master_type": "user", "identifier": "ana", "api_key": SECRET},
        "api_key",
    ),
    ("joule_client.models", "MasterAdded", {"key": SECRET, "name": "ana"}, "key"),
]


@pytest.mark.parametrize(("module", "name", "data", "field"), CASES, ids=[f"{c[1]}.{c[3]}" for c in CASES])
def test_a_secret_field_is_kept_out_of_the_repr(module: str, name: str, data: dict[str, Any], field: str) -> None:
    cls = getattr(importlib.import_module(module), name)
    model = cls.from_dict(data)
    assert getattr(model, field) == SECRET  # the value is there for the program
    assert SECRET not in repr(model)
    assert SECRET not in str(model)
