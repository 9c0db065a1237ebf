"""What the façade knows about one operation, and the pure steps of calling it."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

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


@dataclass(slots=True)
class Operation:
    """One spec operation, bound lazily to its generated endpoint module.

    `result` says how a 2xx body becomes a value: "parse" (the generated parser), "bytes", or "none".
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
    _module: Any = field(default=None, repr=False)

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
        if self.result == "bytes":
            return response.content
        if self.result == "none":
            return None
        return self.module._parse_response(client=_NO_RAISE, response=response)


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
