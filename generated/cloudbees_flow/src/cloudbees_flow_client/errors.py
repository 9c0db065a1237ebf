"""Typed errors named after the server's error codes.

The server answers errors as `{"error": {"code", "message", "where", "details"}}`. Each answer becomes the class of its
code (`NoSuchProperty`, `NoCredentials`, ...) that is also the class of its HTTP status (`NotFound`, `Unauthorized`,
...), so both `except NoSuchProperty` and `except NotFound` work.
"""

from __future__ import annotations

from typing import Any

from client_runtime import ApiStatusError, combined, status_error_class


class FlowError(ApiStatusError):
    """An error answer with the server's `code`, `message`, `where` (the argument at fault) and `details`."""

    def _field(self, name: str) -> str:
        value = getattr(getattr(self.body, "error", None), name, None)
        return value if isinstance(value, str) else ""

    @property
    def code(self) -> str:
        return self._field("code")

    @property
    def message(self) -> str:
        return self._field("message")

    @property
    def where(self) -> str:
        return self._field("where")

    @property
    def details(self) -> str:
        return self._field("details")

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} [{self.code}]" if self.code else text


class NoCredentials(FlowError):
    """No session and no Basic credentials, wrong Basic credentials, or an expired session."""


class InvalidCredentials(FlowError):
    """A login refused its user name and password, or its token."""


class ApiNotImplemented(FlowError):
    """The server has no such path or API (code `NotImplemented`, HTTP 501)."""


class NoSuchObject(FlowError):
    """An object the call names does not exist (any `NoSuch*` code)."""


class NoSuchProperty(NoSuchObject):
    """The property path does not exist, or a `$[...]` reference in its value does not resolve."""


class NoSuchProject(NoSuchObject):
    """The project does not exist."""


class NoSuchProcedure(NoSuchObject):
    """The procedure does not exist."""


class NoSuchJob(NoSuchObject):
    """The job does not exist."""


class NoSuchPipeline(NoSuchObject):
    """The pipeline does not exist."""


class NoSuchRelease(NoSuchObject):
    """The release does not exist."""


class NoSuchArtifact(NoSuchObject):
    """The artifact does not exist."""


class AlreadyExists(FlowError):
    """An object with that name already exists (any `Duplicate*` code)."""


CODES: dict[str, type[FlowError]] = {
    "NoCredentials": NoCredentials,
    "InvalidCredentials": InvalidCredentials,
    "NotImplemented": ApiNotImplemented,
    "NoSuchProperty": NoSuchProperty,
    "NoSuchProject": NoSuchProject,
    "NoSuchProcedure": NoSuchProcedure,
    "NoSuchJob": NoSuchJob,
    "NoSuchPipeline": NoSuchPipeline,
    "NoSuchRelease": NoSuchRelease,
    "NoSuchArtifact": NoSuchArtifact,
}


def error_class(code: str) -> type[FlowError]:
    """The class for an error code.

    >>> error_class("NoSuchProperty").__name__, error_class("NoSuchGate").__name__, error_class("Odd").__name__
    ('NoSuchProperty', 'NoSuchObject', 'FlowError')
    """
    if code in CODES:
        return CODES[code]
    if code.startswith("NoSuch"):
        return NoSuchObject
    if code.startswith("Duplicate"):
        return AlreadyExists
    return FlowError


def classify(status: int, body: Any) -> type[ApiStatusError] | None:
    """The class of an error answer's code, made also the class of its HTTP status; None without a code."""
    code = getattr(getattr(body, "error", None), "code", None)
    if not isinstance(code, str):
        return None
    return combined(error_class(code), status_error_class(status))
