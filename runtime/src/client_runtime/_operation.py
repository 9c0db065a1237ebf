"""What the façade knows about one operation, and the pure steps of calling it."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

from ._conform import Check, response_schemas
from ._errors import SchemaMismatch
from ._validate import Schema, check


class NotGiven:
    """The type of NOT_GIVEN: an argument the caller left out, so the spec's default applies."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class _NoRaise:
    """Stands in for the generated client in `_parse_response`: documented statuses only reach it."""

    raise_on_unexpected_status = False


_NO_RAISE = _NoRaise()
_UNSET: Final[Any] = object()


class _Answer:
    """What the generated `_parse_response` reads: the answer under its documented status, its JSON parsed once."""

    __slots__ = ("_data", "_response", "status_code")

    def __init__(self, status_code: int, response: httpx.Response, data: Any = _UNSET) -> None:
        self.status_code = status_code
        self._response = response
        self._data = data

    def json(self) -> Any:
        return self._response.json() if self._data is _UNSET else self._data

    @property
    def text(self) -> str:
        return self._response.text

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers


@dataclass(slots=True)
class Operation:
    """One spec operation, bound lazily to its generated endpoint module.

    `result` says how a 2xx body becomes a value: "parse" (the generated parser), "bytes", or "none".
    `success` is the one 2xx status the spec documents; any other 2xx is read as that one, never as None.
    `responses` is the JSON text of the package's success schemas, which its answers are checked against
    before the generated models see them (see `_conform`).
    """

    package: str
    endpoint: str
    method: str
    path: str
    result: str = "parse"
    retry_safe: bool = False
    params: Mapping[str, Schema] = field(default_factory=dict)
    body: Schema | None = None
    components: Mapping[str, Schema] = field(default_factory=dict)
    success: int | None = None
    responses: str = ""
    _module: Any = field(default=None, repr=False)
    _check: Any = field(default=_UNSET, repr=False)

    @property
    def module(self) -> Any:
        if self._module is None:
            self._module = importlib.import_module(f"{self.package}.{self.endpoint}")
        return self._module

    def build(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Check the arguments against the spec, then let the generated code build the request."""
        given = {k: v for k, v in args.items() if v is not NOT_GIVEN}
        for name, schema in self.params.items():
            if name in given:
                check(given[name], schema, name, self.components)
        kwargs: dict[str, Any] = self.module._get_kwargs(**given)
        if self.body is not None and "json" in kwargs:
            check(kwargs["json"], self.body, "body", self.components)
        return kwargs

    def parse(self, response: httpx.Response) -> Any:
        """The value of a 2xx answer; raises SchemaMismatch (a ValueError) naming the first value off the spec."""
        if self.result == "bytes":
            return response.content
        if self.result == "none":
            return None
        documented = self.success
        if documented is None:
            return self.module._parse_response(client=_NO_RAISE, response=response)
        check: Check | None = self._check
        if check is _UNSET:
            check = self._check = response_schemas(self.responses).check(self.endpoint) if self.responses else None
        status = response.status_code
        if status // 100 != 2:  # a redirect that was not followed, say: no success schema describes it
            raise SchemaMismatch("$", f"is the body of a {status} answer, which the spec does not list")
        if check is None:
            answer = response if status == documented else _Answer(documented, response)
            return self.module._parse_response(client=_NO_RAISE, response=answer)
        note = "" if status == documented else f" (status {status} is not in the spec; read as its {documented})"
        try:
            data = json.loads(response.content)
        except ValueError:
            if note:
                raise SchemaMismatch("$", "is not JSON" + note) from None
            raise
        found = check(data)
        if found is not None:
            raise found.error(note=note)
        return self.module._parse_response(client=_NO_RAISE, response=_Answer(documented, response, data))


SUMMARY_FIELDS = ("message", "description", "error", "detail")


@dataclass(frozen=True, slots=True)
class ErrorModel:
    """The generated model of an API's error body, imported on first use."""

    package: str
    module: str
    name: str
    summary_fields: tuple[str, ...] = SUMMARY_FIELDS

    def parse(self, data: Any) -> Any:
        cls = getattr(importlib.import_module(f"{self.package}.{self.module}"), self.name)
        from_dict: Callable[[Any], Any] = cls.from_dict
        return from_dict(data)
