"""Secrets kept out of the reprs of the generated models.

attrs gives every generated model a repr that shows every field, so a client's secret, a registry's account secret or
a token would show wherever a record is printed or logged. When a service's model package is first imported, each
model named below gets a repr that writes a secret that is set as '***' (an unset or null one as it is), and masks
secret-looking keys the server sent beyond the spec.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import re
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

MASK = "'***'"
SECRET_NAME = re.compile(r"secret|passw|token", re.IGNORECASE)
# Generated model → the fields it keeps secrets in, by service.
SECRET_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "auth": {
        "Client": ("secret",),
        "ClientCreate": ("secret",),
        "ClientUpdate": ("secret",),
        "Robot": ("secret",),
        "RobotCreate": ("secret",),
        "RobotUpdate": ("secret",),
        "UserCreate": ("password",),
        "UserUpdate": ("password",),
        "TokenRequest": ("password", "refresh_token", "client_secret", "secret", "code"),
        "TokenResponse": ("access_token", "refresh_token", "id_token"),
    },
    "core": {
        "Registry": ("account_secret",),
        "RegistryCreate": ("account_secret",),
        "RegistryUpdate": ("account_secret",),
        "RegistryProject": ("account_secret",),
        "NodeRegistryCredentials": ("account_secret",),
        "ClientCredentials": ("secret",),
        "ClientCredentialsUpdate": ("secret",),
        "RegistryCommand": ("secret",),
    },
    "storage": {},
}
_PACKAGE = __name__.rpartition(".")[0]
_TARGETS = {f"{_PACKAGE}.{service}._generated.models": service for service in SECRET_FIELDS}


def _shown(name: str, value: Any, secret: bool) -> str:
    if name == "additional_properties" and isinstance(value, dict):
        return repr({k: "***" if SECRET_NAME.search(str(k)) and v else v for k, v in value.items()})
    return MASK if secret and value else repr(value)


def masking_repr(fields: Sequence[str]) -> Callable[[Any], str]:
    """A repr like attrs' own that masks `fields` when they are set."""
    import attrs

    hidden = frozenset(fields)

    def __repr__(self: Any) -> str:
        shown = ", ".join(
            f"{a.name}={_shown(a.name, getattr(self, a.name), a.name in hidden)}"
            for a in attrs.fields(type(self))
            if a.repr
        )
        return f"{type(self).__name__}({shown})"

    return __repr__


def mask(module: ModuleType, service: str) -> None:
    """Give the named models of a service's model package their masking repr."""
    for name, fields in SECRET_FIELDS[service].items():
        cls = getattr(module, name)
        cls.__repr__ = masking_repr(fields)


class _MaskingLoader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader, service: str) -> None:
        self.inner = inner
        self.service = service

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        mask(module, self.service)


class _MaskingFinder(importlib.abc.MetaPathFinder):
    """Finds a model package as the other finders do, and masks its models once it has run."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        service = _TARGETS.get(fullname)
        if service is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _MaskingLoader(spec.loader, service)
        return spec


def install() -> None:
    """Mask the models of every service, now for a package already imported and on first import for the others."""
    if not any(isinstance(finder, _MaskingFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MaskingFinder())
    for fullname, service in _TARGETS.items():
        module = sys.modules.get(fullname)
        if module is not None:
            mask(module, service)
